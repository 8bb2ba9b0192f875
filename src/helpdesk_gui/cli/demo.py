"""``helpdesk-gui demo`` and ``--demo``: a database full of realistic demo data.

``demo`` fills the database given by ``--db`` — only a new one, or one the demo made
(``demo.marker``): it never touches the accounts of a real database. ``--demo`` (no
command) opens the demo database in the user's data folder, filling it on first use,
and starts the window.
"""

from __future__ import annotations

import argparse
import sys

DEMO_TICKETS = 2000


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register ``demo``: fill a new database with demo data (refuses any real database)."""
    cmd = subparsers.add_parser("demo", help="fill the database with demo data")
    cmd.add_argument("--tickets", type=int, default=2000, help="how many tickets (2000)")
    cmd.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    cmd.add_argument("--months", type=int, default=12, help="spread over the last N months")
    cmd.add_argument("--force", action="store_true",
                     help="add more demo data to a demo database that already has tickets")
    cmd.add_argument("--tickets-only", action="store_true",
                     help="only tickets (no complaints, surveys, training, passwords)")
    cmd.set_defaults(func=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    """Fill ``--db`` with demo data and list the demo users."""
    from helpdesk_gui.db import open_database
    from helpdesk_gui.demo.generate import generate
    from helpdesk_gui.domain.tickets.models import Ticket

    if args.tickets < 0 or args.months < 1:
        print("demo: --tickets must be >= 0 and --months >= 1", file=sys.stderr)
        return 2
    from helpdesk_gui.demo.marker import claim_for_demo

    open_database(getattr(args, "db", None), migrate=True)  # a setup command: may create
    claim_for_demo()
    existing = Ticket.select().count()
    if existing and not args.force:
        print(f"demo: the database already has {existing} tickets; use --force to add demo "
              "data anyway", file=sys.stderr)
        return 1

    def report(done: int, total: int) -> None:
        print(f"\rdemo: {done}/{total} tickets", end="", file=sys.stderr, flush=True)
    summary = generate(args.tickets, seed=args.seed, months=args.months, progress=report)
    print(file=sys.stderr)
    print(f"tickets: {summary.tickets}\ncustomers: {summary.customers}\n"
          f"staff: {summary.staff}\nbranches: {summary.branches}\n"
          f"history events: {summary.events}\nseconds: {summary.seconds:.1f}")
    if args.tickets_only:
        return 0
    from helpdesk_gui.demo import capabilities as demo_capabilities

    counts = demo_capabilities.populate(
        args.seed, report=lambda what: print(f"demo: {what}", file=sys.stderr))
    for name, count in counts.items():
        print(f"{name}: {count}")
    for number, name, role in demo_capabilities.set_demo_passwords():
        print(f"demo user: {number} {name} ({role}) password {demo_capabilities.DEMO_PASSWORD}")
    return 0


def prepare_demo_database(args: argparse.Namespace) -> None:
    """Point ``--db`` at the demo database and fill it the first time."""
    from helpdesk_gui.db import open_database
    from helpdesk_gui.demo import capabilities as demo_capabilities
    from helpdesk_gui.demo import generate as demo
    from helpdesk_gui.demo.marker import claim_for_demo
    from helpdesk_gui.domain.tickets.models import Ticket
    from helpdesk_gui.ui.application import demo_database_path

    args.db = args.db or f"sqlite:///{demo_database_path()}"
    open_database(args.db, migrate=True)
    claim_for_demo()
    if Ticket.select().count() == 0:
        print(f"filling the demo database with {DEMO_TICKETS} tickets…", file=sys.stderr)
        demo.generate(DEMO_TICKETS)
        demo_capabilities.populate()
        demo_capabilities.set_demo_passwords()
    for person in demo.demo_users():
        print(f"demo user: {person.employee_no} {person.name} ({person.role}) "
              f"password {demo_capabilities.DEMO_PASSWORD}", file=sys.stderr)
