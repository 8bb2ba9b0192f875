"""The complaint process: full lifecycle, stage order, reasons, deadlines, ticket sync."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from helpdesk_gui.domain.complaints.models import Complaint, ComplaintStep
from helpdesk_gui.domain.errors import IllegalTransition, PermissionDenied, ValidationError
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.complaints import process as complaints
from helpdesk_gui.services.complaints import query as complaints_query


def _run_to_feedback(cid, clerk, handler, satisfaction=5):
    complaints.acknowledge(cid, clerk, "已电话确认受理")
    complaints.classify(cid, clerk, "billing", handler.id, major=True)
    complaints.investigate(cid, handler, "抄表员误抄读数", "meter_fault")
    complaints.propose(cid, handler, "更正读数并退还差额", "抄表复核制度")
    complaints.carry_out(cid, handler, "已退还48.5元")
    complaints.feedback(cid, handler, "phone", satisfaction, "客户认可")


def test_full_lifecycle_records_who_and_when_and_moves_ticket(new_ticket, clerk, handler,
                                                               supervisor):
    opened = complaints.open_for_ticket(new_ticket.id, clerk)
    cid = opened.complaint_id
    c = Complaint.get_by_id(cid)
    assert (c.stage, c.complainant, c.phone, c.remedy) == ("received", "张伟", "13812341234",
                                                           "退还多收的水费")
    assert c.ack_due is not None and c.solution_due > c.ack_due
    _run_to_feedback(cid, clerk, handler)
    changes = complaints.close(cid, supervisor, "客户满意")
    assert "complaint" in changes.kinds and new_ticket.id in changes.tickets
    c = Complaint.get_by_id(cid)
    assert c.stage == "closed" and c.root_cause.code == "meter_fault"
    assert c.satisfaction == 5 and c.feedback_method == "phone"
    assert c.followup_due == c.closed_at + timedelta(days=7)  # major: second survey
    steps = list(ComplaintStep.select().where(ComplaintStep.complaint == cid)
                 .order_by(ComplaintStep.id))
    assert [s.to_stage for s in steps] == ["received", "acknowledged", "assigned",
                                           "investigated", "proposed", "carried_out",
                                           "feedback", "closed"]
    assert steps[3].actor_id == handler.id and steps[-1].actor_id == supervisor.id
    ticket = Ticket.get_by_id(new_ticket.id)
    assert ticket.status == "closed" and ticket.assignee_id == handler.id
    assert ticket.contacts == 1 and ticket.first_response_at is not None


def test_stages_are_enforced_in_order(new_ticket, clerk, handler):
    cid = complaints.open_for_ticket(new_ticket.id, clerk).complaint_id
    with pytest.raises(IllegalTransition) as err:
        complaints.investigate(cid, handler, "查明原因", "meter_fault")
    assert err.value.state == "received" and err.value.allowed == ["acknowledge"]
    complaints.acknowledge(cid, clerk)
    with pytest.raises(IllegalTransition):
        complaints.acknowledge(cid, clerk)
    with pytest.raises(IllegalTransition):
        complaints.reopen(cid, clerk, "不满意")
    assert Complaint.get_by_id(cid).stage == "acknowledged"
    assert ComplaintStep.select().where(ComplaintStep.complaint == cid).count() == 2


def test_missing_fields_and_reasons_are_refused(new_ticket, clerk, handler, supervisor):
    cid = complaints.open_for_ticket(new_ticket.id, clerk).complaint_id
    complaints.acknowledge(cid, clerk)
    with pytest.raises(ValidationError) as err:
        complaints.classify(cid, clerk, "nonsense", handler.id)
    assert "category" in err.value.errors
    complaints.classify(cid, clerk, "billing", handler.id)
    with pytest.raises(ValidationError) as err:
        complaints.investigate(cid, handler, " ", "no_such_cause")
    assert set(err.value.errors) == {"findings"} or "root_cause" in err.value.errors
    complaints.investigate(cid, handler, "核实", "billing_error")
    with pytest.raises(ValidationError) as err:
        complaints.propose(cid, handler, "", "")
    assert set(err.value.errors) == {"solution", "corrective_action"}
    complaints.propose(cid, handler, "退费", "复核")
    complaints.carry_out(cid, handler, "已退费")
    with pytest.raises(ValidationError) as err:
        complaints.feedback(cid, handler, "pigeon", 9)
    assert set(err.value.errors) == {"feedback_method", "satisfaction"}
    complaints.feedback(cid, handler, "sms", 2)
    with pytest.raises(PermissionDenied):
        complaints.close(cid, handler, "结案")
    with pytest.raises(ValidationError) as err:
        complaints.close(cid, supervisor)
    assert "note" in err.value.errors
    with pytest.raises(ValidationError):
        complaints.reopen(cid, handler, "")
    assert Complaint.get_by_id(cid).stage == "feedback"


def test_reopen_when_not_satisfied_goes_back_to_investigation(new_ticket, clerk, handler,
                                                             supervisor):
    cid = complaints.open_for_ticket(new_ticket.id, clerk).complaint_id
    _run_to_feedback(cid, clerk, handler, satisfaction=2)
    complaints.reopen(cid, clerk, "客户认为退费金额不对")
    c = Complaint.get_by_id(cid)
    assert (c.stage, c.reopen_count, c.satisfaction) == ("assigned", 1, None)
    assert complaints_query.detail(cid).allowed == ["investigate"]
    complaints.investigate(cid, handler, "重新核算", "billing_error")
    complaints.propose(cid, handler, "补退差额", "系统核算校验")
    complaints.carry_out(cid, handler, "已补退")
    complaints.feedback(cid, handler, "phone", 4)
    complaints.close(cid, supervisor)
    assert Complaint.get_by_id(cid).stage == "closed"
    assert Ticket.get_by_id(new_ticket.id).status == "closed"
    # reopening a closed complaint reopens its ticket as well
    complaints.reopen(cid, clerk, "问题再次出现")
    assert Ticket.get_by_id(new_ticket.id).status == "in_progress"


def test_only_complaint_tickets_and_only_once(cdb, clerk, new_ticket):
    from helpdesk_gui.services.tickets import intake as tickets
    form = tickets.IntakeForm(channel="counter", type="repair", level=3, customer_name="李四",
                              description="水管漏水", phone="13900001111")
    repair = tickets.create_ticket(form, clerk)
    with pytest.raises(ValidationError):
        complaints.open_for_ticket(repair.id, clerk)
    opened = complaints.open_for_ticket(new_ticket.id, clerk)  # intake opened it already
    assert opened.complaint_id == complaints.for_ticket(new_ticket.id).id
    complaints.acknowledge(opened.complaint_id, clerk)
    with pytest.raises(ValidationError):
        complaints.open_for_ticket(new_ticket.id, clerk)


def test_deadlines_follow_the_business_calendar(cdb, clerk):
    # Friday 2025-03-07 16:30 Beijing = 08:30 UTC; hall closes 17:30
    received = datetime(2025, 3, 7, 8, 30)
    ack, solution = complaints.deadlines(clerk.branch_id, received)
    assert ack == datetime(2025, 3, 10, 1, 30)  # 1 h Friday + 1 h Monday from 08:30
    assert solution == datetime(2025, 3, 14, 9, 30)  # 5th working day, 17:30 local


def test_deadlines_follow_the_branch_own_holidays(cdb, clerk, supervisor):
    from datetime import date

    from helpdesk_gui.services.sla import calendars as sla_calendars

    sla_calendars.set_day(clerk.branch_id, date(2025, 3, 10), "holiday", supervisor, "停电检修")
    ack, solution = complaints.deadlines(clerk.branch_id, datetime(2025, 3, 7, 8, 30))
    assert ack == datetime(2025, 3, 11, 1, 30)  # the branch is closed on Monday
    assert solution == datetime(2025, 3, 17, 9, 30)


def test_alarms_list_late_acknowledgements(new_ticket, clerk):
    cid = complaints.open_for_ticket(new_ticket.id, clerk).complaint_id
    c = Complaint.get_by_id(cid)
    late = complaints_query.alarms(now=c.ack_due + timedelta(minutes=1))
    assert [(a.kind, a.complaint_id, a.breached) for a in late][:1] == [("acknowledge", cid,
                                                                          True)]
    complaints.acknowledge(cid, clerk)
    assert all(a.kind != "acknowledge" for a in
               complaints_query.alarms(now=c.ack_due + timedelta(minutes=1)))
