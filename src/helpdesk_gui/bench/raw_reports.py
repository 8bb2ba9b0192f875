"""Raw twins of the reporting rows: the main aggregates as hand-written SQL on a plain
connection (``sqlite3`` on a hall file, psycopg on a hall server), with the same indexes
the services have.

A twin computes what the row's service must compute for *one* period (the report month,
today and this month for the dashboard, the month's rows for the export), each family
in one statement: the ratio ours/raw then shows what the service costs beyond the
month's own figures — the six-month trend, the per-staff table, JSON, auditing.

The statements are written once for both backends; :class:`Raw` supplies the three
things that differ — how a time is stored (seconds since 1970 on SQLite, a timestamp on
PostgreSQL), how seconds between two of them are read, and the placeholder spelling.
"""

from __future__ import annotations

import re
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


def count_if(condition: str) -> str:
    """How many rows meet ``condition`` (PostgreSQL does not add up booleans)."""
    return f"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)"


class Raw:
    """A plain connection and its backend's spelling of times and placeholders."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.sqlite = isinstance(conn, sqlite3.Connection)

    def time(self, moment: datetime) -> int | datetime:
        """A time as the ticket tables store it (``db.times``)."""
        return to_epoch(moment) if self.sqlite else moment

    def seconds(self, later: str, earlier: str) -> str:
        """Seconds from ``earlier`` to ``later`` (columns or placeholders)."""
        if self.sqlite:
            return f"({later} - {earlier})"
        return f"EXTRACT(EPOCH FROM {later} - {earlier})"

    def execute(self, sql: str, params: dict | None = None):
        """Run ``sql`` written with ``:name`` placeholders."""
        if not self.sqlite:
            sql = re.sub(r"(?<!:):(\w+)", r"%(\1)s", sql)
        return self.conn.execute(sql, params or {})


def received(raw: Raw, start: datetime, end: datetime) -> list:
    """Tickets created in the period by type, channel and level, with intake counts."""
    due = "response_due IS NOT NULL AND response_due <= :end"
    return raw.execute(
        f"SELECT type, channel, level, COUNT(*), {count_if('first_contact_resolved')}, "
        f"{count_if(due)}, {count_if(due + ' AND first_response_at <= response_due')} "
        "FROM ticket WHERE created_at >= :start AND created_at < :end "
        "GROUP BY type, channel, level",
        {"start": raw.time(start), "end": raw.time(end)}).fetchall()


def resolved(raw: Raw, start: datetime, end: datetime) -> tuple:
    """Tickets resolved in the period by level and assignee, and the sorted hours."""
    span = {"start": raw.time(start), "end": raw.time(end)}
    groups = raw.execute(
        f"SELECT level, assignee_id, COUNT(*), {count_if('contacts <= 3')}, "
        f"{count_if('resolve_due IS NULL OR resolved_at <= resolve_due')} "
        "FROM ticket WHERE resolved_at >= :start AND resolved_at < :end "
        "GROUP BY level, assignee_id", span).fetchall()
    hours = [h for (h,) in raw.execute(
        f"SELECT {raw.seconds('resolved_at', 'created_at')} / 3600.0 AS h FROM ticket "
        "WHERE resolved_at >= :start AND resolved_at < :end ORDER BY h", span)]
    n = len(hours)
    pick = (lambda p: hours[max(1, -(-p * n // 100)) - 1]) if n else (lambda p: None)
    return groups, pick(50), pick(90)


def reopened(raw: Raw, start: datetime, end: datetime) -> list:
    """Reopen and close events in the period."""
    return raw.execute(
        f"SELECT kind, COUNT(*) FROM ticket_event WHERE kind IN {REOPEN_CLOSE} "
        "AND at >= :start AND at < :end GROUP BY kind",
        {"start": raw.time(start), "end": raw.time(end)}).fetchall()


def backlog(raw: Raw, end: datetime) -> list:
    """Tickets open at the period's end, by age (the same signed parts as the service)."""
    age = f"({raw.seconds(':end', 'created_at')} / 86400.0)"
    buckets = ", ".join(count_if(f"{age} >= {lo}" + (f" AND {age} < {hi}" if hi else ""))
                        for lo, hi in BACKLOG_DAYS)
    parts = ["resolved_at >= :end", f"status IN {OPEN}",
             f"status IN {WITHDRAWN} AND updated_at >= :end"]
    return [raw.execute(f"SELECT COUNT(*), {buckets} FROM ticket WHERE created_at < :end "
                        f"AND {part}", {"end": raw.time(end)}).fetchone() for part in parts]


def surveys(raw: Raw, start: datetime, end: datetime) -> tuple:
    """Answers about the tickets resolved in the period."""
    return raw.execute(
        f"SELECT COUNT(*), {count_if('s.valid')}, AVG(CASE WHEN s.valid THEN s.overall END) "
        "FROM survey s JOIN ticket t ON t.id = s.ticket_id WHERE s.status = 'answered' "
        "AND t.resolved_at >= :start AND t.resolved_at < :end",
        {"start": raw.time(start), "end": raw.time(end)}).fetchone()


def month(raw: Raw, start: datetime, end: datetime) -> None:
    """Every family of the monthly report for one month."""
    received(raw, start, end)
    resolved(raw, start, end)
    reopened(raw, start, end)
    backlog(raw, end)
    surveys(raw, start, end)


def dashboard(raw: Raw, today: tuple[datetime, datetime],
              this_month: tuple[datetime, datetime]) -> None:
    """Today's and this month's intake and resolutions, the month's answers, at risk."""
    for start, end in (today, this_month):
        received(raw, start, end)
        resolved(raw, start, end)
    surveys(raw, *this_month)
    raw.execute(
        "SELECT id, ticket_no, level, customer_name, status, resolve_due, sla_state "
        f"FROM ticket WHERE sla_state IN {ALARMED} AND status IN {OPEN} "
        "ORDER BY resolve_due IS NULL, resolve_due, id LIMIT 50").fetchall()


def export(raw: Raw, start: datetime, end: datetime) -> int:
    """The month's tickets with their customer and handler, oldest first."""
    return len(raw.execute(
        "SELECT t.ticket_no, t.created_at, t.channel, t.type, t.level, t.customer_name, "
        "c.phone, c.account_no, t.subject, t.description, t.status, t.first_response_at, "
        "t.resolved_at, t.closed_at, t.contacts, s.employee_no FROM ticket t "
        "LEFT JOIN customer c ON c.id = t.customer_id LEFT JOIN staff s ON s.id = t.assignee_id "
        "WHERE t.created_at >= :start AND t.created_at < :end ORDER BY t.created_at, t.id",
        {"start": raw.time(start), "end": raw.time(end)}).fetchall())
