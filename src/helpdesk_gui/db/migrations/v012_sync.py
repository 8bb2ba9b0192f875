"""Schema step for branch and headquarters sync (``domain.sync``, docs/sync.md).

Only new tables: the site identity, peers, the ledgers of bundles sent and received, row
stamps, conflicts, branches' audit rows kept at headquarters and the bundle mailbox.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.domain.sync import models


def upgrade(database: pw.Database) -> None:
    """Create the tables (idempotent)."""
    database.create_tables(models.MODELS, safe=True)
