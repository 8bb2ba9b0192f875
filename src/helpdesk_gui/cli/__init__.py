"""``helpdesk-gui``: the desktop application, and headless commands for administrators.

Without a sub-command it opens the main window. ``--db URL`` (or ``HELPDESK_DB``) picks
the database; ``--demo`` opens a demo database, filling it on first use.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from helpdesk_gui import __version__
from helpdesk_gui.domain.errors import HelpdeskError

DEMO_TICKETS = 2000


def _add_optional(sub, module: str, function: str) -> None:
    """Register a command group from a module (each capability owns its commands)."""
    import importlib

    getattr(importlib.import_module(module), function)(sub)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="helpdesk-gui", description="Front-counter helpdesk of a customer-service hall.")
    parser.add_argument("--version", action="version", version=f"helpdesk_gui {__version__}")
    parser.add_argument("--db", help="database URL: sqlite:///path/file.db or "
                                     "postgresql://user:pw@host:port/name (default: HELPDESK_DB, "
                                     "else a file in the user's data folder)")
    parser.add_argument("--user", help="employee number (工号) to sign in with")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from standard input (no sign-in dialog)")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo database (created and filled on first use)")
    parser.add_argument("--bench-startup", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="store_true", help="log more to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    db_cmd = sub.add_parser("db", help="database information and upgrade")
    db_cmd.add_argument("action", choices=["info", "upgrade"])
    db_cmd.set_defaults(func=_db_command)
    _add_optional(sub, "helpdesk_gui.demo.generate", "add_demo_command")
    _add_optional(sub, "helpdesk_gui.cli.sla", "add_sla_commands")
    _add_optional(sub, "helpdesk_gui.cli.training", "add_training_commands")
    _add_optional(sub, "helpdesk_gui.cli.export", "add_complaints_commands")
    _add_optional(sub, "helpdesk_gui.cli.report", "add_report_commands")
    _add_optional(sub, "helpdesk_gui.cli.security", "add_security_commands")
    return parser


def _db_command(args: argparse.Namespace) -> int:
    from helpdesk_gui.db import open_database
    from helpdesk_gui.db.connect import parse_url, resolve_url
    from helpdesk_gui.db.migrations import CURRENT_VERSION, current_version
    from helpdesk_gui.domain.tickets.models import Ticket

    url = resolve_url(args.db)
    database = open_database(url)
    print(f"database: {parse_url(url).display()}")
    print(f"schema version: {current_version(database)} (application: {CURRENT_VERSION})")
    print(f"tickets: {Ticket.select().count()}")
    return 0


def _prepare_demo(args: argparse.Namespace) -> None:
    """Point --db at the demo database and fill it the first time."""
    from helpdesk_gui.app.application import demo_database_path
    from helpdesk_gui.db import open_database
    from helpdesk_gui.demo import capabilities as demo_capabilities
    from helpdesk_gui.demo import generate as demo
    from helpdesk_gui.domain.tickets.models import Ticket

    args.db = args.db or f"sqlite:///{demo_database_path()}"
    open_database(args.db)
    if Ticket.select().count() == 0:
        print(f"filling the demo database with {DEMO_TICKETS} tickets…", file=sys.stderr)
        demo.generate(DEMO_TICKETS)
        demo_capabilities.populate()
        demo_capabilities.set_demo_passwords()
    for person in demo.demo_users():
        print(f"demo user: {person.employee_no} {person.name} ({person.role}) "
              f"password {demo_capabilities.DEMO_PASSWORD}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``helpdesk-gui`` command."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    try:
        if getattr(args, "func", None) is not None:
            return int(args.func(args) or 0)
        if args.demo:
            _prepare_demo(args)
        from helpdesk_gui.app.application import run_gui

        return run_gui(args.db, args.user, bench_startup=args.bench_startup,
                       password_stdin=args.password_stdin)
    except HelpdeskError as exc:
        print(f"helpdesk-gui: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
