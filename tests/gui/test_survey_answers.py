"""Phone call-back and SMS-code answers entered by staff."""

from __future__ import annotations

from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.surveys.models import Survey
from helpdesk_gui.services.surveys import jobs as survey_jobs
from helpdesk_gui.services.tickets import flow as ticket_flow
from helpdesk_gui.services.tickets import intake as tickets
from helpdesk_gui.ui.surveys.answers_page import SurveyAnswersPage


def _closed_ticket(clerk, handler):
    tid = tickets.create_ticket(tickets.IntakeForm(
        channel="phone", type="repair", level=2, customer_name="张三", phone="13812345678",
        description="家里停电"), clerk).id
    ticket_flow.assign(tid, handler.id, clerk)
    ticket_flow.start(tid, handler)
    ticket_flow.resolve(tid, handler, "更换保险丝")
    ticket_flow.close(tid, handler, confirmed_by="phone")
    return tid


def test_call_back_answer_is_entered_and_counted(qtbot, ctx, clerk, handler):
    tid = _closed_ticket(clerk, handler)
    survey_jobs.send_due_invitations(utcnow())
    survey = Survey.get(Survey.ticket == tid)
    page = SurveyAnswersPage(ctx)
    qtbot.addWidget(page)
    assert page.table.rowCount() == 1 and "张*" in page.table.item(0, 2).text()
    page.table.setCurrentCell(0, 0)
    assert page.code.text() == survey.code
    page.overall.setValue(4)
    page.items["attitude"].setValue(6)
    page.comment.setPlainText("抢修很及时，工作人员态度也好")
    page.save_button.click()
    stored = Survey.get_by_id(survey.id)
    assert (stored.status, stored.overall, stored.attitude, stored.valid) == \
        ("answered", 4, 6, True)
    assert stored.entered_by_id == clerk.id and page.table.rowCount() == 0


def test_same_score_everywhere_is_kept_but_invalid(qtbot, ctx, clerk, handler):
    tid = _closed_ticket(clerk, handler)
    survey_jobs.send_due_invitations(utcnow())
    page = SurveyAnswersPage(ctx)
    qtbot.addWidget(page)
    page.code.setText(Survey.get(Survey.ticket == tid).code)
    page.overall.setValue(5)
    for box in page.items.values():  # overall 5 and 5 everywhere: one number for all
        box.setValue(5)
    page.save_button.click()
    stored = Survey.get(Survey.ticket == tid)
    assert stored.status == "answered" and not stored.valid and stored.invalid_reason


def test_an_unknown_code_is_refused(qtbot, ctx):
    page = SurveyAnswersPage(ctx)
    qtbot.addWidget(page)
    page.code.setText("NOPE99")
    page.overall.setValue(4)
    page.save_button.click()
    assert "NOPE99" in page.status.text()


def test_questions_not_asked_are_not_recorded_as_top_marks(qtbot, ctx, clerk, handler):
    tid = _closed_ticket(clerk, handler)
    survey_jobs.send_due_invitations(utcnow())
    page = SurveyAnswersPage(ctx)
    qtbot.addWidget(page)
    page.code.setText(Survey.get(Survey.ticket == tid).code)
    page.save_button.click()  # nothing chosen: the overall score is asked for
    assert Survey.get(Survey.ticket == tid).status != "answered" and page.status.text()
    page.overall.setValue(3)
    page.items["attitude"].setValue(7)
    page.save_button.click()
    stored = Survey.get(Survey.ticket == tid)
    assert (stored.overall, stored.attitude, stored.responsiveness, stored.recommend) == \
        (3, 7, None, None)
    assert page.overall.value() == page.overall.minimum()  # the next customer starts afresh
    assert all(box.value() == box.minimum() for box in page.items.values())
