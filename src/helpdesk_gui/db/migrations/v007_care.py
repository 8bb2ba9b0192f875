"""Schema step for customer care and the quality cycle (SERVICE_STANDARD §4, §7, §8, §10).

New tables: versioned settings, the service-error register, the review list, customer
accounts, VIP decisions, the call-back list and the SMS outbox. Two columns are added to
existing tables (only when missing, so a database created from the current models is
left as it is), each with a database-side default so bulk inserts that do not name them
(demo data, benchmarks, sync) keep working: ``ticket.vip`` (the VIP badge and queue order) and
``improvement_action.department`` (the responsible department of an action).
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate

from helpdesk_gui.domain.customers.models import MODELS as CUSTOMER_MODELS
from helpdesk_gui.domain.quality.models import MODELS as QUALITY_MODELS
from helpdesk_gui.domain.surveys.outbox import MODELS as OUTBOX_MODELS

NEW_COLUMNS = (
    ("ticket", "vip", lambda: pw.BooleanField(default=False,
                                              constraints=[pw.SQL("DEFAULT FALSE")])),
    ("improvement_action", "department",
     lambda: pw.CharField(max_length=50, default="", constraints=[pw.SQL("DEFAULT ''")])),
)


def upgrade(database: pw.Database) -> None:
    """Create the tables (idempotent) and add the two columns where they are missing."""
    database.create_tables(QUALITY_MODELS + CUSTOMER_MODELS + OUTBOX_MODELS, safe=True)
    migrator = SchemaMigrator.from_database(database)
    for table, column, field in NEW_COLUMNS:
        if database.table_exists(table) and column not in {
                c.name for c in database.get_columns(table)}:
            migrate(migrator.add_column(table, column, field()))
