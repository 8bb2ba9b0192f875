"""Schema step adding complaints, suggestions and improvement actions (SERVICE_STANDARD §5–§6).

The root-cause taxonomy is filled with its defaults in the same step, so a new hall can
classify complaints at once; supervisors edit the list afterwards.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.domain.complaints.models import DEFAULT_ROOT_CAUSES, RootCause
from helpdesk_gui.domain.complaints.models import MODELS as COMPLAINT_MODELS
from helpdesk_gui.domain.suggestions.models import MODELS as SUGGESTION_MODELS


def upgrade(database: pw.Database) -> None:
    """Create the tables (idempotent) and seed the default root causes."""
    database.create_tables(COMPLAINT_MODELS + SUGGESTION_MODELS, safe=True)
    seed_root_causes()


def seed_root_causes() -> None:
    """Insert any default root cause that is missing (existing entries are kept)."""
    existing = {code for (code,) in RootCause.select(RootCause.code).tuples()}
    for order, (code, english, chinese) in enumerate(DEFAULT_ROOT_CAUSES):
        if code not in existing:
            RootCause.create(code=code, name_en=english, name_zh=chinese, sort_order=order)
