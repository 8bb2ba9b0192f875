"""The SLA bench's workload on both backends: each measured minute raises exactly its own
crossings, the same scan again raises nothing, and the database is left as it was (no
timings asserted: measurements are the bench's, not the tests')."""

from __future__ import annotations

from helpdesk_gui.bench.sla import bench_sla_scan
from helpdesk_gui.demo.generate import generate
from helpdesk_gui.domain.sla.models import Notification, SlaAlarm, TicketSla
from helpdesk_gui.domain.tickets.models import Ticket


def _hall() -> tuple:
    return (TicketSla.select().count(), SlaAlarm.select().count(),
            Notification.select().count(),
            sorted(Ticket.select(Ticket.id, Ticket.sla_state).tuples()))


def test_each_burst_raises_its_minute_and_the_hall_is_put_back(db):
    generate(400, months=2)
    before = _hall()
    result = bench_sla_scan(n_open=300, n_due=20, repeats=2, bursts=3)
    assert (result["raised"], result["raised_most"]) == (20, 20)
    assert result["raised_again"] == 0
    assert result["tracked"] == before[0] + 300
    assert result["busy_worst_ms"] >= result["busy_ms"] > 0
    assert _hall() == before
