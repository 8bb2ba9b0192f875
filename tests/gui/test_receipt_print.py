"""The receipt (受理回执): printed after saving at intake, read back from the PDF.

This PC has no printer, so the print goes to a PDF copy; the test reads the PDF's text
with pypdf and checks what the customer takes home.
"""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from helpdesk_gui.app import workplace
from helpdesk_gui.domain.surveys.models import Survey
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.security import hall_settings
from helpdesk_gui.services.surveys import answers
from helpdesk_gui.ui.tickets.fmt import local_time
from helpdesk_gui.ui.tickets.intake import IntakePage
from helpdesk_gui.ui.widgets import printing


@pytest.fixture
def no_printer(monkeypatch, tmp_path):
    """No printer installed: PDF copies go to a temporary folder; the notice is recorded."""
    shown = []
    monkeypatch.setattr(printing.QPrinterInfo, "availablePrinterNames", lambda: [])
    monkeypatch.setattr(printing.workplace, "pdf_folder", lambda: tmp_path / "prints")
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: shown.append(text))
    return shown


def pdf_text(path) -> str:
    return re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(path).pages))


def save_at_intake(qtbot, page) -> Ticket:
    ui = page.ui
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData("repair"))
    ui.nameEdit.setText("张三")
    ui.phoneEdit.setText("13812345678")
    ui.descriptionEdit.setPlainText("家里停电了")
    ui.requestEdit.setPlainText("尽快恢复供电")
    with qtbot.waitSignal(page.ticket_created):
        qtbot.mouseClick(ui.submitButton, Qt.MouseButton.LeftButton)
    return Ticket.get_by_id(page.last_created.id)


def test_receipt_after_intake_prints_number_times_masked_phone_and_survey_code(
        ctx, qtbot, no_printer, supervisor, clerk):
    hall_settings.set_branch_setting(supervisor, ctx.branch.id, "hall_phone", "010-95598")
    workplace.set_counter_window(ctx.settings, "7")
    page = IntakePage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    ticket = save_at_intake(qtbot, page)
    with qtbot.waitSignal(page.printing.printed) as signal:
        qtbot.keyClick(page.focusWidget() or page, Qt.Key.Key_P,
                       Qt.KeyboardModifier.ControlModifier)
    job = signal.args[0]
    assert job.pdf_path is not None and job.pdf_path.exists()
    assert str(job.pdf_path) in no_printer[0]
    text = pdf_text(job.pdf_path)
    tz = ctx.branch.timezone
    code = answers.ReceiptCode.get(answers.ReceiptCode.ticket == ticket.id).code
    for expected in (ticket.ticket_no, "北京朝阳营业厅", "受理回执", "故障报修",
                     "138****5678", "尽快恢复供电", local_time(ticket.created_at, tz),
                     local_time(ticket.response_due, tz), local_time(ticket.resolve_due, tz),
                     clerk.employee_no, "窗口7", "010-95598", code):
        assert expected.replace(" ", "") in text, expected
    assert "13812345678" not in text and "张三" not in text
    # an 80 mm slip, one page as long as its content
    page_box = PdfReader(job.pdf_path).pages[0].mediabox
    assert len(PdfReader(job.pdf_path).pages) == 1
    assert abs(float(page_box.width) - 80 / 25.4 * 72) < 2


def test_survey_code_on_receipt_answers_the_routine_survey(ctx, qtbot, no_printer, handler):
    page = IntakePage(ctx)
    qtbot.addWidget(page)
    ticket = save_at_intake(qtbot, page)
    page.print_receipt()
    code = answers.ReceiptCode.get(answers.ReceiptCode.ticket == ticket.id).code
    with pytest.raises(answers.ValidationError, match="still being handled"):
        answers.answer_by_code(code, answers.Answer(overall=5))
    survey = answers.invite(ticket, "routine", ticket.created_at)
    assert survey.code == code
    answers.answer_by_code(code, answers.Answer(overall=5))
    assert Survey.get_by_id(survey.id).status == "answered"


def test_reprint_is_marked_and_ticket_record_prints_history(ctx, qtbot, no_printer):
    from helpdesk_gui.ui.tickets.detail import TicketDetailPane

    page = IntakePage(ctx)
    qtbot.addWidget(page)
    ticket = save_at_intake(qtbot, page)
    page.print_receipt()
    pane = TicketDetailPane(ctx)
    qtbot.addWidget(pane)
    pane.load(ticket.id)
    with qtbot.waitSignal(pane._printing().printed) as signal:
        qtbot.mouseClick(pane.findChild(printing.QWidget, "print_receipt"),
                         Qt.MouseButton.LeftButton)
    assert "补打（第2份）" in pdf_text(signal.args[0].pdf_path)
    with qtbot.waitSignal(pane._printing().printed) as signal:
        qtbot.mouseClick(pane.findChild(printing.QWidget, "print_ticket"),
                         Qt.MouseButton.LeftButton)
    text = pdf_text(signal.args[0].pdf_path)
    assert "工单记录" in text and ticket.ticket_no in text and "创建" in text
    assert "13812345678" not in text


def test_complaint_record_and_callback_list_print_masked(ctx, qtbot, no_printer, clerk):
    from helpdesk_gui.services.tickets import intake as tickets
    from helpdesk_gui.ui.complaints.complaint_detail import ComplaintDetail
    from helpdesk_gui.ui.surveys.answers_page import SurveyAnswersPage

    form = tickets.IntakeForm(channel="phone", type="complaint", level=3, customer_name="张伟",
                              description="本月水费比平时高三倍，电话13812341234",
                              phone="13812341234", subject="水费账单异常")
    created = tickets.create_ticket(form, clerk)
    complaint = Ticket.get_by_id(created.id).complaint_rows.get()
    detail = ComplaintDetail(ctx)
    qtbot.addWidget(detail)
    detail.show()  # laid out as on screen: the button has its size where it is clicked
    detail.load(complaint.id)
    with qtbot.waitSignal(_printing_of(detail).printed) as signal:
        qtbot.mouseClick(detail.print_button, Qt.MouseButton.LeftButton)
    text = pdf_text(signal.args[0].pdf_path)
    assert "投诉记录" in text and created.ticket_no in text and "138****1234" in text
    assert "13812341234" not in text and "张伟" not in text
    answers.invite(Ticket.get_by_id(created.id), "special", Ticket.get_by_id(created.id)
                   .created_at)
    page = SurveyAnswersPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(_printing_of(page).printed) as signal:
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    text = pdf_text(signal.args[0].pdf_path)
    assert "回访名单" in text and created.ticket_no in text and "张*" in text


def _printing_of(widget):
    from helpdesk_gui.ui.tickets.receipt_print import TicketPrinting

    if getattr(widget, "printing", None) is None:
        widget.printing = TicketPrinting(widget.ctx, widget)
    return widget.printing


def test_counter_settings_store_window_paper_and_hall_phone(ctx, qtbot, supervisor):
    from helpdesk_gui.ui.tickets.counter_settings import CounterSettingsDialog

    ctx.actor = supervisor
    dialog = CounterSettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.window_edit.setText("5")
    dialog.paper.setCurrentIndex(dialog.paper.findData("A5"))
    dialog.hall_phone.setText("010-95598")
    from helpdesk_gui.services.seats import registry as seats

    try:
        dialog.save()
        assert seats.current_window() == "5"  # tickets taken in from now record window 5
    finally:
        seats.configure("")
    assert workplace.counter_window(ctx.settings) == "5"
    assert workplace.receipt_paper(ctx.settings) == "A5"
    assert hall_settings.branch_setting(ctx.branch.id, "hall_phone") == "010-95598"
    assert dialog.result() == dialog.DialogCode.Accepted


def test_complaint_banner_and_receipt_state_the_complaint_deadlines(ctx, qtbot, no_printer):
    page = IntakePage(ctx)
    qtbot.addWidget(page)
    ui = page.ui
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData("complaint"))
    ui.nameEdit.setText("张三")
    ui.phoneEdit.setText("13812345678")
    ui.descriptionEdit.setPlainText("维修人员态度差")
    with qtbot.waitSignal(page.ticket_created):
        qtbot.mouseClick(ui.submitButton, Qt.MouseButton.LeftButton)
    assert "2小时内确认受理您的投诉" in ui.commitmentLabel.text()
    assert "5个工作日内给出解决方案" in ui.commitmentLabel.text()
    with qtbot.waitSignal(page.printing.printed) as signal:
        page.print_receipt()
    assert "5个工作日内给出解决方案" in pdf_text(signal.args[0].pdf_path)
