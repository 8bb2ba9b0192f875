"""Live changes between seats: what one PC changed reaches every other PC's open pages.

* PostgreSQL: the writer sends ``NOTIFY helpdesk_changes`` with the changed ids (JSON);
  each seat keeps one extra connection that ``LISTEN``s and hands each message on.
* SQLite (several processes on one PC): a connection of its own polls
  ``PRAGMA data_version``, which changes only when *another* connection committed; then
  the tickets updated since the last look are read (by ``updated_at``), so only those
  rows are re-read by the pages; new or released notifications (another seat's SLA
  scan) add the ``alarm`` kind.

Messages carry the sending seat's ``origin`` so a seat ignores its own (it has already
broadcast them locally); a seat is one window's op runner, so two windows of one process
(tests, a shift overlap) still hear each other. The listener runs on its own thread and
never touches Qt; the app layer turns its callback into the ``Changes`` broadcast.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

import peewee as pw

from helpdesk_gui.db.connect import is_sqlite

log = logging.getLogger(__name__)

CHANNEL = "helpdesk_changes"
ORIGIN = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"  # this seat (process)
POLL_S = 0.5
MAX_IDS = 500  # NOTIFY payloads are limited to 8000 bytes: more ids means "reload all"


@dataclass(frozen=True)
class Change:
    """What another seat changed: ticket and customer ids, kinds; ``everything`` when the
    ids did not fit (the pages reload what they show)."""

    tickets: frozenset[int] = frozenset()
    customers: frozenset[int] = frozenset()
    kinds: frozenset[str] = field(default_factory=frozenset)
    origin: str = ""


def payload(tickets, customers, kinds, origin: str = ORIGIN) -> str:
    """The JSON text of one change message."""
    tickets, customers = sorted(tickets), sorted(customers)
    if len(tickets) + len(customers) > MAX_IDS:
        tickets, customers, kinds = [], [], [*kinds, "everything"]
    return json.dumps({"o": origin, "t": tickets, "c": customers, "k": sorted(kinds)},
                      separators=(",", ":"))


def parse(text: str) -> Change:
    data = json.loads(text)
    return Change(frozenset(data.get("t", ())), frozenset(data.get("c", ())),
                  frozenset(data.get("k", ())), data.get("o", ""))


def publish(database: pw.Database, tickets, customers, kinds, origin: str = ORIGIN) -> None:
    """Tell the other seats (PostgreSQL; on SQLite they notice by polling)."""
    if is_sqlite(database):
        return
    database.execute_sql("SELECT pg_notify(%s, %s)",
                         (CHANNEL, payload(tickets, customers, kinds, origin)))


class Listener:
    """Receives other seats' changes on a thread of its own until ``stop``."""

    def __init__(self, database: pw.Database, on_change: Callable[[Change], None],
                 origin: str = ORIGIN) -> None:
        self.database = database
        self.origin = origin
        self.on_change = on_change
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.ready = threading.Event()

    def start(self) -> Listener:
        target = self._run_sqlite if is_sqlite(self.database) else self._run_postgres
        self._thread = threading.Thread(target=self._guarded, args=(target,),
                                        name="change-listener", daemon=True)
        self._thread.start()
        return self

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _guarded(self, target: Callable[[], None]) -> None:
        """Keep listening across lost connections (retry with backoff)."""
        delay = 0.5
        while not self._stop.is_set():
            try:
                target()
                return
            except Exception as exc:  # noqa: BLE001 - a lost server: try again later
                log.warning("change listener lost its connection (%s); retrying", exc)
                self._stop.wait(delay)
                delay = min(delay * 2, 10.0)

    def _deliver(self, change: Change) -> None:
        if change.origin != self.origin:
            self.on_change(change)

    def _run_postgres(self) -> None:
        import psycopg

        params = dict(self.database.connect_params)
        params.pop("prefer_psycopg3", None)
        with psycopg.connect(dbname=self.database.database, autocommit=True,
                             **params) as conn:
            conn.execute(f"LISTEN {CHANNEL}")
            self.ready.set()
            while not self._stop.is_set():
                for note in conn.notifies(timeout=POLL_S, stop_after=50):
                    self._deliver(parse(note.payload))

    def _run_sqlite(self) -> None:
        import sqlite3

        conn = sqlite3.connect(self.database.database, timeout=15)
        try:
            version = conn.execute("PRAGMA data_version").fetchone()[0]
            # seconds since 1970 (``db.times``); 0 before the first ticket
            seen = conn.execute("SELECT MAX(updated_at) FROM ticket").fetchone()[0] or 0
            alarms = _alarm_mark(conn)
            self.ready.set()
            while not self._stop.wait(POLL_S):
                now = conn.execute("PRAGMA data_version").fetchone()[0]
                if now == version:
                    continue
                version = now
                rows = conn.execute("SELECT id, updated_at FROM ticket WHERE updated_at >= ? "
                                    "ORDER BY updated_at LIMIT ?", (seen, MAX_IDS + 1)).fetchall()
                if rows:
                    seen = rows[-1][1]
                kinds = {"everything"} if len(rows) > MAX_IDS else set()
                ids = frozenset() if kinds else frozenset(r[0] for r in rows)
                mark = _alarm_mark(conn)
                if mark != alarms:
                    alarms, kinds = mark, kinds | {"alarm"}
                self._deliver(Change(tickets=ids, kinds=frozenset(kinds | {"external"})))
        finally:
            conn.close()


def _alarm_mark(conn) -> tuple:
    """Changes when notifications were raised or released (another seat's SLA scan)."""
    return tuple(conn.execute("SELECT MAX(id), SUM(delivered) FROM notification").fetchone())
