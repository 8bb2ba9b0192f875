"""The service-error register (服务差错, SERVICE_STANDARD §8): record, list, count.

Supervisors record an error from a ticket, a complaint or a review of closed tickets:
what kind (wrong information, wrong billing action, rudeness, missed deadline…), who
made it, which ticket, how it was found and the corrective action. The error counts in
the month of the service it concerns — the ticket's received time — because the rate
divides by the tickets *received* in the month: ``service_error_rate`` = recorded errors ÷
tickets received, per month, so each month's figure stands alone (and can be snapshotted).
An error recorded without a ticket counts at the time the supervisor gives (default: now).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN, fn

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.quality.models import ERROR_KINDS, FOUND_BY, ServiceError
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.security import audit, permissions


@dataclass(frozen=True)
class ErrorForm:
    """What the supervisor enters; ``ticket_no`` or ``complaint_id`` names the case."""

    kind: str
    description: str
    ticket_no: str = ""
    complaint_id: int | None = None
    review_item_id: int | None = None
    staff_no: str = ""  # employee number of who made the error
    corrective_action: str = ""
    occurred_at: datetime | None = None


@dataclass(frozen=True)
class ErrorRow:
    id: int
    occurred_at: datetime
    kind: str
    found_by: str
    ticket_no: str
    staff: str
    description: str
    corrective_action: str
    recorded_by: str


def _ticket(form: ErrorForm) -> Ticket | None:
    if form.complaint_id is not None:
        from helpdesk_gui.domain.complaints.models import Complaint

        complaint = Complaint.get_or_none(Complaint.id == form.complaint_id)
        if complaint is None:
            raise ValidationError({"complaint": f"complaint #{form.complaint_id} does not exist"})
        return complaint.ticket
    if form.ticket_no.strip():
        ticket = Ticket.get_or_none(Ticket.ticket_no == form.ticket_no.strip())
        if ticket is None:
            raise ValidationError({"ticket_no": f"no ticket numbered {form.ticket_no.strip()!r}"})
        return ticket
    return None


def _staff(number: str) -> Staff | None:
    if not number.strip():
        return None
    person = Staff.get_or_none(Staff.employee_no == number.strip())
    if person is None:
        raise ValidationError({"staff_no": f"no staff member with employee number {number!r}"})
    return person


def _found_by(form: ErrorForm, ticket: Ticket | None) -> tuple[str, str]:
    if form.review_item_id is not None:
        return "review", f"review #{form.review_item_id}"
    if form.complaint_id is not None:
        return "complaint", f"complaint #{form.complaint_id}"
    return ("ticket", ticket.ticket_no) if ticket else ("other", "")


def record(form: ErrorForm, actor: Staff, now: datetime | None = None) -> ServiceError:
    """Put one error on the register (supervisors); returns the stored row."""
    permissions.require(actor, "service_error.record", "service_error", form.ticket_no)
    validation.choice("kind", form.kind, ERROR_KINDS)
    description, action = validation.collect(
        lambda: validation.text("description", form.description, required=True, limit=2000),
        lambda: validation.text("corrective_action", form.corrective_action, required=False,
                                limit=2000))
    with database_proxy.obj.atomic():
        ticket, staff = _ticket(form), _staff(form.staff_no)
        found_by, ref = _found_by(form, ticket)
        assert found_by in FOUND_BY
        when = form.occurred_at or (ticket.created_at if ticket else (now or utcnow()))
        row = ServiceError.create(
            branch=ticket.branch_id if ticket else actor.branch_id, ticket=ticket,
            kind=form.kind, found_by=found_by, source_ref=ref, staff=staff,
            description=description, corrective_action=action, occurred_at=when,
            recorded_by=actor)
        audit.record(actor, "service_error.record", "service_error", row.id,
                     {"kind": form.kind, "ticket": ticket.ticket_no if ticket else "",
                      "found_by": found_by})
    return row


def record_changes(form: ErrorForm, actor: Staff) -> Changes:
    """``record`` for the GUI's write op: what changed."""
    row = record(form, actor)
    return Changes(tickets=frozenset({row.ticket_id} if row.ticket_id else ()),
                   kinds=frozenset({"service_error"}))


def rows(period, branch_id: int | None = None) -> list[ErrorRow]:
    """The register for a period (``[start, end)``), newest first."""
    recorder = Staff.alias("recorder")
    maker = Staff.alias("maker")
    query = (ServiceError.select(
        ServiceError.id, ServiceError.occurred_at, ServiceError.kind, ServiceError.found_by,
        Ticket.ticket_no, maker.name, ServiceError.description, ServiceError.corrective_action,
        recorder.name)
        .join(Ticket, join_type=JOIN.LEFT_OUTER, on=(ServiceError.ticket == Ticket.id))
        .switch(ServiceError).join(recorder, on=(ServiceError.recorded_by == recorder.id))
        .switch(ServiceError)
        .join(maker, join_type=JOIN.LEFT_OUTER, on=(ServiceError.staff == maker.id))
        .where(ServiceError.occurred_at >= period.start, ServiceError.occurred_at < period.end)
        .order_by(ServiceError.occurred_at.desc(), ServiceError.id.desc()))
    if branch_id is not None:
        query = query.where(ServiceError.branch == branch_id)
    return [ErrorRow(i, at, kind, found, no or "", who or "", text, fix, by)
            for i, at, kind, found, no, who, text, fix, by in query.tuples()]


def count(period, scope) -> int:
    """Errors counted in a period for a ``kpi.Scope`` (branch, and the staff who erred)."""
    query = ServiceError.select(fn.COUNT(ServiceError.id)).where(
        ServiceError.occurred_at >= period.start, ServiceError.occurred_at < period.end)
    if scope.branch_id is not None:
        query = query.where(ServiceError.branch == scope.branch_id)
    if scope.staff_id is not None:
        query = query.where(ServiceError.staff == scope.staff_id)
    return int(query.scalar() or 0)


def service_error_rate(period, scope, received: int) -> float | None:
    """服务差错率 = recorded errors ÷ tickets received in the period (0 when no error, and
    never empty when errors exist: a month with errors but no ticket received — errors
    recorded without a ticket — divides by the errors themselves, i.e. 100 %)."""
    errors = count(period, scope)
    if not errors:
        return 0.0 if received else None
    return round(errors / max(received, errors), 4)


def get(error_id: int) -> ServiceError:
    return ServiceError.by_id(error_id)
