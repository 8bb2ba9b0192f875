"""Two seats on one database (two windows, two contexts, two op runners): a ticket taken
in at one appears in the other's ticket table by itself, within 2 seconds.

On SQLite (two processes on one PC notice ``PRAGMA data_version``) and on PostgreSQL
(``LISTEN/NOTIFY``), through the same ``LiveChanges`` the program starts per window.
"""

from __future__ import annotations

import time

import pghall
import pytest
from PySide6.QtCore import QSettings, Qt

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.app.live import LiveChanges
from helpdesk_gui.app.ops import OpRunner
from helpdesk_gui.ui.main_window import MainWindow

BACKENDS = [
    "sqlite",
    pytest.param("postgresql", marks=pytest.mark.skipif(
        pghall.unavailable_reason() is not None,
        reason=f"PostgreSQL: {pghall.unavailable_reason()}")),
]


def _seat(qtbot, db, actor, branch, tmp_path, name):
    ops = OpRunner()
    settings = QSettings(str(tmp_path / f"{name}.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(ops=ops, actor=actor, branch=branch, database_display=name,
                     settings=settings, language="en")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    live = LiveChanges(ops, db, window).start()
    assert live.listener.ready.wait(10)
    window.show()
    return window, live


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_a_ticket_taken_in_at_one_seat_shows_at_the_other(qtbot, db, branch, clerk,
                                                          supervisor, tmp_path):
    counter, live_a = _seat(qtbot, db, clerk, branch, tmp_path, "window1")
    desk, live_b = _seat(qtbot, db, supervisor, branch, tmp_path, "desk")
    try:
        desk.show_page("tickets")
        table = desk.page("tickets")
        qtbot.waitUntil(lambda: table.model._loaded, timeout=5000)
        assert table.model.rowCount() == 0
        counter.show_page("intake")
        intake = counter.page("intake")
        ui = intake.ui
        ui.nameEdit.setText("张三")
        ui.phoneEdit.setText("13812345678")
        ui.descriptionEdit.setPlainText("家里停电了")
        with qtbot.waitSignal(intake.ticket_created, timeout=10_000) as created:
            qtbot.mouseClick(ui.submitButton, Qt.MouseButton.LeftButton)
        started = time.monotonic()
        ticket_id, _ticket_no = created.args
        qtbot.waitUntil(lambda: table.model.rowCount() == 1, timeout=2000)  # no click
        qtbot.waitUntil(lambda: table.model.ticket_id(0) == ticket_id, timeout=2000)
        assert time.monotonic() - started < 2.0
    finally:
        for live, window in ((live_a, counter), (live_b, desk)):
            live.stop()
            window.ctx.ops.wait_idle()


def _late_ticket(clerk, supervisor, handler, monkeypatch):
    """A level-1 ticket received 5 hours ago, approved and assigned to ``handler``."""
    from datetime import timedelta

    from helpdesk_gui.domain.base import utcnow
    from helpdesk_gui.services.tickets import approval, flow
    from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

    past = utcnow() - timedelta(hours=5)
    with monkeypatch.context() as m:
        m.setattr("helpdesk_gui.services.tickets.intake.utcnow", lambda: past)
        m.setattr("helpdesk_gui.services.tickets.flow.utcnow", lambda: past)
        ticket = create_ticket(IntakeForm(channel="counter", type="repair", level=1,
                                          customer_name="张三", phone="13812345678",
                                          description="整栋楼停电"), clerk)
        approval.approve(ticket.id, supervisor)
        flow.assign(ticket.id, handler.id, supervisor)
    return ticket


@pytest.mark.parametrize("backend", BACKENDS, indirect=True)
def test_an_alarm_reaches_its_recipient_at_their_seat(qtbot, db, branch, clerk, handler,
                                                      supervisor, tmp_path, monkeypatch):
    """The seat holding the hall's jobs raises the alarm once; the handler, signed in at
    another seat with no scheduler of its own, sees it in the notification panel."""
    from helpdesk_gui.app.scheduler import SchedulerBridge
    from helpdesk_gui.domain.sla.models import Notification, SlaAlarm

    ticket = _late_ticket(clerk, supervisor, handler, monkeypatch)
    counter, live_a = _seat(qtbot, db, clerk, branch, tmp_path, "window1")
    desk, live_b = _seat(qtbot, db, handler, branch, tmp_path, "desk")
    try:
        centre = desk.notifications
        qtbot.waitUntil(lambda: centre._loaded, timeout=5000)
        assert centre.list.count() == 0
        with qtbot.waitSignal(centre.arrived, timeout=2000):  # within 2 s, no click
            alarms = SchedulerBridge(parent=counter).run_scan()  # the seat with the lease
            assert alarms and all(a.ticket_id == ticket.id for a in alarms)
        mine = Notification.select().where(Notification.recipient == handler.id).count()
        assert mine > 0 and centre.list.count() == mine
        assert desk.notifications_dock.isVisible()  # opens itself on unread
        raised = SlaAlarm.select().count()
        assert SchedulerBridge(parent=desk).run_scan() == []  # raised once for the hall
        assert SlaAlarm.select().count() == raised
        assert counter.notifications.list.count() == Notification.select().where(
            Notification.recipient == clerk.id).count()  # each sees only their own
    finally:
        for live, window in ((live_a, counter), (live_b, desk)):
            live.stop()
            window.ctx.ops.wait_idle()
