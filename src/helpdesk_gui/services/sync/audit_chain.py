"""At headquarters: check a branch's audit chain, as the branch chained it.

A branch's audit rows arrive in its bundles and are kept in ``sync_audit_row`` exactly
as written there; its chain is keyed with the branch's own installation secret, which
travels inside the (signed, encrypted) bundle and is kept here outside the database
(``keys.audit_key``). The walk is the one ``audit verify`` does on the branch.
"""

from __future__ import annotations

from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.security import chain
from helpdesk_gui.domain.security.models import GENESIS_HASH
from helpdesk_gui.domain.sync.models import SyncAuditRow
from helpdesk_gui.services.security import permissions
from helpdesk_gui.services.security.audit import VerifyResult
from helpdesk_gui.services.sync import keys


def verify_branch(actor: Staff, code: str) -> VerifyResult:
    """Walk branch ``code``'s audit rows received here with that branch's key."""
    permissions.require(actor, "audit.verify")
    key = keys.audit_key(code)
    previous_hash, previous_id, count = GENESIS_HASH, 0, 0
    query = SyncAuditRow.select().where(SyncAuditRow.site == code).order_by(
        SyncAuditRow.origin_id)
    for row in query.iterator():
        if row.prev_hash != previous_hash:
            return VerifyResult(False, count, row.origin_id,
                                f"branch {code}: it does not follow row #{previous_id}: a row "
                                "before it is missing or was changed", "removed")
        if chain.row_hash(key, row.prev_hash, row.uuid, row.at, row.actor_id, row.actor_no,
                          row.action, row.object_type, row.object_id, row.detail) != row.hash:
            return VerifyResult(False, count, row.origin_id,
                                f"branch {code}: its content differs from what the branch "
                                "chained (hash mismatch)", "edited")
        previous_hash, previous_id, count = row.hash, row.origin_id, count + 1
    if count == 0:
        return VerifyResult(False, 0, None, f"no audit rows of branch {code} here yet",
                            "truncated")
    return VerifyResult(True, count, anchor=f"branch {code}'s chain as received")
