"""Finding the customer at the counter, and never registering the same one twice.

A customer is identified by contact phone or utility account number (户号). Intake
looks the customer up first; ``find_or_create`` reuses the customer who already has that
phone or account, fills in whichever of the two was missing, and refuses when the phone
and the account belong to two different customers (the clerk must check which is right).
"""

from __future__ import annotations

from dataclasses import dataclass

import peewee as pw

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets.models import Customer, Ticket
from helpdesk_gui.services.security import audit, permissions

LOOKUP_LIMIT = 50


@dataclass(frozen=True)
class CustomerRow:
    """A customer as shown in the intake lookup list."""

    id: int
    name: str
    phone: str | None
    account_no: str | None
    address: str
    is_vip: bool
    ticket_count: int


def lookup(query: str, actor: Staff, limit: int = LOOKUP_LIMIT) -> list[CustomerRow]:
    """Customers whose phone or account starts with ``query``, or whose name starts with it.

    The rows carry names, phones and accounts in clear (the clerk confirms the customer's
    identity with them), so the role must allow ``customer.lookup`` and each lookup is
    audited — with the query masked, as it is itself a phone or a name.
    """
    q = (query or "").strip()
    if not q:
        return []
    permissions.require(actor, "customer.lookup", "customer")
    compact = q.replace(" ", "").replace("-", "").replace("(", "").replace(")", "")
    cond = Customer.name.startswith(q)
    if compact.isascii() and compact.isalnum():
        cond = cond | Customer.phone.startswith(compact) | \
            Customer.account_no.startswith(compact.upper())
    if compact.isdigit() and 7 <= len(compact) <= 8:  # a landline typed without area code
        cond = cond | (Customer.phone.startswith("0") & Customer.phone.endswith(compact))
    counts = (Ticket.select(pw.fn.COUNT(Ticket.id)).where(Ticket.customer == Customer.id))
    rows = (Customer.select(Customer, counts.alias("n")).where(cond)
            .order_by(Customer.name, Customer.id).limit(limit))
    found = [CustomerRow(c.id, c.name, c.phone, c.account_no, c.address, c.is_vip, c.n)
             for c in rows]
    with database_proxy.obj.atomic():
        audit.record(actor, "customer.lookup", "customer", "",
                     {"query": q[:3] + "…", "found": len(found)})
    return found


def _existing(phone: str | None, account: str | None) -> Customer | None:
    by_phone = Customer.get_or_none(Customer.phone == phone) if phone else None
    by_account = Customer.get_or_none(Customer.account_no == account) if account else None
    if by_phone and by_account and by_phone.id != by_account.id:
        raise ValidationError({
            "account_no": f"account {account} belongs to {by_account.name}, but phone {phone} "
                          f"belongs to {by_phone.name}; check which one is right"})
    return by_phone or by_account


def find_or_create(branch_id: int, name: str, phone: str | None,
                   account_no: str | None, address: str = "") -> tuple[Customer, bool]:
    """The customer with this phone or account, created if new. Returns (customer, created).

    Must run inside the caller's write transaction so two counters registering the same
    new customer at once cannot both create it.
    """
    if not phone and not account_no:
        raise ValidationError({"phone": "give the customer's phone or account number"})
    customer = _existing(phone, account_no)
    if customer is None:
        customer = Customer.create(branch=branch_id, name=name, phone=phone,
                                   account_no=account_no, address=address)
        return customer, True
    changed = False
    if phone and not customer.phone:
        customer.phone, changed = phone, True
    if account_no and not customer.account_no:
        customer.account_no, changed = account_no, True
    if address and not customer.address:
        customer.address, changed = address, True
    if changed:
        customer.updated_at = utcnow()
        customer.save()
    return customer, False


@dataclass(frozen=True)
class HistoryRow:
    """One of the customer's earlier tickets, shown at intake."""

    id: int
    ticket_no: str
    created_at: object
    type: str
    status: str
    subject: str


def history(customer_id: int, limit: int = 20) -> list[HistoryRow]:
    """The customer's most recent tickets, newest first."""
    rows = (Ticket.select(Ticket.id, Ticket.ticket_no, Ticket.created_at, Ticket.type,
                          Ticket.status, Ticket.subject)
            .where(Ticket.customer == customer_id)
            .order_by(Ticket.created_at.desc(), Ticket.id.desc()).limit(limit).tuples())
    return [HistoryRow(*row) for row in rows]
