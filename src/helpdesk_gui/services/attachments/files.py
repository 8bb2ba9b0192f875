"""Adding and reading attachments (photos, scanned PDFs, screenshots).

* the file's kind is read from its first bytes, not trusted from its name, so a renamed
  program is never stored as a "photo";
* one size limit (``MAX_BYTES``) with a message naming the file, its size and the limit;
* adding writes the file, a ticket history step and an audit row in one transaction;
  opening a file is audited too (it may show personal data: a letter, an ID card);
* only ticket workers may add or open files (``attachment.add`` / ``attachment.view``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.attachments.models import OWNER_TYPES, Attachment
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import NotFound, ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.security import audit, permissions
from helpdesk_gui.services.tickets.records import get_ticket, log_event

MAX_BYTES = 10 * 1024 * 1024
SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif"), (b"BM", "image/bmp"),
    (b"%PDF-", "application/pdf"),
)
ACCEPTED = "PNG, JPEG, GIF, BMP, WebP, PDF"


def kind_of(data: bytes) -> str | None:
    """The MIME type from the file's first bytes, or None for a kind we do not keep."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return next((mime for magic, mime in SIGNATURES if data.startswith(magic)), None)


def megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"


def check_file(file_name: str, size: int) -> None:
    """Refuse a file over the limit before reading it (the screen calls this first)."""
    if size > MAX_BYTES:
        raise ValidationError({"file": f"{file_name} is {megabytes(size)}; files up to "
                                       f"{megabytes(MAX_BYTES)} can be attached"})
    if size == 0:
        raise ValidationError({"file": f"{file_name} is empty"})


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    file_name: str
    mime: str
    size: int
    added_by: str
    added_at: datetime

    @property
    def is_image(self) -> bool:
        return self.mime.startswith("image/")


def _owner_ticket(owner_type: str, owner_id: int, actor: Staff) -> tuple[int | None, int]:
    """(ticket id whose history records the file, branch id) of the owning record."""
    if owner_type == "ticket":
        ticket = Ticket.get_or_none(Ticket.id == owner_id)
        if ticket is None:
            raise NotFound(f"ticket #{owner_id} does not exist")
        return ticket.id, ticket.branch_id
    if owner_type == "complaint":
        from helpdesk_gui.domain.complaints.models import Complaint as Model
    elif owner_type == "suggestion":
        from helpdesk_gui.domain.suggestions.models import Suggestion as Model
    else:
        raise ValidationError({"owner_type": f"files cannot be attached to {owner_type!r}"})
    row = Model.get_or_none(Model.id == owner_id)
    if row is None:
        raise NotFound(f"{owner_type} #{owner_id} does not exist")
    if row.ticket_id is None:
        return None, actor.branch_id
    return row.ticket_id, Ticket.get_by_id(row.ticket_id).branch_id


def add(actor: Staff, owner_type: str, owner_id: int, file_name: str, data: bytes,
        now: datetime | None = None) -> Changes:
    """Attach one file; recorded in the ticket's history and the audit trail."""
    name = validation.text("file", (file_name or "").replace("\\", "/").split("/")[-1],
                           required=True, limit=200)
    check_file(name, len(data))
    mime = kind_of(data)
    if mime is None:
        raise ValidationError({"file": f"{name} is not a photo, screenshot or PDF "
                                       f"({ACCEPTED})"})
    if owner_type not in OWNER_TYPES:
        raise ValidationError({"owner_type": f"files cannot be attached to {owner_type!r}"})
    permissions.require(actor, "attachment.add", owner_type, owner_id)
    now = now or utcnow()
    with database_proxy.obj.atomic():
        ticket_id, branch_id = _owner_ticket(owner_type, owner_id, actor)
        digest = hashlib.sha256(data).hexdigest()
        row = Attachment.create(branch=branch_id, owner_type=owner_type, owner_id=owner_id,
                                ticket=ticket_id, file_name=name, mime=mime, size=len(data),
                                sha256=digest, content=data, added_by=actor,
                                created_at=now, updated_at=now)
        if ticket_id is not None:

            ticket = get_ticket(ticket_id)
            log_event(ticket, actor, "attached", ticket.status, ticket.status, now=now,
                      note=f"{name} ({megabytes(len(data))})",
                      data={"attachment_id": row.id, "owner": owner_type})
        audit.record(actor, "attachment.add", owner_type, owner_id,
                     {"attachment_id": row.id, "file_name": name, "mime": mime,
                      "size": len(data), "sha256": digest}, now=now)
    changes = Changes(kinds=frozenset({"attachment"}))
    return changes | Changes.ticket(ticket_id, "attachment") if ticket_id else changes


def list_for(actor: Staff, owner_type: str, owner_id: int) -> list[AttachmentRow]:
    """The files of one record, oldest first (without their bytes)."""
    if not permissions.allowed(actor, "attachment.view"):
        return []
    rows = (Attachment.select(Attachment.id, Attachment.file_name, Attachment.mime,
                              Attachment.size, Staff.name, Attachment.created_at)
            .join(Staff, on=(Attachment.added_by == Staff.id))
            .where(Attachment.owner_type == owner_type, Attachment.owner_id == owner_id,
                   Attachment.withdrawn_at.is_null())
            .order_by(Attachment.created_at, Attachment.id).tuples())
    return [AttachmentRow(*row) for row in rows]


def thumbnails(actor: Staff, ids: list[int]) -> dict[int, bytes]:
    """The bytes of the listed image files, for thumbnails on the record's own page."""
    if not ids or not permissions.allowed(actor, "attachment.view"):
        return {}
    return dict(Attachment.select(Attachment.id, Attachment.content)
                .where(Attachment.id.in_(ids), Attachment.mime.startswith("image/"))
                .tuples())


def open_file(actor: Staff, attachment_id: int) -> tuple[AttachmentRow, bytes]:
    """One file to view in full (audited: it may show personal data)."""
    permissions.require(actor, "attachment.view", "attachment", attachment_id)
    row = Attachment.get_or_none(Attachment.id == attachment_id)
    if row is None or row.withdrawn_at is not None:
        raise NotFound(f"attachment #{attachment_id} does not exist")
    with database_proxy.obj.atomic():
        audit.record(actor, "attachment.view", row.owner_type, row.owner_id,
                     {"attachment_id": row.id, "file_name": row.file_name})
    staff = Staff.get_by_id(row.added_by_id)
    return (AttachmentRow(row.id, row.file_name, row.mime, row.size, staff.name,
                          row.created_at), bytes(row.content))
