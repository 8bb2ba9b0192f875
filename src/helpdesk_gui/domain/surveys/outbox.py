"""The SMS outbox: every survey text handed to the gateway, and whether it went out.

Kept as rows so a gateway outage loses no invitation (the next run sends what failed)
and the report can count what really reached customers.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.domain.base import SyncedModel
from helpdesk_gui.domain.surveys.models import Survey


class SmsMessage(SyncedModel):
    survey = pw.ForeignKeyField(Survey, backref="messages", on_delete="RESTRICT",
                                index=False)  # the unique index below starts with it
    purpose = pw.CharField(max_length=16)  # invitation | reminder
    phone = pw.CharField(max_length=20)
    text = pw.TextField()
    status = pw.CharField(max_length=12, default="pending", index=True)  # pending|sent|failed
    attempts = pw.IntegerField(default=0)
    error = pw.CharField(max_length=300, default="")
    sent_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("survey", "purpose"), True),)


MODELS = [SmsMessage]
