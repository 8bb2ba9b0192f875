"""Schema step: on PostgreSQL, the server keeps the number of tickets per branch and day.

Every seat recounts its ticket list whenever any seat changes a ticket; unfiltered, that
was ``COUNT(*)`` of the whole table (170 ms on three years of tickets, for each seat, for
each change). ``db.pg_ticket_tally`` keeps the count in a small table by triggers. SQLite
counts a table from its b-tree in milliseconds and gets nothing.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.db import pg_ticket_tally
from helpdesk_gui.db.connect import is_sqlite


def upgrade(database: pw.Database) -> None:
    """The table and its triggers, then the tickets already there counted (seconds for
    millions)."""
    if is_sqlite(database):
        return
    pg_ticket_tally.create(database)
