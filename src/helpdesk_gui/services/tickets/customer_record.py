"""A known customer's record: correcting phone, address, VIP flag and note, and the
customer page (every ticket, complaint and survey of that customer).

A correction is checked like intake (a phone number another customer already has is
refused, naming neither customer's data), written with a history step on the ticket it
was made from and an audit row naming the fields changed — never their values, which
are personal data. The page shows personal data masked, like every other screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.tickets.models import Customer, Ticket
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.security import audit, permissions, privacy
from helpdesk_gui.services.tickets.records import get_ticket, log_event

FIELD_NAMES_ZH = {"phone": "电话", "address": "地址", "is_vip": "VIP", "note": "备注"}


@dataclass(frozen=True)
class CustomerEdit:
    """The editable part of a customer record, as the clerk left it."""

    phone: str | None
    address: str
    is_vip: bool
    note: str


@dataclass(frozen=True)
class EditableCustomer:
    """The record in clear, for the clerk correcting it (only to ``customer.edit`` roles)."""

    id: int
    name: str
    phone: str | None
    account_no: str | None
    address: str
    is_vip: bool
    note: str


def _get(customer_id: int) -> Customer:
    return Customer.by_id(customer_id)


def for_editing(actor: Staff, customer_id: int) -> EditableCustomer:
    """The current record to correct (the clerk is talking to the customer)."""
    permissions.require(actor, "customer.edit", "customer", customer_id)
    c = _get(customer_id)
    return EditableCustomer(c.id, c.name, c.phone, c.account_no, c.address, c.is_vip, c.note)


def edit(actor: Staff, customer_id: int, form: CustomerEdit, ticket_id: int | None = None,
         now: datetime | None = None) -> Changes:
    """Correct the record; history on ``ticket_id`` (if given) and audit, one transaction."""
    phone, address, note = validation.collect(
        lambda: validation.phone(form.phone),
        lambda: validation.text("address", form.address, required=False),
        lambda: validation.text("note", form.note, required=False, limit=1000))
    permissions.require(actor, "customer.edit", "customer", customer_id)
    now = now or utcnow()
    with database_proxy.obj.atomic():
        customer = _get(customer_id)
        if phone and Customer.select().where(Customer.phone == phone,
                                             Customer.id != customer.id).exists():
            raise ValidationError({"phone": f"{privacy.mask_phone(phone)} belongs to another "
                                            "customer; check the number"})
        if not phone and not customer.account_no:
            raise ValidationError({"phone": "give the customer's phone or account number"})
        new = {"phone": phone, "address": address, "is_vip": bool(form.is_vip), "note": note}
        changed = [k for k, value in new.items() if getattr(customer, k) != value]
        if not changed:
            return Changes()
        for key in changed:
            setattr(customer, key, new[key])
        customer.updated_at = now
        customer.save()
        if ticket_id is not None:
            _log_on_ticket(ticket_id, actor, changed, now)
        audit.record(actor, "customer.edit", "customer", customer.id,
                     {"fields": changed, "ticket_id": ticket_id}, now=now)
    kinds = frozenset({"customer_edited"})
    tickets = frozenset({ticket_id}) if ticket_id is not None else frozenset()
    return Changes(tickets=tickets, customers=frozenset({customer_id}), kinds=kinds)


def _log_on_ticket(ticket_id: int, actor: Staff, changed: list[str], now: datetime) -> None:

    ticket = get_ticket(ticket_id)
    note = "、".join(FIELD_NAMES_ZH[k] for k in changed)
    log_event(ticket, actor, "customer_edited", ticket.status, ticket.status, now=now,
              note=note, data={"fields": changed})


@dataclass(frozen=True)
class CustomerPage:
    """Everything on the customer page (personal data masked; times naive UTC)."""

    id: int
    name: str
    phone: str
    account_no: str
    address: str
    is_vip: bool
    note: str
    tickets: list[tuple]  # (id, ticket_no, created_at, type, status, subject)
    complaints: list[tuple]  # (id, ticket_no, received_at, stage, matter)
    surveys: list[tuple]  # (ticket_no, kind, status, invited_at, overall, comment)


def page(actor: Staff, customer_id: int) -> CustomerPage:
    """The customer's record with every ticket, complaint and survey, newest first."""
    permissions.require(actor, "customer.edit", "customer", customer_id)
    c = _get(customer_id)
    tickets = list(Ticket.select(Ticket.id, Ticket.ticket_no, Ticket.created_at, Ticket.type,
                                 Ticket.status, Ticket.subject)
                   .where(Ticket.customer == c.id)
                   .order_by(Ticket.created_at.desc(), Ticket.id.desc()).tuples())
    return CustomerPage(
        c.id, privacy.mask_name(c.name) or "", privacy.mask_phone(c.phone) or "",
        privacy.mask_account(c.account_no) or "", privacy.mask_address(c.address) or "",
        c.is_vip, c.note, [(*row[:5], privacy.mask_text(row[5])) for row in tickets],
        _complaints(c.id), _surveys(c.id))


def _complaints(customer_id: int) -> list[tuple]:
    if not database_proxy.obj.table_exists("complaint"):
        return []
    from helpdesk_gui.domain.complaints.models import Complaint

    rows = (Complaint.select(Complaint.id, Ticket.ticket_no, Complaint.received_at,
                             Complaint.stage, Complaint.matter)
            .join(Ticket).where(Ticket.customer == customer_id)
            .order_by(Complaint.received_at.desc()).tuples())
    return [(*row[:4], privacy.mask_text(row[4])) for row in rows]


def _surveys(customer_id: int) -> list[tuple]:
    from helpdesk_gui.domain.surveys.models import Survey

    rows = (Survey.select(Ticket.ticket_no, Survey.kind, Survey.status, Survey.invited_at,
                          Survey.overall, Survey.comment)
            .join(Ticket).where(Ticket.customer == customer_id)
            .order_by(Survey.invited_at.desc()).tuples())
    return [(*row[:5], privacy.mask_text(row[5])) for row in rows]
