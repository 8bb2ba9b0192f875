"""Schema step adding the survey and ledger-import tables (domain.survey_models)."""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.domain.survey_models import MODELS


def upgrade(database: pw.Database) -> None:
    """Create ``survey`` and ``ledger_row`` (safe to run on a database that has them)."""
    database.create_tables(MODELS)
