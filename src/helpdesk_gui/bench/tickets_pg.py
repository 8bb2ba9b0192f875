"""The raw twins of the ticket-list cases on PostgreSQL: hand-written SQL on a plain
psycopg connection (same indexes, the same expression index for text), beside the query layer.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from helpdesk_gui.bench import ticket_twins
from helpdesk_gui.bench.ticket_twins import NEWEST, PAGE, SELECT, Samples
from helpdesk_gui.db import pg_row_search, pg_ticket_tally, search
from helpdesk_gui.db.connect import WORK_MEM


def connect(url: str):
    """A read-only psycopg connection of its own (autocommit: no open transaction)."""
    import psycopg

    conn = psycopg.connect(url, autocommit=True)
    conn.execute("SET default_transaction_read_only = on")
    conn.execute(f"SET work_mem = '{WORK_MEM}'")  # as the application's connections
    return conn


def samples(conn) -> Samples:
    """A ticket from the middle of the table and its customer's phone."""
    return ticket_twins.samples(conn, "%s")


def raw_cases(conn, s: Samples) -> dict[str, Callable[[], object]]:
    """Hand-written SQL for every step (statuses and types as their stored letters)."""
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
        **ticket_twins.plain_cases(conn, s, "%s"),
        "search text, 3 chars": lambda: text(s.text3),
        "search text, 2 chars": lambda: text(s.text2),
        "search text, 1 char": lambda: text(s.text1),
    }
