"""The complaint process (SERVICE_STANDARD §5): receive → acknowledge → classify and assign →
investigate → propose solution → carry out → feedback → close (reopen if not satisfied).

Why it is built this way:

* A complaint is a ticket of type complaint plus a ``Complaint`` row; intake calls
  ``open_for_ticket`` inside its own transaction, so the two exist together or not at all.
* Stages are enforced in order; each step is one write transaction that checks the
  stage, stamps the complaint and appends a ``ComplaintStep`` (who, when, note). The ticket
  follows along through ``ticket_flow`` (assign, start, resolve, close, reopen) so ticket
  statistics count complaints too.
* Deadlines (acknowledge within 2 h, solution within 5 working days) are computed on the
  branch's business calendar with the SLA clock and stored, so alarms are one query.
* Repeat detection looks at the same customer (phone, account or customer record) within
  a configurable window (default 90 days); hits are linked, never merged.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.complaints import models as cm
from helpdesk_gui.domain.complaints.models import Complaint, ComplaintStep
from helpdesk_gui.domain.complaints.models import ComplaintSetting as settings
from helpdesk_gui.domain.errors import (
    IllegalTransition,
    NotFound,
    ValidationError,
)
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.sla import clock as sla_clock
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.complaints import repeats
from helpdesk_gui.services.complaints.repeats import RepeatHit, repeats_for
from helpdesk_gui.services.security import audit, permissions
from helpdesk_gui.services.sla import calendars as sla_calendars
from helpdesk_gui.services.tickets import flow as ticket_flow


@dataclass(frozen=True)
class Opened:
    complaint_id: int
    ticket_id: int
    repeats: list[RepeatHit]
    changes: Changes


def get_complaint(complaint_id: int) -> Complaint:
    return Complaint.by_id(complaint_id)


def for_ticket(ticket_id: int) -> Complaint | None:
    """The complaint record of a ticket, if it has one."""
    return Complaint.get_or_none(Complaint.ticket == ticket_id)


# --------------------------------------------------------------------------- deadlines


def _as_utc_naive(value: datetime | None) -> datetime | None:
    return value.astimezone(UTC).replace(tzinfo=None) if value else None


def deadlines(branch_id: int, received_at: datetime) -> tuple[datetime | None, datetime | None]:
    """(acknowledge due, solution due) on the branch's business calendar (its own
    holidays, make-up days and opening hours, as edited by the administrator)."""
    cal = sla_calendars.calendar_for_branch(branch_id)
    start = received_at.replace(tzinfo=UTC)
    ack = sla_clock.deadline(cal, start, settings.get_int("ack_hours") * 60)
    days = settings.get_int("solution_working_days")
    solution = sla_clock.working_days_deadline(cal, start, days)
    return _as_utc_naive(ack), _as_utc_naive(solution)


# --------------------------------------------------------------------------- opening


def open_for_ticket(ticket_id: int, actor: Staff, *, remedy: str | None = None,
                    major: bool = False, category: str | None = None,
                    now: datetime | None = None, repeat_of: Iterable[int] = ()) -> Opened:
    """Open the complaint record of a complaint ticket (call inside intake's transaction).

    ``repeat_of``: earlier complaints the clerk confirmed at intake as the same matter;
    linked as repeats when they are this customer's, within the repeat window.
    """
    if category is not None:
        validation.choice("category", category, cm.COMPLAINT_CATEGORIES)
    with database_proxy.obj.atomic():
        ticket = Ticket.get_or_none(Ticket.id == ticket_id)
        if ticket is None:
            raise NotFound(f"ticket #{ticket_id} does not exist")
        if ticket.type != "complaint":
            raise ValidationError({"type": f"ticket {ticket.ticket_no} is not a complaint"})
        existing = for_ticket(ticket_id)
        if existing is not None:
            return _reopen_intake_record(existing, ticket, remedy, major, category, repeat_of)
        complaint = _create(ticket, actor, remedy, major, category, now or ticket.created_at)
        hits = repeats.link_repeats(complaint, confirmed=repeat_of)
        complaint.save()
    return Opened(complaint.id, ticket.id, hits, _changes(complaint, "complaint_opened"))


def _reopen_intake_record(complaint: Complaint, ticket: Ticket, remedy, major,
                          category, repeat_of: Iterable[int] = ()) -> Opened:
    """Intake opens the record at once; while it is still only received, opening it again
    completes what intake could not ask (remedy, major, category) instead of failing."""
    if complaint.stage != "received":
        raise ValidationError({"ticket": f"ticket {ticket.ticket_no} already has a complaint "
                                         f"at stage {complaint.stage}"})
    if remedy is not None:
        complaint.remedy = remedy
    if category is not None:
        complaint.category = category
    complaint.major = bool(major) or complaint.major
    hits = repeats.link_repeats(complaint, confirmed=repeat_of)
    complaint.save()
    return Opened(complaint.id, ticket.id, hits, _changes(complaint, "complaint_opened"))


def _create(ticket: Ticket, actor: Staff, remedy, major, category, received) -> Complaint:
    customer = ticket.customer
    ack_due, solution_due = deadlines(ticket.branch_id, received)
    complaint = Complaint.create(
        ticket=ticket, customer=customer, channel=ticket.channel, received_at=received,
        complainant=ticket.customer_name, phone=customer.phone if customer else None,
        account_no=customer.account_no if customer else None,
        matter=ticket.subject or ticket.description[:200], description=ticket.description,
        remedy=ticket.request if remedy is None else remedy, major=bool(major),
        category=category, stage="received", stage_at=received, ack_due=ack_due,
        solution_due=solution_due)
    _log(complaint, actor, "open", "", "received", at=received)
    return complaint


def _log(complaint: Complaint, actor: Staff, action: str, before: str, after: str, *,
         note: str = "", data: dict | None = None, at: datetime | None = None) -> None:
    ComplaintStep.create(complaint=complaint, action=action, from_stage=before, to_stage=after,
                         at=at or utcnow(), actor=actor, note=note,
                         data=json.dumps(data, ensure_ascii=False) if data else "")
    audit.record(actor, f"complaint.{action}", "complaint", complaint.id,
                 {"from": before, "to": after, "note": note[:200]})


def _changes(complaint: Complaint, kind: str) -> Changes:
    return Changes(tickets=frozenset({complaint.ticket_id}),
                   customers=frozenset({complaint.customer_id} if complaint.customer_id else ()),
                   kinds=frozenset({"complaint", kind}))


# --------------------------------------------------------------------------- stages


def allowed_actions(stage: str) -> list[str]:
    """What can be done to a complaint in ``stage``, in display order."""
    found = [name for name, (source, _) in cm.COMPLAINT_ACTIONS.items() if source == stage]
    if stage in ("feedback", "closed"):
        found.append("reopen")
    return found


def _advance(complaint_id: int, actor: Staff, action: str,
             apply: Callable[[Complaint], dict | None], note: str = "") -> Changes:
    """Check the stage, apply, stamp, log and move the ticket — one transaction."""
    with database_proxy.obj.atomic():
        complaint = get_complaint(complaint_id)
        before = complaint.stage
        if action not in allowed_actions(before):
            raise IllegalTransition(complaint.ticket.ticket_no, before, action,
                                    allowed_actions(before))
        now = utcnow()
        data = apply(complaint) or None
        if action != "reopen":
            complaint.stage = cm.COMPLAINT_ACTIONS[action][1]
        complaint.stage_at = complaint.updated_at = now
        complaint.save()
        _log(complaint, actor, action, before, complaint.stage, note=note, data=data, at=now)
        _follow_ticket(complaint, actor, action, note)
    return _changes(complaint, action)


def _follow_ticket(complaint: Complaint, actor: Staff, action: str, note: str) -> None:
    """Keep the ticket's own status in step, where its state machine allows."""
    ticket = Ticket.get_by_id(complaint.ticket_id)
    status = ticket.status
    if action == "acknowledge" and status in ("new", "pending_approval", "assigned",
                                              "in_progress"):
        ticket_flow.record_contact(ticket.id, actor, note or "投诉已确认受理")
    elif action == "classify" and status in ("new", "assigned", "in_progress",
                                             "waiting_customer"):
        ticket_flow.assign(ticket.id, complaint.assignee_id, actor)
    elif action == "investigate" and status == "assigned":
        ticket_flow.start(ticket.id, actor)
    elif action == "close":
        if status in ("in_progress", "waiting_customer"):
            ticket_flow.resolve(ticket.id, actor, complaint.solution or "投诉已处理",
                                complaint.corrective_action, via_complaint=True)
            status = "resolved"
        if status == "resolved":
            ticket_flow.close(ticket.id, actor, note, via_complaint=True,
                              confirmed_by=complaint.feedback_method or "in_person")
    elif action == "reopen" and status in ("resolved", "closed"):
        ticket_flow.reopen(ticket.id, actor, note, via_complaint=True)


def acknowledge(complaint_id: int, actor: Staff, note: str = "") -> Changes:
    """Confirm receipt to the complainant (within 2 hours)."""
    permissions.require(actor, "complaint.handle", "complaint", complaint_id)
    note = validation.text("note", note, required=False)

    def apply(c: Complaint) -> dict:
        c.acknowledged_at = utcnow()
        return {"on_time": c.ack_due is None or c.acknowledged_at <= c.ack_due}
    return _advance(complaint_id, actor, "acknowledge", apply, note)


def classify(complaint_id: int, actor: Staff, category: str, assignee_id: int, *,
             major: bool | None = None, note: str = "") -> Changes:
    """Classify (category, major or not) and assign a handler; links repeats by category."""
    permissions.require(actor, "complaint.handle", "complaint", complaint_id)
    category = validation.choice("category", category, cm.COMPLAINT_CATEGORIES)
    handler = Staff.get_or_none(Staff.id == assignee_id)
    if handler is None or not handler.active:
        raise ValidationError({"assignee": f"staff #{assignee_id} does not exist or is inactive"})
    note = validation.text("note", note, required=False)

    def apply(c: Complaint) -> dict:
        c.category, c.assignee = category, handler
        if major is not None:
            c.major = bool(major)
        hits = repeats.link_repeats(c)
        return {"category": category, "assignee": handler.employee_no, "major": c.major,
                "repeats": [h.ticket_no for h in hits]}
    return _advance(complaint_id, actor, "classify", apply, note)


def investigate(complaint_id: int, actor: Staff, findings: str, root_cause: str) -> Changes:
    """What the investigation verified and the root cause from the taxonomy."""
    permissions.require(actor, "complaint.handle", "complaint", complaint_id)
    findings = validation.text("findings", findings, required=True, limit=4000)
    cause = cm.RootCause.get_or_none(cm.RootCause.code == root_cause)
    if cause is None or not cause.active:
        raise ValidationError({"root_cause": f"{root_cause!r} is not an active root cause"})

    def apply(c: Complaint) -> dict:
        c.findings, c.root_cause = findings, cause
        return {"root_cause": cause.code}
    return _advance(complaint_id, actor, "investigate", apply, findings)


def propose(complaint_id: int, actor: Staff, solution: str, corrective_action: str) -> Changes:
    """The solution offered and the corrective action against recurrence (within 5 days)."""
    permissions.require(actor, "complaint.handle", "complaint", complaint_id)
    solution, corrective = validation.collect(
        lambda: validation.text("solution", solution, required=True, limit=4000),
        lambda: validation.text("corrective_action", corrective_action, required=True,
                                limit=4000))

    def apply(c: Complaint) -> dict:
        c.solution, c.corrective_action, c.proposed_at = solution, corrective, utcnow()
        return {"on_time": c.solution_due is None or c.proposed_at <= c.solution_due}
    return _advance(complaint_id, actor, "propose", apply, solution)


def carry_out(complaint_id: int, actor: Staff, note: str) -> Changes:
    """What was done to carry out the solution."""
    permissions.require(actor, "complaint.handle", "complaint", complaint_id)
    note = validation.text("note", note, required=True, limit=4000)

    def apply(c: Complaint) -> None:
        c.carried_out = note
    return _advance(complaint_id, actor, "carry_out", apply, note)


def feedback(complaint_id: int, actor: Staff, method: str, satisfaction: int,
             note: str = "") -> Changes:
    """The complainant was told the outcome; their satisfaction (1–5) is recorded."""
    permissions.require(actor, "complaint.handle", "complaint", complaint_id)
    method, score, note = validation.collect(
        lambda: validation.choice("feedback_method", method, cm.FEEDBACK_METHODS),
        lambda: validation.choice("satisfaction", satisfaction, cm.SATISFACTION),
        lambda: validation.text("note", note, required=False))

    def apply(c: Complaint) -> dict:
        c.feedback_method, c.satisfaction = method, score
        return {"method": method, "satisfaction": score}
    return _advance(complaint_id, actor, "feedback", apply, note)


def close(complaint_id: int, actor: Staff, note: str = "") -> Changes:
    """Close (supervisor). Closing over a dissatisfied complainant needs a reason."""
    permissions.require(actor, "complaint.close", "complaint", complaint_id)
    note = validation.text("note", note, required=False)
    current = get_complaint(complaint_id)
    if (current.satisfaction or 0) < cm.SATISFIED_FROM and not note:
        raise ValidationError({"note": "the complainant is not satisfied: give the reason "
                                       "for closing, or reopen the complaint"})

    def apply(c: Complaint) -> None:
        c.closed_at = utcnow()
        days = settings.get_int("followup_days")
        c.followup_due = c.closed_at + timedelta(days=days) if c.major else None
    return _advance(complaint_id, actor, "close", apply, note)


def reopen(complaint_id: int, actor: Staff, reason: str) -> Changes:
    """Not satisfied: back to investigation with the same handler; the reason is kept."""
    permissions.require(actor, "complaint.handle", "complaint", complaint_id)
    reason = validation.text("reason", reason, required=True)

    def apply(c: Complaint) -> dict:
        c.stage = "assigned"
        c.reopen_count += 1
        c.closed_at = c.followup_due = None
        c.satisfaction = c.feedback_method = None
        return {"reopen_count": c.reopen_count}
    return _advance(complaint_id, actor, "reopen", apply, reason)


__all__ = ["RepeatHit", "repeats_for", "open_for_ticket", "acknowledge", "classify",
           "investigate", "propose", "carry_out", "feedback", "close", "reopen"]
