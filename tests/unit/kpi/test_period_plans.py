"""A month's figures read their period through indexes: no query of ``month_figures``
(nor the report's VIP count) scans a table that grows with the years kept (tickets, their
history, surveys, customers)."""

from __future__ import annotations

import re

import pytest

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.db.partial import PERIOD_INDEXES
from helpdesk_gui.reports import care_data
from helpdesk_gui.services.quality import kpi

from .conftest import make_ticket

GROWING = ("ticket", "ticket_event", "survey", "customer")


def _selects(db, run) -> list[tuple[str, tuple]]:
    """The SELECT statements (with their parameters) that ``run()`` sends to ``db``."""
    seen: list[tuple[str, tuple]] = []
    real = type(db).execute_sql

    def spy(self, sql, params=None, *args, **kwargs):
        if sql.lstrip().upper().startswith("SELECT"):
            seen.append((sql, tuple(params or ())))
        return real(self, sql, params, *args, **kwargs)

    type(db).execute_sql = spy
    try:
        run()
    finally:
        type(db).execute_sql = real
    return seen


def _plans(db, branch_id):
    def month():
        kpi.month_figures("2026-03", branch_id)
        care_data.vip(kpi.month_period("2026-03"), branch_id)
    return [(sql, [r[3] for r in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params)])
            for sql, params in _selects(db, month)]


def _partial(step: str) -> bool:
    """A scan of a partial index reads only the few rows it holds (VIP customers)."""
    return any(f"INDEX {name}" in step for name, (_t, _c, where) in PERIOD_INDEXES.items()
               if where)


@pytest.mark.sqlite_only  # SQLite's plans; PostgreSQL's planner weighs costs itself
@pytest.mark.parametrize("by_branch", [False, True])
def test_no_month_query_scans_a_growing_table(survey_db, branch, by_branch):
    survey_db.execute_sql("ANALYZE")
    for sql, plan in _plans(survey_db, branch.id if by_branch else None):
        tables = dict((alias, name) for name, alias in re.findall(r'"(\w+)" AS "(\w+)"', sql))
        scanned = [tables.get(step.split(" ")[1], step.split(" ")[1]) for step in plan
                   if step.startswith("SCAN ") and not _partial(step)]
        assert not set(scanned) & set(GROWING), f"{sql[:160]} → {plan}"


def _pg_plans(db, figures) -> list[tuple[str, str]]:
    seen = _selects(db, figures)
    db.execute_sql("SET enable_seqscan = off")  # as on a big table: indexes only
    db.execute_sql("SET enable_bitmapscan = off")
    try:
        return [(sql, "\n".join(r[0] for r in db.execute_sql("EXPLAIN " + sql, params)))
                for sql, params in seen]
    finally:
        db.execute_sql("RESET enable_seqscan")
        db.execute_sql("RESET enable_bitmapscan")


def _vacuumed_tickets(branch, clerk) -> None:
    """Tickets over three months, vacuumed: with empty, never-vacuumed tables every index
    path costs the same and the planner's pick between them is a toss. Vacuumed pages
    are all-visible, so an index-only scan is cheaper, as on a hall's server.

    Rewritten first (``VACUUM FULL``): the test server's tables are emptied between tests
    but their indexes keep the pages earlier tests grew, so index sizes — and the costs
    the planner weighs — depended on which tests ran before (it failed in a full run)."""
    for n in range(120):
        day = f"2026-{2 + n % 3:02d}-{1 + n % 27:02d} 0{n % 10}:00"
        done = {"resolved_at": day.replace(" 0", " 1")} if n % 2 else {}
        make_ticket(branch, clerk, f"P{n:04d}", day, **done)
    database_proxy.obj.execute_sql("VACUUM FULL ticket")
    database_proxy.obj.execute_sql("VACUUM ANALYZE ticket")


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_counted_families_are_answered_by_their_indexes_alone(db, branch, clerk):
    """PostgreSQL indexes hold no ``id``: a family that counted ``id`` read every counted
    row from the table; counted as rows, the covering period index answers alone."""
    _vacuumed_tickets(branch, clerk)
    period = kpi.month_period("2026-03")
    families = {
        "reopen": lambda: kpi.reopen_rate(period),
        "resolved": lambda: kpi.resolved(period),
        "backlog": lambda: kpi.backlog(period),
    }
    for name, figures in families.items():
        plans = _pg_plans(db, figures)
        assert plans, name
        for sql, plan in plans:
            assert "Index Only Scan" in plan and "Index Scan" not in plan.replace(
                "Index Only Scan", ""), f"{name}: {sql[:160]}\n{plan}"
