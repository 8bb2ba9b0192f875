"""One row per running client (a seat): its computer, counter window and who is signed in.

A seat row is opened at sign-in and closed at sign-out; ``last_seen_at`` is renewed
while the client runs, so a seat whose PC died shows as gone after a few minutes.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.domain.base import BaseModel, utcnow
from helpdesk_gui.domain.hall import Branch, Staff


class Seat(BaseModel):
    branch = pw.ForeignKeyField(Branch, on_delete="RESTRICT")
    computer = pw.CharField(max_length=64)
    window_no = pw.CharField(max_length=16, default="")  # 窗口号, "" for a back-office desk
    staff = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")
    signed_in_at = pw.DateTimeField(default=utcnow)
    last_seen_at = pw.DateTimeField(default=utcnow, index=True)
    closed_at = pw.DateTimeField(null=True)


MODELS = [Seat]
