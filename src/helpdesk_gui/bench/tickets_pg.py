"""The raw twins of the ticket-list cases on PostgreSQL: hand-written SQL on a plain
psycopg connection (same indexes, the same expression index for text), beside the query layer.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from helpdesk_gui.bench.ticket_twins import NEWEST, PAGE, SELECT, Samples
from helpdesk_gui.db import pg_row_search, pg_ticket_tally, search
from helpdesk_gui.db.codes import TICKET_STATUS, TICKET_TYPE, code
from helpdesk_gui.db.connect import WORK_MEM
from helpdesk_gui.domain.vocabulary import OPEN_STATUSES as OPEN


def connect(url: str):
    """A read-only psycopg connection of its own (autocommit: no open transaction)."""
    import psycopg

    conn = psycopg.connect(url, autocommit=True)
    conn.execute("SET default_transaction_read_only = on")
    conn.execute(f"SET work_mem = '{WORK_MEM}'")  # as the application's connections
    return conn


def samples(conn) -> Samples:
    """A ticket from the middle of the table and its customer's phone."""
    mid = conn.execute("SELECT MAX(id) / 2 FROM ticket").fetchone()[0] or 1
    no, phone = conn.execute(
        "SELECT t.ticket_no, c.phone FROM ticket t JOIN customer c ON c.id = t.customer_id "
        "WHERE t.id >= %s AND c.phone IS NOT NULL ORDER BY t.id LIMIT 1", (mid,)).fetchone()
    return Samples(no, phone)


def _count_page(conn, where: str, params: tuple = ()) -> list:
    conn.execute(f"SELECT COUNT(*) FROM ticket t {where}", params).fetchone()
    return conn.execute(f"{SELECT} {where}{NEWEST}", params).fetchall()


def raw_cases(conn, s: Samples) -> dict[str, Callable[[], object]]:
    """Hand-written SQL for every step (statuses and types as their stored letters)."""
    first = conn.execute(SELECT + NEWEST).fetchall()
    last = first[-1]
    marks = ", ".join(["%s"] * len(OPEN))

    cap = max(math.isqrt(PAGE * conn.execute("SELECT MAX(id) FROM ticket").fetchone()[0]),
              100)  # where walking and gathering read alike (``query.dense_from``)

    def text(word: str) -> list:
        """The count up to the cap — row by row when the planner expects the
        word in many, else through the index — then the page: the matches sorted when
        they are few, else the sort index walked with a match test per ticket."""
        parts = search.query_parts(word)
        where, params = pg_row_search.match_test(search.TICKET_TEXT, parts, alias="t")
        plain, plain_params = pg_row_search.plain_test(search.TICKET_TEXT, parts, alias="t")
        plan = conn.execute(f"EXPLAIN (FORMAT JSON) SELECT 1 FROM ticket t WHERE {where}",
                            params).fetchone()[0]
        counted = ((plain, plain_params) if plan[0]["Plan"]["Plan Rows"]
                   >= pg_row_search.BROAD * cap else (where, params))
        hits = conn.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM ticket t WHERE "
                            f"{counted[0]} LIMIT %s) h", (*counted[1], cap + 1)).fetchone()[0]
        if hits <= cap:
            return conn.execute(f"{SELECT} WHERE {where}{NEWEST}", params).fetchall()
        where, params = pg_row_search.plain_test(search.TICKET_TEXT, parts, alias="h")
        return conn.execute(
            f"{SELECT} WHERE EXISTS (SELECT 1 FROM ticket h WHERE h.id = t.id AND "
            f"{where} OFFSET 0){NEWEST}", params).fetchall()
    return {
        "first page": lambda: (  # the server keeps the count (``db.pg_ticket_tally``)
            conn.execute(f"SELECT COALESCE(SUM(n), 0) FROM {pg_ticket_tally.TABLE}").fetchone(),
            conn.execute(SELECT + NEWEST).fetchall())[1],
        "page down": lambda: conn.execute(
            f"{SELECT} WHERE (t.created_at, t.id) < (%s, %s){NEWEST}",
            (last[2], last[0])).fetchall(),
        "jump to last row": lambda: conn.execute(
            f"{SELECT} ORDER BY t.created_at ASC, t.id ASC LIMIT 100").fetchall()[::-1],
        "sort change (customer)": lambda: conn.execute(
            f"{SELECT} ORDER BY t.customer_name ASC, t.id ASC LIMIT 100").fetchall(),
        "filter type=repair": lambda: _count_page(
            conn, "WHERE t.type = %s", (code(TICKET_TYPE, "repair"),)),
        "filter open statuses": lambda: _count_page(
            conn, f"WHERE t.status IN ({marks})", tuple(code(TICKET_STATUS, w) for w in OPEN)),
        "search ticket number": lambda: _count_page(
            conn, "WHERE t.ticket_no = %s", (s.ticket_no,)),
        "search phone": lambda: _count_page(
            conn, "WHERE t.customer_id IN (SELECT id FROM customer WHERE phone = %s)",
            (s.phone,)),
        "search text, 3 chars": lambda: text(s.text3),
        "search text, 2 chars": lambda: text(s.text2),
        "search text, 1 char": lambda: text(s.text1),
    }
