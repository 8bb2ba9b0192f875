"""Schema step: access tokens for scheduled jobs and the ledger import's staging table.

Found by ``db.migrations`` by its number; runs inside the upgrade transaction.
"""

from __future__ import annotations

import peewee as pw


def upgrade(database: pw.Database) -> None:
    """Create the access-token and import-staging tables."""
    from helpdesk_gui.domain.security.access import ACCESS_MODELS

    database.create_tables(ACCESS_MODELS)
