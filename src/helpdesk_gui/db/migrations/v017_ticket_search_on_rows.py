"""Schema step: on PostgreSQL, tickets are searched through an index on the ticket rows.

The ``ticket_search`` table held every ticket's terms a second time, with a position per
lexeme: 463 bytes a ticket on a million-ticket hall server, more than the ticket row, and
an INSERT more on every new ticket. The expression index made by ``search.create_index``
(see ``db.pg_row_search``) answers the same searches from the rows themselves, so the
table is dropped. SQLite keeps its FTS5 table (it cannot index an expression that way).
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.db import search
from helpdesk_gui.db.connect import is_sqlite


def upgrade(database: pw.Database) -> None:
    """Build the expression index (about a minute a million tickets), drop the table."""
    if is_sqlite(database):
        return
    search.create_index(database)
    database.execute_sql(f"DROP TABLE IF EXISTS {search.TABLE}")
