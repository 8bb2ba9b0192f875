"""Working a ticket: assign, start, wait, resume, contact, note, resolve, close, reopen,
cancel and merge (SERVICE_STANDARD §4).

Each function takes the acting staff member, checks the state machine, writes the ticket
and its history event in one write transaction, and returns what changed. The ticket row
is re-read inside the transaction so two handlers acting at once see each other's work.
"""

from __future__ import annotations

from collections.abc import Callable

from helpdesk_gui.db import search
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import IllegalTransition, NotFound, ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets import validation, workflow
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.quality import snapshots
from helpdesk_gui.services.security import audit, permissions
from helpdesk_gui.services.sla import setup as sla_setup
from helpdesk_gui.services.tickets.records import get_ticket, log_event, ticket_terms

PERMISSION_OF = {"approve": "approval.decide", "reject": "approval.decide"}


def permission_for(action: str, ticket: Ticket | None = None) -> str:
    """The permission an action needs; changing an existing assignee is a reassignment."""
    if action == "assign" and ticket is not None and ticket.assignee_id is not None:
        return "ticket.reassign"
    return PERMISSION_OF.get(action, f"ticket.{action}")


COMPLAINT_PROCESS_ACTIONS = ("resolve", "close", "reopen")


def actions_for(ticket: Ticket, actor: Staff | None) -> tuple[str, ...]:
    """The steps this person may take on this ticket now: the state machine's legal
    actions, less what the role may not do, less what a complaint's own process owns."""
    from helpdesk_gui.domain.complaints.models import Complaint

    legal = workflow.allowed_actions(ticket.status)
    if actor is not None:
        legal = [a for a in legal if permissions.allowed(actor, permission_for(a, ticket))]
    if Complaint.select().where(Complaint.ticket == ticket.id).exists():
        legal = [a for a in legal if a not in COMPLAINT_PROCESS_ACTIONS]
    return tuple(legal)


def authorize(ticket_id: int, actor: Staff, action: str) -> None:
    """Check the actor's role before any transaction opens (denials are audited)."""
    ticket = Ticket.get_or_none(Ticket.id == ticket_id)
    permissions.require(actor, permission_for(action, ticket), "ticket", ticket_id)


def _act(ticket_id: int, actor: Staff, action: str,
         apply: Callable[[Ticket], dict | None], *, note: str = "",
         event: str | None = None) -> Changes:
    """Run one action: check role and state, apply, stamp, log — in one transaction."""
    authorize(ticket_id, actor, action)
    with database_proxy.obj.atomic():
        ticket = get_ticket(ticket_id)
        spec = workflow.check(ticket.ticket_no, ticket.status, action)
        before = ticket.status
        if spec.target:
            ticket.status = spec.target
        data = apply(ticket) or None
        ticket.updated_at = utcnow()
        sla_setup.on_transition(ticket, before, ticket.updated_at, action=spec.name)
        ticket.save()
        log_event(ticket, actor, event or action, before, ticket.status, note=note,
                  data=data, now=ticket.updated_at)
        audit_change(actor, ticket, event or action, before, note)
    return Changes.ticket(ticket.id, event or action)


def audit_change(actor: Staff, ticket: Ticket, kind: str, before: str, note: str = "") -> None:
    """The audit-trail row of a ticket change (same transaction as the change)."""
    audit.record(actor, f"ticket.{kind}", "ticket", ticket.id,
                 {"ticket_no": ticket.ticket_no, "from": before, "to": ticket.status,
                  "note": note[:200]})


def _guard_complaint(ticket_id: int, action: str, via_complaint: bool) -> None:
    """Complaint tickets are resolved, closed and reopened by the complaint process only.

    Otherwise the complaint record (stages, root cause, feedback) would be left behind.
    """
    if via_complaint:
        return
    from helpdesk_gui.domain.complaints.models import Complaint

    if Complaint.select().where(Complaint.ticket == ticket_id).exists():
        ticket = get_ticket(ticket_id)
        raise IllegalTransition(ticket.ticket_no, ticket.status, action,
                                ["the complaint's stages on the Complaints tab"])


def _staff(staff_id: int, field: str = "assignee") -> Staff:
    staff = Staff.get_or_none(Staff.id == staff_id)
    if staff is None or not staff.active:
        raise ValidationError({field: f"staff #{staff_id} does not exist or is not active"})
    return staff


def assign(ticket_id: int, assignee_id: int, actor: Staff, note: str = "") -> Changes:
    """Dispatch (派单) to a handler, or reassign while it is being worked."""
    handler = _staff(assignee_id)
    note = validation.text("note", note, required=False)

    def apply(t: Ticket) -> dict:
        previous = t.assignee_id
        t.assignee = handler
        t.status = workflow.assign_target(t.status)
        return {"assignee": handler.employee_no, "assignee_name": handler.name,
                "previous_assignee_id": previous}
    return _act(ticket_id, actor, "assign", apply, note=note, event="assigned")


def _first_response(t: Ticket) -> None:
    if t.first_response_at is None:
        t.first_response_at = utcnow()


def start(ticket_id: int, actor: Staff) -> Changes:
    """Handling started: this is the ticket's first response if none came before."""
    return _act(ticket_id, actor, "start", _first_response, event="started")


def wait_customer(ticket_id: int, actor: Staff, reason: str) -> Changes:
    """Waiting on the customer (待客户反馈); the resolution clock pauses."""
    reason = validation.text("reason", reason, required=True)
    return _act(ticket_id, actor, "wait_customer", lambda t: None, note=reason,
                event="waiting")


def resume(ticket_id: int, actor: Staff, note: str = "") -> Changes:
    """The customer answered; work goes on and the clock runs again."""
    note = validation.text("note", note, required=False)
    return _act(ticket_id, actor, "resume", lambda t: None, note=note, event="resumed")


def record_contact(ticket_id: int, actor: Staff, note: str, method: str = "phone") -> Changes:
    """A contact with the customer (counts toward 'resolved within 3 contacts')."""
    note = validation.text("note", note, required=True)

    def apply(t: Ticket) -> dict:
        t.contacts += 1
        _first_response(t)
        return {"method": method, "contacts": t.contacts}
    return _act(ticket_id, actor, "record_contact", apply, note=note, event="contact")


def add_note(ticket_id: int, actor: Staff, note: str) -> Changes:
    """A progress note (进展记录) in the ticket's history."""
    note = validation.text("note", note, required=True)
    return _act(ticket_id, actor, "add_note", lambda t: None, note=note, event="note")


def resolve(ticket_id: int, actor: Staff, resolution: str, solution: str = "",
            parts_replaced: str = "", *, via_complaint: bool = False) -> Changes:
    """Resolved (已解决): a resolution record is required (what was done)."""
    _guard_complaint(ticket_id, "resolve", via_complaint)
    resolution, solution, parts = validation.collect(
        lambda: validation.text("resolution", resolution, required=True),
        lambda: validation.text("solution", solution, required=False, limit=4000),
        lambda: validation.text("parts_replaced", parts_replaced, required=False, limit=1000),
    )

    def apply(t: Ticket) -> None:
        t.resolution, t.solution, t.parts_replaced = resolution, solution, parts
        t.resolved_at = utcnow()
        _first_response(t)
    return _act(ticket_id, actor, "resolve", apply, note=resolution, event="resolved")


def close(ticket_id: int, actor: Staff, note: str = "", *, confirmed_by: str = "",
          via_complaint: bool = False) -> Changes:
    """The customer confirmed: closed and archived (已办结). §4 closes only on the
    customer's confirmation, so how they confirmed (``confirmation.METHODS``: phone, SMS,
    in person, kiosk, email) is required and kept in the history; a period that ran out
    without objection is closed by ``confirmation.close_unconfirmed``, not here."""
    from helpdesk_gui.services.tickets import confirmation

    _guard_complaint(ticket_id, "close", via_complaint)
    note = validation.text("note", note, required=False)
    confirmation.check_method(confirmed_by)

    def apply(t: Ticket) -> dict:
        t.closed_at = utcnow()
        return {"confirmed_by": confirmed_by}
    return _act(ticket_id, actor, "close", apply, note=note, event="closed")


def reopen(ticket_id: int, actor: Staff, reason: str, *,
           via_complaint: bool = False) -> Changes:
    """The customer is not satisfied: back to work, with the reason in the history."""
    _guard_complaint(ticket_id, "reopen", via_complaint)
    reason = validation.text("reason", reason, required=True)

    def apply(t: Ticket) -> dict:
        if t.resolved_at is not None:  # it leaves the month it was resolved in
            snapshots.invalidate_span(t.branch_id, t.resolved_at)
        t.status = workflow.reopen_target(t.assignee_id is not None)
        t.reopen_count += 1
        t.resolved_at = t.closed_at = None
        return {"reopen_count": t.reopen_count}
    return _act(ticket_id, actor, "reopen", apply, note=reason, event="reopened")


def cancel(ticket_id: int, actor: Staff, reason: str) -> Changes:
    """Withdrawn (the customer withdrew, or entered by mistake); the row stays."""
    reason = validation.text("reason", reason, required=True)
    return _act(ticket_id, actor, "cancel", lambda t: None, note=reason, event="cancelled")


def merge(duplicate_id: int, into_ticket_no: str, actor: Staff, note: str = "") -> Changes:
    """Merge a duplicate into the ticket it repeats. Both histories record it."""
    note = validation.text("note", note, required=False)
    authorize(duplicate_id, actor, "merge")
    with database_proxy.obj.atomic():
        target = Ticket.get_or_none(Ticket.ticket_no == (into_ticket_no or "").strip())
        if target is None:
            raise ValidationError({"merge_into": f"no ticket numbered {into_ticket_no!r}"})
        if target.id == duplicate_id:
            raise ValidationError({"merge_into": "a ticket cannot be merged into itself"})
        if target.status in ("merged", "cancelled"):
            raise ValidationError({"merge_into": f"ticket {target.ticket_no} is {target.status}"})

        def apply(t: Ticket) -> dict:
            t.merged_into = target
            return {"into": target.ticket_no}
        changes = _act(duplicate_id, actor, "merge", apply, note=note, event="merged")
        duplicate = get_ticket(duplicate_id)
        log_event(target, actor, "merged_from", target.status, target.status, note=note,
                  data={"duplicate": duplicate.ticket_no})
        target.updated_at = utcnow()
        target.save()
    return changes | Changes.ticket(target.id, "merged_from")


def edit_description(ticket_id: int, actor: Staff, description: str) -> Changes:
    """Correct the description; the old text stays in the history."""
    description = validation.text("description", description, required=True)
    authorize(ticket_id, actor, "edit")
    with database_proxy.obj.atomic():
        ticket = get_ticket(ticket_id)
        old_terms, old_text = ticket_terms(ticket), ticket.description
        ticket.description = description
        ticket.updated_at = utcnow()
        ticket.save()
        search.reindex(ticket.id, old_terms, ticket_terms(ticket))
        log_event(ticket, actor, "note", ticket.status, ticket.status,
                  note="description corrected", data={"old_description": old_text})
        audit_change(actor, ticket, "edited", ticket.status)
    return Changes.ticket(ticket.id, "edited")


__all__ = ["assign", "start", "wait_customer", "resume", "record_contact", "add_note",
           "resolve", "close", "reopen", "cancel", "merge", "edit_description", "NotFound"]
