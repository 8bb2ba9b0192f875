"""The call-back list page: draw the month, reveal the number, record outcomes."""

from __future__ import annotations

from helpdesk_gui.domain.customers.models import Callback
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.domain.tickets.models import Customer, Ticket
from helpdesk_gui.ui.customers.callbacks_page import CallbacksPage
from tests.unit.kpi.conftest import make_ticket


def _quiet_customer(branch, clerk):
    customer = Customer.create(branch=branch, name="张三", phone="13812345678")
    make_ticket(branch, clerk, "OLD", "2026-01-05 02:00", customer=customer)
    return customer


def test_draw_call_and_record(qtbot, ctx, branch, clerk, handler):
    customer = _quiet_customer(branch, clerk)
    ctx.actor = handler
    page = CallbacksPage(ctx)
    qtbot.addWidget(page)
    page.month.setText("2026-06")
    page.draw_button.click()
    assert page.table.rowCount() == 1 and page.table.item(0, 1).text() == "138****5678"
    assert "1" in page.completion.text()
    page.table.setCurrentCell(0, 0)
    page.reveal_button.click()
    assert page.number.text() == "13812345678"
    assert AuditEntry.select().where(AuditEntry.action == "customer.reveal").exists()
    page.outcome.setCurrentIndex(page.outcome.findData("complaint"))
    page.note.setPlainText("抄表员没有上门，估抄的读数偏高")
    page.save_button.click()
    call = Callback.get(Callback.customer == customer.id)
    assert call.outcome == "complaint" and call.ticket_id is not None
    assert Ticket.get_by_id(call.ticket_id).type == "complaint"
    assert page.table.item(0, 4).text() == Ticket.get_by_id(call.ticket_id).ticket_no
    assert "100%" in page.completion.text()


def test_wants_service_needs_a_note(qtbot, ctx, branch, clerk):
    _quiet_customer(branch, clerk)
    page = CallbacksPage(ctx)
    qtbot.addWidget(page)
    page.month.setText("2026-06")
    page.draw_button.click()
    page.table.setCurrentCell(0, 0)
    page.outcome.setCurrentIndex(page.outcome.findData("wants_service"))
    page.save_button.click()
    assert Callback.get().outcome is None and page.status.text()
    assert not page.reveal_button.isEnabled()  # counter staff see the masked number only


def test_nothing_chosen_offers_nothing(qtbot, ctx):
    page = CallbacksPage(ctx)
    qtbot.addWidget(page)
    assert not page.save_button.isEnabled() and not page.reveal_button.isEnabled()


def test_a_revealed_number_goes_when_the_choice_changes(qtbot, ctx, branch, clerk, handler):
    _quiet_customer(branch, clerk)
    ctx.actor = handler
    page = CallbacksPage(ctx)
    qtbot.addWidget(page)
    page.month.setText("2026-06")
    page.draw_button.click()
    page.table.setCurrentCell(0, 0)
    assert page.save_button.isEnabled() and page.reveal_button.isEnabled()
    page.reveal_button.click()
    assert page.number.text() == "13812345678"
    page.table.clearSelection()  # no longer this customer: nobody calls the wrong number
    assert page.number.text() == "—" and not page.save_button.isEnabled()
