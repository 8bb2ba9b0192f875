"""Suggestions: capture, screening into a priority queue, decisions with reasons, actions,
telling the customer; and the shared improvement list with its overdue flag."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from helpdesk_gui.domain.errors import IllegalTransition, ValidationError
from helpdesk_gui.domain.suggestions.models import ImprovementAction, Suggestion, SuggestionStep
from helpdesk_gui.services.suggestions import improvements
from helpdesk_gui.services.suggestions import process as suggestions
from helpdesk_gui.services.suggestions.process import SuggestionForm
from helpdesk_gui.services.tickets import intake as tickets


def _new(clerk, title="增加周末营业时间", channel="counter"):
    form = SuggestionForm(channel=channel, title=title, content="上班族工作日没时间来办理业务",
                          customer_name="陈静", phone="13700001234")
    return suggestions.create(form, clerk).id


def test_adopted_suggestion_full_lifecycle(cdb, clerk, handler, supervisor):
    sid = _new(clerk)
    suggestions.acknowledge(sid, clerk, "已致谢")
    suggestions.screen(sid, supervisor, 4, 3)
    assert Suggestion.get_by_id(sid).priority == 12
    suggestions.adopt(sid, supervisor, "需求集中，成本可控")
    with pytest.raises(ValidationError) as err:
        suggestions.inform(sid, clerk, "phone", 5)
    assert "actions" in err.value.errors
    improvements.add(supervisor, "周六上午开放两个窗口", handler.id, date(2030, 1, 31),
                     suggestion_id=sid)
    suggestions.inform(sid, clerk, "phone", 5, "客户表示感谢")
    s = Suggestion.get_by_id(sid)
    assert (s.status, s.satisfaction, s.result_method) == ("informed", 5, "phone")
    assert s.acknowledged_at is not None and s.decision_reason == "需求集中，成本可控"
    actions = [st.action for st in SuggestionStep.select().where(SuggestionStep.suggestion == sid)
               .order_by(SuggestionStep.id)]
    assert actions == ["create", "acknowledge", "screen", "adopt", "inform"]
    row = improvements.rows(suggestion_id=sid)[0]
    assert (row.source, row.source_ref, row.owner) == ("suggestion", "增加周末营业时间", "李强")


def test_rejected_suggestion_keeps_reason(cdb, clerk, supervisor):
    sid = _new(clerk)
    with pytest.raises(IllegalTransition):
        suggestions.reject(sid, supervisor, "不可行")  # must be screened first
    suggestions.screen(sid, supervisor, 2, 1)
    with pytest.raises(ValidationError) as err:
        suggestions.reject(sid, supervisor, "  ")
    assert "reason" in err.value.errors
    with pytest.raises(ValidationError):
        suggestions.adopt(sid, supervisor, "")
    suggestions.reject(sid, supervisor, "涉及全省统一政策，营业厅无权调整")
    with pytest.raises(ValidationError):
        improvements.add(supervisor, "x", supervisor.id, date(2030, 1, 1), suggestion_id=sid)
    suggestions.inform(sid, clerk, "sms", 3)
    s = Suggestion.get_by_id(sid)
    assert s.status == "informed" and "全省统一" in s.decision_reason


def test_screening_scores_and_queue_order(cdb, clerk, supervisor):
    low, high, unscreened = _new(clerk, "甲"), _new(clerk, "乙"), _new(clerk, "丙")
    with pytest.raises(ValidationError) as err:
        suggestions.screen(low, supervisor, 0, 6)
    assert set(err.value.errors) == {"importance", "feasibility"}
    suggestions.screen(low, supervisor, 2, 2)
    suggestions.screen(high, supervisor, 5, 4)
    rows = suggestions.page(limit=2)
    assert [r[0] for r in rows] == [high, low]
    last = rows[-1]
    rest = suggestions.page(after=(last[8] or 0, last[0]), limit=2)
    assert [r[0] for r in rest] == [unscreened]
    assert suggestions.count("screened") == 2


def test_suggestion_ticket_opens_a_record(cdb, clerk):
    form = tickets.IntakeForm(channel="social", type="suggestion", level=3,
                              customer_name="周杰", description="建议App增加电子发票下载",
                              phone="13600001111")
    created = tickets.create_ticket(form, clerk)  # intake opens the suggestion record
    s = Suggestion.get(Suggestion.ticket == created.id)
    assert (s.ticket_id, s.channel, s.customer_name) == (created.id, "social", "周杰")


def test_improvement_status_needs_effect_and_overdue_flag(cdb, clerk, handler, supervisor):
    improvements.add(supervisor, "抄表复核制度", handler.id, date(2030, 3, 1))
    aid = ImprovementAction.select().first().id
    assert improvements.overdue(today=date(2030, 3, 1)) == []
    late = improvements.overdue(today=date(2030, 3, 2))
    assert [r.id for r in late] == [aid] and late[0].overdue
    with pytest.raises(ValidationError):
        improvements.set_status(aid, handler, "done")  # effect notes required
    improvements.set_status(aid, handler, "in_progress")
    improvements.add_effect_note(aid, handler, "已培训抄表员")
    improvements.set_status(aid, handler, "done", "本月抄表差错投诉降为0")
    with pytest.raises(IllegalTransition):
        improvements.set_status(aid, handler, "in_progress")
    a = ImprovementAction.get_by_id(aid)
    assert a.status == "done" and "已培训抄表员" in a.effect_notes and "降为0" in a.effect_notes
    assert improvements.overdue(today=date(2030, 3, 2) + timedelta(days=30)) == []
    assert len(improvements.rows(include_closed=True)) == 1
