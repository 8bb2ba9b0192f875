"""The counter-tablet survey: large targets, stored answer, no way out without a password."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.surveys.models import MODELS, Survey
from helpdesk_gui.services.security import auth
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
from helpdesk_gui.ui.surveys.kiosk import TOUCH, KioskPage


@pytest.fixture
def page(qtbot, ctx, clerk):
    database_proxy.obj.create_tables(MODELS)
    if not database_proxy.obj.table_exists("sla_policy"):
        from helpdesk_gui.db.migrations import v006_sla as migration_sla

        migration_sla.upgrade(database_proxy.obj)
    Staff.update(password_hash=auth.hash_password("Counter#2026")).where(
        Staff.id == clerk.id).execute()
    ctx.actor = Staff.get_by_id(clerk.id)
    create_ticket(IntakeForm(channel="counter", type="consultation", level=3,
                             customer_name="张伟", phone="13800138000",
                             description="询问水费", first_contact_resolved=True,
                             answer="已当场解答"), ctx.actor)
    widget = KioskPage(ctx)
    qtbot.addWidget(widget)
    return widget


def _tap(qtbot, group, score):
    qtbot.mouseClick(group.button(score), Qt.MouseButton.LeftButton)


def test_customer_rates_and_staff_unlocks(qtbot, page, monkeypatch):
    assert page.tickets.count() == 1
    assert "张*" in page.tickets.item(0).text() and "张伟" not in page.tickets.item(0).text()
    with qtbot.waitSignal(page.kiosk_mode) as entered:
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert entered.args == [True]
    kiosk = page.window_
    qtbot.addWidget(kiosk)
    assert kiosk.isFullScreen() or kiosk.isVisible()
    assert kiosk.overall.button(5).minimumHeight() >= TOUCH
    assert not kiosk.submit.isEnabled()  # overall score first
    _tap(qtbot, kiosk.overall, 5)
    for score, group in zip((9, 8, 10, 9, 9), kiosk.dimensions.values(), strict=True):
        _tap(qtbot, group, score)
    _tap(qtbot, kiosk.recommend, 10)
    qtbot.keyClicks(kiosk.comment, "Very quick, thanks")
    qtbot.mouseClick(kiosk.submit, Qt.MouseButton.LeftButton)
    row = Survey.get()
    assert (row.channel, row.overall, row.attitude, row.recommend, row.valid) == (
        "kiosk", 5, 10, 10, True)
    assert kiosk.stack.currentIndex() == 1  # thank-you screen

    kiosk.close()  # the customer cannot close it
    qtbot.keyClick(kiosk, Qt.Key.Key_Escape)
    assert kiosk.isVisible()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong", True))
    qtbot.mouseClick(kiosk.staff_button, Qt.MouseButton.LeftButton)
    assert kiosk.isVisible() and page.window_ is kiosk
    assert "Wrong password" in page.status.text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Counter#2026", True))
    with qtbot.waitSignal(page.kiosk_mode) as left:
        qtbot.mouseClick(kiosk.staff_button, Qt.MouseButton.LeftButton)
    assert left.args == [False] and page.window_ is None
    assert page.tickets.count() == 0  # rated tickets leave the list


def test_invalid_answer_is_kept_with_reason(qtbot, page):
    page.start()
    kiosk = page.window_
    qtbot.addWidget(kiosk)
    _tap(qtbot, kiosk.overall, 1)
    qtbot.mouseClick(kiosk.submit, Qt.MouseButton.LeftButton)
    row = Survey.get()
    assert row.valid is False and "comment shorter" in row.invalid_reason
    kiosk.unlock()
