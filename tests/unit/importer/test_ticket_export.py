"""The ticket ledger export: the month's tickets, local times, personal data masked, in
the ledger's own columns (so the file reads back through the importer's header map)."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta

import pytest

from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.ledger import exports
from helpdesk_gui.services.ledger.imports import header_map
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket


def test_month_of_tickets_exported_masked_in_local_time(db, clerk, tmp_path):
    made = create_ticket(IntakeForm(channel="phone", type="repair", level=2,
                                    customer_name="张三丰", phone="13912345678",
                                    description="小区停电"), clerk)
    Ticket.update(created_at=datetime(2026, 3, 31, 17, 5)).where(  # 04-01 01:05 Beijing
        Ticket.id == made.id).execute()
    target = tmp_path / "tickets.csv"
    assert exports.export("tickets", target, date_from=date(2026, 3, 1),
                          date_to=date(2026, 3, 31)) == 0
    assert exports.export("tickets", target, date_from=date(2026, 4, 1),
                          date_to=date(2026, 4, 1) + timedelta(days=29)) == 1
    with target.open(encoding="utf-8-sig") as handle:
        header, row = list(csv.reader(handle))
    assert tuple(header) == exports.TICKET_HEADERS
    record = dict(zip(header, row, strict=True))
    assert record["受理时间"] == "2026-04-01 01:05"
    assert record["联系电话"] != "13912345678" and record["联系电话"].endswith("5678")
    assert record["客户姓名"].startswith("张") and record["客户姓名"] != "张三丰"
    assert record["类型"] == "故障报修" and record["渠道"] == "电话"
    assert "created_at" in header_map(header)[0].values()


@pytest.mark.parametrize("tz", ["Asia/Shanghai", "Europe/Berlin", "America/St_Johns"])
def test_the_fast_local_time_is_the_zone_s_own(tz):
    """``localizer`` (offset once per hour, day text once per day) writes what
    ``astimezone`` writes, for stored seconds and for times, across summer-time changes."""
    from helpdesk_gui.db.times import to_epoch
    from helpdesk_gui.services.ledger.exports import _local, localizer

    local = localizer(tz)
    start = datetime(2026, 3, 28, 20, 17)  # Berlin and St John's change clocks soon after
    for step in range(0, 24 * 60 * 10, 37):  # ten days, every 37 minutes
        moment = start + timedelta(minutes=step, seconds=step % 60)
        assert local(moment) == local(to_epoch(moment)) == _local(moment, tz), moment
    assert local(None) == ""
    assert local("2026-03-01 02:00:00") == _local(datetime(2026, 3, 1, 2), tz)  # older text
