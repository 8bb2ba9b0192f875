"""Closing on the customer's confirmation (SERVICE_STANDARD §4: resolved → customer
confirms → closed).

A resolved ticket is closed either when staff record how the customer confirmed
(``METHODS``) or, when the customer neither confirms nor objects, once the confirmation
period has run out: by default the close of business of the 3rd working day after the
day of resolution on the branch's business calendar (setting ``confirmation``), the same
reading as "N working days" in §3. The scheduler's ``close_unconfirmed`` does the latter
and records ``confirmed_by = "timeout"`` in the history. Complaint tickets are left to the
complaint process, which closes them after feedback to the complainant.
"""

from __future__ import annotations

from datetime import UTC, datetime

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.quality.models import CONFIRMATION_METHODS
from helpdesk_gui.domain.tickets import workflow
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.quality import settings
from helpdesk_gui.services.security import audit
from helpdesk_gui.services.sla import calendars as sla_calendars
from helpdesk_gui.services.sla import setup as sla_setup
from helpdesk_gui.services.tickets.records import log_event

METHODS = CONFIRMATION_METHODS
TIMEOUT = "timeout"  # the period ran out without objection (逾期未反馈视为确认)


def check_method(method: str) -> str:
    """How the customer confirmed; required to close by hand."""
    if not method:
        raise ValidationError({"confirmed_by": "say how the customer confirmed "
                                               "(phone, SMS, in person, kiosk, email)"})
    if method not in METHODS:
        raise ValidationError({"confirmed_by": f"{method!r} is not one of: "
                                               + ", ".join(METHODS)})
    return method


def confirmation_due(resolved_at: datetime, branch_id: int, working_days: int) -> datetime:
    """Close of business of the N-th working day after the resolution day (naive UTC)."""
    cal = sla_calendars.calendar_for_branch(branch_id)
    day = cal.local_date(resolved_at.replace(tzinfo=UTC))
    end = cal.close_of_business(cal.working_day_after(day, working_days))
    return end.astimezone(UTC).replace(tzinfo=None) if end.tzinfo else end


def _complaint_tickets():
    from helpdesk_gui.domain.complaints.models import Complaint

    return Complaint.select(Complaint.ticket)


def close_unconfirmed(now: datetime) -> list[int]:
    """Close every resolved ticket whose confirmation period ran out; returns their ids."""
    from helpdesk_gui.services.security.staff import system_actor

    days = int(settings.current("confirmation")["working_days"])
    candidates = (Ticket.select(Ticket.id, Ticket.resolved_at, Ticket.branch)
                  .where(Ticket.status == "resolved", Ticket.resolved_at.is_null(False),
                         Ticket.resolved_at <= now, Ticket.id.not_in(_complaint_tickets()))
                  .tuples())
    due = [tid for tid, resolved, branch in candidates
           if confirmation_due(resolved, branch, days) <= now]
    if not due:
        return []
    actor = system_actor()
    closed = []
    with database_proxy.obj.atomic():
        for ticket in Ticket.select().where(Ticket.id.in_(due), Ticket.status == "resolved"):
            workflow.check(ticket.ticket_no, ticket.status, "close")
            ticket.status, ticket.closed_at, ticket.updated_at = "closed", now, now
            sla_setup.on_transition(ticket, "resolved", now, action="close")
            ticket.save()
            log_event(ticket, actor, "closed", "resolved", "closed", now=now,
                      note=f"{days}个工作日内客户未提出异议，自动办结",
                      data={"confirmed_by": TIMEOUT, "working_days": days})
            audit.record(actor, "ticket.closed", "ticket", ticket.id,
                         {"ticket_no": ticket.ticket_no, "confirmed_by": TIMEOUT}, now=now)
            closed.append(ticket.id)
    return closed


def close_unconfirmed_changes(now: datetime) -> Changes:
    ids = close_unconfirmed(now)
    return Changes(tickets=frozenset(ids), kinds=frozenset({"closed"} if ids else ()))
