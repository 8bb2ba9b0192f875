"""Customer suggestions (SERVICE_STANDARD §6): capture → screen → adopt or reject → tell
the customer the result and record their satisfaction.

Screening scores importance and feasibility 1–5 each; their product (1–25) is the
priority that orders the queue, so high-demand, doable suggestions come first. Adopting
and rejecting both need a reason (a rejected suggestion keeps it); an adopted suggestion
gets one or more improvement actions (``services.suggestions.improvements``) before the customer is
told the result. Every step is appended to ``SuggestionStep`` (who, when).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import peewee as pw

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.complaints import models as cm
from helpdesk_gui.domain.errors import IllegalTransition, ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.suggestions import models as sm
from helpdesk_gui.domain.suggestions.models import ImprovementAction, Suggestion, SuggestionStep
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.tickets.models import Customer, Ticket
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.complaints import process as complaints
from helpdesk_gui.services.security import audit, permissions

TRANSITIONS = {  # action -> (statuses it needs, status it reaches)
    "screen": (("new", "screened"), "screened"),
    "adopt": (("screened",), "adopted"),
    "reject": (("screened",), "rejected"),
    "inform": (("adopted", "rejected"), "informed"),
}
ROW = ("id", "received_at", "status", "channel", "customer_name", "title", "importance",
       "feasibility", "priority")


@dataclass(frozen=True)
class SuggestionForm:
    channel: str
    title: str
    content: str
    customer_name: str = ""
    phone: str | None = None
    customer_id: int | None = None
    complaint_id: int | None = None


@dataclass(frozen=True)
class Created:
    id: int
    changes: Changes


def allowed_actions(status: str) -> list[str]:
    return [name for name, (sources, _) in TRANSITIONS.items() if status in sources]


def get_suggestion(suggestion_id: int) -> Suggestion:
    return Suggestion.by_id(suggestion_id)


def _changes(s: Suggestion, kind: str) -> Changes:
    return Changes(tickets=frozenset({s.ticket_id} if s.ticket_id else ()),
                   kinds=frozenset({"suggestion", kind}))


def create(form: SuggestionForm, actor: Staff, *, ticket_id: int | None = None,
           now: datetime | None = None) -> Created:
    """Capture a suggestion; acknowledgement and decision deadlines are stamped."""
    permissions.require(actor, "suggestion.handle", "suggestion", ticket_id or "")
    channel, title, content, name, phone = validation.collect(
        lambda: validation.choice("channel", form.channel, sm.SUGGESTION_CHANNELS),
        lambda: validation.text("title", form.title, required=True, limit=200),
        lambda: validation.text("content", form.content, required=True, limit=4000),
        lambda: validation.person_name(form.customer_name, required=False,
                                       field="customer_name"),
        lambda: validation.phone(form.phone))
    now = now or utcnow()
    ack_due, decision_due = complaints.deadlines(actor.branch_id, now)
    with database_proxy.obj.atomic():
        s = Suggestion.create(
            ticket=ticket_id, complaint=form.complaint_id, customer=form.customer_id,
            customer_name=name, phone=phone, channel=channel, received_at=now,
            received_by=actor, title=title, content=content, ack_due=ack_due,
            decision_due=decision_due)
        _log(s, actor, "create", "", "new", "", now)
    return Created(s.id, _changes(s, "suggestion_created"))


def open_for_ticket(ticket_id: int, actor: Staff) -> Created:
    """The suggestion record of a ticket of type suggestion (intake may call this)."""
    ticket = Ticket.get_or_none(Ticket.id == ticket_id)
    if ticket is None or ticket.type != "suggestion":
        raise ValidationError({"type": f"ticket #{ticket_id} is not a suggestion"})
    customer: Customer | None = ticket.customer
    form = SuggestionForm(
        channel="social" if ticket.channel == "social" else "counter",
        title=ticket.subject or ticket.description[:200], content=ticket.description,
        customer_name=ticket.customer_name, phone=customer.phone if customer else None,
        customer_id=customer.id if customer else None)
    return create(form, actor, ticket_id=ticket.id, now=ticket.created_at)


def _log(s: Suggestion, actor: Staff, action: str, before: str, after: str, note: str,
         at: datetime | None = None) -> None:
    SuggestionStep.create(suggestion=s, action=action, from_status=before, to_status=after,
                          at=at or utcnow(), actor=actor, note=note)
    audit.record(actor, f"suggestion.{action}", "suggestion", s.id,
                 {"from": before, "to": after, "note": note[:200]})


def _step(suggestion_id: int, actor: Staff, action: str, apply, note: str = "") -> Changes:
    with database_proxy.obj.atomic():
        s = get_suggestion(suggestion_id)
        sources, target = TRANSITIONS[action]
        if s.status not in sources:
            raise IllegalTransition(f"S{s.id}", s.status, action, allowed_actions(s.status))
        before = s.status
        apply(s)
        s.status = target
        s.updated_at = utcnow()
        s.save()
        _log(s, actor, action, before, target, note, s.updated_at)
    return _changes(s, action)


def acknowledge(suggestion_id: int, actor: Staff, note: str = "") -> Changes:
    """The customer was thanked (within 2 hours); does not change the status."""
    permissions.require(actor, "suggestion.handle", "suggestion", suggestion_id)
    note = validation.text("note", note, required=False)
    with database_proxy.obj.atomic():
        s = get_suggestion(suggestion_id)
        if s.acknowledged_at is not None:
            raise ValidationError({"acknowledged": "already acknowledged"})
        s.acknowledged_at = s.updated_at = utcnow()
        s.save()
        _log(s, actor, "acknowledge", s.status, s.status, note, s.acknowledged_at)
    return _changes(s, "acknowledge")


def _score(field: str, value: int) -> int:
    if not isinstance(value, int) or not 1 <= value <= 5:
        raise ValidationError({field: "a score from 1 to 5"})
    return value


def screen(suggestion_id: int, actor: Staff, importance: int, feasibility: int,
           note: str = "") -> Changes:
    """Score importance and feasibility (1–5); priority = importance × feasibility."""
    permissions.require(actor, "suggestion.handle", "suggestion", suggestion_id)
    importance, feasibility, note = validation.collect(
        lambda: _score("importance", importance), lambda: _score("feasibility", feasibility),
        lambda: validation.text("note", note, required=False))

    def apply(s: Suggestion) -> None:
        s.importance, s.feasibility = importance, feasibility
        s.priority = importance * feasibility
    return _step(suggestion_id, actor, "screen", apply, note)


def _decide(suggestion_id: int, actor: Staff, action: str, reason: str) -> Changes:
    reason = validation.text("reason", reason, required=True)
    permissions.require(actor, "suggestion.decide", "suggestion", suggestion_id)

    def apply(s: Suggestion) -> None:
        s.decision_reason, s.decided_at = reason, utcnow()
    return _step(suggestion_id, actor, action, apply, reason)


def adopt(suggestion_id: int, actor: Staff, reason: str) -> Changes:
    """Adopt (采纳) with the reason; improvement actions are added next."""
    return _decide(suggestion_id, actor, "adopt", reason)


def reject(suggestion_id: int, actor: Staff, reason: str) -> Changes:
    """Reject (不予采纳); the reason is kept and told to the customer."""
    return _decide(suggestion_id, actor, "reject", reason)


def inform(suggestion_id: int, actor: Staff, method: str, satisfaction: int,
           note: str = "") -> Changes:
    """The customer was told the result; their satisfaction (1–5) is recorded."""
    permissions.require(actor, "suggestion.handle", "suggestion", suggestion_id)
    method, score, note = validation.collect(
        lambda: validation.choice("result_method", method, cm.FEEDBACK_METHODS),
        lambda: validation.choice("satisfaction", satisfaction, cm.SATISFACTION),
        lambda: validation.text("note", note, required=False))
    s = get_suggestion(suggestion_id)
    has_actions = ImprovementAction.select().where(ImprovementAction.suggestion == s).exists()
    if s.status == "adopted" and not has_actions:
        raise ValidationError({"actions": "an adopted suggestion needs at least one "
                                          "improvement action before the customer is told"})

    def apply(x: Suggestion) -> None:
        x.result_method, x.satisfaction, x.informed_at = method, score, utcnow()
    return _step(suggestion_id, actor, "inform", apply, note)


# --------------------------------------------------------------------------- reading

_KEY = pw.fn.COALESCE(Suggestion.priority, 0)


def count(status: str | None = None) -> int:
    query = Suggestion.select()
    return (query.where(Suggestion.status == status) if status else query).count()


def page(after: tuple[int, int] | None = None, limit: int = 100,
         status: str | None = None) -> list[tuple]:
    """The queue: highest priority first (unscreened last), then newest; keyset paging.

    ``after`` = (priority or 0, id) of the last row shown; rows are laid out as ``ROW``.
    """
    query = (Suggestion.select(Suggestion.id, Suggestion.received_at, Suggestion.status,
                               Suggestion.channel, Suggestion.customer_name, Suggestion.title,
                               Suggestion.importance, Suggestion.feasibility,
                               Suggestion.priority)
             .order_by(_KEY.desc(), Suggestion.id.desc()).limit(limit))
    if status:
        query = query.where(Suggestion.status == status)
    if after is not None:
        query = query.where(pw.Tuple(_KEY, Suggestion.id) < pw.Tuple(*after))
    return list(query.tuples())


def steps(suggestion_id: int) -> list[tuple[datetime, str, str, str, str]]:
    """(at, action, status after, actor name, note) of a suggestion, oldest first."""
    return list(SuggestionStep.select(SuggestionStep.at, SuggestionStep.action,
                                      SuggestionStep.to_status, Staff.name,
                                      SuggestionStep.note)
                .join(Staff, on=(SuggestionStep.actor == Staff.id))
                .where(SuggestionStep.suggestion == suggestion_id)
                .order_by(SuggestionStep.at, SuggestionStep.id).tuples())
