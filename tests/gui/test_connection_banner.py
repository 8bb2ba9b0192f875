"""The banner while the hall server is down: it appears, the page keeps waiting with
what was typed, and when the server is back the banner goes and the ticket is saved."""

from __future__ import annotations

import pghall
import pytest
from PySide6.QtCore import QSettings

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.app.ops import OpRunner
from helpdesk_gui.db import open_database
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
from helpdesk_gui.ui.main_window import MainWindow


@pytest.fixture
def crashable(qapp):
    if pghall.unavailable_reason():
        pytest.skip(f"PostgreSQL: {pghall.unavailable_reason()}")
    with pghall.crashable_server() as cluster:
        database = open_database(cluster.url("hall"), migrate=True)
        yield cluster
        database.close()
        database_proxy.initialize(None)


def test_banner_while_the_server_is_down(qtbot, crashable, tmp_path):
    branch = staff_service.ensure_branch("BJ01", "北京朝阳营业厅")
    clerk = staff_service.create_staff(branch, "1001", "王芳", "counter")
    ops = OpRunner()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(ops=ops, actor=clerk, branch=branch, database_display="hall server",
                     settings=settings, language="en")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    ops.wait_idle()
    banner = window.connection_banner
    assert not banner.isVisible()
    crashable.stop("immediate")
    saved = []
    form = IntakeForm(channel="counter", type="repair", level=2, customer_name="客户",
                      phone="13900001111", description="停电")
    ops.write(lambda: create_ticket(form, clerk), saved.append)
    qtbot.waitUntil(banner.isVisible, timeout=15_000)
    assert banner.text() == "Connection lost, retrying…"
    assert not saved  # nothing acknowledged while the server is away
    crashable.start()
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=30_000)
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    assert saved[0].ticket_no.endswith("-0001")
    ops.close()
    ops.wait_idle()
