"""Making and applying bundles: one file, everything since the last acknowledged one.

``export_bundle`` collects the rows (``outgoing``), the acknowledgement of what this site
applied from the peer, and — from a branch — its audit rows and audit key; seals the
payload to the peer (``seal``) and numbers it in the peer's sequence.

``import_bundle`` refuses a foreign, damaged or wrongly signed file before touching the
database, then in one transaction: a bundle already in the ledger is a no-op that says
so; one that comes before an earlier one is held; otherwise it is applied, and every held
bundle that now follows in sequence after it.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from helpdesk_gui.db import bulk, secret
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.sync.models import (
    SyncAuditRow,
    SyncIncoming,
    SyncOutgoing,
    SyncSelf,
    SyncSite,
)
from helpdesk_gui.domain.sync.tables import BY_NAME, TABLES
from helpdesk_gui.services.security import audit, permissions
from helpdesk_gui.services.sync import keys, merge, outgoing, seal, sites
from helpdesk_gui.services.sync.seal import BundleRefused

Progress = Callable[[int, int], None]
SUFFIX = ".hdsync"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    to_site: str
    seq: int
    rows: int
    size: int


@dataclass
class ImportResult:
    from_site: str
    seq: int
    status: str  # applied | held | duplicate
    applied_seqs: list[int] = field(default_factory=list)
    rows: int = 0
    conflicts: int = 0
    message: str = ""


def _peer(me: SyncSelf, code: str) -> SyncSite:
    site = SyncSite.get_or_none(SyncSite.code == code)
    if site is None:
        raise ValidationError({"site": f"site {code} is not registered here "
                                       "(helpdesk-gui sync site add)"})
    return site


def bundle_name(me: str, to: str, seq: int) -> str:
    return f"{me}-to-{to}-{seq:06d}{SUFFIX}"


def make_bundle(actor: Staff, to_site: str) -> tuple[bytes, ExportResult]:
    """The sealed bytes of the next bundle for ``to_site`` (recorded as sent)."""
    permissions.require(actor, "sync.export")
    me = sites.own_site()
    peer = _peer(me, to_site)
    with database_proxy.obj.atomic():
        peer = SyncSite.get_by_id(peer.id)
        seq = peer.last_sent_seq + 1
        now = utcnow()
        found = outgoing.collect(me, peer, now)
        payload = {"from": me.code, "to": peer.code, "seq": seq, "made_at": str(now),
                   "ack": peer.last_received_seq, "tables": found.tables,
                   "audit": found.audit}
        if me.role == "branch":
            payload["audit_key"] = secret.installation_key().hex()
        plain = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()
        sealed = seal.seal(plain, {"from": me.code, "to": peer.code, "seq": seq,
                                   "made_at": str(now)}, keys.signing_key(),
                           keys.parse_public(peer.public_key)[1])
        SyncOutgoing.create(site=peer.code, seq=seq, created_at=now,
                            watermark=json.dumps(found.watermark), rows=found.count,
                            size=len(sealed))
        SyncSite.update(last_sent_seq=seq, last_sent_at=now).where(
            SyncSite.id == peer.id).execute()
        audit.record(actor, "sync.export", "sync_site", peer.code,
                     {"seq": seq, "rows": found.count, "bytes": len(sealed)})
    return sealed, ExportResult(Path(bundle_name(me.code, peer.code, seq)), peer.code, seq,
                                found.count, len(sealed))


def export_bundle(actor: Staff, to_site: str, dest: Path) -> ExportResult:
    """Write the next bundle for ``to_site`` to ``dest`` (a file, or a folder: then a
    name with both sites and the sequence)."""
    sealed, result = make_bundle(actor, to_site)
    dest = Path(dest)
    target = dest / result.path.name if dest.is_dir() else dest
    temp = target.with_name(target.name + ".part")
    temp.write_bytes(sealed)
    os.replace(temp, target)
    return ExportResult(target, result.to_site, result.seq, result.rows, result.size)


def _open(data: bytes) -> tuple[SyncSelf, SyncSite, dict]:
    """Check who sent it to whom and its seal; the payload, or ``BundleRefused``."""
    me = sites.own_site()
    header = seal.read_header(data)
    sender, to = str(header["from"]), str(header["to"])
    if to != me.code:
        raise BundleRefused(f"this bundle is addressed to site {to}; this is site {me.code}")
    site = SyncSite.get_or_none(SyncSite.code == sender)
    if site is None:
        raise BundleRefused(f"this bundle comes from site {sender}, which is not registered "
                            "here (helpdesk-gui sync site add)")
    if me.role == "branch" and site.role != "hq":
        raise BundleRefused(f"a branch accepts bundles from its headquarters only; {sender} "
                            "is a branch")
    if me.role == "hq" and site.role == "hq":
        raise BundleRefused(f"headquarters accepts bundles from branches only; {sender} is "
                            "registered as headquarters")
    plain = seal.open_sealed(data, keys.parse_public(site.public_key)[0], keys.encryption_key())
    try:
        payload = json.loads(plain)
    except ValueError as exc:
        raise BundleRefused(f"the bundle's content is damaged ({exc})") from exc
    if (payload.get("from"), payload.get("to"), payload.get("seq")) != (
            sender, to, header["seq"]):
        raise BundleRefused("the bundle's content does not match its header")
    return me, site, payload


def _apply(me: SyncSelf, site: SyncSite, payload: dict, progress: Progress | None) -> tuple[
        int, int]:
    ctx = merge.Context(me=me.code, hq=sites.headquarters_code(me), sender=site.code,
                        seq=int(payload["seq"]))
    tables = payload.get("tables") or {}
    total = sum(len(t["rows"]) for t in tables.values()) + len(payload.get("audit") or [])
    done = 0
    for table in TABLES:
        part = tables.get(table.name)
        if not part:
            continue
        for chunk in bulk.chunks(part["rows"], 5000):
            merge.apply_table(ctx, table, part["cols"], chunk)
            done += len(chunk)
            if progress:
                progress(done, total)
    unknown = set(tables) - set(BY_NAME)
    if unknown:
        raise BundleRefused(f"the bundle carries tables this version does not know: "
                            f"{', '.join(sorted(unknown))} (update the program first)")
    done += _apply_audit(site.code, payload.get("audit") or [])
    if progress:
        progress(done, total)
    conflicts = len(ctx.conflicts)
    merge.flush_conflicts(ctx)
    merge.flush_late(ctx)
    ack = int(payload.get("ack") or 0)
    SyncSite.update(acked_seq=ack).where(
        SyncSite.id == site.id, SyncSite.acked_seq < ack).execute()
    return ctx.applied, conflicts


def _apply_audit(code: str, rows: list[list]) -> int:
    if not rows:
        return 0
    have = set()
    ids = [r[0] for r in rows]
    for start in range(0, len(ids), 500):
        have.update(SyncAuditRow.select(SyncAuditRow.origin_id).where(
            SyncAuditRow.site == code, SyncAuditRow.origin_id.in_(ids[start:start + 500]))
            .tuples().iterator())
    have = {h[0] if isinstance(h, tuple) else h for h in have}
    fields = [SyncAuditRow.origin_id, SyncAuditRow.uuid, SyncAuditRow.at,
              SyncAuditRow.actor_id, SyncAuditRow.actor_no, SyncAuditRow.action,
              SyncAuditRow.object_type, SyncAuditRow.object_id, SyncAuditRow.detail,
              SyncAuditRow.prev_hash, SyncAuditRow.hash, SyncAuditRow.site]
    bulk.insert_values(SyncAuditRow, fields,
                       [[*r[:11], code] for r in rows if r[0] not in have])
    return len(rows)


def import_bytes(actor: Staff, data: bytes, progress: Progress | None = None) -> ImportResult:
    """``import_bundle`` for bytes already read (a file, or the mailbox)."""
    permissions.require(actor, "sync.import")
    me, site, payload = _open(data)
    seq = int(payload["seq"])
    try:
        with database_proxy.obj.atomic():
            result = _ledger(me, site, seq, payload, progress)
            audit.record(actor, "sync.import", "sync_site", site.code,
                         {"seq": seq, "status": result.status,
                          "applied": result.applied_seqs, "rows": result.rows,
                          "conflicts": result.conflicts})
    except pw.IntegrityError as exc:
        raise BundleRefused(f"bundle {seq} from {site.code} clashes with a record here and "
                            f"was not applied; nothing changed ({exc})") from exc
    if payload.get("audit_key"):
        keys.keep_audit_key(site.code, bytes.fromhex(payload["audit_key"]))
    return result


def _ledger(me: SyncSelf, site: SyncSite, seq: int, payload: dict,
            progress: Progress | None) -> ImportResult:
    site = SyncSite.get_by_id(site.id)
    entry = SyncIncoming.get_or_none(SyncIncoming.site == site.code, SyncIncoming.seq == seq)
    if entry is not None or seq <= site.last_received_seq:
        state = entry.status if entry is not None else "applied"
        return ImportResult(site.code, seq, "duplicate", message=(
            f"bundle {seq} from {site.code} was already {state} here; nothing to do"))
    now = utcnow()
    if seq > site.last_received_seq + 1:
        SyncIncoming.create(site=site.code, seq=seq, status="held", received_at=now,
                            payload=zlib.compress(json.dumps(payload).encode()))
        return ImportResult(site.code, seq, "held", message=(
            f"bundle {seq} from {site.code} is held: bundle {site.last_received_seq + 1} "
            "has not arrived yet; it is applied as soon as that one is imported"))
    result = ImportResult(site.code, seq, "applied")
    current, data, entry = seq, payload, None
    while True:
        rows, conflicts = _apply(me, site, data, progress)
        result.rows += rows
        result.conflicts += conflicts
        result.applied_seqs.append(current)
        if entry is None:
            SyncIncoming.create(site=site.code, seq=current, status="applied",
                                received_at=now, applied_at=now, rows=rows)
        else:
            SyncIncoming.update(status="applied", applied_at=now, rows=rows,
                                payload=None).where(SyncIncoming.id == entry.id).execute()
        SyncSite.update(last_received_seq=current, last_received_at=now).where(
            SyncSite.id == site.id).execute()
        entry = SyncIncoming.get_or_none(SyncIncoming.site == site.code,
                                         SyncIncoming.seq == current + 1,
                                         SyncIncoming.status == "held")
        if entry is None:
            break
        current, data = current + 1, json.loads(zlib.decompress(entry.payload))
    result.message = (f"applied bundle{'s' if len(result.applied_seqs) > 1 else ''} "
                      f"{', '.join(map(str, result.applied_seqs))} from {site.code}: "
                      f"{result.rows} rows, {result.conflicts} conflicts")
    return result


def import_bundle(actor: Staff, path: Path, progress: Progress | None = None) -> ImportResult:
    """Apply one bundle file, all or nothing (see the module's docstring)."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise BundleRefused(f"the bundle {path} cannot be read ({exc.strerror})") from exc
    return import_bytes(actor, data, progress)
