"""The raw twins of the ticket-list cases on SQLite: hand-written SQL on a plain
``sqlite3`` connection (same indexes, the same FTS5 table for text), beside the query layer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from helpdesk_gui.bench.ticket_twins import NEWEST, PAGE, SELECT, Samples
from helpdesk_gui.db import search
from helpdesk_gui.db.codes import TICKET_STATUS, TICKET_TYPE, code
from helpdesk_gui.domain.vocabulary import OPEN_STATUSES as OPEN


def samples(conn: sqlite3.Connection) -> Samples:
    """A ticket from the middle of the table and its customer's phone."""
    mid = conn.execute("SELECT MAX(id) / 2 FROM ticket").fetchone()[0] or 1
    no, phone = conn.execute(
        "SELECT t.ticket_no, c.phone FROM ticket t JOIN customer c ON c.id = t.customer_id "
        "WHERE t.id >= ? AND c.phone IS NOT NULL ORDER BY t.id LIMIT 1", (mid,)).fetchone()
    return Samples(no, phone)



def _raw_count_page(conn: sqlite3.Connection, where: str, params: tuple = ()) -> list:
    conn.execute(f"SELECT COUNT(*) FROM ticket t {where}", params).fetchone()
    return conn.execute(f"{SELECT} {where}{NEWEST}", params).fetchall()



def raw_cases(conn: sqlite3.Connection, s: Samples) -> dict[str, Callable[[], object]]:
    """Hand-written SQL for every step (same indexes, no query builder)."""
    first = conn.execute(SELECT + NEWEST).fetchall()
    last = first[-1]
    # text: count in the index alone; page by walking the date index and testing each
    # ticket's own text (the words are common: a Chinese word is a substring of it)
    joined = search.TICKET_TEXT.joined("t")

    def text(expression: str, word: str) -> list:
        conn.execute("SELECT COUNT(*) FROM ticket_search WHERE ticket_search MATCH ?",
                     (expression,)).fetchone()
        return conn.execute(f"{SELECT} WHERE {joined} LIKE ?{NEWEST}",
                            (f"%{word}%",)).fetchall()
    return {
        "first page": lambda: _raw_count_page(conn, ""),
        "page down": lambda: conn.execute(
            f"{SELECT} WHERE (t.created_at, t.id) < (?, ?){NEWEST}",
            (last[2], last[0])).fetchall(),
        "jump to last row": lambda: conn.execute(
            f"{SELECT} ORDER BY t.created_at ASC, t.id ASC LIMIT {PAGE}").fetchall()[::-1],
        "sort change (customer)": lambda: conn.execute(
            f"{SELECT} ORDER BY t.customer_name ASC, t.id ASC LIMIT {PAGE}").fetchall(),
        "filter type=repair": lambda: _raw_count_page(
            conn, "WHERE t.type = ?", (code(TICKET_TYPE, "repair"),)),
        "filter open statuses": lambda: _raw_count_page(
            conn, f"WHERE t.status IN ({', '.join('?' * len(OPEN))})",
            tuple(code(TICKET_STATUS, w) for w in OPEN)),
        "search ticket number": lambda: _raw_count_page(
            conn, "WHERE t.ticket_no = ?", (s.ticket_no,)),
        "search phone": lambda: _raw_count_page(
            conn, "WHERE t.customer_id IN (SELECT id FROM customer WHERE phone = ?)",
            (s.phone,)),
        "search text, 3 chars": lambda: text(
            '"' + " ".join(s.text3[i:i + 2] for i in range(len(s.text3) - 1)) + '"', s.text3),
        "search text, 2 chars": lambda: text(f'"{s.text2}"', s.text2),
        "search text, 1 char": lambda: text(f'"{s.text1}" *', s.text1),
    }
