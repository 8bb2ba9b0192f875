"""The receipt (受理回执) handed to the customer, and the survey code printed on it.

The customer gets the satisfaction-survey code on paper at intake, long before the
ticket is closed and the routine survey is opened. ``ReceiptCode`` reserves that code
for the ticket: when the routine invitation is created later it takes the reserved code
(``services.surveys.answers.invite``), so the code on the slip is the one that answers.
``copies`` counts how many times the slip was printed (a reprint is not a new receipt).
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.domain.base import BaseModel, utcnow
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets.models import Ticket


class ReceiptCode(BaseModel):
    ticket = pw.ForeignKeyField(Ticket, unique=True, on_delete="RESTRICT")
    code = pw.CharField(max_length=12, unique=True)
    printed_at = pw.DateTimeField(default=utcnow)
    printed_by = pw.ForeignKeyField(Staff, on_delete="RESTRICT", index=False)
    copies = pw.IntegerField(default=1)


MODELS = [ReceiptCode]
