"""The conflicts this site recorded while applying bundles, with each decision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.sync.models import SyncConflict
from helpdesk_gui.services.security import permissions
from helpdesk_gui.services.sync import sites


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


def list_conflicts(actor: Staff, limit: int = 1000) -> list[ConflictRow]:
    """Newest first."""
    permissions.require(actor, "sync.view")
    sites.own_site()
    query = SyncConflict.select().order_by(SyncConflict.id.desc()).limit(limit)
    return [ConflictRow(c.id, c.detected_at, c.table_name, c.row_key, c.from_site,
                        c.bundle_seq, c.kind, c.incoming_version, c.local_version, c.winner,
                        c.decision) for c in query]


def days_since_last_sent(actor: Staff) -> int | None:
    """For the status-bar hint (see ``sites.days_since_last_sent``)."""
    return sites.days_since_last_sent(actor)
