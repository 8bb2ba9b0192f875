"""Complaint deadlines raise alarms once; overdue improvement actions are reported."""

from __future__ import annotations

from datetime import date, timedelta

from helpdesk_gui.domain.complaints.models import Complaint
from helpdesk_gui.domain.sla.models import Notification, SlaAlarm
from helpdesk_gui.services import housekeeping
from helpdesk_gui.services.complaints import alarms as complaint_alarms
from helpdesk_gui.services.suggestions import improvements
from helpdesk_gui.services.tickets import intake as tickets


def _complaint(clerk):
    created = tickets.create_ticket(tickets.IntakeForm(
        channel="phone", type="complaint", level=2, customer_name="张伟", phone="13812341234",
        description="水费多收了一倍"), clerk)
    return Complaint.get(Complaint.ticket == created.id)


def test_unacknowledged_complaint_raises_at_risk_then_breached_once(clerk, supervisor):
    complaint = _complaint(clerk)
    before_due = complaint.ack_due - timedelta(minutes=30)
    first = complaint_alarms.scan(before_due)
    assert [(a.target, a.kind) for a in first] == [("cmp_ack", "at_risk")]
    assert complaint_alarms.scan(before_due) == []  # once only (also after a restart)
    late = complaint.ack_due + timedelta(minutes=1)
    breached = complaint_alarms.scan(late)
    assert ("cmp_ack", "breached") in [(a.target, a.kind) for a in breached]
    notified = {n.recipient_id for n in Notification.select().where(
        Notification.kind == "breached", Notification.target == "cmp_ack")}
    assert supervisor.id in notified  # breaches also reach the supervisor
    assert SlaAlarm.select().where(SlaAlarm.target == "cmp_ack").count() == 2


def test_acknowledged_complaint_raises_no_acknowledgement_alarm(clerk):
    from helpdesk_gui.services.complaints import process as complaints

    complaint = _complaint(clerk)
    complaints.acknowledge(complaint.id, clerk, "已电话确认")
    alarms = complaint_alarms.scan(complaint.ack_due + timedelta(hours=1))
    assert all(a.target != "cmp_ack" for a in alarms)


def test_overdue_improvement_actions_are_reported(supervisor, handler):
    assert "none overdue" in housekeeping.overdue_improvements(None)
    improvements.add(supervisor, "抄表复核制度", handler.id, date(2020, 1, 1))
    message = housekeeping.overdue_improvements(None)
    assert "overdue: 1" in message and "抄表复核制度" in message


def test_complaint_steps_and_improvements_are_in_the_audit_trail(clerk, supervisor, handler):
    from helpdesk_gui.domain.security.models import AuditEntry
    from helpdesk_gui.services.complaints import process as complaints
    from helpdesk_gui.services.security import audit

    complaint = _complaint(clerk)
    complaints.acknowledge(complaint.id, clerk, "已电话确认")
    improvements.add(supervisor, "抄表复核制度", handler.id, date(2030, 1, 1))
    actions = {e.action for e in AuditEntry.select()}
    assert {"complaint.open", "complaint.acknowledge", "improvement.add"} <= actions
    assert audit.verify().ok


def test_root_cause_taxonomy_is_maintained_by_supervisors_only(clerk, supervisor):
    import pytest

    from helpdesk_gui.domain.errors import PermissionDenied, ValidationError
    from helpdesk_gui.domain.security.models import AuditEntry
    from helpdesk_gui.services.complaints import query as cq

    cq.add_root_cause("meter_reading", "Meter misread", "抄表差错", supervisor)
    assert ("meter_reading", "Meter misread", "抄表差错", True) in cq.root_causes()
    with pytest.raises(ValidationError):
        cq.add_root_cause("meter_reading", "again", "重复", supervisor)
    cq.set_root_cause_active("meter_reading", False, supervisor)
    assert "meter_reading" not in [code for code, *_ in cq.root_causes()]
    assert "meter_reading" in [code for code, *_ in cq.root_causes(include_inactive=True)]
    with pytest.raises(PermissionDenied):
        cq.add_root_cause("x1", "X", "某", clerk)
    denial = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert denial.action == "permission.denied" and "settings.edit" in denial.detail


def test_branch_opening_hours_are_editable(clerk, supervisor, branch):
    from datetime import date

    import pytest

    from helpdesk_gui.domain.errors import PermissionDenied, ValidationError
    from helpdesk_gui.services.sla import calendars as sla_calendars

    saturday = date(2026, 11, 28)
    assert not sla_calendars.calendar_for_branch(branch.id).is_working_day(saturday)
    week = {day: [["08:30", "17:30"]] for day in ("mon", "tue", "wed", "thu", "fri", "sat")}
    sla_calendars.set_hours(branch.id, week, supervisor)
    assert sla_calendars.calendar_for_branch(branch.id).is_working_day(saturday)
    with pytest.raises(ValidationError) as info:
        sla_calendars.set_hours(branch.id, {"mon": [["12:00", "08:00"]]}, supervisor)
    assert "hours" in info.value.errors
    with pytest.raises(PermissionDenied):
        sla_calendars.set_hours(branch.id, None, clerk)
