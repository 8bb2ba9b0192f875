"""Customer tiers page (flag with reason, dedicated handler) and the VIP-first queue."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog

from helpdesk_gui.domain.tickets.models import Customer
from helpdesk_gui.services.customers import tiers
from helpdesk_gui.ui.customers.queue_page import QueuePage
from helpdesk_gui.ui.customers.tiers_page import CustomerTiersPage
from tests.unit.importer.test_importer import write_csv
from tests.unit.kpi.conftest import make_ticket


def test_flag_with_reason_and_dedicated_handler(qtbot, ctx, branch, handler, supervisor):
    customer = Customer.create(branch=branch, name="张三", phone="13812345678")
    ctx.actor = supervisor
    page = CustomerTiersPage(ctx)
    qtbot.addWidget(page)
    page.query.setText("138123")
    page.search()
    assert page.table.rowCount() == 1 and page.current.customer_id == customer.id
    page.manual.setChecked(True)
    page.flag_button.click()
    assert "Reason" in page.status.text() or "原因" in page.status.text()
    assert not Customer.get_by_id(customer.id).is_vip
    page.manual.setChecked(True)
    page.reason.setText("医院，重点保障")
    page.flag_button.click()
    assert Customer.get_by_id(customer.id).is_vip and page.why.text().startswith("★ VIP")
    page.handler.setCurrentIndex(page.handler.findData(handler.id))
    page.handler_button.click()
    assert tiers.dedicated_handler(customer.id) == handler.id


def test_import_accounts_from_the_page(qtbot, ctx, branch, supervisor, tmp_path,
                                       monkeypatch):
    path = write_csv(tmp_path / "a.csv", ["户号", "年缴费"], [["A10001", "8000"]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    ctx.actor = supervisor
    page = CustomerTiersPage(ctx)
    qtbot.addWidget(page)
    page.import_button.click()
    assert "1" in page.status.text()


def test_queue_shows_vip_first(qtbot, ctx, branch, clerk, handler):
    make_ticket(branch, clerk, "P1", "2026-06-01 02:00", assignee=handler,
                customer_name="王五")
    make_ticket(branch, clerk, "V1", "2026-06-02 02:00", assignee=handler, vip=True,
                customer_name="李四")
    ctx.actor = handler
    page = QueuePage(ctx)
    qtbot.addWidget(page)
    assert [page.table.item(r, 0).text() for r in range(2)] == ["V1", "P1"]
    assert page.table.item(0, 1).text().startswith("★")
    assert page.status.text() == "2 open ticket(s) to work on"


def test_empty_queue_says_so(qtbot, ctx, handler):
    """An empty table alone looks like a list that failed to load."""
    ctx.actor = handler
    page = QueuePage(ctx)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 0
    assert page.status.text().startswith("Nothing to work on")


def test_queue_row_opens_its_ticket(qtbot, ctx, branch, clerk, handler):
    make_ticket(branch, clerk, "P1", "2026-06-01 02:00", assignee=handler,
                customer_name="王五")
    ctx.actor = handler
    page = QueuePage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.open_ticket_requested) as opened:
        page.table.cellActivated.emit(0, 0)
    assert opened.args == [page.rows[0].id]
