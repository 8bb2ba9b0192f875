"""Schema step adding the survey and ledger-import tables (domain.surveys, domain.ledger)."""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.domain.ledger.models import MODELS as LEDGER_MODELS
from helpdesk_gui.domain.surveys.models import MODELS as SURVEY_MODELS


def upgrade(database: pw.Database) -> None:
    """Create ``survey`` and ``ledger_row`` (safe to run on a database that has them)."""
    database.create_tables(SURVEY_MODELS + LEDGER_MODELS)
