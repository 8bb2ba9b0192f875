"""Survey answers, validity rules and the scheduler jobs, driven by an injected clock."""

from __future__ import annotations

import pytest

from helpdesk_gui.domain.errors import PermissionDenied, ValidationError
from helpdesk_gui.domain.surveys.models import Survey
from helpdesk_gui.services.quality import settings
from helpdesk_gui.services.surveys import answers as surveys
from helpdesk_gui.services.surveys import jobs as survey_jobs
from helpdesk_gui.services.surveys.answers import Answer

from .conftest import make_ticket, t

GOOD = Answer(5, 9, 8, 10, 9, 9, 10, "办理很快，谢谢")


@pytest.mark.parametrize(("answer", "reason"), [
    (GOOD, ""),
    (Answer(5, 5, 5, 5, 5, 5, 5), "every item given the same score"),
    (Answer(5, 10, 10, 10, 10, 10, 10), ""),  # the same number everywhere, overall included
    (Answer(3, 7, 7, 7, 7, 7, 7), ""),
    (Answer(4), ""),  # overall only: nothing to straight-line
    (Answer(2, 5, 4, 6, 5, 5, 3, "太慢了"), "comment shorter than 10 characters "
                                          "where one is required"),
    (Answer(1, 2, 1, 3, 2, 2, 0, "等了三个小时都没有人理我，非常不满意"), ""),
    (Answer(3, 5, 6, 7, 5, 6, 5, "工作人员态度差，混蛋"), "abusive content"),
])
def test_validity_rules(answer, reason):
    assert surveys.invalid_reason(answer, settings.DEFAULTS["surveys"]) == reason


def test_supervisor_edits_the_abusive_word_list(survey_db, supervisor, clerk):
    rude = Answer(3, 5, 6, 7, 5, 6, 5, "窗口的人就是个饭桶，办事太慢")
    assert surveys.invalid_reason(rude) == ""
    surveys.set_abuse_words(["饭桶", "混蛋"], supervisor, note="营业厅补充")
    assert surveys.invalid_reason(rude) == "abusive content"
    assert settings.current_version("surveys") == 1
    assert settings.history("surveys")[0].data["abuse_words"] == ["混蛋", "饭桶"]
    with pytest.raises(PermissionDenied):
        surveys.set_abuse_words(["x"], clerk)


def test_out_of_range_scores_are_refused(survey_db, branch, clerk):
    ticket = make_ticket(branch, clerk, "K1", "2026-03-02 02:00")
    with pytest.raises(ValidationError) as err:
        surveys.kiosk_answer(ticket.id, Answer(6, recommend=11))
    assert set(err.value.errors) == {"overall", "recommend"}
    assert Survey.select().count() == 0


def test_kiosk_answer_is_stored_once(survey_db, branch, clerk):
    ticket = make_ticket(branch, clerk, "K1", "2026-03-02 02:00")
    surveys.kiosk_answer(ticket.id, GOOD, now=t("2026-03-02 02:30"))
    row = Survey.get()
    assert (row.kind, row.channel, row.status, row.valid, row.overall, row.clarity) == (
        "routine", "kiosk", "answered", True, 5, 9)
    with pytest.raises(ValidationError):
        surveys.kiosk_answer(ticket.id, GOOD)
    assert surveys.recent_counter_tickets(clerk.id, t("2026-03-01 00:00")) == []


def test_answer_by_code_marks_invalid_with_reason(survey_db, branch, clerk, handler):
    ticket = make_ticket(branch, clerk, "K1", "2026-03-02 02:00")
    code = surveys.invite(ticket, "routine", t("2026-03-03 00:00")).code
    surveys.answer_by_code(code.lower(), Answer(4, 4, 4, 4, 4, 4, 4), actor=handler)
    row = Survey.get()
    assert row.valid is False and row.invalid_reason == "every item given the same score"
    assert row.entered_by_id == handler.id
    with pytest.raises(ValidationError):
        surveys.answer_by_code("NOPE", GOOD)


def _closed(branch, clerk, no, closed, **kw):
    return make_ticket(branch, clerk, no, "2026-03-01 01:00", status="closed",
                       resolved_at=closed, closed_at=closed, **kw)


def test_invitations_within_24_hours_and_special(survey_db, branch, clerk):
    now = t("2026-03-10 02:00")
    recent = _closed(branch, clerk, "A", "2026-03-10 01:00")
    _closed(branch, clerk, "OLD", "2026-03-01 02:00")  # long past: not invited
    major = _closed(branch, clerk, "C", "2026-03-07 00:00", type="complaint", level=2)
    _closed(branch, clerk, "R", "2026-03-07 00:00", type="repair", level=3,
            parts_replaced="水表")
    sent = []
    assert survey_jobs.send_due_invitations(now, notify=sent.extend) == {
        "routine": 1, "special": 2}
    assert len(sent) == 3
    routine = Survey.get(Survey.kind == "routine")
    assert routine.ticket_id == recent.id and routine.invited_at == now
    assert Survey.get(Survey.ticket == major.id, Survey.kind == "special").channel == "sms"
    assert survey_jobs.send_due_invitations(now) == {"routine": 0, "special": 0}  # no repeat


def test_reminder_after_three_working_days_then_abandoned(survey_db, branch, clerk):
    ticket = make_ticket(branch, clerk, "K1", "2026-03-05 02:00")
    # Friday 6 March 2026, 10:00 in Beijing; 3 working days later: Wednesday 11 March 10:00
    survey = surveys.invite(ticket, "routine", t("2026-03-06 02:00"))
    assert survey_jobs.send_reminders(t("2026-03-10 02:00")) == 0
    assert survey_jobs.send_reminders(t("2026-03-11 01:59")) == 0
    assert survey_jobs.send_reminders(t("2026-03-11 02:00")) == 1
    assert survey_jobs.send_reminders(t("2026-03-12 02:00")) == 0  # only one reminder
    assert Survey.get_by_id(survey.id).status == "reminded"
    assert survey_jobs.abandon_expired(t("2026-03-13 01:59")) == 0
    assert survey_jobs.abandon_expired(t("2026-03-13 02:00")) == 1
    row = Survey.get_by_id(survey.id)
    assert (row.status, str(row.abandoned_at)) == ("abandoned", "2026-03-13 02:00:00")
    with pytest.raises(ValidationError):
        surveys.answer_by_code(row.code, GOOD)
