"""What goes into the next bundle for a peer: every row changed since the newest bundle
that peer acknowledged, that this site may tell it about.

* A branch sends what was made or changed here: rows without a stamp (created here) and
  stamped rows changed after they arrived. Rows received and left alone never echo back.
* Headquarters sends its own kinds (``hq``, ``shared``) to branches, whoever wrote them,
  except what came from that very branch unchanged. Branch records stay with their owner.

The watermark of a bundle says where it stopped per table (``updated_at`` for rows that
change, the highest id for rows that are only ever added); the next bundle starts at the
watermark of the newest *acknowledged* bundle, so nothing is lost when a bundle is; rows
sent twice are harmless, the receiver recognises them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import peewee as pw

from helpdesk_gui.db.uuids import CompactUUIDField
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.domain.sync.models import SyncOutgoing, SyncRow, SyncSelf, SyncSite
from helpdesk_gui.domain.sync.tables import TABLES, SyncTable
from helpdesk_gui.services.sync import rows as codec

MARGIN = timedelta(seconds=2)  # rows written in the second the bundle was made: sent again
AUDIT = "audit_entry"
AUDIT_FIELDS = (AuditEntry.id, AuditEntry.uuid, AuditEntry.at, AuditEntry.actor_id,
                AuditEntry.actor_no, AuditEntry.action, AuditEntry.object_type,
                AuditEntry.object_id, AuditEntry.detail, AuditEntry.prev_hash,
                AuditEntry.hash)


@dataclass
class Outgoing:
    tables: dict[str, dict] = field(default_factory=dict)
    audit: list[list] = field(default_factory=list)
    watermark: dict[str, object] = field(default_factory=dict)
    count: int = 0


def baseline(peer: SyncSite) -> dict[str, object]:
    """The watermark of the newest bundle the peer acknowledged ({} before the first)."""
    if not peer.acked_seq:
        return {}
    sent = SyncOutgoing.get_or_none(SyncOutgoing.site == peer.code,
                                    SyncOutgoing.seq == peer.acked_seq)
    return json.loads(sent.watermark) if sent else {}


def sends(me: SyncSelf, table: SyncTable) -> bool:
    return me.role == "branch" or table.kind in ("hq", "shared")


def _query(table: SyncTable, since: dict, now: datetime, top: dict) -> pw.Select:
    model = table.model
    query = model.select().order_by(model.id)
    if table.mutable:
        top[table.name] = (now - MARGIN).isoformat(sep=" ")
        if table.name in since:
            query = query.where(model.updated_at >= datetime.fromisoformat(since[table.name]))
    else:
        highest = model.select(pw.fn.MAX(model.id)).scalar() or 0
        top[table.name] = highest
        query = query.where(model.id <= highest)
        if table.name in since:
            query = query.where(model.id > int(since[table.name]))
    return query


def _arrived_since(table: SyncTable, since: datetime, have: set[int]) -> list[dict]:
    """Rows headquarters received since ``since`` whatever their ``updated_at`` says (a
    branch's change of last week that arrived today still goes on to the others)."""
    keys = [k for (k,) in SyncRow.select(SyncRow.row_key).where(
        SyncRow.table_name == table.name, SyncRow.applied_at >= since,
        SyncRow.alias_of.is_null()).tuples()]
    ids = codec.resolve(table.model, keys).values()
    wanted = sorted(set(ids) - have)
    model, out = table.model, []
    for part in codec.chunks(wanted):
        out += list(model.select().where(model.id.in_(part)).dicts())
    return out


def references(table: SyncTable, rows: list[dict]) -> dict[str, dict[int, str]]:
    """Local id -> UUID for every reference the rows make."""
    maps = {}
    for name, f in table.model._meta.fields.items():
        if isinstance(f, pw.ForeignKeyField):
            maps[name] = codec.uuid_map(f.rel_model, (r[name] for r in rows))
    if table.poly:
        id_field, type_field, models = table.poly
        for kind, model in models.items():
            maps[f"{id_field}:{kind}"] = codec.uuid_map(
                model, (r[id_field] for r in rows if r[type_field] == kind))
    return maps


_PLAIN = (pw.IntegerField, pw.CharField, pw.TextField, pw.BooleanField, pw.FloatField)


_PLANS: dict[str, tuple[tuple[str, str], ...]] = {}


def _plan(table: SyncTable, cols: list[pw.Field]) -> tuple[tuple[str, str], ...]:
    """How each column travels: a reference, an attachment's owner, as is, or encoded
    (worked out once per table: a first bundle encodes millions of values)."""
    if table.name in _PLANS:
        return _PLANS[table.name]
    plan = []
    for f in cols:
        if isinstance(f, pw.ForeignKeyField):
            plan.append((f.name, "ref"))
        elif table.poly and f.name == table.poly[0]:
            plan.append((f.name, "poly"))
        elif isinstance(f, _PLAIN) and not isinstance(f, pw.BlobField):
            plan.append((f.name, "plain"))
        elif isinstance(f, CompactUUIDField):  # read back as text: travels as it is
            plan.append((f.name, "text"))
        elif isinstance(f, pw.DateTimeField):
            plan.append((f.name, "time"))
        else:
            plan.append((f.name, "encode"))
    _PLANS[table.name] = tuple(plan)
    return _PLANS[table.name]


def encode_row(table: SyncTable, cols: list[pw.Field], row: dict, maps: dict) -> list:
    values = []
    for (name, how), f in zip(_plan(table, cols), cols, strict=True):
        value = row[name]
        if how == "plain" or value is None:
            values.append(value)
        elif how == "ref":
            values.append(maps[name].get(value))
        elif how == "poly":
            values.append(maps[f"{name}:{row[table.poly[1]]}"].get(value))
        elif how == "text":  # a UUID, already its canonical text
            values.append(value)
        elif how == "time" and isinstance(value, datetime):  # the one spelling: rows.encode
            values.append(value.isoformat(sep=" "))
        else:
            values.append(codec.encode(f, value))
    return values


def collect_table(me: SyncSelf, peer: SyncSite, table: SyncTable, since: dict,
                  now: datetime, top: dict) -> list[list]:
    """The rows of one table for the peer, as they travel."""
    found = list(_query(table, since, now, top).dicts())
    if me.role == "hq" and table.mutable and table.name in since:
        found += _arrived_since(table, datetime.fromisoformat(since[table.name]),
                                {r["id"] for r in found})
    if not found:
        return []
    cols = codec.columns(table)
    maps = references(table, found)
    uuid_keyed = codec.is_uuid_keyed(table)
    out = []
    encoded = [encode_row(table, cols, r, maps) for r in found]
    names = [f.name for f in cols]
    keys = ([str(r["uuid"]) for r in found] if uuid_keyed else
            [codec.natural_key(table, dict(zip(names, e, strict=True))) for e in encoded])
    kept = codec.stamps(table, keys) if table.kind != "append" else {}
    for row, values, key in zip(found, encoded, keys, strict=True):
        stamp = kept.get(key)
        changed_here = stamp is None or stamp.content_hash != codec.content_hash(values)
        if me.role == "branch" and not changed_here:
            continue
        if me.role == "hq" and not changed_here and stamp.origin == peer.code:
            continue
        if changed_here:
            base = stamp.version if stamp else ""
            version = codec.hlc(row.get("updated_at"), me.code, base)
            origin = stamp.origin if stamp else me.code
        else:
            base, version, origin = "", stamp.version, stamp.origin
        out.append([key, origin, version, base, *values])
    return out


def collect(me: SyncSelf, peer: SyncSite, now: datetime) -> Outgoing:
    """Everything the next bundle for ``peer`` carries, and its watermark."""
    since = baseline(peer)
    result = Outgoing()
    for table in TABLES:
        if not sends(me, table):
            continue
        found = collect_table(me, peer, table, since, now, result.watermark)
        if found:
            result.tables[table.name] = {"cols": [f.name for f in codec.columns(table)],
                                         "rows": found}
            result.count += len(found)
    if me.role == "branch":
        result.audit = _audit_rows(since, result.watermark)
        result.count += len(result.audit)
    return result


def _audit_rows(since: dict, top: dict) -> list[list]:
    highest = AuditEntry.select(pw.fn.MAX(AuditEntry.id)).scalar() or 0
    top[AUDIT] = highest
    query = AuditEntry.select(*AUDIT_FIELDS).where(AuditEntry.id <= highest)
    if AUDIT in since:
        query = query.where(AuditEntry.id > int(since[AUDIT]))
    return [[row_id, uuid, at.strftime("%Y-%m-%d %H:%M:%S"), actor_id, actor_no, action,
             otype, oid, detail, prev, own]
            for row_id, uuid, at, actor_id, actor_no, action, otype, oid, detail, prev, own
            in query.order_by(AuditEntry.id).tuples()]


def pending(me: SyncSelf, peer: SyncSite) -> int:
    """How many rows the next bundle for ``peer`` would carry (rows changed since the
    newest acknowledged bundle; rows that would be filtered as echoes are counted too)."""
    since = baseline(peer)
    total = 0
    now = utcnow()
    for table in TABLES:
        if sends(me, table):
            total += _query(table, since, now, {}).count()
    if me.role == "branch":
        query = AuditEntry.select()
        if AUDIT in since:
            query = query.where(AuditEntry.id > int(since[AUDIT]))
        total += query.count()
    return total
