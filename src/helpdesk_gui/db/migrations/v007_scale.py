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
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.db import search
from helpdesk_gui.db.partial import PERIOD_INDEXES, create_period_indexes
from helpdesk_gui.domain.quality.models import MODELS

DROPPED = ("ticket_resolved_at", "ticket_assignee_id")  # the first: ticket_resolved_period


def upgrade(database: pw.Database) -> None:
    """Create the indexes and the snapshot table, drop the redundant indexes."""
    create_period_indexes(database)
    for name in DROPPED:
        database.execute_sql(f"DROP INDEX IF EXISTS {name}")
    database.create_tables(MODELS, safe=True)
    search.optimize(database)
    if database.table_exists("sqlite_stat1"):  # let the planner weigh the new indexes
        for name in PERIOD_INDEXES:
            database.execute_sql(f"ANALYZE {name}")
