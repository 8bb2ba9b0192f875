"""Review of closed tickets (定期回顾, SERVICE_STANDARD §4).

Each month a sample of the tickets *closed* in that month is put on the supervisor's review
list: ``per_type`` tickets of every ticket type (setting ``review``, default 2; a type with
fewer closed tickets gets all of them). The reviewer records three findings — handled
correctly, resolution record complete, customer confirmation on record — and a note; a
review can raise a service error (counted in 服务差错率) and promote the ticket to the case
library (典型案例). The list is drawn once per month so its completion can be reported.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN, fn

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import NotFound, ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.quality.models import ReviewItem
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.quality import kpi, service_errors, settings
from helpdesk_gui.services.security import audit, permissions


@dataclass(frozen=True)
class ReviewRow:
    id: int
    ticket_id: int
    ticket_no: str
    type: str
    subject: str
    resolution: str
    confirmed_by: str  # how the customer confirmed, from the closing step
    reviewed: bool
    handling_correct: bool | None
    record_complete: bool | None
    customer_confirmed: bool | None
    findings: str
    service_error_id: int | None
    case_promoted: bool


@dataclass(frozen=True)
class Findings:
    handling_correct: bool
    record_complete: bool
    customer_confirmed: bool
    note: str = ""
    error_kind: str = ""  # raise a service error of this kind ("" = none)
    promote: str = ""  # "success" / "failure": promote to the case library ("" = no)


def draw(month: str, branch_id: int, rng: random.Random | None = None) -> int:
    """The month's review list (once); returns how many tickets were put on it."""
    rng = rng or random.Random()
    per_type = int(settings.current("review")["per_type"])
    period = kpi.month_period(month, kpi.branch_timezone(branch_id))
    with database_proxy.obj.atomic():
        if ReviewItem.select().where(ReviewItem.month == period.label,
                                     ReviewItem.branch == branch_id).exists():
            return 0
        closed = (Ticket.select(Ticket.id, Ticket.type)
                  .where(Ticket.branch == branch_id, Ticket.status == "closed",
                         Ticket.closed_at >= period.start, Ticket.closed_at < period.end,
                         Ticket.id.not_in(ReviewItem.select(ReviewItem.ticket)))
                  .order_by(Ticket.id).tuples())
        by_type: dict[str, list[int]] = {}
        for tid, kind in closed:
            by_type.setdefault(kind, []).append(tid)
        chosen = []
        for kind in sorted(by_type):
            ids = by_type[kind]
            for tid in sorted(rng.sample(ids, min(per_type, len(ids)))):
                ReviewItem.create(branch=branch_id, month=period.label, ticket=tid, type=kind)
                chosen.append(tid)
    return len(chosen)


def _confirmation(ticket_id: int) -> str:
    event = (TicketEvent.select(TicketEvent.data).where(TicketEvent.ticket == ticket_id,
                                                        TicketEvent.kind == "closed")
             .order_by(TicketEvent.id.desc()).first())
    if event is None or not event.data:
        return ""
    return str(json.loads(event.data).get("confirmed_by", ""))


def rows(month: str, branch_id: int | None = None) -> list[ReviewRow]:
    """The month's review list, by type and ticket number."""
    query = (ReviewItem.select(ReviewItem, Ticket.ticket_no, Ticket.subject, Ticket.resolution)
             .join(Ticket, JOIN.INNER, on=(ReviewItem.ticket == Ticket.id))
             .where(ReviewItem.month == month).order_by(ReviewItem.type, Ticket.ticket_no))
    if branch_id is not None:
        query = query.where(ReviewItem.branch == branch_id)
    return [ReviewRow(r.id, r.ticket_id, r.ticket.ticket_no, r.type, r.ticket.subject,
                      r.ticket.resolution, _confirmation(r.ticket_id), r.reviewed_at is not None,
                      r.handling_correct, r.record_complete, r.customer_confirmed, r.findings,
                      r.service_error_id, r.case_promoted) for r in query]


def record(item_id: int, findings: Findings, actor: Staff,
           now: datetime | None = None) -> Changes:
    """The reviewer's findings; optionally a service error and a case."""
    permissions.require(actor, "review.record", "review", item_id)
    if findings.error_kind:  # checked before the transaction, so a denial stays audited
        permissions.require(actor, "service_error.record", "review", item_id)
    if findings.promote:
        permissions.require(actor, "case.promote", "review", item_id)
    note = validation.text("note", findings.note,
                           required=bool(findings.error_kind or findings.promote
                                         or not findings.handling_correct), limit=4000)
    with database_proxy.obj.atomic():
        item = ReviewItem.get_or_none(ReviewItem.id == item_id)
        if item is None:
            raise NotFound(f"review item #{item_id} does not exist")
        if item.reviewed_at is not None:
            raise ValidationError({"review": "this ticket has already been reviewed"})
        ticket = Ticket.get_by_id(item.ticket_id)
        if findings.error_kind:
            maker = Staff.get_or_none(Staff.id == ticket.assignee_id)
            item.service_error = service_errors.record(service_errors.ErrorForm(
                findings.error_kind, note, ticket_no=ticket.ticket_no, review_item_id=item.id,
                staff_no=maker.employee_no if maker else ""), actor)
        if findings.promote:
            from helpdesk_gui.services.training import cases

            cases.promote(ticket.id, findings.promote, note, actor)
            item.case_promoted = True
        item.handling_correct = bool(findings.handling_correct)
        item.record_complete = bool(findings.record_complete)
        item.customer_confirmed = bool(findings.customer_confirmed)
        item.findings, item.reviewer = note, actor
        item.reviewed_at = item.updated_at = now or utcnow()
        item.save()
        audit.record(actor, "review.record", "review", item.id,
                     {"ticket": ticket.ticket_no, "correct": item.handling_correct,
                      "error": item.service_error_id, "case": item.case_promoted})
    return Changes(tickets=frozenset({ticket.id}), kinds=frozenset({"review"}))


def completion(month: str, branch_id: int | None = None) -> dict:
    """listed, reviewed, handled incorrectly, record incomplete, no confirmation, service
    errors raised, cases promoted; completion_rate = reviewed ÷ listed (None if empty)."""
    base = ReviewItem.select().where(ReviewItem.month == month)
    if branch_id is not None:
        base = base.where(ReviewItem.branch == branch_id)

    def n(condition) -> int:
        return base.where(condition).count()
    listed = base.select(fn.COUNT(ReviewItem.id)).scalar() or 0
    reviewed = n(ReviewItem.reviewed_at.is_null(False))
    return {"listed": listed, "reviewed": reviewed,
            "handled_incorrectly": n(ReviewItem.handling_correct == False),  # noqa: E712
            "record_incomplete": n(ReviewItem.record_complete == False),  # noqa: E712
            "not_confirmed": n(ReviewItem.customer_confirmed == False),  # noqa: E712
            "errors_raised": n(ReviewItem.service_error.is_null(False)),
            "cases_promoted": n(ReviewItem.case_promoted == True),  # noqa: E712
            "completion_rate": None if not listed else round(reviewed / listed, 4)}


def draw_due(now: datetime) -> int:
    """The previous month's review list in every branch (nightly; drawn once a month)."""
    from helpdesk_gui.services.quality.months import branch_months

    return sum(draw(month, branch_id) for branch_id, month in branch_months(now, -1))
