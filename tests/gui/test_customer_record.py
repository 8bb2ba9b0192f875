"""The customer record: corrected from a ticket and from intake; the customer page."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import PermissionDenied
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.domain.tickets.models import Customer, TicketEvent
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.tickets import customer_record, customers
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
from helpdesk_gui.ui.tickets import customer_edit
from helpdesk_gui.ui.tickets.customers_page import CustomersPage
from helpdesk_gui.ui.tickets.detail import TicketDetailPane


@pytest.fixture
def ticket(clerk):
    return create_ticket(IntakeForm(channel="counter", type="repair", level=3,
                                    customer_name="张三", description="水表被冻裂",
                                    phone="13812345678", address="北京市朝阳区建国路1号"),
                         clerk)


def run_dialog(monkeypatch, change):
    """Let the edit dialog run as the clerk fills it in, then press Save."""
    opened = []

    def fake_exec(dialog):
        opened.append(dialog)
        change(dialog)
        dialog.save()
        return dialog.result() == QDialog.DialogCode.Accepted
    monkeypatch.setattr(customer_edit.CustomerEditDialog, "exec", fake_exec)
    return opened


def test_edit_from_the_ticket_records_history_and_audit(ctx, qtbot, ticket, monkeypatch):
    pane = TicketDetailPane(ctx)
    qtbot.addWidget(pane)
    pane.load(ticket.id)
    assert pane.edit_customer_button.isVisibleTo(pane)

    def change(dialog):
        assert dialog.phone.text() == "13812345678"  # loaded in clear for the correction
        dialog.phone.setText("13987654321")
        dialog.address.setText("北京市朝阳区建国路2号")
        dialog.vip.setChecked(True)
        dialog.note.setPlainText("行动不便，请上门")
    opened = run_dialog(monkeypatch, change)
    pane.edit_customer_button.click()
    assert opened and opened[0].error.text() == ""
    customer = Customer.get_by_id(ticket.customer_id)
    assert (customer.phone, customer.address, customer.is_vip, customer.note) == (
        "13987654321", "北京市朝阳区建国路2号", True, "行动不便，请上门")
    event = TicketEvent.get(TicketEvent.kind == "customer_edited")
    assert event.ticket_id == ticket.id and "电话" in event.note and "地址" in event.note
    entry = AuditEntry.get(AuditEntry.action == "customer.edit")
    assert "13987654321" not in entry.detail and "phone" in entry.detail
    assert [h.kind for h in pane.detail.history][-1] == "customer_edited"


def test_a_phone_of_another_customer_is_refused_and_kept(ctx, qtbot, ticket, clerk,
                                                         monkeypatch):
    create_ticket(IntakeForm(channel="counter", type="repair", level=3, customer_name="李四",
                             description="停电", phone="13700001111"), clerk)
    pane = TicketDetailPane(ctx)
    qtbot.addWidget(pane)
    pane.load(ticket.id)
    opened = run_dialog(monkeypatch, lambda d: d.phone.setText("13700001111"))
    pane.edit_customer_button.click()
    assert "another customer" in opened[0].error.text()
    assert opened[0].phone.text() == "13700001111"
    assert Customer.get_by_id(ticket.customer_id).phone == "13812345678"


def test_landline_found_with_or_without_area_code(clerk):
    create_ticket(IntakeForm(channel="phone", type="consultation", level=3,
                             customer_name="王五", description="咨询水价",
                             phone="010-65123456"), clerk)
    for query in ("65123456", "010-65123456", "(010) 6512 3456", "01065123456"):
        assert [r.name for r in customers.lookup(query, clerk)] == ["王五"], query


def test_customer_page_lists_tickets_complaints_surveys_and_opens_a_ticket(
        ctx, qtbot, ticket, clerk):
    from helpdesk_gui.services.surveys import answers

    complaint = create_ticket(IntakeForm(channel="counter", type="complaint", level=3,
                                         customer_name="张三", description="维修人员迟到",
                                         phone="13812345678", subject="维修迟到"), clerk)
    answers.invite(Customer.get_by_id(ticket.customer_id).tickets.first(), "routine",
                   utcnow())
    page = CustomersPage(ctx)
    qtbot.addWidget(page)
    page.search.setText("138123")
    page.find()
    assert page.results.count() == 1
    assert "138****5678" in page.heading.text() and "张*" in page.heading.text()
    assert page.tickets.rowCount() == 2
    assert page.complaints.rowCount() == 1 and page.surveys.rowCount() == 1
    with qtbot.waitSignal(page.open_ticket_requested) as opened:
        page._open_ticket(1, 0)
    assert opened.args[0] in (ticket.id, complaint.id)


def test_admin_may_not_edit_customers(branch, ticket):
    admin = staff_service.create_staff(branch, "9001", "管理员", "admin")
    with pytest.raises(PermissionDenied):
        customer_record.edit(admin, ticket.customer_id,
                             customer_record.CustomerEdit("13812345678", "", False, ""))


def test_edit_from_intake_after_picking_the_customer(ctx, qtbot, ticket, monkeypatch):
    from helpdesk_gui.ui.tickets.intake import IntakePage

    page = IntakePage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.edit_customer_button.isVisible()
    page.show_customer(customers.lookup("13812345678", ctx.actor)[0])
    assert page.edit_customer_button.isVisible()
    run_dialog(monkeypatch, lambda d: d.address.setText("北京市朝阳区光华路9号"))
    page.edit_customer_button.click()
    assert page.ui.addressEdit.text() == "北京市朝阳区光华路9号"
    assert Customer.get_by_id(ticket.customer_id).address == "北京市朝阳区光华路9号"
    assert AuditEntry.get(AuditEntry.action == "customer.edit").detail.count("address") == 1
