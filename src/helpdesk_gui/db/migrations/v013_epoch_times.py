"""Schema step: ticket times as integers on SQLite (``db.times``).

The eight times of ``ticket`` and the time of each ``ticket_event`` become whole seconds
since 1970, each table in one pass; the declared column types do not change (SQLite keeps
an integer in a DATETIME column as it is), so no table is rebuilt. The freed pages are
reused by new tickets; ``VACUUM`` returns them to the disk. On PostgreSQL the columns are
``timestamp`` already and nothing changes.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.db.times import EpochTimeField, epoch_columns
from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent


def upgrade(database: pw.Database) -> None:
    """Convert the text times of tickets and their history (idempotent)."""
    for model in (Ticket, TicketEvent):
        columns = [f.column_name for f in model._meta.sorted_fields
                   if isinstance(f, EpochTimeField)]
        epoch_columns(database, model._meta.table_name, columns)
