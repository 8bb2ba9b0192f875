"""How one audit row is hashed: HMAC-SHA-256 keyed with the installation's secret.

``row_hash`` covers the previous row's hash and this row's content, so the rows form a
chain; the key (``db.secret.installation_key``) means that someone who rewrites rows
cannot recompute the chain with plain SHA-256 and pass ``audit verify``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime

STAMP = "%Y-%m-%d %H:%M:%S"
KEY_ID_KEY = "audit_key_id"  # meta row: which secret keyed this database's chain
DATABASE_ID_KEY = "database_id"  # meta row: names the database in the anchors file


def _stamp(at: datetime | str) -> str:
    return at if isinstance(at, str) else at.strftime(STAMP)


def row_hash(key: bytes, prev_hash: str, uuid: str, at: datetime | str,
             actor_id: int | None, actor_no: str, action: str, object_type: str,
             object_id: str, detail: str) -> str:
    """HMAC-SHA-256 of the previous hash and this row's content (as stored)."""
    content = json.dumps([uuid, _stamp(at), actor_id, actor_no, action, object_type,
                          object_id, detail], ensure_ascii=False, separators=(",", ":"))
    return hmac.new(key, (prev_hash + content).encode("utf-8"), hashlib.sha256).hexdigest()


def key_id(key: bytes) -> str:
    """A public fingerprint of the key: tells "another secret" from "rows rewritten"."""
    return hmac.new(key, b"helpdesk audit key id", hashlib.sha256).hexdigest()[:16]


def _legacy_hash(prev_hash: str, content: list) -> str:
    text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + text).encode("utf-8")).hexdigest()


def rekey(key: bytes) -> str:
    """Re-chain every audit row with ``key`` (the upgrade from the plain SHA-256 chain).

    The plain chain is checked first and the outcome returned (kept in ``meta``), so a
    trail that was already broken before the upgrade is not silently made whole.
    """
    from helpdesk_gui.domain.security.models import GENESIS_HASH, AuditEntry, AuditHead

    legacy_prev, keyed_prev, count, broken = GENESIS_HASH, GENESIS_HASH, 0, ""
    for row in AuditEntry.select().order_by(AuditEntry.id).iterator():
        content = [row.uuid, _stamp(row.at), row.actor_id, row.actor_no, row.action,
                   row.object_type, row.object_id, row.detail]
        if not broken and (row.prev_hash != legacy_prev
                           or _legacy_hash(row.prev_hash, content) != row.hash):
            broken = f"plain chain broken at row #{row.id} before the upgrade"
        legacy_prev = row.hash
        new = row_hash(key, keyed_prev, row.uuid, row.at, row.actor_id, row.actor_no,
                       row.action, row.object_type, row.object_id, row.detail)
        AuditEntry.update(prev_hash=keyed_prev, hash=new).where(AuditEntry.id == row.id).execute()
        keyed_prev, count = new, count + 1
    AuditHead.update(last_hash=keyed_prev).where(AuditHead.id == 1).execute()
    return broken or f"plain chain intact ({count} rows) when keyed"
