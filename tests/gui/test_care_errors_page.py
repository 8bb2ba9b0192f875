"""The service-error register page: record an error, see it and the month's rate."""

from __future__ import annotations

from helpdesk_gui.domain.quality.models import ServiceError
from helpdesk_gui.services.tickets import intake as tickets
from helpdesk_gui.ui.quality.errors_page import ServiceErrorsPage


def _ticket(clerk):
    return tickets.create_ticket(tickets.IntakeForm(
        channel="counter", type="request", level=3, customer_name="张三",
        phone="13812345678", description="办理过户"), clerk)


def test_supervisor_records_an_error(qtbot, ctx, clerk, supervisor):
    created = _ticket(clerk)
    ctx.actor = supervisor
    page = ServiceErrorsPage(ctx)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 0 and "0.00%" in page.rate.text()
    page.kind.setCurrentIndex(page.kind.findData("wrong_information"))
    page.ticket_no.setText(created.ticket_no)
    page.staff_no.setText("1001")
    page.description.setPlainText("告知所需材料不全，客户多跑一趟")
    page.corrective.setPlainText("更新材料清单并培训")
    page.save_button.click()
    assert ServiceError.select().count() == 1
    assert page.table.rowCount() == 1 and page.table.item(0, 3).text() == created.ticket_no
    assert "100.00%" in page.rate.text() and page.description.toPlainText() == ""


def test_bad_input_is_explained_and_kept(qtbot, ctx, clerk, supervisor):
    ctx.actor = supervisor
    page = ServiceErrorsPage(ctx)
    qtbot.addWidget(page)
    page.ticket_no.setText("BJ01-NOPE")
    page.description.setPlainText("态度生硬")
    page.save_button.click()
    assert "BJ01-NOPE" in page.status.text()
    assert page.description.toPlainText() == "态度生硬" and ServiceError.select().count() == 0


def test_counter_staff_may_not_record(qtbot, ctx):
    page = ServiceErrorsPage(ctx)
    qtbot.addWidget(page)
    page.description.setPlainText("态度生硬")
    page.save_button.click()
    assert "service_error.record" in page.status.text()
