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

from helpdesk_gui.domain.customers.models import MODELS as CUSTOMER_MODELS
from helpdesk_gui.domain.quality.models import MODELS as QUALITY_MODELS
from helpdesk_gui.domain.surveys.outbox import MODELS as OUTBOX_MODELS

# (table, column, SQL definition). Plain ``ALTER TABLE … ADD COLUMN … NOT NULL DEFAULT``:
# on SQLite and PostgreSQL 11+ this changes no row (a constant default is stored once),
# so a hall with a million tickets upgrades at once; playhouse.migrate would rebuild the
# SQLite table to add NOT NULL, which is slow and trips over foreign keys.
NEW_COLUMNS = (
    ("ticket", "vip", "BOOLEAN NOT NULL DEFAULT FALSE"),
    ("improvement_action", "department", "VARCHAR(50) NOT NULL DEFAULT ''"),
)


def upgrade(database: pw.Database) -> None:
    """Create the tables (idempotent) and add the two columns where they are missing."""
    database.create_tables(QUALITY_MODELS + CUSTOMER_MODELS + OUTBOX_MODELS, safe=True)
    for table, column, definition in NEW_COLUMNS:
        if database.table_exists(table) and column not in {
                c.name for c in database.get_columns(table)}:
            database.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "{column}" {definition}')
