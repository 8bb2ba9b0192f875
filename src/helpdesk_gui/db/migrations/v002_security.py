"""Schema step 2: sign-in lockout, the audit trail and retention markers.

Found by ``db.migrations`` by its number; runs inside the upgrade transaction.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.domain.security.models import GENESIS_HASH, SECURITY_MODELS, AuditHead


def upgrade(database: pw.Database) -> None:
    """Create the security tables and the audit chain's head row."""
    database.create_tables(SECURITY_MODELS)
    if AuditHead.get_or_none(AuditHead.id == 1) is None:
        AuditHead.create(id=1, last_id=0, last_hash=GENESIS_HASH, count=0)
