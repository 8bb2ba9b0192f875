"""Writing demo rows in bulk: raw ``executemany`` on SQLite, ``insert_many`` elsewhere.

Why not ``Model.create`` per row: a million tickets and several million history
events would take an hour that way. On SQLite the rows go straight to the driver in
large transactions with ``synchronous=OFF`` and a big page cache — safe here because
a crash during a demo load loses only demo data; both pragmas are restored when the
load ends. PostgreSQL gets ``COPY … FROM STDIN`` (psycopg's copy, the server's own bulk
path; the text format parses 0/1 as booleans and the date strings as timestamps) and its
id sequences are moved past the explicit ids afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence

import peewee as pw

from helpdesk_gui.db import dialect, search
from helpdesk_gui.db.connect import is_sqlite

LOAD_PRAGMAS = {"synchronous": "OFF", "cache_size": "-400000"}  # 400 MB while loading


class BulkWriter:
    """Inserts rows with explicit ids into the bound database, as fast as it allows."""

    def __init__(self, database: pw.Database) -> None:
        self.db = database
        self.sqlite = is_sqlite(database)
        self._saved: dict[str, object] = {}

    def __enter__(self) -> BulkWriter:
        if self.sqlite:
            for name, value in LOAD_PRAGMAS.items():
                self._saved[name] = self.db.execute_sql(f"PRAGMA {name}").fetchone()[0]
                self.db.execute_sql(f"PRAGMA {name} = {value}")
        return self

    def __exit__(self, *exc: object) -> None:
        for name, value in self._saved.items():
            self.db.execute_sql(f"PRAGMA {name} = {value}")
        if exc[0] is None:
            self._finish()

    def _finish(self) -> None:
        """Refresh planner statistics; move PostgreSQL sequences past our ids."""
        if self.sqlite:
            search.optimize(self.db)  # before ANALYZE: one segment, cheap later commits
            self.db.execute_sql("ANALYZE")
            self.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            return
        for table in ("branch", "staff", "customer", "ticket", "ticket_event"):
            self.db.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"(SELECT COALESCE(MAX(id), 1) FROM {table}))")
        if not self.db.in_transaction():
            dialect.settle_after_bulk_load(self.db)  # as a hall's server would be by now
            return
        for table in ("customer", "ticket", "ticket_event"):
            self.db.execute_sql(f"ANALYZE {table}")  # plans for the new sizes at once

    def next_id(self, model: type[pw.Model]) -> int:
        return (model.select(pw.fn.MAX(model.id)).scalar() or 0) + 1

    def insert(self, model: type[pw.Model], columns: Sequence[str],
               rows: list[tuple]) -> None:
        """Insert rows (tuples in ``columns`` order); call inside a transaction."""
        if not rows:
            return
        if self.sqlite:
            table = model._meta.table_name
            marks = ", ".join("?" * len(columns))
            sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})"
            self.db.cursor().executemany(sql, rows)
            return
        table = model._meta.table_name
        with self.db.cursor().copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    def index(self, rows: list[tuple[int, str]]) -> None:
        search.index_rows(rows)

    def set_counters(self, rows: list[tuple[int, str, int]]) -> None:
        """Upsert (branch id, day, last seq) so new tickets continue each sequence."""
        p = self.db.param
        sql = (f"INSERT INTO ticket_counter (branch_id, day, last_seq) VALUES ({p}, {p}, {p}) "
               "ON CONFLICT (branch_id, day) DO UPDATE SET last_seq = excluded.last_seq")
        if self.sqlite:
            self.db.cursor().executemany(sql, rows)
        else:
            for row in rows:
                self.db.execute_sql(sql, row)
