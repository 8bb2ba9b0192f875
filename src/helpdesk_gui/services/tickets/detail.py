"""One ticket as the detail pane shows it: fields, customer, full history, next steps.

Personal data is masked unless the caller asked to reveal it (SERVICE_STANDARD §12); the
steps offered are those the ticket's state and, given an actor, that person's role allow.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets.models import Customer, Ticket, TicketEvent
from helpdesk_gui.services.security import audit, permissions, privacy
from helpdesk_gui.services.security.privacy import mask_phone
from helpdesk_gui.services.tickets.flow import actions_for
from helpdesk_gui.services.tickets.records import get_ticket


@dataclass(frozen=True)
class HistoryEntry:
    """One step of a ticket's history, as shown in the detail pane (times in UTC)."""

    at: datetime
    actor: str
    kind: str
    from_status: str
    to_status: str
    note: str


@dataclass(frozen=True)
class CustomerInfo:
    id: int
    name: str
    phone: str | None  # masked (138****1234) unless revealed
    account_no: str | None
    address: str
    is_vip: bool


@dataclass(frozen=True)
class TicketDetail:
    """Everything the detail pane shows about one ticket (times naive UTC)."""

    id: int
    ticket_no: str
    status: str
    type: str
    level: int
    channel: str
    customer_name: str
    subject: str
    description: str
    request: str
    received_by: str
    assignee_id: int | None
    assignee: str
    created_at: datetime
    updated_at: datetime
    first_response_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    response_due: datetime | None
    update_due: datetime | None
    resolve_due: datetime | None
    sla_state: str
    first_contact_resolved: bool
    contacts: int
    reopen_count: int
    resolution: str
    solution: str
    parts_replaced: str
    merged_into: str  # ticket number, "" if not merged
    customer: CustomerInfo | None
    history: tuple[HistoryEntry, ...]
    actions: tuple[str, ...]  # legal next steps (workflow.allowed_actions)


def _customer_info(customer: Customer | None, reveal: bool) -> CustomerInfo | None:
    """The customer as shown: personal data masked unless revealed (SERVICE_STANDARD §12)."""
    if customer is None:
        return None
    if reveal:
        return CustomerInfo(customer.id, customer.name, customer.phone, customer.account_no,
                            customer.address, customer.is_vip)
    return CustomerInfo(customer.id, privacy.mask_name(customer.name),
                        mask_phone(customer.phone), privacy.mask_account(customer.account_no),
                        privacy.mask_address(customer.address), customer.is_vip)


def _history(ticket_id: int) -> tuple[HistoryEntry, ...]:
    rows = (TicketEvent.select(TicketEvent.at, Staff.name, TicketEvent.kind,
                               TicketEvent.from_status, TicketEvent.to_status, TicketEvent.note)
            .join(Staff, on=(TicketEvent.actor == Staff.id))
            .where(TicketEvent.ticket == ticket_id)
            .order_by(TicketEvent.at, TicketEvent.id).tuples())
    return tuple(HistoryEntry(*row) for row in rows)


def ticket_detail(ticket_id: int, reveal_phone: bool = False,
                  actor: Staff | None = None) -> TicketDetail:
    """One ticket with its customer, full history and the actions its state allows
    (and, given ``actor``, that this person's role allows).

    ``reveal_phone`` shows the customer in clear: only for a role allowed
    ``customer.reveal``, and audited.
    """
    if reveal_phone:
        permissions.require(actor, "customer.reveal", "ticket", ticket_id)
    t = get_ticket(ticket_id)
    if reveal_phone:
        with database_proxy.obj.atomic():
            audit.record(actor, "customer.reveal", "ticket", ticket_id,
                         {"field": "ticket_detail"})
    names = dict(Staff.select(Staff.id, Staff.name)
                 .where(Staff.id.in_([t.received_by_id, t.assignee_id or 0])).tuples())
    merged = (Ticket.select(Ticket.ticket_no).where(Ticket.id == t.merged_into_id).scalar()
              if t.merged_into_id else "")
    return TicketDetail(
        t.id, t.ticket_no, t.status, t.type, t.level, t.channel,
        t.customer_name if reveal_phone else privacy.mask_name(t.customer_name), t.subject,
        t.description, t.request, names.get(t.received_by_id, ""), t.assignee_id,
        names.get(t.assignee_id, ""), t.created_at, t.updated_at, t.first_response_at,
        t.resolved_at, t.closed_at, t.response_due, t.update_due, t.resolve_due, t.sla_state,
        t.first_contact_resolved, t.contacts, t.reopen_count, t.resolution, t.solution,
        t.parts_replaced, merged or "",
        _customer_info(Customer.get_or_none(Customer.id == t.customer_id), reveal_phone),
        _history(t.id), actions_for(t, actor))


def ticket_id_by_number(ticket_no: str) -> int | None:
    """The id of the ticket with this number (for "show ticket"), or None."""
    return Ticket.select(Ticket.id).where(Ticket.ticket_no == ticket_no.strip().upper()).scalar()
