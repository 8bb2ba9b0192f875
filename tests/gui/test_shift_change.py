"""Shift change: Sign out and Switch user bring back sign-in; the program stays open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.services.security import auth
from helpdesk_gui.ui.shifts import Shifts


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def action(window, name: str) -> QAction:
    return next(a for a in window.findChildren(QAction) if a.objectName() == name)


def test_sign_out_then_a_supervisor_signs_in_without_restart(
        qtbot, ops, settings, clerk, supervisor, monkeypatch):
    asked: list[str] = []
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    for person, password in ((clerk, "wangfang1"), (supervisor, "zhaomin01")):
        auth.set_password(person, password)

    def sign_in(subtitle: str):
        asked.append(subtitle)
        return auth.sign_in("3001", "zhaomin01")
    shifts = Shifts(ops, settings, "zh_CN", "test.db", sign_in, background=False)
    first = shifts.open(auth.sign_in("1001", "wangfang1"))  # deleted by the shift change
    assert "approvals" not in first.page_keys
    with qtbot.waitSignal(shifts.window_opened) as opened:
        action(first, "sign_out").trigger()
    second = opened.args[0]
    qtbot.addWidget(second)
    assert len(asked) == 1 and not quits
    assert not first.isVisible() and second.isVisible()
    assert second.ctx.actor.employee_no == "3001"
    assert "approvals" in second.page_keys
    assert "3001" in second.user_label.text()
    ops.wait_idle()
    signed_out = AuditEntry.select().where(AuditEntry.action == "auth.sign_out")
    assert [e.actor_no for e in signed_out] == ["1001"]


def test_switch_user_cancelled_quits_and_closing_the_window_quits(
        qtbot, ops, settings, clerk, monkeypatch):
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    shifts = Shifts(ops, settings, "zh_CN", "test.db", lambda subtitle: None,
                    background=False)
    window = shifts.open(clerk)
    action(window, "switch_user").trigger()
    assert quits == [True] and shifts.window is None
    again = shifts.open(clerk)
    again.close()
    assert quits == [True, True]


@pytest.mark.parametrize("name", ["sign_out", "switch_user"])
def test_half_typed_intake_is_not_lost_by_a_shift_change_without_asking(
        qtbot, ops, settings, clerk, supervisor, monkeypatch, name):
    from PySide6.QtWidgets import QMessageBox

    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    signed_in: list[str] = []
    shifts = Shifts(ops, settings, "zh_CN", "test.db",
                    lambda subtitle: signed_in.append(subtitle) or supervisor, background=False)
    window = shifts.open(clerk)  # deleted by the shift change
    window.show_page("intake")
    intake = window.page("intake")
    intake.ui.nameEdit.setText("张三")
    intake.ui.descriptionEdit.setPlainText("家里停电了，已经两个小时")
    window.show_page("tickets")
    asked: list[str] = []

    def answer(button):
        def question(parent, title, text, *args, **kwargs):
            asked.append(text)
            return button
        return question
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    action(window, name).trigger()
    assert len(asked) == 1 and "intake form" in asked[0]
    assert shifts.window is window and window.isVisible() and not signed_in
    assert window.current_page() == "intake"  # back to the work, as it was
    assert intake.ui.descriptionEdit.toPlainText() == "家里停电了，已经两个小时"
    assert window.ending == "quit"  # closing the window later is a plain quit again
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Discard))
    with qtbot.waitSignal(shifts.window_opened) as opened:
        action(window, name).trigger()
    qtbot.addWidget(opened.args[0])
    assert len(asked) == 2 and signed_in and not quits


def test_nothing_typed_signs_out_without_asking(qtbot, ops, settings, clerk, supervisor,
                                                monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    shifts = Shifts(ops, settings, "zh_CN", "test.db", lambda subtitle: supervisor,
                    background=False)
    window = shifts.open(clerk)
    window.page("intake")
    with qtbot.waitSignal(shifts.window_opened) as opened:
        action(window, "sign_out").trigger()
    qtbot.addWidget(opened.args[0])
