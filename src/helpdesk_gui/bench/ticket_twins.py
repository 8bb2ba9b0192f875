"""What the raw twins of the ticket list share on both backends (``tickets_sqlite``,
``tickets_pg``): the page size, the list's own SELECT and the values searched for."""

from __future__ import annotations

from dataclasses import dataclass

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
