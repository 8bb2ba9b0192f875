"""The audit trail: who did what, when — append-only, chained and keyed (HMAC-SHA-256).

Every row stores ``prev_hash`` (the hash of the row before it) and
``hash = HMAC(installation key, prev_hash + canonical JSON of the row's content)``. The
key lives outside the database (``db.secret``), so rewriting rows and recomputing the
chain with plain SHA-256 — all an insider with write access to the file can do — fails
``verify``. Editing a row changes its content so its hash no longer matches; deleting a
row leaves the next row pointing at a hash that is not its predecessor's; deleting the
last rows leaves the chain shorter than ``AuditHead`` says, and shorter than the newest
*anchor* kept outside the database (``anchor``: the anchors file, each backup's
manifest, each monthly PDF). ``verify`` walks the chain and names the first row that is
wrong, and which anchor it checked against.

Transactions: ``record`` runs inside the caller's transaction (a ticket change and its
audit row commit together or not at all). The chain head is read inside the write
transaction: on SQLite every write transaction begins IMMEDIATE, so the write lock is
held before the head is read; on PostgreSQL the head row is read ``FOR UPDATE``. Two
writers can therefore never chain onto the same head.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime

from helpdesk_gui.db import secret
from helpdesk_gui.db.connect import database_proxy, is_sqlite
from helpdesk_gui.domain.base import Meta, utcnow
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.security import chain
from helpdesk_gui.domain.security.models import GENESIS_HASH, AuditEntry, AuditHead


def canonical(detail: dict | None) -> str:
    """The one JSON spelling of a detail dict (sorted keys, no spaces, UTF-8 kept)."""
    return json.dumps(detail or {}, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"), default=str)


def row_hash(prev_hash: str, uuid: str, at: datetime | str, actor_id: int | None,
             actor_no: str, action: str, object_type: str, object_id: str,
             detail: str) -> str:
    """The keyed hash of one row (``domain.security.chain``) with this installation's key."""
    return chain.row_hash(secret.installation_key(), prev_hash, uuid, at, actor_id,
                          actor_no, action, object_type, object_id, detail)


def _head() -> AuditHead:
    query = AuditHead.select().where(AuditHead.id == 1)
    if not is_sqlite():
        query = query.for_update()
    head = query.first()
    if head is None:  # a database upgraded by hand: start the chain now
        head = AuditHead.create(id=1, last_id=0, last_hash=GENESIS_HASH, count=0)
    return head


def record(actor: Staff | None, action: str, object_type: str = "",
           object_id: object = "", detail: dict | None = None, *,
           actor_no: str | None = None, now: datetime | None = None) -> AuditEntry:
    """Append one audit row (inside the caller's transaction when there is one).

    ``actor`` is the acting staff member; for events without one (a sign-in attempt with
    an unknown employee number) pass ``actor=None`` and the typed ``actor_no``.
    """
    at = (now or utcnow()).replace(microsecond=0, tzinfo=None)
    number = (actor.employee_no if actor is not None else (actor_no or ""))[:32]
    actor_id = actor.id if actor is not None else None
    text = canonical(detail)
    db = database_proxy.obj
    # inside the caller's transaction already: no savepoint of its own (two statements
    # fewer on every audited change; a failure here rolls the caller's work back anyway)
    with nullcontext() if db.in_transaction() else db.atomic():
        head = _head()
        entry = AuditEntry(at=at, actor_id=actor_id, actor_no=number, action=action[:48],
                           object_type=object_type[:32], object_id=str(object_id)[:64],
                           detail=text, prev_hash=head.last_hash)
        entry.hash = row_hash(head.last_hash, entry.uuid, at, actor_id, number,
                              entry.action, entry.object_type, entry.object_id, text)
        entry.save(force_insert=True)
        (AuditHead.update(last_id=entry.id, last_hash=entry.hash, count=AuditHead.count + 1)
         .where(AuditHead.id == 1).execute())
    return entry


@dataclass(frozen=True)
class VerifyResult:
    """Outcome of a chain check: ``first_bad_id`` is the first row found wrong."""

    ok: bool
    checked: int
    first_bad_id: int | None = None
    reason: str = ""
    kind: str = ""  # edited, removed, truncated, wrong_key, behind_anchor
    anchor: str = ""  # which anchor outside the database the chain was checked against

    def message(self) -> str:
        against = f"; {self.anchor}" if self.anchor else ""
        if self.ok:
            return f"audit trail intact: {self.checked} rows checked{against}"
        if self.first_bad_id is None:
            return f"audit trail cannot be trusted: {self.reason}{against}"
        return f"audit trail broken at row #{self.first_bad_id}: {self.reason}{against}"


_FIELDS = (AuditEntry.id, AuditEntry.uuid, AuditEntry.at, AuditEntry.actor_id,
           AuditEntry.actor_no, AuditEntry.action, AuditEntry.object_type,
           AuditEntry.object_id, AuditEntry.detail, AuditEntry.prev_hash, AuditEntry.hash)


def _rows() -> Iterator[tuple]:
    return AuditEntry.select(*_FIELDS).order_by(AuditEntry.id).tuples().iterator()


def _meta(key: str) -> str:
    row = Meta.get_or_none(Meta.key == key)
    return row.value if row else ""


def database_id() -> str:
    """The database's name in the anchors file (a UUID set when the schema was made)."""
    return _meta(chain.DATABASE_ID_KEY)


def _walk(key: bytes) -> tuple[VerifyResult | None, int, int, str, dict[int, str]]:
    """Check every row; returns (failure or None, rows, last id, last hash, id -> hash)."""
    previous_hash, previous_id, count, hashes = GENESIS_HASH, 0, 0, {}
    for row_id, uuid, at, actor_id, actor_no, action, otype, oid, detail, prev, own in _rows():
        if prev != previous_hash:
            return (VerifyResult(False, count, row_id,
                                 f"it does not follow row #{previous_id}: a row before it was "
                                 "removed or changed", "removed"), count, previous_id,
                    previous_hash, hashes)
        if chain.row_hash(key, prev, uuid, at, actor_id, actor_no, action, otype, oid,
                          detail) != own:
            return (VerifyResult(False, count, row_id, "its content was edited after it was "
                                                       "written (hash mismatch)", "edited"),
                    count, previous_id, previous_hash, hashes)
        previous_hash, previous_id, count = own, row_id, count + 1
        hashes[row_id] = own
    return None, count, previous_id, previous_hash, hashes


def _check_anchor(anchor: dict | None, hashes: dict[int, str], count: int) -> VerifyResult | None:
    if anchor is None:
        return None
    last_id, last_hash = int(anchor.get("last_id") or 0), anchor.get("last_hash", "")
    if last_id and hashes.get(last_id) != last_hash:
        return VerifyResult(False, count, last_id,
                            f"row #{last_id}, the head when the anchor was taken, is missing "
                            "or differs: rows were removed or the chain was rewritten",
                            "behind_anchor")
    if count < int(anchor.get("count") or 0):
        return VerifyResult(False, count, last_id or None,
                            f"the anchor counted {anchor.get('count')} rows, the trail has "
                            f"{count}: rows were removed", "behind_anchor")
    return None


def describe_anchor(anchor: dict | None) -> str:
    if anchor is None:
        return ("no anchor outside the database yet (run: helpdesk-gui audit anchor); "
                "checked against the head row in the database only")
    return (f"checked against the anchor of {anchor.get('at', '?')} "
            f"({anchor.get('source', '?')}): row #{anchor.get('last_id')}, "
            f"{anchor.get('count')} rows, head {str(anchor.get('last_hash', ''))[:12]}…")


def verify(anchor: dict | None = None) -> VerifyResult:
    """Walk the whole chain with the installation's key; compare with the newest anchor.

    ``anchor`` is one given by hand (``audit verify --anchor FILE``); without it the
    newest anchor of this database in the anchors file is used.
    """
    if anchor is None:
        kept = secret.read_anchors(database_id())
        anchor = kept[-1] if kept else None
    against = describe_anchor(anchor)
    key = secret.installation_key()
    recorded = _meta(chain.KEY_ID_KEY)
    if recorded and recorded != chain.key_id(key):
        return VerifyResult(False, 0, None,
                            f"the trail was keyed with another installation secret (key "
                            f"{recorded}, this installation has {chain.key_id(key)}); copy "
                            f"the secret of the PC that wrote it to {secret.secret_path()}",
                            "wrong_key", against)
    failure, count, last_id, last_hash, hashes = _walk(key)
    if failure is not None:
        return VerifyResult(failure.ok, failure.checked, failure.first_bad_id, failure.reason,
                            failure.kind, against)
    head = AuditHead.get_or_none(AuditHead.id == 1)
    if head is not None and (head.last_hash != last_hash or head.count != count):
        return VerifyResult(False, count, head.last_id or None,
                            f"the trail ends at row #{last_id} after {count} rows, but "
                            f"{head.count} rows ending at row #{head.last_id} were written: "
                            "rows at the end were removed", "truncated", against)
    behind = _check_anchor(anchor, hashes, count)
    if behind is not None:
        return VerifyResult(False, behind.checked, behind.first_bad_id, behind.reason,
                            behind.kind, against)
    return VerifyResult(True, count, anchor=against)


def current_anchor(source: str) -> dict:
    """The chain's head now, as an anchor to keep outside the database."""
    head = AuditHead.get_or_none(AuditHead.id == 1)
    return {"database_id": database_id(), "at": utcnow().strftime("%Y-%m-%d %H:%M:%S"),
            "source": source, "last_id": head.last_id if head else 0,
            "last_hash": head.last_hash if head else GENESIS_HASH,
            "count": head.count if head else 0}


def anchor(source: str) -> dict:
    """Take an anchor now and keep it in the anchors file (owner-only); returns it."""
    taken = current_anchor(source)
    secret.append_anchor(taken)
    return taken


def anchor_line(taken: dict) -> str:
    """One line for paper and manifests: enough to check the chain against later."""
    return (f"audit anchor {taken['at']} UTC: row #{taken['last_id']}, {taken['count']} rows, "
            f"head {taken['last_hash']}")
