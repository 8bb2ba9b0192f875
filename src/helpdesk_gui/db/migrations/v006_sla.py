"""Schema step adding the service-level tables (SERVICE_STANDARD §3).

The default policy (version 1, the standard's table) is stored in the same step, so every
ticket created afterwards records the policy version it was created under.
"""

from __future__ import annotations

import json

import peewee as pw

from helpdesk_gui.domain.sla.models import MODELS, SlaPolicy
from helpdesk_gui.domain.sla.policy import DEFAULT_POLICY


def upgrade(database: pw.Database) -> None:
    """Create the tables (idempotent) and seed policy version 1."""
    database.create_tables(MODELS, safe=True)
    seed_policy()


def seed_policy() -> None:
    """Store the default policy as version 1 unless a policy exists."""
    if not SlaPolicy.select().exists():
        SlaPolicy.create(version=1, data=json.dumps(DEFAULT_POLICY.to_dict()),
                         note="SERVICE_STANDARD §3 defaults")
