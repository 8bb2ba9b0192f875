"""One scheduler for the whole hall: the seat holding the lease runs the timed jobs.

* PostgreSQL: a session advisory lock on a connection of the lease's own. The server
  releases it the moment that connection ends — the seat closed, crashed or lost the
  network — and the next seat to try takes it (every seat tries at each scan tick, so
  within a minute).
* SQLite (processes on one PC): an exclusive transaction kept open on a small lock file
  beside the database; the operating system releases it when the process ends.

``held()`` is cheap when the lease is already ours and never waits for another seat.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path

import peewee as pw

from helpdesk_gui.db.connect import is_sqlite

log = logging.getLogger(__name__)

LEASE_KEY = 0x4844_5343  # "HDSC": the scheduler's advisory lock


class HallLease:
    """Try to be the hall's scheduler seat; ``held()`` says whether this seat is it."""

    def __init__(self, database: pw.Database) -> None:
        self.database = database
        self._conn = None
        self._lock = threading.Lock()

    def held(self) -> bool:
        """True when this seat holds the lease (taking it if it is free)."""
        with self._lock:
            if self._conn is not None and self._alive():
                return True
            self._release()
            try:
                self._conn = self._take()
            except Exception as exc:  # noqa: BLE001 - server down: not ours this time
                log.warning("scheduler lease: %s", exc)
                self._conn = None
            return self._conn is not None

    def release(self) -> None:
        with self._lock:
            self._release()

    def _release(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:  # noqa: BLE001 - already gone
                pass
            self._conn = None

    def _alive(self) -> bool:
        try:
            self._conn.execute("SELECT 1").fetchone()
            return True
        except Exception:  # noqa: BLE001 - the connection (and so the lock) is gone
            return False

    def _take(self):
        if is_sqlite(self.database):
            if self.database.database == ":memory:":
                return _Always()  # a private in-memory database: nobody to share with
            path = Path(self.database.database)
            conn = sqlite3.connect(f"{path}.scheduler-lock", timeout=0,
                                   isolation_level=None, check_same_thread=False)
            try:
                conn.execute("BEGIN EXCLUSIVE")
            except sqlite3.OperationalError:
                conn.close()
                return None
            return conn
        import psycopg

        conn = psycopg.connect(dbname=self.database.database, autocommit=True,
                               **self.database.connect_params)
        if conn.execute("SELECT pg_try_advisory_lock(%s)", (LEASE_KEY,)).fetchone()[0]:
            return conn
        conn.close()
        return None


class _Always:
    """The lease of a database nobody else can open."""

    def execute(self, sql: str):
        return self

    def fetchone(self):
        return (1,)

    def close(self) -> None:
        pass
