"""The main window: pages by role, status bar, navigation, remembered layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.ui.main_window import MainWindow


def _window(qtbot, ops, person, settings):
    ctx = AppContext(ops=ops, actor=person, branch=person.branch, database_display="test.db",
                     settings=settings, language="zh_CN")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.mark.parametrize(("role", "present", "absent"), [
    ("counter", {"intake", "tickets", "complaints", "kiosk"},
     {"approvals", "audit", "backup", "reports", "calendar"}),
    ("handler", {"tickets", "intake"}, {"approvals", "audit", "backup"}),
    ("supervisor", {"approvals", "reports", "calendar", "tickets"}, {"audit", "backup"}),
    ("admin", {"audit", "backup", "reports", "tickets"}, {"intake", "approvals", "kiosk"}),
])
def test_pages_follow_the_role(qtbot, ops, branch, settings, role, present, absent):
    person = staff_service.create_staff(branch, f"9{role[:3]}", "测试员", role)
    window = _window(qtbot, ops, person, settings)
    assert present <= set(window.page_keys)
    assert not (absent & set(window.page_keys))


def test_status_bar_names_user_branch_database(qtbot, ops, clerk, settings):
    window = _window(qtbot, ops, clerk, settings)
    assert "1001" in window.user_label.text() and "王芳" in window.user_label.text()
    assert "BJ01" in window.branch_label.text()
    assert "test.db" in window.db_label.text()


def test_open_ticket_switches_to_tickets_page(qtbot, ops, clerk, settings):
    from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

    created = create_ticket(IntakeForm(channel="counter", type="repair", level=2,
                                       customer_name="张三", phone="13812345678",
                                       description="停电"), clerk)
    window = _window(qtbot, ops, clerk, settings)
    window.open_ticket(created.id)
    assert window.current_page() == "tickets"


def test_geometry_and_page_are_remembered(qtbot, ops, clerk, settings):
    window = _window(qtbot, ops, clerk, settings)
    window.resize(701, 555)
    window.show_page("tickets")
    window.close()
    again = _window(qtbot, ops, clerk, settings)
    assert again.current_page() == "tickets"
    assert (again.size().width(), again.size().height()) == (701, 555)


def test_pages_are_built_on_first_visit(qtbot, ops, clerk, settings):
    window = _window(qtbot, ops, clerk, settings)
    assert set(window.pages) == {"intake"}  # the first page only: nothing else queried yet
    window.show_page("complaints")
    assert set(window.pages) == {"intake", "complaints"}
    assert window._stack.currentWidget() is window.pages["complaints"]
