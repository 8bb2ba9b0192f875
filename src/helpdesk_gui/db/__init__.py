"""Database access: connection from a URL, schema upgrades, search index. No Qt."""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.db.connect import bind, make_database, parse_url, resolve_url
from helpdesk_gui.db.migrations import check, upgrade
from helpdesk_gui.db.storage import refuse_network_storage


def open_database(url: str | None = None, migrate: bool | None = None) -> pw.Database:
    """Open the database and bind the models to it.

    ``migrate`` creates or upgrades the schema. By default an SQLite file (one PC) is
    upgraded as it opens; a hall server is only checked — its schema is the
    administrator's (``helpdesk-gui db upgrade``), never changed by whichever PC happens
    to start first.
    """
    target = parse_url(resolve_url(url))
    if target.kind == "sqlite" and str(target.path) != ":memory:":
        refuse_network_storage(target.path)
    database = make_database(target)
    bind(database)
    database.connect(reuse_if_open=True)
    if migrate is None:
        migrate = target.kind == "sqlite"
    if migrate:
        upgrade(database)
    else:
        check(database)
    return database
