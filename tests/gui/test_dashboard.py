"""Dashboard: figures of today and this month, tickets at risk, charts, debounced refresh."""

from __future__ import annotations

import pytest

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.surveys.models import MODELS
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
from helpdesk_gui.ui.quality.dashboard import DashboardPage


@pytest.fixture
def page(qtbot, ctx, clerk):
    database = database_proxy.obj
    database.create_tables(MODELS)
    if not database.table_exists("sla_policy"):
        from helpdesk_gui.db.migrations import v006_sla as migration_sla

        migration_sla.upgrade(database)
    for kind, channel in (("complaint", "phone"), ("repair", "counter")):
        create_ticket(IntakeForm(channel=channel, type=kind, level=2, customer_name="张伟",
                                 phone="13800138000", description="停水了"), clerk)
    Ticket.update(sla_state="breached").where(Ticket.type == "repair").execute()
    widget = DashboardPage(ctx)
    qtbot.addWidget(widget)
    return widget


def test_figures_and_tickets_at_risk(page):
    assert page.figures["today.received"].text() == "2"
    assert page.figures["month.received"].text() == "2"
    assert page.figures["month.complaint_rate"].text() == "50.0%"
    assert page.figures["month.avg_satisfaction"].text() == "—"
    assert page.at_risk.rowCount() == 1
    assert page.at_risk.item(0, 0).text().startswith("BJ01-")
    assert page.type_chart.chart().series()[0].barSets()[0].at(1) == 1  # complaints
    assert page.channel_chart.chart().series()[0].count() == 2


def test_changes_refresh_after_debounce(qtbot, page, clerk):
    create_ticket(IntakeForm(channel="sms", type="consultation", level=3,
                             customer_name="李娜", phone="13900139000", description="咨询"),
                  clerk)
    page.on_changes(Changes(kinds=frozenset({"created"})))  # no tickets: ignored
    assert not page._debounce.isActive()
    page.on_changes(Changes.ticket(1, "created"))
    assert page.figures["today.received"].text() == "2"  # not yet: debounced
    qtbot.waitUntil(lambda: page.figures["today.received"].text() == "3", timeout=3000)


def test_count_axis_has_whole_number_ticks(page):
    from helpdesk_gui.ui.widgets.axes import count_step

    axis = page.type_chart.chart().axes()[1]
    ticks = [axis.min() + i * (axis.max() - axis.min()) / (axis.tickCount() - 1)
             for i in range(axis.tickCount())]
    assert all(float(t).is_integer() for t in ticks) and axis.labelFormat() == "%d"
    assert [count_step(n) for n in (1, 3, 10, 11, 40, 95, 480, 3200)] == [
        1, 1, 1, 2, 5, 10, 50, 500]


def test_headquarters_chooses_a_branch_or_all(qtbot, page, ctx):
    from helpdesk_gui.services.security import staff as staff_service

    assert not page.branch.isVisible()  # one branch: nothing to choose
    other = staff_service.ensure_branch("BJ02", "北京海淀营业厅")
    their_clerk = staff_service.create_staff(other, "5001", "陈静", "counter")
    create_ticket(IntakeForm(channel="counter", type="repair", level=2, customer_name="周杰",
                             phone="13511112222", description="海淀停电"), their_clerk)
    hq = DashboardPage(ctx)
    qtbot.addWidget(hq)
    hq.show()
    assert hq.branch.isVisible() and hq.branch.currentData() == ctx.branch.id
    assert hq.figures["month.received"].text() == "2"  # the own branch first
    hq.branch.setCurrentIndex(hq.branch.findData(other.id))
    qtbot.waitUntil(lambda: hq.figures["month.received"].text() == "1", timeout=3000)
    assert hq.at_risk.rowCount() == 0
    hq.branch.setCurrentIndex(0)  # all branches
    qtbot.waitUntil(lambda: hq.figures["month.received"].text() == "3", timeout=3000)
    assert hq.figures["today.received"].text() == "3" and hq.at_risk.rowCount() == 1


def test_headquarters_shows_every_branch_first(qtbot, page, ctx):
    from helpdesk_gui.services.security import staff as staff_service

    other = staff_service.ensure_branch("BJ02", "北京海淀营业厅")
    their_clerk = staff_service.create_staff(other, "5001", "陈静", "counter")
    create_ticket(IntakeForm(channel="counter", type="repair", level=2, customer_name="周杰",
                             phone="13511112222", description="海淀停电"), their_clerk)
    ctx.branch.is_headquarters = True
    hq = DashboardPage(ctx)
    qtbot.addWidget(hq)
    assert hq.branch.currentData() is None and hq.chosen_branch() is None
    assert hq.figures["month.received"].text() == "3"
