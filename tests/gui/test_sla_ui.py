"""pytest-qt tests of the SLA screens: notification centre, approval queue, row colours,
explain dialog, calendar page and the scheduler bridge (injected clock, no sleeping)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.db.migrations.v006_sla import upgrade
from helpdesk_gui.domain.sla.models import CalendarOverride, Notification
from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.sla import alarms as sla_alarms
from helpdesk_gui.services.tickets import intake as tickets
from helpdesk_gui.ui.sla.style import row_brush, time_left_text

NOW = datetime(2026, 5, 11, 2, 0)  # Monday 10:00 Beijing


@pytest.fixture
def sla_ctx(ctx):
    upgrade(database_proxy.obj)
    return ctx


def _ticket(clerk, level=1, phone="13812345678"):
    form = tickets.IntakeForm(channel="phone", type="repair", level=level,
                              customer_name="张三", phone=phone, description="整栋楼停电")
    return tickets.create_ticket(form, clerk)


# ---------------------------------------------------------------- sla_style


@pytest.mark.parametrize(("state", "due", "colour"), [
    ("on_track", NOW + timedelta(hours=2), None),
    ("at_risk", NOW + timedelta(minutes=10), "#ffe8a1"),
    ("breached", NOW - timedelta(minutes=1), "#f5c6cb"),
    ("on_track", NOW - timedelta(minutes=1), "#f5c6cb"),  # past due before the scan
    ("paused", None, "#dde3ea"),
    ("met", NOW - timedelta(days=1), None),
])
def test_row_brush(qapp, state, due, colour):
    brush = row_brush(state, due, NOW)
    if colour is None:
        assert brush is None
    else:
        assert brush.color() == QColor(colour)


def test_time_left_text(qapp):
    assert time_left_text(None, NOW) == "—"
    assert time_left_text(NOW + timedelta(hours=3, minutes=20), NOW) == "3 h 20 min"
    assert time_left_text(NOW + timedelta(minutes=5), NOW) == "5 min"
    assert time_left_text(NOW - timedelta(days=1, hours=2), NOW) == "overdue 1 d 2 h"


# ---------------------------------------------------------------- notification centre


def _raise_alarm_for(clerk, handler, supervisor, monkeypatch):
    """A level-1 ticket received 5 hours ago, dispatched, then scanned now."""
    from helpdesk_gui.domain.base import utcnow
    from helpdesk_gui.services.tickets import approval, flow

    past = utcnow() - timedelta(hours=5)
    with monkeypatch.context() as m:
        m.setattr("helpdesk_gui.services.tickets.intake.utcnow", lambda: past)
        m.setattr("helpdesk_gui.services.tickets.flow.utcnow", lambda: past)
        t = _ticket(clerk, level=1)
        approval.approve(t.id, supervisor)
        flow.assign(t.id, handler.id, supervisor)
    return t, sla_alarms.scan(utcnow())


def test_notification_centre_lists_opens_and_marks_read(qtbot, sla_ctx, clerk, handler,
                                                        supervisor, monkeypatch):
    from helpdesk_gui.ui.notifications import NotificationCentre

    t, alarms = _raise_alarm_for(clerk, handler, supervisor, monkeypatch)
    assert alarms
    sla_ctx.actor = handler
    centre = NotificationCentre(sla_ctx)
    qtbot.addWidget(centre)
    centre.show()
    qtbot.waitExposed(centre)
    mine = Notification.select().where(Notification.recipient == handler.id).count()
    assert centre.list.count() == mine > 0
    assert centre.unread == mine and centre.badge.text() != ""
    item = centre.list.item(0)
    assert item.font().bold()
    centre.grab().save("/tmp/sla_notifications.png")
    with qtbot.waitSignal(centre.open_ticket) as blocker:
        rect = centre.list.visualItemRect(item)
        qtbot.mouseClick(centre.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(10, rect.center().y()))
    assert blocker.args == [t.id]
    assert centre.unread == mine - 1
    assert not centre.list.item(0).font().bold() or centre.list.count() > 1
    with qtbot.waitSignal(centre.unread_changed) as blocker:
        qtbot.mouseClick(centre.mark_all, Qt.MouseButton.LeftButton)
    assert blocker.args == [0]
    assert Notification.select().where(Notification.recipient == handler.id,
                                       Notification.read_at.is_null()).count() == 0
    assert centre.badge.isHidden()


def test_notification_centre_refreshes_on_alarms_for_me_only(qtbot, sla_ctx, clerk, handler,
                                                             supervisor, monkeypatch):
    from helpdesk_gui.ui.notifications import NotificationCentre

    sla_ctx.actor = handler
    centre = NotificationCentre(sla_ctx)
    qtbot.addWidget(centre)
    assert centre.list.count() == 0
    _t, alarms = _raise_alarm_for(clerk, handler, supervisor, monkeypatch)
    others = [a for a in alarms if handler.id not in a.recipient_ids]
    centre.on_alarms(others)
    assert centre.list.count() == 0  # not for me: no refresh
    centre.on_alarms(alarms)
    assert centre.list.count() > 0


# ---------------------------------------------------------------- approval queue


@pytest.fixture
def queue_page(qtbot, sla_ctx, clerk, supervisor):
    from helpdesk_gui.ui.tickets.approval_queue import ApprovalQueuePage

    first, second = _ticket(clerk), _ticket(clerk, phone="13900001111")
    _ticket(clerk, level=2, phone="13900002222")  # not awaiting approval
    sla_ctx.actor = supervisor
    page = ApprovalQueuePage(sla_ctx)
    qtbot.addWidget(page)
    return page, first, second


def test_approval_queue_lists_and_approves(queue_page, monkeypatch):
    from helpdesk_gui.ui.tickets import approval_queue

    page, first, second = queue_page
    asked = []
    answers = [approval_queue.QMessageBox.StandardButton.No,
               approval_queue.QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(approval_queue.QMessageBox, "question",
                        lambda *a: (asked.append(a[2]), answers.pop(0))[1])
    assert page.table.rowCount() == 2
    assert page.table.item(0, 0).text() == first.ticket_no
    headers = [page.table.horizontalHeaderItem(c).text() for c in range(8)]
    assert page.table.item(0, headers.index("Description")).toolTip()
    assert page.table.item(0, headers.index("Waiting")).text().endswith("min")
    start = datetime(2026, 12, 4, 8, 0)  # waited and time left read alike: "2 h 5 min"
    assert page.waited(start, start + timedelta(minutes=125)) == "2 h 5 min"
    assert page.waited(start, start + timedelta(minutes=125)) == time_left_text(
        start + timedelta(minutes=125), start)
    assert "*" in page.table.item(0, headers.index("Customer")).text()
    assert not page.approve_button.isEnabled()
    page.table.selectRow(0)
    assert page.approve_button.isEnabled()
    page.approve_button.click()  # the supervisor says No: nothing happens
    assert Ticket.get_by_id(first.id).status == "pending_approval"
    page.approve_button.click()
    assert first.ticket_no in asked[0]
    assert Ticket.get_by_id(first.id).status == "new"
    assert page.table.rowCount() == 1 and page.table.item(0, 0).text() == second.ticket_no


def test_approval_queue_opens_the_ticket_on_double_click(queue_page, qtbot):
    page, first, _second = queue_page
    with qtbot.waitSignal(page.open_ticket_requested) as opened:
        page.table.cellDoubleClicked.emit(0, 1)
    assert opened.args == [first.id]


def test_approval_queue_reject_requires_a_reason(queue_page, monkeypatch):
    from helpdesk_gui.ui.tickets import approval_queue

    page, first, _second = queue_page
    warned = []
    monkeypatch.setattr(approval_queue.QMessageBox, "warning",
                        lambda *a: warned.append(a[2]))
    monkeypatch.setattr(approval_queue.QInputDialog, "getMultiLineText",
                        lambda *a, **k: ("   ", True))
    page.table.selectRow(0)
    page.reject_button.click()
    assert warned and Ticket.get_by_id(first.id).status == "pending_approval"
    monkeypatch.setattr(approval_queue.QInputDialog, "getMultiLineText",
                        lambda *a, **k: ("只影响单户照明，不属于一级", True))
    page.reject_button.click()
    row = Ticket.get_by_id(first.id)
    assert (row.status, row.level) == ("new", 2)
    event = TicketEvent.select().where(TicketEvent.ticket == first.id).order_by(
        TicketEvent.id.desc()).first()
    assert (event.kind, event.note) == ("rejected", "只影响单户照明，不属于一级")
    assert page.table.rowCount() == 1


def test_approval_queue_denies_a_clerk(queue_page, clerk, monkeypatch):
    from helpdesk_gui.ui.tickets import approval_queue

    page, first, _second = queue_page
    page.ctx.actor = clerk
    warned = []
    monkeypatch.setattr(approval_queue.QMessageBox, "warning",
                        lambda *a: warned.append(a[2]))
    monkeypatch.setattr(approval_queue.QMessageBox, "question",
                        lambda *a: approval_queue.QMessageBox.StandardButton.Yes)
    page.table.selectRow(0)
    page.approve_button.click()
    assert warned and "approval.decide" in warned[0]
    assert Ticket.get_by_id(first.id).status == "pending_approval"


# ---------------------------------------------------------------- explain and calendar


def test_explain_dialog_shows_each_target(qtbot, sla_ctx, clerk):
    from helpdesk_gui.ui.sla.explain_dialog import SlaExplainDialog

    t = _ticket(clerk, level=3)
    dialog = SlaExplainDialog(sla_ctx, t.id)
    qtbot.addWidget(dialog)
    titles = [dialog.tree.topLevelItem(i).text(0) for i in range(dialog.tree.topLevelItemCount())]
    assert any("Resolution" in title for title in titles)
    assert any("First response" in title for title in titles)
    resolution = next(dialog.tree.topLevelItem(i) for i in range(len(titles))
                      if "Resolution" in titles[i])
    assert resolution.child(resolution.childCount() - 1).text(0) == "Deadline"


def test_calendar_page_sets_a_day_and_warns_unpublished_years(qtbot, sla_ctx, monkeypatch):
    from PySide6.QtCore import QDate

    from helpdesk_gui.ui.sla import calendar_page as calendar_admin

    admin = staff_service.create_staff(sla_ctx.branch, "9001", "周强", "admin")
    sla_ctx.actor = admin
    page = calendar_admin.CalendarAdminPage(sla_ctx)
    qtbot.addWidget(page)
    page.year.setValue(2027)
    assert not page.warning.isHidden()  # 2027 unpublished (chinesecalendar 1.11 ends 2026)
    page.day.setDate(QDate(2027, 10, 1))
    page.kind.setCurrentIndex(page.kind.findData("holiday"))
    page.note.setText("国庆节")  # keyClicks types ASCII only
    qtbot.keyClicks(page.note, " 2027")
    page.set_button.click()
    row = CalendarOverride.get()
    assert (row.day.isoformat(), row.kind, row.note) == ("2027-10-01", "holiday", "国庆节 2027")
    assert page.table.rowCount() == 1 and "国庆节" in page.table.item(0, 2).text()


# ---------------------------------------------------------------- scheduler bridge


def test_scheduler_bridge_emits_with_injected_clock(qtbot, sla_ctx, clerk):
    from helpdesk_gui.app.scheduler import SLA_JOB_ID, SchedulerBridge

    t = _ticket(clerk, level=1)
    created = Ticket.get_by_id(t.id).created_at
    clock_now = [created + timedelta(minutes=1)]
    bridge = SchedulerBridge(clock=lambda: clock_now[0], interval_s=60)
    with qtbot.assertNotEmitted(bridge.alarms_raised):
        assert bridge.run_scan() == []
    clock_now[0] = created + timedelta(minutes=25)
    with qtbot.waitSignal(bridge.alarms_raised) as blocker:
        bridge.run_scan()
    assert [a.target for a in blocker.args[0]] == ["approval"]
    with qtbot.assertNotEmitted(bridge.alarms_raised):
        bridge.run_scan()  # raised once
    bridge.start(run_now=False)
    try:
        job = bridge.scheduler.get_job(SLA_JOB_ID)
        assert job.coalesce and job.max_instances == 1 and job.misfire_grace_time >= 60
        assert job.trigger.interval == timedelta(seconds=60)
    finally:
        bridge.stop()
