"""Reading complaints for the Complaints tab: list pages, one complaint's detail, alarms,
and the maintained lists (root-cause taxonomy, process settings).

Rows are plain tuples read by keyset on ``(received_at, id)`` newest first, so the lazy
list costs the same on page 1 and page 100. Alarms are indexed queries on the stored
deadlines (``ack_due``, ``solution_due``), never a loop over every complaint.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import peewee as pw

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.complaints import models as cm
from helpdesk_gui.domain.complaints.models import Complaint, ComplaintStep, RootCause
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.complaints import process as complaints
from helpdesk_gui.services.complaints.repeats import RepeatHit, linked_repeats
from helpdesk_gui.services.security import permissions

ROW = ("id", "ticket_no", "received_at", "stage", "category", "channel", "complainant",
       "matter", "major", "repeat_count", "assignee", "ack_due", "solution_due")
"""Layout of a list row tuple (``assignee`` is the handler's name)."""



def _filtered(query, stage: str | None, branch_id: int | None = None):
    """The stage chosen, and the branch (of the complaint's ticket) at headquarters."""
    if stage:
        query = query.where(Complaint.stage == stage)
    if branch_id is not None:
        query = query.where(Complaint.ticket.in_(
            Ticket.select(Ticket.id).where(Ticket.branch == branch_id)))
    return query


def count(stage: str | None = None, branch_id: int | None = None) -> int:
    """How many complaints the list shows."""
    return _filtered(Complaint.select(), stage, branch_id).count()


def page(after: tuple[datetime, int] | None = None, limit: int = 100,
         stage: str | None = None, branch_id: int | None = None) -> list[tuple]:
    """The next ``limit`` rows after ``after`` = (received_at, id) of the last row shown."""
    query = (Complaint.select(Complaint.id, Ticket.ticket_no, Complaint.received_at,
                              Complaint.stage, Complaint.category, Complaint.channel,
                              Complaint.complainant, Complaint.matter, Complaint.major,
                              Complaint.repeat_count, Staff.name, Complaint.ack_due,
                              Complaint.solution_due)
             .join(Ticket).switch(Complaint).join(Staff, pw.JOIN.LEFT_OUTER)
             .order_by(Complaint.received_at.desc(), Complaint.id.desc()).limit(limit))
    if after is not None:
        query = query.where(pw.Tuple(Complaint.received_at, Complaint.id) < pw.Tuple(*after))
    return list(_filtered(query, stage, branch_id).tuples())


@dataclass(frozen=True)
class StepRow:
    at: datetime
    action: str
    from_stage: str
    to_stage: str
    actor: str
    note: str


@dataclass(frozen=True)
class ComplaintView:
    """Everything the detail view shows about one complaint."""

    id: int
    ticket_id: int
    ticket_no: str
    channel: str
    received_at: datetime
    complainant: str
    phone: str | None
    account_no: str | None
    matter: str
    description: str
    remedy: str
    major: bool
    category: str | None
    stage: str
    assignee_id: int | None
    assignee: str
    root_cause: str | None
    root_cause_names: tuple[str, str] | None
    findings: str
    solution: str
    corrective_action: str
    carried_out: str
    feedback_method: str | None
    satisfaction: int | None
    ack_due: datetime | None
    solution_due: datetime | None
    followup_due: datetime | None
    reopen_count: int
    steps: list[StepRow]
    repeats: list[RepeatHit]
    allowed: list[str]


def detail(complaint_id: int) -> ComplaintView:
    """One complaint with its step history, repeat links and the actions allowed now."""
    c = complaints.get_complaint(complaint_id)
    cause = c.root_cause
    steps = [StepRow(s.at, s.action, s.from_stage, s.to_stage, s.actor.name, s.note)
             for s in (ComplaintStep.select(ComplaintStep, Staff).join(Staff)
                       .where(ComplaintStep.complaint == c)
                       .order_by(ComplaintStep.at, ComplaintStep.id))]
    return ComplaintView(
        c.id, c.ticket_id, c.ticket.ticket_no, c.channel, c.received_at, c.complainant,
        c.phone, c.account_no, c.matter, c.description, c.remedy, c.major, c.category,
        c.stage, c.assignee_id, c.assignee.name if c.assignee else "",
        cause.code if cause else None, (cause.name_en, cause.name_zh) if cause else None,
        c.findings, c.solution, c.corrective_action, c.carried_out, c.feedback_method,
        c.satisfaction, c.ack_due, c.solution_due, c.followup_due, c.reopen_count, steps,
        linked_repeats(c.id), complaints.allowed_actions(c.stage))


# --------------------------------------------------------------------------- alarms


@dataclass(frozen=True)
class Alarm:
    """A complaint deadline that is breached or about to be."""

    kind: str  # "acknowledge", "solution" or "followup"
    complaint_id: int
    ticket_no: str
    due: datetime
    breached: bool


def alarms(now: datetime | None = None, warn: timedelta = timedelta(hours=1)) -> list[Alarm]:
    """Acknowledgements and solutions that are late or due within ``warn``."""
    now = now or utcnow()
    limit = now + warn
    checks = (
        ("acknowledge", Complaint.ack_due, Complaint.stage == "received"),
        ("solution", Complaint.solution_due,
         Complaint.stage.in_(("received", "acknowledged", "assigned", "investigated"))),
    )
    found = []
    for kind, due_field, pending in checks:
        rows = (Complaint.select(Complaint.id, Ticket.ticket_no, due_field).join(Ticket)
                .where(pending, due_field.is_null(False), due_field <= limit)
                .order_by(due_field).tuples())
        found += [Alarm(kind, cid, no, due, due < now) for cid, no, due in rows]
    return found


# --------------------------------------------------------------------------- taxonomy


def root_causes(include_inactive: bool = False) -> list[tuple[str, str, str, bool]]:
    """(code, English, Chinese, active) of the taxonomy, in display order."""
    query = RootCause.select(RootCause.code, RootCause.name_en, RootCause.name_zh,
                             RootCause.active).order_by(RootCause.sort_order, RootCause.id)
    if not include_inactive:
        query = query.where(RootCause.active)
    return list(query.tuples())


def _require_supervisor(actor: Staff, what: str) -> None:
    """The taxonomy and the process settings are settings (``settings.edit``)."""
    permissions.require(actor, "settings.edit", "complaint_settings", what)


def add_root_cause(code: str, english: str, chinese: str, actor: Staff) -> Changes:
    """Add an entry to the taxonomy (supervisor)."""
    _require_supervisor(actor, "change the root-cause list")
    code, english, chinese = validation.collect(
        lambda: validation.text("code", code, required=True, limit=32),
        lambda: validation.text("name_en", english, required=True, limit=100),
        lambda: validation.text("name_zh", chinese, required=True, limit=100))
    with database_proxy.obj.atomic():
        if RootCause.get_or_none(RootCause.code == code):
            raise ValidationError({"code": f"{code} is already in the list"})
        order = (RootCause.select(pw.fn.MAX(RootCause.sort_order)).scalar() or 0) + 1
        RootCause.create(code=code, name_en=english, name_zh=chinese, sort_order=order)
    return Changes(kinds=frozenset({"root_causes"}))


def set_root_cause_active(code: str, active: bool, actor: Staff) -> Changes:
    """Retire (or bring back) an entry; complaints that used it keep it."""
    _require_supervisor(actor, "change the root-cause list")
    updated = (RootCause.update(active=bool(active), updated_at=utcnow())
               .where(RootCause.code == code).execute())
    if not updated:
        raise ValidationError({"code": f"{code} is not in the list"})
    return Changes(kinds=frozenset({"root_causes"}))


def settings() -> dict[str, int]:
    """The complaint process settings in force (defaults where none was set)."""
    return {key: cm.ComplaintSetting.get_int(key) for key in cm.SETTING_DEFAULTS}


def set_setting(key: str, value: int, actor: Staff) -> Changes:
    """Change a process setting, e.g. the repeat window in days (supervisor)."""
    _require_supervisor(actor, "change complaint settings")
    validation.choice("key", key, tuple(cm.SETTING_DEFAULTS))
    if not isinstance(value, int) or not 1 <= value <= 3650:
        raise ValidationError({key: "a whole number from 1 to 3650"})
    with database_proxy.obj.atomic():
        cm.ComplaintSetting.put(key, value)
    return Changes(kinds=frozenset({"complaint_settings"}))
