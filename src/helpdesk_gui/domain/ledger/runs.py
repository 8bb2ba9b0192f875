"""The journal of ledger imports: which run created which tickets and customers.

An import commits in small batches so the counters can keep writing meanwhile; the
journal is what lets a failed or interrupted run still leave nothing behind — every
ticket (and every customer it registered) is recorded in the same transaction that
creates it, and ``services.ledger.staging.roll_back`` removes exactly those rows.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.domain.base import BaseModel, utcnow


class ImportRun(BaseModel):
    """One import of one file: running, committed, or rolled back."""

    file = pw.CharField(max_length=255)
    actor_id = pw.IntegerField()
    host = pw.CharField(max_length=255, default="")
    pid = pw.IntegerField(default=0)
    status = pw.CharField(max_length=16, default="running", index=True)
    started_at = pw.DateTimeField(default=utcnow)
    finished_at = pw.DateTimeField(null=True)
    rows = pw.IntegerField(default=0)


class ImportRunRow(BaseModel):
    """A ticket a run created, and the customer it registered for it (if new)."""

    run = pw.ForeignKeyField(ImportRun, backref="rows_made", on_delete="CASCADE")
    ticket_id = pw.IntegerField(index=True)
    customer_id = pw.IntegerField(null=True)


RUN_MODELS = [ImportRun, ImportRunRow]
