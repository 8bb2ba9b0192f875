"""Schema step: on a hall server, ticket pages keep room for a ticket's next version.

PostgreSQL writes a changed row as a new version. When that version fits on the same
page and no indexed column changed (an SLA state, a contact count, a description), it is
a heap-only update: no index is touched. With the table's pages packed full (the default
``fillfactor`` of 100, and every bulk load), each such change instead adds an entry to
all nineteen ticket indexes: a busy minute's 200 SLA states cost 20-30 ms instead of a few.
Ten per cent of each page is left free for them.

It applies to pages written from now on (a new hall server, or new tickets); an
existing server's full pages get the room when ``VACUUM FULL ticket`` rewrites them in a
quiet hour. SQLite updates a row in place and has no such setting: nothing changes there.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.db.connect import is_sqlite

TICKET_FILLFACTOR = 90


def upgrade(database: pw.Database) -> None:
    """Leave room on each ticket page (PostgreSQL only)."""
    if not is_sqlite(database):
        database.execute_sql(f"ALTER TABLE ticket SET (fillfactor = {TICKET_FILLFACTOR})")
