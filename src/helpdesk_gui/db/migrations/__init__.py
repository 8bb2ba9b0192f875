"""Schema versions and upgrades.

The schema version is stored in the database (table ``meta``, key ``schema_version``).
Each upgrade step is a function from version N-1 to N. Before upgrading an existing
SQLite file we take an online backup next to it (SQLite backup API, never a file copy of
an open database), then run every step inside one transaction, so a failed upgrade leaves
the hall's data exactly as it was.

Each step is one module of this package, ``vNNN_<what>.py`` with an ``upgrade(database)``
function; its number is the schema version it brings the database to.
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
from helpdesk_gui.domain.errors import SchemaTooNew

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


def upgrade(database: pw.Database) -> int:
    """Bring the schema up to date; returns the version found before upgrading."""
    found = current_version(database)
    if found > CURRENT_VERSION:
        raise SchemaTooNew(
            f"this database has schema version {found}, newer than this application "
            f"understands ({CURRENT_VERSION}); install the newer version"
        )
    if found == CURRENT_VERSION:
        return found
    if found > 0 and is_sqlite(database) and database.database != ":memory:":
        saved = backup_sqlite(Path(database.database), f"v{found}")
        log.info("backed up database before upgrade to %s", saved)
    with database.atomic():
        for version in range(found + 1, CURRENT_VERSION + 1):
            STEPS[version - 1](database)
            log.info("schema upgraded to version %d", version)
        base.Meta.replace(key="schema_version", value=str(CURRENT_VERSION)).execute()
    return found
