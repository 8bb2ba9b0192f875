"""The handler's queue with VIP tickets first (SERVICE_STANDARD §10: priority).

One query on the ticket table: the open tickets assigned to the handler, plus the
not-yet-dispatched tickets of customers for whom they are the dedicated handler; VIP
tickets first, then the nearest resolution deadline (none last), then the oldest.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from helpdesk_gui.domain.customers.models import CustomerCare
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.domain.vocabulary import OPEN_STATUSES


@dataclass(frozen=True)
class QueueRow:
    id: int
    ticket_no: str
    vip: bool
    level: int
    status: str
    customer_name: str
    subject: str
    resolve_due: datetime | None
    dedicated: bool  # waiting for dispatch, and this handler is the customer's own


def handler_queue(staff_id: int, limit: int = 200) -> list[QueueRow]:
    """The handler's work, VIP first."""
    mine = CustomerCare.select(CustomerCare.customer).where(
        CustomerCare.dedicated_handler == staff_id)
    waiting = Ticket.assignee.is_null(True) & Ticket.customer.in_(mine)
    query = (Ticket.select(Ticket.id, Ticket.ticket_no, Ticket.vip, Ticket.level, Ticket.status,
                           Ticket.customer_name, Ticket.subject, Ticket.resolve_due,
                           Ticket.assignee.is_null(True))
             .where(Ticket.status.in_(OPEN_STATUSES), (Ticket.assignee == staff_id) | waiting)
             .order_by(Ticket.vip.desc(), Ticket.resolve_due.asc(nulls="LAST"),
                       Ticket.created_at, Ticket.id).limit(limit))
    return [QueueRow(*row[:8], bool(row[8])) for row in query.tuples()]
