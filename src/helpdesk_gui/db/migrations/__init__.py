"""Schema versions and upgrades.

The schema version is stored in the database (table ``meta``, key ``schema_version``).
Each upgrade step is a function from version N-1 to N. Before upgrading an existing
SQLite file we take an online backup next to it (SQLite backup API, never a file copy of
an open database), then run every step inside one transaction, so a failed upgrade leaves
the hall's data exactly as it was.

Each step is one module of this package, ``vNNN_<what>.py`` with an ``upgrade(database)``
function; its number is the schema version it brings the database to.

On a hall server many PCs open the same database, so only ``helpdesk-gui db upgrade``
(or an explicit ``migrate=True``) changes the schema there, under a PostgreSQL advisory
lock taken inside the upgrade transaction: a second migrator waits, then finds the work
done. A client that finds an older schema is told to ask the administrator.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import re
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import peewee as pw

from helpdesk_gui.db.connect import create_owner_only, is_sqlite
from helpdesk_gui.domain import base
from helpdesk_gui.domain.errors import ConfigurationError, SchemaTooNew, SchemaTooOld

log = logging.getLogger(__name__)


def _discover() -> list[Callable[[pw.Database], None]]:
    """Every ``vNNN_<what>.py`` module of this package, in version order, as a step.

    A module's number is its schema version; numbers must run 1, 2, 3 … without gaps,
    so a step added on a branch of the code that collides with another fails loudly.
    """
    found = sorted((int(m.name[1:4]), m.name) for m in pkgutil.iter_modules(__path__)
                   if re.fullmatch(r"v\d{3}_\w+", m.name))
    numbers = [n for n, _ in found]
    if numbers != list(range(1, len(found) + 1)):
        raise RuntimeError(f"schema steps are not numbered 1..n without gaps: {numbers}")
    return [_step(name) for _, name in found]


def _step(module: str) -> Callable[[pw.Database], None]:
    """The ``upgrade`` of one step module, imported only when it runs (the models it
    creates import ``db``, so importing them here would be circular)."""
    def run(database: pw.Database) -> None:
        importlib.import_module(f"{__name__}.{module}").upgrade(database)
    run.__name__ = module
    return run


# A step's number is its schema version: add a new ``vNNN_<what>.py`` with ``upgrade()``.
STEPS: list[Callable[[pw.Database], None]] = _discover()
CURRENT_VERSION = len(STEPS)


def current_version(database: pw.Database) -> int:
    """The schema version recorded in the database (0 for an empty database)."""
    if not database.table_exists("meta"):
        return 0
    row = base.Meta.get_or_none(base.Meta.key == "schema_version")
    return int(row.value) if row else 0


def backup_sqlite(path: Path, suffix: str) -> Path:
    """Online backup of an SQLite file to ``<file>.<suffix>-<timestamp>.bak``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{suffix}-{stamp}.bak")
    create_owner_only(target)
    source = sqlite3.connect(str(path))
    try:
        dest = sqlite3.connect(str(target))
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    return target


UPGRADE_LOCK = 0x4844_5347  # "HDSG": the advisory lock key of schema upgrades


def _refuse_newer(found: int) -> None:
    if found > CURRENT_VERSION:
        raise SchemaTooNew(
            f"this database has schema version {found}, newer than this application "
            f"understands ({CURRENT_VERSION}); install the newer version"
        )


def check(database: pw.Database) -> int:
    """The schema version, refusing one this application cannot work with (no changes).

    Used by hall-server clients, which never migrate themselves.
    """
    found = current_version(database)
    _refuse_newer(found)
    if found == 0 and database.get_tables():
        raise ConfigurationError(
            f"the database {database.database!r} holds tables but no helpdesk schema; "
            "check the database name in the connection settings")
    if found == 0:
        raise SchemaTooOld(
            f"the database {database.database!r} has no helpdesk schema yet; ask the "
            "administrator to run \"helpdesk-gui db upgrade\" on the server")
    if found < CURRENT_VERSION:
        raise SchemaTooOld(
            f"the hall server's database has schema version {found}, older than this "
            f"application needs ({CURRENT_VERSION}); ask the administrator to run "
            "\"helpdesk-gui db upgrade\" on the server")
    return found


def _lock(database: pw.Database) -> None:
    """Serialise migrators: SQLite's IMMEDIATE transaction already holds the write lock."""
    if not is_sqlite(database):
        database.execute_sql("SELECT pg_advisory_xact_lock(%s)", (UPGRADE_LOCK,))


def _set_version(version: int) -> None:
    (base.Meta.insert(key="schema_version", value=str(version))
     .on_conflict(conflict_target=[base.Meta.key], preserve=[base.Meta.value]).execute())


def upgrade(database: pw.Database) -> int:
    """Bring the schema up to date; returns the version found before upgrading."""
    found = current_version(database)
    _refuse_newer(found)
    if found == CURRENT_VERSION:
        return found
    if found > 0 and is_sqlite(database) and database.database != ":memory:":
        saved = backup_sqlite(Path(database.database), f"v{found}")
        log.info("backed up database before upgrade to %s", saved)
    with database.atomic():
        _lock(database)
        found = current_version(database)  # another migrator may have finished meanwhile
        _refuse_newer(found)
        for version in range(found + 1, CURRENT_VERSION + 1):
            STEPS[version - 1](database)
            log.info("schema upgraded to version %d", version)
        _set_version(CURRENT_VERSION)
    return found
