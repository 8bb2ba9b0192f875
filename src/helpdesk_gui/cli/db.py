"""``helpdesk-gui db info|upgrade``: which database, which schema version."""

from __future__ import annotations

import argparse


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register ``db`` on the main parser."""
    db_cmd = subparsers.add_parser("db", help="database information and upgrade")
    db_cmd.add_argument("action", choices=["info", "upgrade"])
    db_cmd.set_defaults(func=run_db)


def run_db(args: argparse.Namespace) -> int:
    """Open (and so upgrade) the database, then say what it holds."""
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
