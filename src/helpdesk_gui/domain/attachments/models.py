"""Attachments: photos of meters and damage, scanned letters, screenshots.

Why their own capability (not a column of tickets): the same kind of file hangs on a
ticket, a complaint or a suggestion, with one size limit, one viewer and one audit
rule. Why in the database and not on a shared drive: every seat of the hall server and
headquarters must see them, and backups and sync bundles must carry them without a
second store to keep in step. ``owner_type``/``owner_id`` name the record the file
belongs to; ``ticket`` is the numbered ticket whose history records it (the complaint's
or suggestion's own ticket), so "what happened to this request" stays one history.

The file's bytes are in ``content``; listings select the other columns only. Nothing is
hard-deleted: a file added by mistake is marked ``withdrawn_at`` and hidden.
"""

from __future__ import annotations

from types import MappingProxyType

import peewee as pw

from helpdesk_gui.domain.base import SyncedModel
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.tickets.models import Ticket

OWNER_TYPES = MappingProxyType({
    "ticket": ("Ticket", "工单"),
    "complaint": ("Complaint", "投诉"),
    "suggestion": ("Suggestion", "建议"),
})


class Attachment(SyncedModel):
    """One attached file and who added it (append-only; withdrawn, never deleted)."""

    branch = pw.ForeignKeyField(Branch, on_delete="RESTRICT", index=False)
    owner_type = pw.CharField(max_length=16)  # OWNER_TYPES
    owner_id = pw.IntegerField()
    ticket = pw.ForeignKeyField(Ticket, backref="attachments", null=True,
                                on_delete="RESTRICT")  # none: a suggestion without ticket
    file_name = pw.CharField(max_length=200)
    mime = pw.CharField(max_length=64)
    size = pw.IntegerField()
    sha256 = pw.CharField(max_length=64)
    content = pw.BlobField()
    added_by = pw.ForeignKeyField(Staff, on_delete="RESTRICT", index=False)
    withdrawn_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("owner_type", "owner_id"), False),)


MODELS = [Attachment]
