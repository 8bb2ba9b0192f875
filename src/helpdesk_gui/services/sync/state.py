"""A canonical fingerprint of everything that travels, to compare sites and orders.

Rows are written by identity (UUID or natural key) with references as UUIDs and without
local ids, sorted, and hashed: two databases that hold the same records hash the same,
whatever order their rows were added in. Branches' audit rows kept here are in. Local
ledgers are left out: this site's own audit trail, the bookkeeping of bundles, and the
conflict log — which records what this site noticed on the way (a version superseded by
a later one of the same site before a third arrived is never seen as a conflict), while
the records themselves end the same in every order.
"""

from __future__ import annotations

import hashlib
import json

from helpdesk_gui.domain.sync.models import SyncAuditRow
from helpdesk_gui.domain.sync.tables import TABLES, SyncTable
from helpdesk_gui.services.sync import rows as codec
from helpdesk_gui.services.sync.outgoing import encode_row, references


def _table_lines(table: SyncTable) -> list[str]:
    found = list(table.model.select().dicts())
    if not found:
        return []
    cols = codec.columns(table)
    maps = references(table, found)
    return sorted(json.dumps(encode_row(table, cols, r, maps), ensure_ascii=False,
                             default=str) for r in found)


def table_hashes() -> dict[str, str]:
    """table -> SHA-256 of its canonical rows (plus the branches' audit rows, conflicts)."""
    out = {t.name: hashlib.sha256("\n".join(_table_lines(t)).encode()).hexdigest()
           for t in TABLES}
    audit = SyncAuditRow.select(SyncAuditRow.site, SyncAuditRow.origin_id,
                                SyncAuditRow.hash).order_by(SyncAuditRow.site,
                                                            SyncAuditRow.origin_id).tuples()
    out["sync_audit_row"] = hashlib.sha256(json.dumps(list(audit)).encode()).hexdigest()
    return out


def state_hash() -> str:
    """One hash over ``table_hashes``."""
    return hashlib.sha256(json.dumps(table_hashes(), sort_keys=True).encode()).hexdigest()

