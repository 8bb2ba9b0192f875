"""``helpdesk-gui db info|upgrade|copy``: which database, its schema, moving a hall.

``upgrade`` is the one command that changes a hall server's schema (PCs only check it);
it waits for any other migrator (advisory lock). ``copy`` moves a one-PC hall's SQLite
file onto the server: ``db copy --from sqlite:///branch.db --to postgresql://…``.
``upgrade --app-role ROLE`` (run as the schema's owner) then makes the audit trail
append-only for the role the counters connect as (``db.grants``).
"""

from __future__ import annotations

import argparse
import sys


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register ``db`` on the main parser."""
    db_cmd = subparsers.add_parser("db", help="database information, upgrade and copy")
    db_cmd.add_argument("action", choices=["info", "upgrade", "copy"])
    db_cmd.add_argument("--from", dest="source", help="copy: the database to copy from")
    db_cmd.add_argument("--to", dest="target", help="copy: the new, empty database")
    db_cmd.add_argument("--app-role", help="upgrade on PostgreSQL: the role the counters "
                        "connect as; it may only append to the audit trail")
    db_cmd.set_defaults(func=run_db)


def run_db(args: argparse.Namespace) -> int:
    """Dispatch ``db`` actions."""
    if args.action == "copy":
        return run_copy(args)
    from helpdesk_gui.db import open_database
    from helpdesk_gui.db.connect import parse_url, resolve_url
    from helpdesk_gui.db.migrations import CURRENT_VERSION, current_version
    from helpdesk_gui.domain.tickets.models import Ticket

    url = resolve_url(args.db)
    if args.app_role and (args.action != "upgrade" or not url.startswith("postgres")):
        print("db: --app-role goes with `db upgrade` on a PostgreSQL hall server "
              "(SQLite has no database roles)", file=sys.stderr)
        return 2
    database = open_database(url, migrate=True if args.action == "upgrade" else None)
    print(f"database: {parse_url(url).display()}")
    print(f"schema version: {current_version(database)} (application: {CURRENT_VERSION})")
    if args.app_role:
        if not grant_audit(database, args.app_role):
            return 2
    print(f"tickets: {Ticket.select().count()}")
    _print_audit_protection(database)
    return 0


def grant_audit(database, role: str) -> bool:
    """Make the audit trail append-only for ``role``; False (with the reason) if refused."""
    import peewee as pw

    from helpdesk_gui.db.grants import apply_audit_grants

    try:
        apply_audit_grants(database, role)
    except ValueError as error:
        print(f"db upgrade --app-role: {error}", file=sys.stderr)
        return False
    except pw.DatabaseError as error:
        print(f"db upgrade --app-role: the server refused the grants for {role!r} "
              f"({str(error).strip().splitlines()[0]}); run the upgrade as the schema's "
              "owner and create the role first", file=sys.stderr)
        return False
    print(f"audit trail: append-only for role {role} (SELECT, INSERT)")
    return True


def _print_audit_protection(database) -> None:
    """Say when the connected role could rewrite the audit trail in the database."""
    from helpdesk_gui.db.grants import audit_rewritable

    if audit_rewritable(database):
        print("audit trail: this role may rewrite it — counters should connect as an "
              "application role (db upgrade --app-role ROLE), not as the owner")


def reindex_search() -> tuple[int, int]:
    """Rebuild both search indexes of the bound database from its rows."""
    from helpdesk_gui.db import search
    from helpdesk_gui.domain.tickets.models import Ticket
    from helpdesk_gui.domain.training.models import KnowledgeArticle
    from helpdesk_gui.services.training.knowledge import article_terms

    if search.TICKETS.follows_rows():  # PostgreSQL: the server keeps the ticket index
        tickets = Ticket.select().count()
    else:
        tickets = _reindex_tickets()
    articles = [(a.id, article_terms(a)) for a in
                KnowledgeArticle.select().where(KnowledgeArticle.active)]
    search.KNOWLEDGE.add(articles)
    return tickets, len(articles)


def _reindex_tickets() -> int:
    """Index every ticket's terms, 2,000 at a time; how many were indexed."""
    from helpdesk_gui.db import search
    from helpdesk_gui.domain.tickets.models import Ticket
    from helpdesk_gui.services.tickets.records import ticket_terms

    tickets = 0
    batch: list[tuple[int, str]] = []
    for ticket in Ticket.select().order_by(Ticket.id).iterator():
        batch.append((ticket.id, ticket_terms(ticket)))
        if len(batch) >= 2000:
            search.TICKETS.add(batch)
            tickets += len(batch)
            batch = []
    search.TICKETS.add(batch)
    return tickets + len(batch)


def run_copy(args: argparse.Namespace) -> int:
    """Copy everything from ``--from`` into the empty ``--to``, then rebuild its search."""
    from helpdesk_gui.db import copy
    from helpdesk_gui.db.connect import bind, parse_url
    from helpdesk_gui.db.dialect import settle_after_bulk_load

    if not args.source or not args.target:
        print("db copy: give both --from URL and --to URL", file=sys.stderr)
        return 2
    source, target = copy.open_pair(args.source, args.target)
    copy.refuse_non_empty(target, copy.table_models())
    counts = copy.copy_all(source, target, progress=lambda table, n: print(
        f"  {table}: {n}", file=sys.stderr))
    bind(target)
    with target.atomic():
        tickets, articles = reindex_search()
    settle_after_bulk_load(target)
    source.close()
    print(f"copied {sum(counts.values())} rows in {len(counts)} tables from "
          f"{parse_url(args.source).display()} to {parse_url(args.target).display()}; "
          f"search rebuilt for {tickets} tickets and {articles} articles")
    print(f"tickets: {counts.get('ticket', 0)}, history events: "
          f"{counts.get('ticket_event', 0)}, audit rows: {counts.get('audit_entry', 0)}")
    return 0
