"""Schema step adding seats (which PC serves which counter window, who is signed in)
and the window a ticket was received at (``ticket.window_no``, with an index for the
ticket list's window filter). Self-contained: a fresh database already has the column
from ``v001`` (the model has it), an older one gets it added here.
"""

from __future__ import annotations

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate

from helpdesk_gui.domain.seats.models import MODELS
from helpdesk_gui.domain.tickets.models import Ticket


def upgrade(database: pw.Database) -> None:
    """Create ``seat``; add ``ticket.window_no`` and its index where missing."""
    database.create_tables(MODELS, safe=True)
    if "window_no" not in {c.name for c in database.get_columns("ticket")}:
        migrator = SchemaMigrator.from_database(database)
        migrate(migrator.add_column("ticket", "window_no", Ticket.window_no))
    database.execute_sql("CREATE INDEX IF NOT EXISTS ticket_window_no_created_at "
                         "ON ticket (window_no, created_at)")
