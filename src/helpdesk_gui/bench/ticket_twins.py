"""What the raw twins of the ticket list share on both backends (``tickets_sqlite``,
``tickets_pg``): the page size, the list's own SELECT, the values searched for and every
case but the first page and text search. The backends differ there only in the
parameter mark (``?`` for sqlite3, ``%s`` for psycopg)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from helpdesk_gui.db.codes import TICKET_STATUS, TICKET_TYPE, code
from helpdesk_gui.domain.vocabulary import OPEN_STATUSES as OPEN

PAGE = 100
SELECT = ("SELECT t.id, t.ticket_no, t.created_at, t.status, t.type, t.level, t.channel, "
          "t.customer_name, t.subject, s.name, t.resolve_due, t.updated_at, t.assignee_id "
          "FROM ticket t LEFT JOIN staff s ON s.id = t.assignee_id")
NEWEST = f" ORDER BY t.created_at DESC, t.id DESC LIMIT {PAGE}"


@dataclass(frozen=True)
class Samples:
    """Real values from the database to search for."""

    ticket_no: str
    phone: str
    text3: str = "水压低"
    text2: str = "停电"
    text1: str = "电"  # the first character a clerk types: among the commonest there are


def samples(conn, mark: str) -> Samples:
    """A ticket from the middle of the table and its customer's phone."""
    mid = conn.execute("SELECT MAX(id) / 2 FROM ticket").fetchone()[0] or 1
    no, phone = conn.execute(
        "SELECT t.ticket_no, c.phone FROM ticket t JOIN customer c ON c.id = t.customer_id "
        f"WHERE t.id >= {mark} AND c.phone IS NOT NULL ORDER BY t.id LIMIT 1",
        (mid,)).fetchone()
    return Samples(no, phone)


def count_page(conn, where: str, params: tuple = ()) -> list:
    """What the list does on a new filter: the count, then the first page."""
    conn.execute(f"SELECT COUNT(*) FROM ticket t {where}", params).fetchone()
    return conn.execute(f"{SELECT} {where}{NEWEST}", params).fetchall()


def plain_cases(conn, s: Samples, mark: str) -> dict[str, Callable[[], object]]:
    """The cases written alike on both backends: paging, a sort, filters, number and phone."""
    last = conn.execute(SELECT + NEWEST).fetchall()[-1]
    marks = ", ".join([mark] * len(OPEN))
    return {
        "page down": lambda: conn.execute(
            f"{SELECT} WHERE (t.created_at, t.id) < ({mark}, {mark}){NEWEST}",
            (last[2], last[0])).fetchall(),
        "jump to last row": lambda: conn.execute(
            f"{SELECT} ORDER BY t.created_at ASC, t.id ASC LIMIT {PAGE}").fetchall()[::-1],
        "sort change (customer)": lambda: conn.execute(
            f"{SELECT} ORDER BY t.customer_name ASC, t.id ASC LIMIT {PAGE}").fetchall(),
        "filter type=repair": lambda: count_page(
            conn, f"WHERE t.type = {mark}", (code(TICKET_TYPE, "repair"),)),
        "filter open statuses": lambda: count_page(
            conn, f"WHERE t.status IN ({marks})", tuple(code(TICKET_STATUS, w) for w in OPEN)),
        "search ticket number": lambda: count_page(
            conn, f"WHERE t.ticket_no = {mark}", (s.ticket_no,)),
        "search phone": lambda: count_page(
            conn, f"WHERE t.customer_id IN (SELECT id FROM customer WHERE phone = {mark})",
            (s.phone,)),
    }
