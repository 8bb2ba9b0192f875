"""Database access: connection from a URL, schema upgrades, search index. No Qt."""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.db.connect import bind, make_database, parse_url, resolve_url
from helpdesk_gui.db.migrations import upgrade
from helpdesk_gui.db.storage import refuse_network_storage


def open_database(url: str | None = None) -> pw.Database:
    """Open (creating or upgrading as needed) the database and bind the models to it."""
    target = parse_url(resolve_url(url))
    if target.kind == "sqlite" and str(target.path) != ":memory:":
        refuse_network_storage(target.path)
    database = make_database(target)
    bind(database)
    database.connect(reuse_if_open=True)
    upgrade(database)
    return database
