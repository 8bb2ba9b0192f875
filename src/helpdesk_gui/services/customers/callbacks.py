"""Churn-risk call-backs (回访清单, SERVICE_STANDARD §10).

Each month, customers with no interaction for ``quiet_months`` months (setting ``churn``,
default 3) are put on the month's call-back list; staff call them and record the outcome.

Who is on the list for month M, so it can be checked by hand: customers with a phone
number whose *last interaction* — a ticket received, or an earlier call-back in which they
were reached — lies before the first day of month M − ``quiet_months`` (branch time). For
June 2026 with 3 months: last interaction before 1 March 2026. The list is drawn once per
month (``draw``) and then stays as drawn, so its completion can be reported.

Outcomes: reached, not reached, wants a service, complaint raised — the last opens a
complaint ticket at once (the complaint process starts like any intake).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN, fn

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.customers.models import CALLBACK_OUTCOMES, Callback
from helpdesk_gui.domain.errors import NotFound, ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.tickets.models import Customer, Ticket
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.quality import kpi, settings
from helpdesk_gui.services.security import audit, permissions
from helpdesk_gui.services.security.privacy import mask_name, mask_phone

REACHED = ("reached", "wants_service", "complaint")


@dataclass(frozen=True)
class CallbackRow:
    """One line of the list, personal data masked (screen, CSV, paper)."""

    id: int
    customer_id: int
    customer_name: str
    phone: str
    last_interaction_at: datetime | None
    outcome: str  # "" while not called
    note: str
    called_by: str
    called_at: datetime | None
    ticket_no: str


def _cutoff(month: str, branch_id: int) -> datetime:
    quiet = int(settings.current("churn")["quiet_months"])
    tz = kpi.branch_timezone(branch_id)
    return kpi.month_period(kpi.shift_month(month, -quiet), tz).start


def _last_interactions(branch_id: int, before: datetime):
    """(customer id, last ticket or reached call-back) of the branch's customers."""
    tickets = (Ticket.select(Ticket.customer.alias("cid"), fn.MAX(Ticket.created_at).alias("at"))
               .where(Ticket.customer.is_null(False), Ticket.created_at < before)
               .group_by(Ticket.customer))
    calls = (Callback.select(Callback.customer.alias("cid"), fn.MAX(Callback.called_at).alias("at"))
             .where(Callback.outcome.in_(REACHED), Callback.called_at < before)
             .group_by(Callback.customer))
    last = {}
    for cid, at in list(tickets.tuples()) + list(calls.tuples()):
        if at is not None and (cid not in last or at > last[cid]):
            last[cid] = at
    mine = {cid for (cid,) in Customer.select(Customer.id).where(
        Customer.branch == branch_id, Customer.phone.is_null(False)).tuples()}
    return {cid: at for cid, at in last.items() if cid in mine}


def draw(month: str, branch_id: int, now: datetime | None = None) -> int:
    """Put the month's churn-risk customers on its list (once); returns how many were added."""
    period = kpi.month_period(month, kpi.branch_timezone(branch_id))
    cutoff = _cutoff(month, branch_id)
    with database_proxy.obj.atomic():
        if Callback.select().where(Callback.month == period.label,
                                   Callback.branch == branch_id).exists():
            return 0
        last = _last_interactions(branch_id, period.start)
        quiet = sorted(cid for cid, at in last.items() if at < cutoff)
        for cid in quiet:
            Callback.create(branch=branch_id, month=period.label, customer=cid,
                            last_interaction_at=last[cid], created_at=now or utcnow())
    return len(quiet)


def rows(month: str, branch_id: int | None = None) -> list[CallbackRow]:
    """The month's list (the counter prints it; the page and the CLI show it), oldest
    interaction first."""
    caller = Staff.alias("caller")
    query = (Callback.select(Callback.id, Customer.id, Customer.name, Customer.phone,
                             Callback.last_interaction_at, Callback.outcome, Callback.note,
                             caller.name, Callback.called_at, Ticket.ticket_no)
             .join(Customer, on=(Callback.customer == Customer.id)).switch(Callback)
             .join(caller, JOIN.LEFT_OUTER, on=(Callback.called_by == caller.id))
             .switch(Callback).join(Ticket, JOIN.LEFT_OUTER, on=(Callback.ticket == Ticket.id))
             .where(Callback.month == month)
             .order_by(Callback.last_interaction_at, Callback.id))
    if branch_id is not None:
        query = query.where(Callback.branch == branch_id)
    return [CallbackRow(i, cid, mask_name(name) or "", mask_phone(phone) or "", last,
                        outcome or "", note, by or "", at, no or "")
            for i, cid, name, phone, last, outcome, note, by, at, no in query.tuples()]


def record(callback_id: int, outcome: str, note: str, actor: Staff,
           now: datetime | None = None) -> Changes:
    """The call's outcome; "complaint" opens a complaint ticket with the note as its text."""
    permissions.require(actor, "callback.record", "callback", callback_id)
    validation.choice("outcome", outcome, CALLBACK_OUTCOMES)
    note = validation.text("note", note, required=outcome in ("complaint", "wants_service"),
                           limit=2000)
    with database_proxy.obj.atomic():
        call = Callback.get_or_none(Callback.id == callback_id)
        if call is None:
            raise NotFound(f"call-back #{callback_id} does not exist")
        if call.outcome in REACHED:
            raise ValidationError({"outcome": "this call-back is already done"})
        changes = Changes(kinds=frozenset({"callback"}))
        if outcome == "complaint":
            changes = changes | _open_complaint(call, note, actor)
        call.outcome, call.note, call.called_by = outcome, note, actor
        call.called_at = call.updated_at = now or utcnow()
        call.save()
        audit.record(actor, "callback.record", "callback", call.id,
                     {"outcome": outcome, "ticket": call.ticket_id})
    return changes


def _open_complaint(call: Callback, note: str, actor: Staff) -> Changes:
    from helpdesk_gui.services.tickets import intake

    customer = Customer.get_by_id(call.customer_id)
    created = intake.create_ticket(intake.IntakeForm(
        channel="phone", type="complaint", level=3, customer_name=customer.name,
        description=note, subject="回访中提出的投诉", customer_id=customer.id), actor)
    call.ticket = created.id
    return created.changes


def completion(month: str, branch_id: int | None = None) -> dict:
    """listed, called, reached (incl. wants service / complaint), not reached, complaints
    opened, and completion_rate = called ÷ listed (None when the list is empty)."""
    base = Callback.select().where(Callback.month == month)
    if branch_id is not None:
        base = base.where(Callback.branch == branch_id)
    counts = dict(base.select(Callback.outcome, fn.COUNT(Callback.id))
                  .group_by(Callback.outcome).tuples())
    listed = sum(counts.values())
    called = listed - counts.get(None, 0)
    return {"listed": listed, "called": called,
            "reached": sum(counts.get(o, 0) for o in REACHED),
            "not_reached": counts.get("not_reached", 0),
            "wants_service": counts.get("wants_service", 0),
            "complaints": counts.get("complaint", 0),
            "completion_rate": None if not listed else round(called / listed, 4)}


def draw_due(now: datetime) -> int:
    """Draw this month's list in every branch (the nightly job; drawn once a month)."""
    from helpdesk_gui.services.quality.months import branch_months

    return sum(draw(month, branch_id, now) for branch_id, month in branch_months(now))
