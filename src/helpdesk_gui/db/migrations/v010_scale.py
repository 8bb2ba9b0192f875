"""Schema step for years of history: period indexes, kept month figures.

* Indexes for every period filter of the reports (``db.partial``): reopen and close
  events by time (partial: 1 event in 5), resolutions with what the figures read of them
  (replaces the plain ``resolved_at`` index), withdrawn tickets by withdrawal time
  (partial).
* ``kpi_snapshot``: the figures of closed months, computed once.
* The search index merged into one segment (``search.optimize``): a bulk-loaded index
  made every later ticket write four times the index pages.
* Dropped: ``ticket_assignee_id``, a prefix of ``ticket_assignee_id_created_at`` (every
  lookup by assignee — the list's filter, the foreign-key check — uses the longer one).
* UUIDs in 16 bytes (``db.uuids``) in every table that has them. The history's own
  unique UUID index (a quarter of a million-ticket file, and nothing looks an event up
  by its UUID alone) and its ticket index become one unique (ticket, uuid) index.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.db import search
from helpdesk_gui.db.partial import PERIOD_INDEXES, create_period_indexes
from helpdesk_gui.db.uuids import compact_column
from helpdesk_gui.domain.quality.snapshots import MODELS

DROPPED = ("ticket_resolved_at",  # replaced by ticket_resolved_period
           "ticket_assignee_id", "ticket_event_uuid", "ticket_event_ticket_id")
EVENT_KEY = ("CREATE UNIQUE INDEX IF NOT EXISTS ticket_event_ticket_id_uuid "
             "ON ticket_event (ticket_id, uuid)")


def upgrade(database: pw.Database) -> None:
    """Create the indexes and the snapshot table, drop the redundant indexes."""
    for name in DROPPED:  # first: the history's UUIDs are rewritten below
        database.execute_sql(f"DROP INDEX IF EXISTS {name}")
    sqlite = isinstance(database, pw.SqliteDatabase)  # values typed per row, not column
    for table in database.get_tables():
        column = [c for c in database.get_columns(table) if c.name == "uuid"]
        if column and (sqlite or any(t in column[0].data_type.lower()
                                     for t in ("char", "text"))):
            compact_column(database, table)
    database.execute_sql(EVENT_KEY)
    create_period_indexes(database)
    database.create_tables(MODELS, safe=True)
    search.optimize(database)
    if database.table_exists("sqlite_stat1"):  # let the planner weigh the new indexes
        for name in PERIOD_INDEXES:
            database.execute_sql(f"ANALYZE {name}")
