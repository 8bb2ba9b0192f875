"""A ticket's own rows, for every service that works on tickets: the ticket found by id
or number, a step added to its history, and the text its search index holds.

They sit below intake, the flow and the other ticket services so that each of those can
use them without importing the others (intake opens complaints and suggestions, which
start the flow, which writes history).
"""

from __future__ import annotations

from helpdesk_gui.db import search
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import NotFound
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent, event_data


def ticket_terms(ticket: Ticket) -> str:
    """The search terms of a ticket: what the customer said and who they are (the
    columns the PostgreSQL index reads, so both backends index the same text)."""
    return search.terms(*(getattr(ticket, column) for column in search.TICKET_TEXT.columns))


def log_event(ticket: Ticket, actor: Staff, kind: str, before: str, after: str, *,
              note: str = "", data: dict | None = None, now=None) -> TicketEvent:
    """One step added to the ticket's history (``data``: the step's details, compact)."""
    return TicketEvent.create(
        ticket=ticket, actor=actor, kind=kind, from_status=before, to_status=after,
        note=note, at=now or utcnow(),
        data=event_data(data))


def get_ticket(ticket_id: int) -> Ticket:
    """A ticket by id, or ``NotFound``."""
    return Ticket.by_id(ticket_id)


def get_by_number(ticket_no: str) -> Ticket:
    """A ticket by its number, or ``NotFound``."""
    ticket = Ticket.get_or_none(Ticket.ticket_no == ticket_no.strip())
    if ticket is None:
        raise NotFound(f"no ticket numbered {ticket_no}")
    return ticket
