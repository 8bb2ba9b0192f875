"""The receipt (受理回执) and the printed ticket record, as data ready to lay out.

Everything that needs the database happens here, off the GUI thread: the ticket, the
branch's phone, the masked personal data, deadlines in the branch's time zone, the
survey code reserved for the ticket and its QR code (``segno``, pure Python: PNG bytes
without an imaging library). The screen only lays the result out and prints it.

Printing the receipt reserves the survey code the first time and counts reprints; each
print is audited. Personal data is masked on paper (SERVICE_STANDARD §12).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import segno

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain import vocabulary as v
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.tickets.models import Customer, Ticket
from helpdesk_gui.domain.tickets.receipts import ReceiptCode
from helpdesk_gui.services.security import audit, hall_settings, permissions, privacy
from helpdesk_gui.services.tickets import detail as ticket_detail
from helpdesk_gui.services.tickets.intake import commitment
from helpdesk_gui.services.tickets.records import get_ticket


def local(value: datetime | None, tz: str) -> str:
    """A naive-UTC instant as the branch's wall-clock ``yyyy-mm-dd HH:MM``."""
    if value is None:
        return ""
    return value.replace(tzinfo=UTC).astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M")


def name_of(table, code: object, chinese: bool) -> str:
    pair = table.get(code)
    return str(code) if pair is None else pair[1 if chinese else 0]


@dataclass(frozen=True)
class Receipt:
    """What the slip shows; personal data already masked, times in the branch's zone."""

    hall_name: str
    hall_phone: str
    ticket_no: str
    type: str
    level: str
    channel: str
    customer_name: str
    phone: str
    account_no: str
    asked_for: str
    received_at: str
    respond_by: str
    resolve_by: str
    commitment: str
    clerk_no: str
    window: str
    survey_code: str
    survey_link: str  # what the QR code holds
    qr_png: bytes
    copy: int  # 1 for the first print, 2.. for reprints
    footer: str


def qr_png(data: str, scale: int = 4) -> bytes:
    """A QR code as PNG bytes (medium error correction survives a creased slip)."""
    buffer = io.BytesIO()
    segno.make(data, error="m", micro=False).save(buffer, kind="png", scale=scale, border=2)
    return buffer.getvalue()


def _reserve_code(ticket: Ticket, actor: Staff, now: datetime) -> ReceiptCode:
    """The ticket's receipt row: the survey code reserved on first print, reprints counted."""
    from helpdesk_gui.domain.surveys.models import Survey
    from helpdesk_gui.services.surveys.answers import new_code

    row = ReceiptCode.get_or_none(ReceiptCode.ticket == ticket.id)
    if row is None:
        survey = Survey.get_or_none(Survey.ticket == ticket.id, Survey.kind == "routine")
        code = survey.code if survey is not None else new_code()
        return ReceiptCode.create(ticket=ticket.id, code=code, printed_at=now, printed_by=actor)
    row.copies += 1
    row.printed_at, row.printed_by = now, actor
    row.save()
    return row


def _asked_for(ticket: Ticket) -> str:
    text = ticket.request or ticket.subject or ticket.description
    return privacy.mask_text(text)


def survey_link(code: str, url: str) -> str:
    """The survey address with the code, or the bare code when the hall has no web form."""
    if not url:
        return code
    return url.replace("{code}", code) if "{code}" in url else f"{url.rstrip('/')}/{code}"


def print_receipt(ticket_id: int, actor: Staff, window: str, chinese: bool = True,
                  now: datetime | None = None) -> Receipt:
    """The receipt of ``ticket_id``; reserves its survey code and audits the print."""
    permissions.require(actor, "receipt.print", "ticket", ticket_id)
    now = now or utcnow()
    with database_proxy.obj.atomic():
        ticket = get_ticket(ticket_id)
        branch = Branch.get_by_id(ticket.branch_id)
        settings = hall_settings.branch_settings(branch.id)
        row = _reserve_code(ticket, actor, now)
        window = window or hall_settings.staff_window(actor.id)
        audit.record(actor, "ticket.receipt_printed", "ticket", ticket.id,
                     {"ticket_no": ticket.ticket_no, "copy": row.copies, "window": window})
    customer = Customer.get_or_none(Customer.id == ticket.customer_id)
    link = survey_link(row.code, settings["survey_url"])
    tz = branch.timezone
    return Receipt(
        hall_name=branch.name, hall_phone=settings["hall_phone"], ticket_no=ticket.ticket_no,
        type=name_of(v.TICKET_TYPES, ticket.type, chinese),
        level=name_of(v.LEVELS, ticket.level, chinese),
        channel=name_of(v.CHANNELS, ticket.channel, chinese),
        customer_name=privacy.mask_name(ticket.customer_name) or "",
        phone=privacy.mask_phone(customer.phone if customer else None) or "",
        account_no=privacy.mask_account(customer.account_no if customer else None) or "",
        asked_for=_asked_for(ticket), received_at=local(ticket.created_at, tz),
        respond_by=local(ticket.response_due, tz), resolve_by=local(ticket.resolve_due, tz),
        commitment=commitment(ticket)[0 if chinese else 1], clerk_no=actor.employee_no,
        window=window, survey_code=row.code, survey_link=link, qr_png=qr_png(link),
        copy=row.copies, footer=settings["receipt_footer"])


@dataclass(frozen=True)
class TicketRecord:
    """The full ticket for paper: the masked detail, its history, the branch's zone."""

    hall_name: str
    timezone: str
    detail: ticket_detail.TicketDetail
    printed_by: str
    printed_at: str


def ticket_record(ticket_id: int, actor: Staff, now: datetime | None = None) -> TicketRecord:
    """The whole ticket with history, masked, for printing (audited as a print)."""
    permissions.require(actor, "receipt.print", "ticket", ticket_id)
    detail = ticket_detail.ticket_detail(ticket_id, actor=actor)
    branch = Branch.get_by_id(get_ticket(ticket_id).branch_id)
    now = now or utcnow()
    with database_proxy.obj.atomic():
        audit.record(actor, "ticket.record_printed", "ticket", ticket_id,
                     {"ticket_no": detail.ticket_no})
    return TicketRecord(branch.name, branch.timezone, detail,
                        f"{actor.employee_no} {actor.name}", local(now, branch.timezone))


def reserved_code(ticket_id: int) -> str | None:
    """The survey code printed on the ticket's receipt, if one was printed."""
    return ReceiptCode.select(ReceiptCode.code).where(ReceiptCode.ticket == ticket_id).scalar()


def ticket_of_reserved_code(code: str) -> str | None:
    """The ticket number whose receipt carries ``code`` (for a helpful message)."""
    return (ReceiptCode.select(Ticket.ticket_no).join(Ticket)
            .where(ReceiptCode.code == code).scalar())
