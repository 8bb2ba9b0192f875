"""The window fits a 1366×768 screen in English and Chinese: every page, the notifications
panel open, no combo box narrower than its text, the time left visible in the ticket list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from helpdesk_gui.app import i18n
from helpdesk_gui.app.context import AppContext
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.tickets import query as tq
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

WIDTH, HEIGHT = 1366, 768
NUMBERS = {"counter": "8001", "handler": "8002", "supervisor": "8003", "admin": "8004"}


@pytest.fixture(params=["en", "zh_CN"])
def language(request, qapp):
    installed = i18n.install_translators(qapp, request.param)
    yield request.param
    for translator in installed:
        QApplication.removeTranslator(translator)


def _window(qtbot, ops, branch, tmp_path, role, language):
    from helpdesk_gui.ui.main_window import MainWindow

    person = staff_service.create_staff(branch, NUMBERS[role], "测试员", role)
    settings = QSettings(str(tmp_path / f"{role}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(ops=ops, actor=person, branch=branch,
                                   database_display="test.db", settings=settings,
                                   language=language))
    qtbot.addWidget(window)
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.notifications_dock.show()
    return window


def _clipped_combos(page) -> list[str]:
    found = []
    for combo in page.findChildren(QComboBox):
        if not combo.isVisible() or combo.isEditable() or not combo.currentText():
            continue
        if combo.sizeAdjustPolicy() == QComboBox.SizeAdjustPolicy.AdjustToContents and \
                combo.width() < combo.sizeHint().width():
            found.append(f"{combo.objectName()}: {combo.currentText()!r}")
    return found


@pytest.mark.parametrize("role", ["counter", "handler", "supervisor", "admin"])
def test_every_page_fits_1366_by_768(qtbot, ops, branch, tmp_path, role, language):
    window = _window(qtbot, ops, branch, tmp_path, role, language)
    for key in window.page_keys:
        window.show_page(key)
        QApplication.processEvents()
    hint = window.minimumSizeHint()
    assert hint.width() <= WIDTH and hint.height() <= HEIGHT, (hint, language)
    assert window.width() <= WIDTH
    dock = window.notifications_dock
    assert dock.isVisible() and dock.geometry().right() < WIDTH


def test_intake_combos_show_their_whole_text(qtbot, ops, branch, tmp_path, language):
    window = _window(qtbot, ops, branch, tmp_path, "counter", language)
    window.show_page("intake")
    intake = window.page("intake")
    QApplication.processEvents()
    ui = intake.ui
    for combo in (ui.channelCombo, ui.typeCombo, ui.levelCombo):
        widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i))
                     for i in range(combo.count()))
        assert combo.width() >= widest + 20, (combo.objectName(), combo.width(), widest)
    assert _clipped_combos(intake) == []


def test_time_left_is_on_screen_in_the_ticket_list(qtbot, ops, branch, clerk, tmp_path,
                                                   language):
    create_ticket(IntakeForm(channel="phone", type="repair", level=2, customer_name="张三",
                             phone="13812345678", description="停电"), clerk)
    window = _window(qtbot, ops, branch, tmp_path, "counter", language)
    window.show_page("tickets")
    page = window.page("tickets")
    QApplication.processEvents()
    table = page.table
    column = tq.COLUMNS.index("time_left")
    left = table.columnViewportPosition(column)
    assert 0 <= left and left + table.columnWidth(column) <= table.viewport().width()
    assert table.model().headerData(column, Qt.Orientation.Horizontal) in ("Time left", "剩余时间")
