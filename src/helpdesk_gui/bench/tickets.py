"""The ticket list on a big database: each step through ``services.tickets.query`` and
the same work as hand-written SQL on a plain connection: the raw twin, ``sqlite3`` on
SQLite (``bench.tickets_sqlite``), psycopg on a hall server (``bench.tickets_pg``).

Why the raw twin: a figure alone says little ("120 ms — is that the machine or us?");
the ratio ours/raw shows what the query layer costs over the best the database can do
with the same indexes. Each step is what the ticket table does: count + first page on a
new filter or search, one keyset page on page-down, a read from the far end on a jump
to the last row, a first page on a sort change (the count does not change).
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass

from helpdesk_gui.bench import tickets_pg, tickets_sqlite
from helpdesk_gui.bench.common import Row, median_ms
from helpdesk_gui.bench.ticket_twins import PAGE, Samples
from helpdesk_gui.domain.vocabulary import OPEN_STATUSES as OPEN


@dataclass(frozen=True)
class Case:
    """One measured step: ours, its raw twin (or None) and the target in ms."""

    name: str
    ours: Callable[[], object]
    raw: Callable[[], object] | None
    target_ms: float


def our_cases(s: Samples) -> list[tuple[str, Callable[[], object], float]]:
    """The same steps through ``services.tickets.query`` (name, function, target ms)."""
    from helpdesk_gui.services.tickets import query as q

    newest = q.TicketSort("created_at", True)
    every = q.TicketFilter()
    first = q.fetch_page(every, newest, None, PAGE)
    total = q.count_tickets(every)

    def count_page(f, sort=newest):  # what the list does before the first page shows
        return q.first_look(f, sort, PAGE)

    return [
        ("first page", lambda: count_page(every), 100),
        ("page down", lambda: q.fetch_page(every, newest, first[-1], PAGE), 50),
        ("jump to last row", lambda: q.fetch_at(every, newest, total - PAGE, PAGE, total), 300),
        ("sort change (customer)", lambda: q.fetch_page(
            every, q.TicketSort("customer_name", False), None, PAGE), 300),
        ("filter type=repair", lambda: count_page(q.TicketFilter(types=("repair",))), 300),
        ("filter open statuses", lambda: count_page(q.TicketFilter(statuses=OPEN)), 300),
        ("search ticket number", lambda: count_page(q.TicketFilter(search=s.ticket_no)), 100),
        ("search phone", lambda: count_page(q.TicketFilter(search=s.phone)), 100),
        ("search text, 3 chars", lambda: count_page(q.TicketFilter(search=s.text3)), 100),
        ("search text, 2 chars", lambda: count_page(q.TicketFilter(search=s.text2)), 300),
        ("search text, 1 char", lambda: count_page(q.TicketFilter(search=s.text1)), 300),
    ]



def cases(conn, s: Samples, twins=None) -> list[Case]:
    """Every query case beside its raw twin (``twins``: the cases builder for ``conn``)."""
    raw = (twins or tickets_sqlite.raw_cases)(conn, s) if conn is not None else {}
    return [Case(name, fn, raw.get(name), target) for name, fn, target in our_cases(s)]



def twin_connection(url: str) -> tuple[object, Callable, Callable]:
    """The raw twins' own read-only connection to ``url`` (sqlite3, or psycopg on a hall
    server) with the backend's sample finder and cases builder."""
    from helpdesk_gui.db.connect import SQLITE_PRAGMAS, parse_url

    target = parse_url(url)
    if target.kind == "sqlite":
        conn = sqlite3.connect(f"file:{target.path}?mode=ro", uri=True)
        for name in ("cache_size", "temp_store"):  # the application's read pragmas
            conn.execute(f"PRAGMA {name} = {SQLITE_PRAGMAS[name]}")
        return conn, tickets_sqlite.samples, tickets_sqlite.raw_cases
    return tickets_pg.connect(url), tickets_pg.samples, tickets_pg.raw_cases


def query_rows(url: str, repeat: int) -> list[Row]:
    conn, find_samples, twins = twin_connection(url)
    try:
        s = find_samples(conn)
        print(f"bench: searching ticket {s.ticket_no}, phone {s.phone}, text {s.text3} "
              f"(3 chars), {s.text2} (2 chars) and {s.text1} (1 char)", file=sys.stderr)
        try:
            measured = cases(conn, s, twins)
        except ImportError as exc:  # the query service is not there (yet)
            return [Row("ticket list queries", None, None, 100, note=f"n/a: {exc}")]
        return [_measured(c, repeat) for c in measured]
    finally:
        if conn:
            conn.close()



def _measured(case: Case, repeat: int) -> Row:
    """One query case; a failure is reported on its row, not as the end of the run."""
    raw = median_ms(case.raw, repeat) if case.raw else None
    try:
        return Row(case.name, median_ms(case.ours, repeat), raw, case.target_ms)
    except Exception as exc:  # noqa: BLE001 - the table must still be printed
        return Row(case.name, None, raw, case.target_ms, note=f"error: {exc}"[:70])
