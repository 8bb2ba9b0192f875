"""Partial indexes for the period figures, and the conditions that let a query use them.

A partial index (``CREATE INDEX … WHERE kind IN ('e', 'c')``: reopened, closed, in their
stored codes, ``db.codes``) holds only the
rows a report needs — the reopen and close events, not all five million history events;
the withdrawn (cancelled, merged) tickets, not a million — so it costs little disk and
little write time. A planner uses it only when the query repeats the index's condition
with the same *constants*: a bound parameter (``kind IN (?, ?)``, what peewee writes for
``field.in_(...)``) does not match on SQLite. ``listed`` writes the constants inline; both
the index and the queries take their lists from here, so they cannot drift apart, and
both write each word as the column stores it.
Standard SQL, the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import peewee as pw

from helpdesk_gui.db.codes import EVENT_KIND, TICKET_STATUS, code

REOPEN_CLOSE = ("reopened", "closed")  # the events the reopen rate counts
WITHDRAWN = ("cancelled", "merged")  # tickets that left the backlog without a resolution


def _literal(value: str) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def listed(field: pw.Field, values: Sequence[str], negate: bool = False) -> pw.Node:
    """``field IN ('a', 'b')`` with the constants written inline (see module docstring),
    each in the field's stored spelling."""
    inline = pw.SQL("(" + ", ".join(_literal(field.db_value(v)) for v in values) + ")")
    return pw.NodeList((field, pw.SQL("NOT IN" if negate else "IN"), inline))


def where_sql(column: str, values: Sequence[str], codes: Mapping[str, str]) -> str:
    """The same condition as text, for ``CREATE INDEX … WHERE``."""
    return f"{column} IN ({', '.join(_literal(code(codes, v)) for v in values)})"


# name -> (table, columns, condition or None): the period indexes (schema step "periods")
PERIOD_INDEXES: dict[str, tuple[str, tuple[str, ...], str | None]] = {
    # reopen rate: reopen and close events by time, covering (no table reads)
    "ticket_event_reopen_close_at": ("ticket_event", ("at", "kind"),
                                     where_sql("kind", REOPEN_CLOSE, EVENT_KIND)),
    # resolved in a period: counts, hours, per-staff work and backlog ages read from the
    # index alone (a month's 80,000 table reads cost ten times the index range)
    "ticket_resolved_period": ("ticket", ("resolved_at", "created_at", "level", "contacts",
                                          "resolve_due", "assignee_id", "branch_id"), None),
    # backlog: withdrawn tickets by the time they were withdrawn
    "ticket_withdrawn_updated_at": ("ticket", ("updated_at", "created_at"),
                                    where_sql("status", WITHDRAWN, TICKET_STATUS)),
    # survey activity: invitations sent and abandoned in a period (without them each
    # month read every survey of the years kept; (status, invited_at) needs a status)
    "survey_invited_at": ("survey", ("invited_at",), None),
    "survey_abandoned_at": ("survey", ("abandoned_at",), "abandoned_at IS NOT NULL"),
    # VIP tickets of a period and VIP customers (a few in a hundred): the reports count
    # them without reading every ticket of the period or every customer
    "ticket_vip_created_at": ("ticket", ("created_at", "branch_id"), "vip"),
    "customer_vip_branch_id": ("customer", ("branch_id",), "is_vip"),
}


def create_period_indexes(database: pw.Database) -> None:
    """Create the period indexes (idempotent)."""
    for name, (table, columns, condition) in PERIOD_INDEXES.items():
        where = f" WHERE {condition}" if condition else ""
        database.execute_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {table} "
                             f"({', '.join(columns)}){where}")
