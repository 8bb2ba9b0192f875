"""The audit trail: who did what, when — append-only and chained with SHA-256.

Every row stores ``prev_hash`` (the hash of the row before it) and
``hash = sha256(prev_hash + canonical JSON of the row's content)``. Editing a row changes
its content so its hash no longer matches; deleting a row leaves the next row pointing at
a hash that is not its predecessor's; deleting the last rows leaves the chain shorter than
``AuditHead`` says. ``verify`` walks the chain and names the first row that is wrong.

Transactions: ``record`` runs inside the caller's transaction (a ticket change and its
audit row commit together or not at all). The chain head is read inside the write
transaction: on SQLite every write transaction begins IMMEDIATE, so the write lock is
held before the head is read; on PostgreSQL the head row is read ``FOR UPDATE``. Two
writers can therefore never chain onto the same head.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from helpdesk_gui.db.connect import database_proxy, is_sqlite
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.security.models import GENESIS_HASH, AuditEntry, AuditHead

STAMP = "%Y-%m-%d %H:%M:%S"


def canonical(detail: dict | None) -> str:
    """The one JSON spelling of a detail dict (sorted keys, no spaces, UTF-8 kept)."""
    return json.dumps(detail or {}, sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"), default=str)


def _stamp(at: datetime | str) -> str:
    return at if isinstance(at, str) else at.strftime(STAMP)


def row_hash(prev_hash: str, uuid: str, at: datetime | str, actor_id: int | None,
             actor_no: str, action: str, object_type: str, object_id: str,
             detail: str) -> str:
    """SHA-256 of the previous hash and this row's content (as stored)."""
    content = json.dumps([uuid, _stamp(at), actor_id, actor_no, action, object_type,
                          object_id, detail], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + content).encode("utf-8")).hexdigest()


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
    with database_proxy.obj.atomic():
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
    kind: str = ""  # "edited", "removed" or "truncated" (for translated messages)

    def message(self) -> str:
        if self.ok:
            return f"audit trail intact: {self.checked} rows checked"
        return f"audit trail broken at row #{self.first_bad_id}: {self.reason}"


_FIELDS = (AuditEntry.id, AuditEntry.uuid, AuditEntry.at, AuditEntry.actor_id,
           AuditEntry.actor_no, AuditEntry.action, AuditEntry.object_type,
           AuditEntry.object_id, AuditEntry.detail, AuditEntry.prev_hash, AuditEntry.hash)


def _rows() -> Iterator[tuple]:
    return AuditEntry.select(*_FIELDS).order_by(AuditEntry.id).tuples().iterator()


def verify() -> VerifyResult:
    """Walk the whole chain; report the first edited, removed or re-ordered row."""
    previous_hash, previous_id, count = GENESIS_HASH, 0, 0
    for row_id, uuid, at, actor_id, actor_no, action, otype, oid, detail, prev, own in _rows():
        if prev != previous_hash:
            return VerifyResult(False, count, row_id,
                                f"it does not follow row #{previous_id}: a row before it was "
                                "removed or changed", "removed")
        if row_hash(prev, uuid, at, actor_id, actor_no, action, otype, oid, detail) != own:
            return VerifyResult(False, count, row_id, "its content was edited after it was "
                                                      "written (hash mismatch)", "edited")
        previous_hash, previous_id, count = own, row_id, count + 1
    head = AuditHead.get_or_none(AuditHead.id == 1)
    if head is not None and (head.last_hash != previous_hash or head.count != count):
        return VerifyResult(False, count, head.last_id or None,
                            f"the trail ends at row #{previous_id} after {count} rows, but "
                            f"{head.count} rows ending at row #{head.last_id} were written: "
                            "rows at the end were removed", "truncated")
    return VerifyResult(True, count)


def check_chain(actor: Staff) -> VerifyResult:
    """``verify`` for a staff member allowed to (``audit.verify``); a denial is audited."""
    from helpdesk_gui.services.security import permissions

    permissions.require(actor, "audit.verify")
    return verify()


@dataclass(frozen=True)
class AuditFilter:
    """What the audit page shows. ``None``/empty means "any"; times are UTC."""

    since: datetime | None = None
    until: datetime | None = None  # exclusive
    actor_no: str = ""
    action: str = ""  # exact action, or a prefix ending in "." (e.g. "auth.")
    object_type: str = ""
    object_id: str = ""
    before_id: int | None = None  # keyset paging: rows older than this id
    limit: int = 500


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor_no: str
    action: str
    object_type: str
    object_id: str
    detail: dict


def _conditions(f: AuditFilter) -> list:
    conds = []
    if f.since is not None:
        conds.append(AuditEntry.at >= f.since)
    if f.until is not None:
        conds.append(AuditEntry.at < f.until)
    if f.actor_no.strip():
        conds.append(AuditEntry.actor_no == f.actor_no.strip())
    if f.action.endswith("."):
        conds.append(AuditEntry.action.startswith(f.action))
    elif f.action:
        conds.append(AuditEntry.action == f.action)
    if f.object_type:
        conds.append(AuditEntry.object_type == f.object_type)
    if f.object_id:
        conds.append(AuditEntry.object_id == f.object_id)
    if f.before_id is not None:
        conds.append(AuditEntry.id < f.before_id)
    return conds


def query(f: AuditFilter | None = None) -> list[AuditRow]:
    """Audit rows matching the filter, newest first (at most ``limit``)."""
    f = f or AuditFilter()
    select = AuditEntry.select(AuditEntry.id, AuditEntry.at, AuditEntry.actor_no,
                               AuditEntry.action, AuditEntry.object_type,
                               AuditEntry.object_id, AuditEntry.detail)
    conds = _conditions(f)
    if conds:
        select = select.where(*conds)
    rows = select.order_by(AuditEntry.id.desc()).limit(f.limit).tuples()
    return [AuditRow(i, at, no, action, otype, oid, _loads(detail))
            for i, at, no, action, otype, oid, detail in rows]


def _loads(text: str) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {"raw": text}
    return value if isinstance(value, dict) else {"value": value}


def known_actions() -> list[str]:
    """The actions present in the trail, for the audit page's filter list."""
    rows = AuditEntry.select(AuditEntry.action).distinct().order_by(AuditEntry.action)
    return [action for (action,) in rows.tuples()]
