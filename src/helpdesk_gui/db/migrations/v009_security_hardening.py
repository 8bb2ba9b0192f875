"""Schema step: access tokens, the import journal, and the keyed audit chain.

Found by ``db.migrations`` by its number; runs inside the upgrade transaction. The audit
rows written so far (plain SHA-256 chain) are checked and re-chained with the
installation's key (``db.secret``); the database gets a UUID naming it in the anchors
file.
"""

from __future__ import annotations

import uuid

import peewee as pw


def upgrade(database: pw.Database) -> None:
    """Create the new tables, name the database, key the audit chain."""
    from helpdesk_gui.db import secret
    from helpdesk_gui.domain.base import Meta
    from helpdesk_gui.domain.ledger.runs import RUN_MODELS
    from helpdesk_gui.domain.security import chain
    from helpdesk_gui.domain.security.access import ACCESS_MODELS

    database.create_tables(ACCESS_MODELS + RUN_MODELS)
    if Meta.get_or_none(Meta.key == chain.DATABASE_ID_KEY) is None:
        Meta.create(key=chain.DATABASE_ID_KEY, value=str(uuid.uuid4()))
    key = secret.installation_key()
    outcome = chain.rekey(key)
    Meta.put(chain.KEY_ID_KEY, chain.key_id(key))
    Meta.put("audit_rekeyed", outcome)
