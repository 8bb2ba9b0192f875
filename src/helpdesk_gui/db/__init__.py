"""Database access: connection from a URL, schema upgrades, search index. No Qt."""

from __future__ import annotations

import sqlite3

import peewee as pw

from helpdesk_gui.db.checks import UnusableDatabase, check_sqlite_file
from helpdesk_gui.db.connect import bind, make_database, parse_url, resolve_url
from helpdesk_gui.db.migrations import check, upgrade
from helpdesk_gui.db.storage import refuse_network_storage
from helpdesk_gui.domain.errors import SchemaTooNew


def open_database(url: str | None = None, migrate: bool | None = None) -> pw.Database:
    """Open the database and bind the models to it.

    ``migrate`` creates or upgrades the schema. By default an SQLite file (one PC) is
    upgraded as it opens; a hall server is only checked — its schema is the
    administrator's (``helpdesk-gui db upgrade``), never changed by whichever PC happens
    to start first.

    A file that must not be used (``db.checks``) raises ``UnusableDatabase`` with a
    message that says why — never a traceback, never a converted foreign file.
    """
    target = parse_url(resolve_url(url))
    local = target.kind == "sqlite" and str(target.path) != ":memory:"
    if local:
        try:
            refuse_network_storage(target.path)
            check_sqlite_file(target.path)
        except PermissionError as exc:
            raise UnusableDatabase(f"the database file {target.path} cannot be reached by "
                                   f"this user ({exc.strerror}); ask the administrator for "
                                   "access, or choose another file.", target.path,
                                   "read_only") from exc
    database = make_database(target)
    bind(database)
    try:
        database.connect(reuse_if_open=True)
        if migrate is None:
            migrate = target.kind == "sqlite"
        if migrate:
            upgrade(database)
        else:
            check(database)
    except SchemaTooNew as exc:
        database.close()
        if local:
            raise UnusableDatabase(str(exc), target.path, "too_new") from exc
        raise
    except (pw.DatabaseError, sqlite3.DatabaseError) as exc:
        database.close()
        if not local:
            raise
        raise UnusableDatabase(f"the database file {target.path} cannot be used: {exc}. "
                               "Choose another file or restore a backup.", target.path,
                               "damaged") from exc
    return database
