"""The raw twins of the ticket-list cases on SQLite: hand-written SQL on a plain
``sqlite3`` connection (same indexes, the same FTS5 table for text), beside the query layer.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from helpdesk_gui.bench import ticket_twins
from helpdesk_gui.bench.ticket_twins import NEWEST, SELECT, Samples
from helpdesk_gui.db import search


def samples(conn: sqlite3.Connection) -> Samples:
    """A ticket from the middle of the table and its customer's phone."""
    return ticket_twins.samples(conn, "?")


def raw_cases(conn: sqlite3.Connection, s: Samples) -> dict[str, Callable[[], object]]:
    """Hand-written SQL for every step (same indexes, no query builder)."""
    # text: count in the index alone; page by walking the date index and testing each
    # ticket's own text (the words are common: a Chinese word is a substring of it)
    joined = search.TICKET_TEXT.joined("t")

    def text(expression: str, word: str) -> list:
        conn.execute("SELECT COUNT(*) FROM ticket_search WHERE ticket_search MATCH ?",
                     (expression,)).fetchone()
        return conn.execute(f"{SELECT} WHERE {joined} LIKE ?{NEWEST}",
                            (f"%{word}%",)).fetchall()
    return {
        "first page": lambda: ticket_twins.count_page(conn, ""),
        **ticket_twins.plain_cases(conn, s, "?"),
        "search text, 3 chars": lambda: text(
            '"' + " ".join(s.text3[i:i + 2] for i in range(len(s.text3) - 1)) + '"', s.text3),
        "search text, 2 chars": lambda: text(f'"{s.text2}"', s.text2),
        "search text, 1 char": lambda: text(f'"{s.text1}" *', s.text1),
    }
