"""Raw twins of the reporting rows: the main aggregates as hand-written SQL on a plain
``sqlite3`` connection, with the same indexes the services have.

A twin computes what the row's service must compute for *one* period (the report month,
today and this month for the dashboard, the month's rows for the export), each family
in one statement: the ratio ours/raw then shows what the service costs beyond the
month's own figures — the six-month trend, the per-staff table, JSON, auditing.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from helpdesk_gui.db.codes import EVENT_KIND, SLA_STATE, TICKET_STATUS, code
from helpdesk_gui.db.times import to_epoch
from helpdesk_gui.domain.vocabulary import OPEN_STATUSES

BACKLOG_DAYS = ((0, 1), (1, 3), (3, 7), (7, 30), (30, None))


def _in(codes, words) -> str:
    """``('a', 'b')``: the words as the columns store them (``db.codes``)."""
    return "(" + ", ".join(f"'{code(codes, w)}'" for w in words) + ")"


WITHDRAWN = _in(TICKET_STATUS, ("cancelled", "merged"))
OPEN = _in(TICKET_STATUS, OPEN_STATUSES)
REOPEN_CLOSE = _in(EVENT_KIND, ("reopened", "closed"))
ALARMED = _in(SLA_STATE, ("at_risk", "breached"))


def _s(moment: datetime) -> int:
    """A time as the ticket tables store it on SQLite: seconds since 1970 (``db.times``)."""
    return to_epoch(moment)


def received(conn: sqlite3.Connection, start: datetime, end: datetime) -> list:
    """Tickets created in the period by type, channel and level, with intake counts."""
    return conn.execute(
        "SELECT type, channel, level, COUNT(*), SUM(first_contact_resolved), "
        "SUM(response_due IS NOT NULL AND response_due <= :end), "
        "SUM(response_due IS NOT NULL AND response_due <= :end "
        "    AND first_response_at <= response_due) "
        "FROM ticket WHERE created_at >= :start AND created_at < :end "
        "GROUP BY type, channel, level", {"start": _s(start), "end": _s(end)}).fetchall()


def resolved(conn: sqlite3.Connection, start: datetime, end: datetime) -> tuple:
    """Tickets resolved in the period by level and assignee, and the sorted hours."""
    span = {"start": _s(start), "end": _s(end)}
    groups = conn.execute(
        "SELECT level, assignee_id, COUNT(*), SUM(contacts <= 3), "
        "SUM(resolve_due IS NULL OR resolved_at <= resolve_due) "
        "FROM ticket WHERE resolved_at >= :start AND resolved_at < :end "
        "GROUP BY level, assignee_id", span).fetchall()
    hours = [h for (h,) in conn.execute(
        "SELECT (resolved_at - created_at) / 3600.0 AS h FROM ticket "
        "WHERE resolved_at >= :start AND resolved_at < :end ORDER BY h", span)]
    n = len(hours)
    pick = (lambda p: hours[max(1, -(-p * n // 100)) - 1]) if n else (lambda p: None)
    return groups, pick(50), pick(90)


def reopened(conn: sqlite3.Connection, start: datetime, end: datetime) -> list:
    """Reopen and close events in the period."""
    return conn.execute(
        f"SELECT kind, COUNT(*) FROM ticket_event WHERE kind IN {REOPEN_CLOSE} "
        "AND at >= ? AND at < ? GROUP BY kind", (_s(start), _s(end))).fetchall()


def backlog(conn: sqlite3.Connection, end: datetime) -> list:
    """Tickets open at the period's end, by age (the same signed parts as the service)."""
    age = "((:end - created_at) / 86400.0)"
    buckets = ", ".join(f"SUM({age} >= {lo}" + (f" AND {age} < {hi})" if hi else ")")
                        for lo, hi in BACKLOG_DAYS)
    parts = ["resolved_at >= :end", f"status IN {OPEN}",
             f"status IN {WITHDRAWN} AND updated_at >= :end"]
    return [conn.execute(f"SELECT COUNT(*), {buckets} FROM ticket WHERE created_at < :end "
                         f"AND {part}", {"end": _s(end)}).fetchone() for part in parts]


def surveys(conn: sqlite3.Connection, start: datetime, end: datetime) -> tuple:
    """Answers about the tickets resolved in the period."""
    return conn.execute(
        "SELECT COUNT(*), SUM(s.valid), AVG(CASE WHEN s.valid THEN s.overall END) "
        "FROM survey s JOIN ticket t ON t.id = s.ticket_id WHERE s.status = 'answered' "
        "AND t.resolved_at >= ? AND t.resolved_at < ?", (_s(start), _s(end))).fetchone()


def month(conn: sqlite3.Connection, start: datetime, end: datetime) -> None:
    """Every family of the monthly report for one month."""
    received(conn, start, end)
    resolved(conn, start, end)
    reopened(conn, start, end)
    backlog(conn, end)
    surveys(conn, start, end)


def dashboard(conn: sqlite3.Connection, today: tuple[datetime, datetime],
              this_month: tuple[datetime, datetime]) -> None:
    """Today's and this month's intake and resolutions, the month's answers, at risk."""
    for start, end in (today, this_month):
        received(conn, start, end)
        resolved(conn, start, end)
    surveys(conn, *this_month)
    conn.execute(
        "SELECT id, ticket_no, level, customer_name, status, resolve_due, sla_state "
        f"FROM ticket WHERE sla_state IN {ALARMED} AND status IN {OPEN} "
        "ORDER BY resolve_due IS NULL, resolve_due, id LIMIT 50").fetchall()


def export(conn: sqlite3.Connection, start: datetime, end: datetime) -> int:
    """The month's tickets with their customer and handler, oldest first."""
    return len(conn.execute(
        "SELECT t.ticket_no, t.created_at, t.channel, t.type, t.level, t.customer_name, "
        "c.phone, c.account_no, t.subject, t.description, t.status, t.first_response_at, "
        "t.resolved_at, t.closed_at, t.contacts, s.employee_no FROM ticket t "
        "LEFT JOIN customer c ON c.id = t.customer_id LEFT JOIN staff s ON s.id = t.assignee_id "
        "WHERE t.created_at >= ? AND t.created_at < ? ORDER BY t.created_at, t.id",
        (_s(start), _s(end))).fetchall())
