"""The shared improvement list (改进措施清单): one list fed by adopted suggestions,
complaints' corrective actions and (later) survey dimensions below target.

Each action has an owner, a due date and a status (open → in progress → done, or
cancelled); an open action past its due date is overdue and raises an alarm. Finishing
needs a note on the effect, cancelling needs a reason — the list is reviewed monthly and
"done" without an effect tells the supervisor nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.complaints.models import Complaint
from helpdesk_gui.domain.errors import IllegalTransition, ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.suggestions import models as sm
from helpdesk_gui.domain.suggestions.models import ImprovementAction, Suggestion
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.security import audit, permissions

DEFAULT_TZ = "Asia/Shanghai"
NEXT = {"open": ("in_progress", "done", "cancelled"), "in_progress": ("done", "cancelled"),
        "done": (), "cancelled": ()}


def local_today(tz: str = DEFAULT_TZ) -> date:
    """Today in the hall's time zone (due dates are local dates)."""
    return datetime.now(ZoneInfo(tz)).date()


@dataclass(frozen=True)
class ActionRow:
    id: int
    title: str
    source: str
    source_ref: str  # suggestion title, complaint ticket number or survey dimension
    owner_id: int
    owner: str
    due_date: date
    status: str
    effect_notes: str
    overdue: bool


def _changes(kind: str) -> Changes:
    return Changes(kinds=frozenset({"improvement", kind}))


def add(actor: Staff, title: str, owner_id: int, due_date: date, *, source: str = "manual",
        suggestion_id: int | None = None, complaint_id: int | None = None,
        source_ref: str = "", detail: str = "") -> Changes:
    """Put an action on the list. Actions from a suggestion need it to be adopted."""
    permissions.require(actor, "improvement.manage", "improvement")
    title, detail = validation.collect(
        lambda: validation.text("title", title, required=True, limit=200),
        lambda: validation.text("detail", detail, required=False, limit=4000))
    validation.choice("source", source, sm.IMPROVEMENT_SOURCES)
    owner = Staff.get_or_none(Staff.id == owner_id)
    if owner is None or not owner.active:
        raise ValidationError({"owner": "choose an active staff member as owner"})
    if not isinstance(due_date, date):
        raise ValidationError({"due_date": "required"})
    with database_proxy.obj.atomic():
        if suggestion_id is not None:
            suggestion = Suggestion.get_or_none(Suggestion.id == suggestion_id)
            if suggestion is None or suggestion.status not in ("adopted", "informed"):
                raise ValidationError({"suggestion": "only an adopted suggestion gets actions"})
            source, source_ref = "suggestion", source_ref or suggestion.title
        if complaint_id is not None:
            complaint = Complaint.get_or_none(Complaint.id == complaint_id)
            if complaint is None:
                raise ValidationError({"complaint": f"complaint #{complaint_id} does not exist"})
            source, source_ref = "complaint", source_ref or complaint.ticket.ticket_no
        created = ImprovementAction.create(
            source=source, suggestion=suggestion_id, complaint=complaint_id,
            source_ref=source_ref, title=title, detail=detail, owner=owner, due_date=due_date,
            created_by=actor)
        audit.record(actor, "improvement.add", "improvement", created.id,
                     {"title": title, "due": str(due_date)})
    return _changes("improvement_added")


def _get(action_id: int) -> ImprovementAction:
    return ImprovementAction.by_id(action_id)


def set_status(action_id: int, actor: Staff, status: str, note: str = "") -> Changes:
    """Move an action on; done needs the effect, cancelled needs the reason."""
    permissions.require(actor, "improvement.manage", "improvement", action_id)
    validation.choice("status", status, sm.IMPROVEMENT_STATUSES)
    note = validation.text("note", note, required=status in ("done", "cancelled"), limit=4000)
    with database_proxy.obj.atomic():
        action = _get(action_id)
        if status not in NEXT[action.status]:
            raise IllegalTransition(f"#{action.id}", action.status, status,
                                    list(NEXT[action.status]))
        action.status = status
        if note:
            action.effect_notes = _append(action.effect_notes, note, actor)
        action.done_at = utcnow() if status == "done" else None
        action.updated_at = utcnow()
        action.save()
        audit.record(actor, "improvement.status", "improvement", action.id,
                     {"status": status, "note": note[:200]})
    return _changes("improvement_status")


def add_effect_note(action_id: int, actor: Staff, note: str) -> Changes:
    """Record what the action achieved so far (its effect)."""
    permissions.require(actor, "improvement.manage", "improvement", action_id)
    note = validation.text("note", note, required=True, limit=2000)
    with database_proxy.obj.atomic():
        action = _get(action_id)
        action.effect_notes = _append(action.effect_notes, note, actor)
        action.updated_at = utcnow()
        action.save()
        audit.record(actor, "improvement.note", "improvement", action.id, {"note": note[:200]})
    return _changes("improvement_note")


def _append(existing: str, note: str, actor: Staff) -> str:
    line = f"[{utcnow():%Y-%m-%d} {actor.name}] {note}"
    return f"{existing}\n{line}" if existing else line


def rows(include_closed: bool = False, today: date | None = None,
         suggestion_id: int | None = None) -> list[ActionRow]:
    """The list, soonest due first, with the overdue flag computed for ``today``."""
    today = today or local_today()
    query = (ImprovementAction.select(ImprovementAction, Staff).join(
        Staff, on=(ImprovementAction.owner == Staff.id))
        .order_by(ImprovementAction.due_date, ImprovementAction.id))
    if not include_closed:
        query = query.where(ImprovementAction.status.in_(sm.IMPROVEMENT_OPEN))
    if suggestion_id is not None:
        query = query.where(ImprovementAction.suggestion == suggestion_id)
    return [ActionRow(a.id, a.title, a.source, a.source_ref, a.owner_id, a.owner.name,
                      a.due_date, a.status, a.effect_notes,
                      a.status in sm.IMPROVEMENT_OPEN and a.due_date < today)
            for a in query]


def overdue(today: date | None = None) -> list[ActionRow]:
    """Open actions past their due date: the alarm list."""
    today = today or local_today()
    return [row for row in rows(today=today) if row.overdue]
