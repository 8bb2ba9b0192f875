"""Level-1 dispatch approval (一级问题需主管审批后直派技术骨干, SERVICE_STANDARD §3).

A level-1 ticket is created awaiting approval; a supervisor approves it (it joins the
dispatch queue as a new ticket) or rejects it with a reason (it joins the queue as a
level-2 ticket, or the level the supervisor chose, and its clocks follow that level).
The clocks keep running while approval is pending: the approval target itself has a
deadline and raises alarms like any other.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import peewee as pw

from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.sla.models import TicketSla, dt_value
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.security import permissions
from helpdesk_gui.services.tickets.flow import _act


@dataclass(frozen=True)
class PendingApproval:
    """One row of the approval queue."""

    ticket_id: int
    ticket_no: str
    created_at: datetime
    customer_name: str
    subject: str
    type: str
    channel: str
    approval_due: datetime | None
    sla_state: str
    description: str = ""  # what the supervisor decides on


def _require_approver(actor: Staff, ticket_id: int) -> None:
    """Only a supervisor decides (checked before the write transaction opens)."""
    permissions.require(actor, "approval.decide", "ticket", ticket_id)


def approve(ticket_id: int, actor: Staff, note: str = "") -> Changes:
    """Approve dispatch: the ticket can now be assigned."""
    _require_approver(actor, ticket_id)
    note = validation.text("note", note, required=False)
    return _act(ticket_id, actor, "approve", lambda t: None, note=note, event="approved")


def reject(ticket_id: int, actor: Staff, reason: str, new_level: int = 2) -> Changes:
    """Reject level-1 dispatch (reason required): the ticket continues at ``new_level``."""
    _require_approver(actor, ticket_id)
    reason = validation.text("reason", reason, required=True)
    if new_level not in (2, 3):
        raise ValidationError({"new_level": "a rejected ticket continues at level 2 or 3"})

    def apply(t: Ticket) -> dict:
        t.level = new_level
        return {"from_level": 1, "to_level": new_level}
    return _act(ticket_id, actor, "reject", apply, note=reason, event="rejected")


def queue(branch_id: int | None = None) -> list[PendingApproval]:
    """Level-1 tickets awaiting approval, oldest first (the (status, created_at) index)."""
    query = (Ticket.select(Ticket.id, Ticket.ticket_no, Ticket.created_at, Ticket.customer_name,
                           Ticket.subject, Ticket.type, Ticket.channel, Ticket.sla_state,
                           TicketSla.states, Ticket.description)
             .join(TicketSla, pw.JOIN.LEFT_OUTER, on=(TicketSla.ticket == Ticket.id))
             .where(Ticket.status == "pending_approval")
             .order_by(Ticket.created_at, Ticket.id))
    if branch_id is not None:
        query = query.where(Ticket.branch == branch_id)
    rows = []
    for *head, sla_state, states, description in query.tuples():
        due = json.loads(states or "{}").get("approval", {}).get("due")
        rows.append(PendingApproval(*head, dt_value(due), sla_state, description))
    return rows
