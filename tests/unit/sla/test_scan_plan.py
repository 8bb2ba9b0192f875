"""The minute's SLA scan stays an index probe on the hall server once its statement is
planned for any time: the scheduler's connection runs it every minute, and after five
runs PostgreSQL may keep one generic plan, made without knowing ``now``."""

from __future__ import annotations

import re

import pytest

from helpdesk_gui.bench.sla import Workload
from helpdesk_gui.demo.generate import generate
from helpdesk_gui.domain.sla.models import TicketSla
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.sla import alarms


def _scans(node: dict) -> list[dict]:
    found = [node] if node.get("Relation Name") == "ticket_sla" else []
    for child in node.get("Plans", []):
        found += _scans(child)
    return found


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_the_generic_plan_of_the_due_clocks_expects_a_few_rows(db):
    generate(400, months=2)
    with Workload(300, 20, 1) as load:  # 300 clocks running, as in a hall
        db.execute_sql("ANALYZE ticket_sla")
        clocks = TicketSla.select().count()
        plan = _generic_plan(db, load.now)
    assert clocks >= 300
    [scan] = _scans(plan[0]["Plan"])
    assert scan["Plan Rows"] <= clocks * 0.05, scan  # a range: 0.5 %; "<= $1" alone: a third
    assert scan["Node Type"] != "Seq Scan", scan


def _generic_plan(db, now) -> list:
    """The plan the server keeps for the scan's statement whatever ``now`` is."""
    query = TicketSla.select(*alarms.SCAN_COLUMNS).join(Ticket).where(alarms._due(now))
    sql, params = query.sql()
    numbered = iter(range(1, len(params) + 1))
    db.execute_sql("SET plan_cache_mode = force_generic_plan")
    try:
        db.execute_sql("PREPARE due AS " + re.sub(r"%s", lambda _: f"${next(numbered)}", sql))
        values = ", ".join(f"'{value}'" for value in params)  # times: no quotes inside
        plan = db.execute_sql(f"EXPLAIN (FORMAT JSON) EXECUTE due({values})").fetchone()[0]
    finally:
        db.execute_sql("DEALLOCATE ALL")
        db.execute_sql("RESET plan_cache_mode")
    return plan
