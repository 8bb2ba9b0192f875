"""The conflicts this site recorded while applying bundles, with each decision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.sync.models import SyncConflict
from helpdesk_gui.services.security import permissions
from helpdesk_gui.services.sync import records, sites


@dataclass(frozen=True)
class ConflictRow:
    id: int
    detected_at: datetime
    table_name: str
    row_key: str
    from_site: str
    bundle_seq: int
    kind: str
    incoming_version: str
    local_version: str
    winner: str
    decision: str
    record: str = ""  # the record for people: a ticket number, a staff member (masked)


def list_conflicts(actor: Staff, limit: int = 1000) -> list[ConflictRow]:
    """Newest first, each with its record named for people (``records.describe``)."""
    permissions.require(actor, "sync.view")
    sites.own_site()
    found = list(SyncConflict.select().order_by(SyncConflict.id.desc()).limit(limit))
    named = records.describe_all((c.table_name, c.row_key, c.data) for c in found)
    return [ConflictRow(c.id, c.detected_at, c.table_name, c.row_key, c.from_site,
                        c.bundle_seq, c.kind, c.incoming_version, c.local_version, c.winner,
                        c.decision, record) for c, record in zip(found, named, strict=True)]


def days_since_last_sent(actor: Staff) -> int | None:
    """For the status-bar hint (see ``sites.days_since_last_sent``)."""
    return sites.days_since_last_sent(actor)
