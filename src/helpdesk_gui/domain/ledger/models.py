"""Ledger imports (台账): which rows of paper/Excel ledgers were already imported.

Remembering each row's key (ticket number or content hash) makes a second import of the
same file add nothing.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.domain.base import SyncedModel
from helpdesk_gui.domain.tickets.models import Ticket


class LedgerRow(SyncedModel):
    """A ledger row already imported: its key (ticket number or content hash)."""

    key = pw.CharField(max_length=64, unique=True)
    ticket = pw.ForeignKeyField(Ticket, on_delete="RESTRICT")
    source = pw.CharField(max_length=255, default="")


MODELS = [LedgerRow]
