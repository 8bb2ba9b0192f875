"""Schema step 1: branches, staff, customers, tickets, their history and the search index."""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.db import search
from helpdesk_gui.domain.base import Meta
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.tickets.models import Customer, Ticket, TicketCounter, TicketEvent

CORE_MODELS = [Meta, Branch, Staff, Customer, Ticket, TicketEvent, TicketCounter]


def upgrade(database: pw.Database) -> None:
    """Create the core tables and the full-text search index."""
    database.create_tables(CORE_MODELS)
    search.create_index(database)
