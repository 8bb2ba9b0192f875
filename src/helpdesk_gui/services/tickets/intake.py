"""Receiving a request at the counter: validate, find the customer, number the ticket.

Everything happens in one write transaction: customer, ticket, number, first history
event and search terms are written together or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass

from helpdesk_gui.db import search
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.tickets.models import Customer, Ticket, TicketEvent, event_data
from helpdesk_gui.domain.vocabulary import CHANNELS, LEVELS, TICKET_TYPES
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.customers import tiers
from helpdesk_gui.services.seats import registry as seats
from helpdesk_gui.services.security import audit, permissions
from helpdesk_gui.services.sla import setup as sla_setup
from helpdesk_gui.services.tickets import customers
from helpdesk_gui.services.tickets.numbering import next_number
from helpdesk_gui.services.tickets.records import ticket_terms

FIRST_CONTACT_TYPES = ("consultation",)


@dataclass(frozen=True)
class IntakeForm:
    """What the clerk entered on the intake page."""

    channel: str
    type: str
    level: int
    customer_name: str
    description: str
    phone: str | None = None
    account_no: str | None = None
    address: str = ""
    subject: str = ""
    request: str = ""
    first_contact_resolved: bool = False
    answer: str = ""  # the answer given on the spot (resolution record)
    customer_id: int | None = None  # chosen in the lookup list, if any
    # Earlier complaints flagged at intake that the clerk confirmed are the same matter:
    # carried onto the new complaint record as repeats (§5).
    repeat_of: tuple[int, ...] = ()
    # One submission's identity (the new ticket's UUID, ``new_request``): sent again after a
    # lost connection, it returns the ticket already committed instead of a second one.
    request_uuid: str | None = None


def new_request() -> str:
    """The identity of one submission of the intake form (``IntakeForm.request_uuid``)."""
    from helpdesk_gui.domain.base import new_uuid

    return new_uuid()


@dataclass(frozen=True)
class CreatedTicket:
    """The result shown to the clerk and read out to the customer."""

    id: int
    ticket_no: str
    status: str
    customer_id: int
    customer_created: bool
    commitment_zh: str  # e.g. "工作人员将在2小时内与您联系…"
    commitment_en: str
    changes: Changes


def _validate(form: IntakeForm) -> dict:
    (name, phone, account, channel, kind, level, description, request, subject, answer,
     address) = (
        validation.collect(
            lambda: validation.person_name(form.customer_name, field="customer_name"),
            lambda: validation.phone(form.phone),
            lambda: validation.account_no(form.account_no),
            lambda: validation.choice("channel", form.channel, CHANNELS),
            lambda: validation.choice("type", form.type, TICKET_TYPES),
            lambda: validation.choice("level", form.level, LEVELS),
            lambda: validation.text("description", form.description, required=True),
            lambda: validation.text("request", form.request, required=False),
            lambda: validation.text("subject", form.subject, required=False),
            lambda: validation.text("answer", form.answer, required=form.first_contact_resolved,
                                    limit=validation.LIMITS["resolution"]),
            lambda: validation.text("address", form.address, required=False),
        ))
    errors = {}
    if not phone and not account and form.customer_id is None:
        errors["phone"] = "give the customer's phone or account number"
    if form.first_contact_resolved and kind not in FIRST_CONTACT_TYPES:
        errors["first_contact_resolved"] = "only a consultation can be resolved at intake"
    if errors:
        raise ValidationError(errors)
    return dict(name=name, phone=phone, account=account, channel=channel, type=kind,
                level=level, description=description, request=request,
                subject=subject or _subject_from(description), answer=answer, address=address)


def _subject_from(description: str) -> str:
    first_line = description.splitlines()[0] if description else ""
    return first_line[:40]


def _customer(form: IntakeForm, data: dict, branch_id: int):
    if form.customer_id is not None:
        customer = Customer.get_or_none(Customer.id == form.customer_id)
        if customer is None:
            raise ValidationError({"customer_name": "the chosen customer no longer exists"})
        return customer, False
    return customers.find_or_create(branch_id, data["name"], data["phone"], data["account"],
                                    data["address"])


def _already_created(form: IntakeForm) -> CreatedTicket | None:
    """The ticket a retried submission already created (its reply was lost), or None."""
    if not form.request_uuid:
        return None
    ticket = Ticket.get_or_none(Ticket.uuid == form.request_uuid)
    if ticket is None:
        return None
    zh, en = commitment(ticket)
    changes = Changes(tickets=frozenset({ticket.id}), customers=frozenset({ticket.customer_id}),
                      kinds=frozenset({"created"}))
    return CreatedTicket(ticket.id, ticket.ticket_no, ticket.status, ticket.customer_id, False,
                         zh, en, changes)


def create_ticket(form: IntakeForm, actor: Staff) -> CreatedTicket:
    """Register a request and give it a number at once (SERVICE_STANDARD §2)."""
    data = _validate(form)
    permissions.require(actor, "ticket.create", "ticket")
    already = _already_created(form)
    if already is not None:
        return already
    now = utcnow()
    with database_proxy.obj.atomic():
        branch = actor.branch
        customer, created = _customer(form, data, branch.id)
        vip = tiers.at_intake(customer, data, now, new=created)  # §10: VIP, tighter level
        identity = {"uuid": form.request_uuid} if form.request_uuid else {}
        ticket = Ticket(  # written once, numbered last (below)
            **identity, branch=branch, ticket_no="", channel=data["channel"],
            type=data["type"], level=data["level"], status=sla_setup.initial_status(data["level"]),
            customer=customer, vip=vip,
            customer_name=data["name"], subject=data["subject"], description=data["description"],
            request=data["request"], received_by=actor, created_at=now, updated_at=now,
            window_no=seats.current_window() or None)
        if form.first_contact_resolved:
            _resolve_at_intake(ticket, data["answer"], now)
        # deadlines first, so the ticket row is written once with them (no second UPDATE
        # of the row and of its status and deadline indexes)
        clocks = sla_setup.new_clocks(ticket, now)
        # Numbering locks the branch's day counter until the transaction commits; every
        # other counter of the hall taking in a ticket waits on that row. Taking the number
        # last, once everything else is worked out, keeps that wait to the inserts below
        # (still in the same transaction: gap-free, nothing skipped on a rollback).
        ticket.ticket_no = next_number(branch, now)
        ticket.save(force_insert=True)
        clocks.ticket = ticket
        clocks.save(force_insert=True)
        _intake_history(ticket, actor, data["answer"], now)
        search.index_rows([(ticket.id, ticket_terms(ticket))])
        audit.record(actor, "ticket.created", "ticket", ticket.id,
                     {"ticket_no": ticket.ticket_no, "type": ticket.type, "level": ticket.level,
                      "status": ticket.status, "customer_id": customer.id})
        changes = Changes(tickets=frozenset({ticket.id}), customers=frozenset({customer.id}),
                          kinds=frozenset({"created"})) | _open_records(ticket, actor, form)
    zh, en = commitment(ticket, clocks.policy_version)
    return CreatedTicket(ticket.id, ticket.ticket_no, ticket.status, customer.id, created,
                         zh, en, changes)


def commitment(ticket: Ticket, policy_version: int | None = None) -> tuple[str, str]:
    """What the clerk promises. A complaint follows its own process (§5), so the banner
    states the complaint's deadlines, as the complaint page and its record do
    (``policy_version``: the ticket's, when the caller has it)."""
    if ticket.type == "complaint" and not ticket.first_contact_resolved:
        from helpdesk_gui.domain.complaints.models import ComplaintSetting

        hours = ComplaintSetting.get_int("ack_hours")
        days = ComplaintSetting.get_int("solution_working_days")
        return (f"我们将在{hours}小时内确认受理您的投诉，{days}个工作日内给出解决方案",
                f"We will acknowledge your complaint within {hours} hours and propose a "
                f"solution within {days} working days.")
    return (sla_setup.commitment_text(ticket, True, policy_version),
            sla_setup.commitment_text(ticket, False, policy_version))


def _open_records(ticket: Ticket, actor: Staff, form: IntakeForm) -> Changes:
    """Complaints and suggestions get their own record and process at intake (§5–§6).

    Imported here because those processes build on this module, not the other way round.
    """
    if ticket.type == "complaint" and not ticket.first_contact_resolved:
        from helpdesk_gui.services.complaints import process as complaints

        return complaints.open_for_ticket(ticket.id, actor, now=ticket.created_at,
                                          repeat_of=form.repeat_of).changes
    if ticket.type == "suggestion":
        from helpdesk_gui.services.suggestions import process as suggestions

        return suggestions.open_for_ticket(ticket.id, actor).changes
    return Changes()


def _resolve_at_intake(ticket: Ticket, answer: str, now) -> None:
    """A consultation answered on the spot: closed at once, counted as first-contact."""
    ticket.first_contact_resolved = True
    ticket.first_response_at = ticket.resolved_at = ticket.closed_at = now
    ticket.resolution = answer
    ticket.status = "closed"


def _intake_history(ticket: Ticket, actor: Staff, answer: str, now) -> None:
    """The ticket's first history rows in one statement: received, and when answered on
    the spot, resolved and closed."""
    rows = [("created", "", sla_setup.initial_status(ticket.level), "",
             {"channel": ticket.channel, "type": ticket.type, "level": ticket.level})]
    if ticket.first_contact_resolved:
        rows += [("resolved", "new", "resolved", answer, {"first_contact": True}),
                 ("closed", "resolved", "closed", "", None)]
    TicketEvent.insert_many(
        [{"ticket": ticket.id, "actor": actor.id, "kind": kind, "from_status": before,
          "to_status": after, "note": note, "at": now,
          "data": event_data(data)}
         for kind, before, after, note, data in rows]).execute()
