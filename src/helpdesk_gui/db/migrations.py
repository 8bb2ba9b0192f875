"""Schema versions and upgrades.

The schema version is stored in the database (table ``meta``, key ``schema_version``).
Each upgrade step is a function from version N-1 to N. Before upgrading an existing
SQLite file we take an online backup next to it (SQLite backup API, never a file copy of
an open database), then run every step inside one transaction, so a failed upgrade leaves
the hall's data exactly as it was. Later capabilities append steps that add tables.
"""

from __future__ import annotations

import importlib
import logging
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import peewee as pw

from helpdesk_gui.db import search
from helpdesk_gui.db.connect import is_sqlite
from helpdesk_gui.domain import models
from helpdesk_gui.domain.errors import SchemaTooNew

log = logging.getLogger(__name__)


def _v1_core(database: pw.Database) -> None:
    """Branches, staff, customers, tickets, their history and the search index."""
    database.create_tables(models.CORE_MODELS)
    search.create_index(database)


def _step(module: str, function: str = "upgrade") -> Callable[[pw.Database], None]:
    """A step defined by a capability's own migration module (imported when it runs)."""
    def run(database: pw.Database) -> None:
        getattr(importlib.import_module(f"helpdesk_gui.db.{module}"), function)(database)
    run.__name__ = module
    return run


# Append only: a step's position is its schema version.
STEPS: list[Callable[[pw.Database], None]] = [
    _v1_core,
    _step("migration_v2_security", "upgrade_v2"),  # 2: sign-in, audit trail
    _step("migration_complaints"),  # 3: complaints, suggestions, improvement actions
    _step("migration_surveys"),  # 4: surveys, ledger import
    _step("migration_training"),  # 5: training, knowledge base, cases
    _step("migration_sla"),  # 6: SLA policy versions, pauses, alarms, notifications
]
CURRENT_VERSION = len(STEPS)


def current_version(database: pw.Database) -> int:
    """The schema version recorded in the database (0 for an empty database)."""
    if not database.table_exists("meta"):
        return 0
    row = models.Meta.get_or_none(models.Meta.key == "schema_version")
    return int(row.value) if row else 0


def backup_sqlite(path: Path, suffix: str) -> Path:
    """Online backup of an SQLite file to ``<file>.<suffix>-<timestamp>.bak``."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{suffix}-{stamp}.bak")
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
        models.Meta.replace(key="schema_version", value=str(CURRENT_VERSION)).execute()
    return found
