"""Personal data: masked by default, revealed one field at a time, erased after retention.

SERVICE_STANDARD §12: "personal information masked on screen and on paper unless the
role needs it (phone 138****1234)" and "records kept as long as the retention policy says
and no longer". So:

* ``mask_*`` are the single spelling of a masked value, used by tables, exports and
  PDFs alike (names keep their first character: 张三 → 张*, 欧阳修 → 欧**);
* ``reveal`` gives one clear field of one customer to a role allowed to see it, with a
  stated reason; the audit row records who, which field and why — never the value;
* ``anonymize_closed_before`` (the retention job) masks the personal data of tickets
  finished more than N years ago and erases the customers who have no later ticket.
  Ticket numbers, types, dates and resolutions stay, so statistics are unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from helpdesk_gui.db import search
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import NotFound, ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.security.models import ErasedTicket
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.tickets.models import Customer, Ticket
from helpdesk_gui.services.security import audit, permissions
from helpdesk_gui.services.tickets.records import ticket_terms

DEFAULT_RETENTION_YEARS = 3
MIN_RETENTION_YEARS = 3  # §4: closed tickets are kept at least 3 years
BATCH = 500


def mask_phone(phone: str | None) -> str | None:
    """138****1234: first three and last four digits; short numbers keep less."""
    if not phone:
        return phone
    n = len(phone)
    if n >= 8:
        return phone[:3] + "*" * (n - 7) + phone[-4:]
    if n >= 3:
        return phone[:1] + "*" * (n - 2) + phone[-1:]
    return "*" * n


def mask_name(name: str | None) -> str | None:
    """张三 → 张*, 欧阳修 → 欧**, Li Lei → L* ***: the first character only."""
    if not name:
        return name
    if len(name) == 1:
        return "*"
    return name[0] + "".join(" " if c == " " else "*" for c in name[1:])


def mask_account(account: str | None) -> str | None:
    """户号 1234567890 → 12****7890: first two and last four characters."""
    if not account:
        return account
    n = len(account)
    if n > 6:
        return account[:2] + "*" * (n - 6) + account[-4:]
    return "*" * (n - 2) + account[-2:] if n > 2 else "*" * n


def mask_id_no(id_no: str | None) -> str | None:
    """Resident ID 110101199001011234 → 110***********1234 (region prefix and last four)."""
    if not id_no:
        return id_no
    n = len(id_no)
    if n > 7:
        return id_no[:3] + "*" * (n - 7) + id_no[-4:]
    return "*" * n


def mask_address(address: str | None) -> str | None:
    """Keep the district (first six characters), hide the rest."""
    if not address:
        return address
    return address[:6] + "****" if len(address) > 6 else address[:2] + "****"


MASKS = {"name": mask_name, "phone": mask_phone, "account_no": mask_account,
         "address": mask_address, "id_no": mask_id_no}
"""Field name -> its mask; the fields ``reveal`` can show."""

_MOBILE_IN_TEXT = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
_ID_IN_TEXT = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")


def mask_text(text: str) -> str:
    """Free text with mobile numbers and ID numbers in it masked."""
    text = _ID_IN_TEXT.sub(lambda m: mask_id_no(m.group()) or "", text or "")
    return _MOBILE_IN_TEXT.sub(lambda m: mask_phone(m.group()) or "", text)


def mask(field: str, value: str | None) -> str | None:
    """The masked form of ``value`` for a customer field (name, phone, account_no...)."""
    return MASKS[field](value)


def reveal(actor: Staff, customer_id: int, field: str, reason: str) -> str:
    """One clear field of one customer, for a role that needs it; audited with the reason."""
    if field not in MASKS or field == "id_no":
        raise ValidationError({"field": f"{field!r} cannot be revealed"})
    reason = validation.text("reason", reason, required=True, limit=200)
    permissions.require(actor, "customer.reveal", "customer", customer_id)
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None:
        raise NotFound(f"customer #{customer_id} does not exist")
    with database_proxy.obj.atomic():
        audit.record(actor, "customer.reveal", "customer", customer_id,
                     {"field": field, "reason": reason})
    return getattr(customer, field) or ""


@dataclass(frozen=True)
class RetentionReport:
    """What one retention run did (shown by the scheduler and the CLI)."""

    cutoff: datetime
    tickets: int
    customers: int

    def message(self) -> str:
        return (f"retention: personal data of {self.tickets} tickets finished before "
                f"{self.cutoff:%Y-%m-%d} anonymized; {self.customers} customers erased")


def cutoff_for(years: int, now: datetime | None = None) -> datetime:
    """``years`` calendar years before ``now`` (29 February falls back to the 28th)."""
    now = now or utcnow()
    try:
        return now.replace(year=now.year - years)
    except ValueError:
        return (now - timedelta(days=1)).replace(year=now.year - years)


def _expired_tickets(cutoff: datetime):
    """Tickets finished before the cutoff whose personal data is still there."""
    closed = (Ticket.status == "closed") & (Ticket.closed_at < cutoff)
    dropped = Ticket.status.in_(("cancelled", "merged")) & (Ticket.updated_at < cutoff)
    erased = ErasedTicket.select(ErasedTicket.ticket)
    return Ticket.select().where((closed | dropped) & Ticket.id.not_in(erased))


def _anonymize_ticket(ticket: Ticket, now: datetime) -> None:
    """Mask the name on the ticket and wherever it (or a phone/ID number) is in the text."""
    old_terms = ticket_terms(ticket)
    names = {ticket.customer_name}
    if ticket.customer_id is not None:
        names.add(Customer.get_by_id(ticket.customer_id).name)
    names = sorted((n for n in names if n and len(n) > 1), key=len, reverse=True)
    for field in ("subject", "description", "request", "resolution"):
        text = mask_text(getattr(ticket, field))
        for name in names:
            text = text.replace(name, mask_name(name) or "")
        setattr(ticket, field, text)
    ticket.customer_name = mask_name(ticket.customer_name) or ""
    ticket.save()
    search.reindex(ticket.id, old_terms, ticket_terms(ticket))
    ErasedTicket.create(ticket=ticket.id, at=now)


def _erase_customer(customer_id: int) -> bool:
    """Erase a customer unless a ticket of theirs is open or finished after the cutoff."""
    erased = ErasedTicket.select(ErasedTicket.ticket)
    if Ticket.select().where(Ticket.customer == customer_id, Ticket.id.not_in(erased)).exists():
        return False
    customer = Customer.get_or_none(Customer.id == customer_id)
    if customer is None or (customer.phone is None and customer.account_no is None
                            and not customer.address and not customer.note):
        return False
    customer.name = mask_name(customer.name) or ""
    customer.phone = customer.account_no = None
    customer.address, customer.note = "", ""
    customer.touch()
    customer.save()
    return True


def check_retention_years(years: int) -> int:
    """The retention period, refused below the standard's minimum (§4: kept at least
    3 years) — a shorter period would erase records the hall must still be able to show."""
    if isinstance(years, bool) or not isinstance(years, int) or years < MIN_RETENTION_YEARS:
        raise ValidationError({"years": f"keep closed tickets at least {MIN_RETENTION_YEARS} "
                                        f"years (SERVICE_STANDARD §4), not {years!r}"})
    return years


def anonymize_closed_before(years: int = DEFAULT_RETENTION_YEARS, now: datetime | None = None,
                            actor: Staff | None = None) -> RetentionReport:
    """The retention job: anonymize tickets finished more than ``years`` years ago.

    Runs in batches of ``BATCH`` tickets, one transaction each, so the counters are not
    kept waiting; a run can be interrupted and simply continues next time.
    """
    check_retention_years(years)
    if actor is not None:
        permissions.require(actor, "privacy.anonymize")
    now = now or utcnow()
    cutoff = cutoff_for(years, now)
    tickets = customers = 0
    while True:
        with database_proxy.obj.atomic():
            batch = list(_expired_tickets(cutoff).order_by(Ticket.id).limit(BATCH))
            for ticket in batch:
                _anonymize_ticket(ticket, now)
            owners = {t.customer_id for t in batch if t.customer_id is not None}
            customers += sum(_erase_customer(c) for c in sorted(owners))
        tickets += len(batch)
        if len(batch) < BATCH:
            break
    report = RetentionReport(cutoff, tickets, customers)
    audit.record(actor, "privacy.anonymize", "", "",
                 {"years": years, "cutoff": cutoff, "tickets": tickets,
                  "customers": customers}, actor_no="" if actor else "scheduler", now=now)
    return report
