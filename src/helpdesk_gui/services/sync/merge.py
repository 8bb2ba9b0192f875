"""Applying one table of a bundle: union, owner's changes, and recorded conflicts.

The rules (docs/sync.md):

* a row not here yet is added (creation is never a conflict); references that cannot be
  resolved are left empty where they may be, otherwise the row is held back as a
  ``missing_reference`` conflict;
* append-only rows are added once, by identity, and never changed;
* an owned row (``hq``: headquarters; ``branch``: the site that created it) takes the
  owner's newer version; a change of this site's own copy is then recorded as
  ``owner_replaced_local``. A change sent by a site that does not own the row is
  ``non_owner``: recorded, not applied;
* a ``shared`` row written concurrently at two sites (neither version built on the other)
  keeps the higher version (hybrid logical clock, then site code): ``concurrent``.

Every decision depends only on the versions, never on the order bundles arrive in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

import peewee as pw

from helpdesk_gui.db import bulk
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.sync import decisions
from helpdesk_gui.domain.sync.models import SyncConflict, SyncRow
from helpdesk_gui.domain.sync.tables import SyncTable
from helpdesk_gui.services.sync import rows as codec

CONFLICT_KINDS = ("non_owner", "owner_replaced_local", "concurrent", "missing_reference",
                  "duplicate_key")
_HEAD = 4  # key, origin, version, base


@dataclass
class Context:
    me: str  # this site's code
    hq: str  # headquarters' code
    sender: str
    seq: int
    conflicts: list[dict] = field(default_factory=list)
    applied: int = 0
    known: dict[str, dict[str, int]] = field(default_factory=dict)  # table -> uuid -> id
    late: dict[int, datetime] = field(default_factory=dict)  # branch -> oldest late change
    late_tickets: set[int] = field(default_factory=set)  # history or survey arrived late

    def resolve(self, model: type[pw.Model], keys) -> dict[str, int]:
        """``rows.resolve`` remembering what was found (within one bundle, ids stay)."""
        cache = self.known.setdefault(model._meta.table_name, {})
        wanted = {k for k in keys if k}
        missing = [k for k in wanted if k not in cache]
        if missing:
            cache.update(codec.resolve(model, missing))
        return {k: cache[k] for k in wanted if k in cache}


def writer(version: str) -> str:
    return version.split(":", 2)[2] if version.count(":") >= 2 else ""


def _as_travelled(item: dict) -> dict:
    """The version that lost, as it travelled, by column name (the Sync page names the
    record from it when this site has no copy: ``records.describe``)."""
    return dict(zip(item["values"], item["raw"][_HEAD:], strict=True))


def _conflict(ctx: Context, table: SyncTable, key: str, kind: str, incoming: str,
              local: str, winner: str, decision: str, data: object = None) -> None:
    ctx.conflicts.append(dict(
        detected_at=utcnow(), table_name=table.name, row_key=key[:200],
        from_site=ctx.sender, bundle_seq=ctx.seq, kind=kind, incoming_version=incoming,
        local_version=local, winner=winner, decision=decision,
        data=json.dumps(data, ensure_ascii=False, default=str) if data is not None else "{}"))


def flush_conflicts(ctx: Context) -> None:
    for part in codec.chunks(ctx.conflicts, 200):
        SyncConflict.insert_many(part).on_conflict_ignore().execute()
    ctx.conflicts.clear()


def _decoded(table: SyncTable, cols: list[str], rows: list[list]) -> list[dict]:
    fields = table.model._meta.fields
    out = []
    for row in rows:
        values = {}
        for name, value in zip(cols, row[_HEAD:], strict=True):
            f = fields[name]
            values[name] = (value if isinstance(f, pw.ForeignKeyField)
                            or (table.poly and name == table.poly[0])
                            else codec.decode(f, value))
        out.append({"key": row[0], "origin": row[1], "version": row[2], "base": row[3],
                    "values": values, "raw": row})
    return out


def _resolve_references(ctx: Context, table: SyncTable, items: list[dict]) -> list[dict]:
    """Turn UUIDs into local ids; drop (as conflicts) rows whose required target is absent.
    A reference to the same table is resolved after the rows are in (``_self_refs``)."""
    model = table.model
    for name, f in model._meta.fields.items():
        if not isinstance(f, pw.ForeignKeyField) or f.rel_model is model:
            continue
        found = ctx.resolve(f.rel_model, (i["values"][name] for i in items))
        kept = []
        for item in items:
            ref = item["values"][name]
            if ref is not None and ref not in found:
                if not f.null:
                    _conflict(ctx, table, item["key"], "missing_reference", item["version"], "",
                              "local", decisions.text("missing_table", ref=ref,
                                                      table=f.rel_model._meta.table_name),
                              _as_travelled(item))
                    continue
                item["values"][name] = None
            else:
                item["values"][name] = found.get(ref) if ref is not None else None
            kept.append(item)
        items = kept
    if table.poly:
        id_field, type_field, models = table.poly
        kept = []
        for kind, target in models.items():
            group = [i for i in items if i["values"][type_field] == kind]
            found = ctx.resolve(target, (i["values"][id_field] for i in group))
            for item in group:
                ref = item["values"][id_field]
                if ref not in found:
                    _conflict(ctx, table, item["key"], "missing_reference", item["version"], "",
                              "local", decisions.text("missing_owner", kind=kind, ref=ref),
                              _as_travelled(item))
                    continue
                item["values"][id_field] = found[ref]
                kept.append(item)
        items = kept
    return items


def _self_fields(table: SyncTable) -> list[str]:
    return [n for n, f in table.model._meta.fields.items()
            if isinstance(f, pw.ForeignKeyField) and f.rel_model is table.model]


def _existing(table: SyncTable, items: list[dict]) -> dict[str, int]:
    """Identity -> local id of the rows already here."""
    if table.scope:
        return _existing_in_scope(table, items)
    if codec.is_uuid_keyed(table):
        return codec.resolve(table.model, (i["key"] for i in items))
    model, first = table.model, table.key[0]
    parents = sorted({i["values"][first] for i in items if i["values"][first] is not None})
    found: dict[str, int] = {}
    refs = {n: f for n, f in model._meta.fields.items() if isinstance(f, pw.ForeignKeyField)}
    for part in codec.chunks(parents):
        rows = list(model.select().where(getattr(model, first).in_(part)).dicts())
        maps = {n: codec.uuid_map(f.rel_model, (r[n] for r in rows)) for n, f in refs.items()
                if n in table.key}
        for r in rows:
            values = {n: (maps[n].get(r[n]) if n in maps else
                          codec.encode(model._meta.fields[n], r[n])) for n in table.key}
            found[codec.natural_key(table, values)] = r["id"]
    return found


def _existing_in_scope(table: SyncTable, items: list[dict]) -> dict[str, int]:
    """UUID -> id of the rows here whose parent (``scope``) is among the items' parents."""
    model, parent = table.model, getattr(table.model, table.scope)
    parents = sorted({i["values"][table.scope] for i in items} - {None})
    found: dict[str, int] = {}
    for part in codec.chunks(parents):
        for row_id, uuid in model.select(model.id, model.uuid).where(parent.in_(part)).tuples():
            found[str(uuid)] = row_id
    return found


def _unique_fields(table: SyncTable) -> list[str]:
    return [n for n, f in table.model._meta.fields.items()
            if f.unique and n != "uuid" and not isinstance(f, pw.ForeignKeyField)]


def _take_duplicates(ctx: Context, table: SyncTable, new: list[dict]) -> list[dict]:
    """New rows whose unique value (a code, a number) is already held by another row here:
    matched to that row (an alias, so later references find it), recorded, not added."""
    model = table.model
    for name in _unique_fields(table):
        column = getattr(model, name)
        values = [i["values"][name] for i in new if i["values"][name] is not None]
        held: dict[object, tuple[int, str]] = {}
        for part in codec.chunks(sorted(set(values), key=str)):
            for row_id, value, uuid in model.select(model.id, column, model.uuid).where(
                    column.in_(part)).tuples():
                held[value] = (row_id, str(uuid))
        if not held:
            continue
        kept = []
        for item in new:
            hit = held.get(item["values"][name])
            if hit is None:
                kept.append(item)
                continue
            if not _same_content(table, item, hit[0]):
                _conflict(ctx, table, item["key"], "duplicate_key", item["version"], "", "local",
                          decisions.text("duplicate", name=name, holder=hit[1],
                                         value=repr(item["values"][name])), _as_travelled(item))
            SyncRow.insert(table_name=table.name, row_key=item["key"], origin=item["origin"],
                           version=item["version"], alias_of=hit[1]).on_conflict_ignore(
                           ).execute()
        new = kept
    return new


_META = {"id", "uuid", "created_at", "updated_at"}


def _same_content(table: SyncTable, item: dict, row_id: int) -> bool:
    """Whether the row here says the same as the incoming one (the same code seeded at
    both sites): then matching them needs no one's attention."""
    local = table.model.select().where(table.model.id == row_id).dicts().get()
    for name, value in item["values"].items():
        f = table.model._meta.fields[name]
        if name in _META or isinstance(f, pw.ForeignKeyField):
            continue
        if local.get(name) != value:
            return False
    return True


def _insert(table: SyncTable, new: list[dict], self_refs: list[str]) -> None:
    if not new:
        return
    model = table.model
    names = [n for n in new[0]["values"] if n not in self_refs]
    fields = [model._meta.fields[n] for n in names]
    bulk.insert_values(model, fields, [[i["values"][n] for n in names] for i in new])


def _self_refs(table: SyncTable, items: list[dict], self_refs: list[str]) -> None:
    """Second pass for references inside one table (a ticket merged into another)."""
    model = table.model
    for name in self_refs:
        wanted = [i for i in items if i["values"].get(name)]
        if not wanted:
            continue
        found = codec.resolve(model, [i["key"] for i in wanted] +
                              [i["values"][name] for i in wanted])
        for item in wanted:
            target = found.get(item["values"][name])
            if item["key"] in found:
                model.update({model._meta.fields[name]: target}).where(
                    model.id == found[item["key"]]).execute()


def _stamp_rows(table: SyncTable, items: list[dict], kept: dict[str, SyncRow]) -> None:
    new, now = [], utcnow()
    for item in items:
        digest = codec.content_hash(item["raw"][_HEAD:])
        stamp = kept.get(item["key"])
        if stamp is None:
            new.append(dict(table_name=table.name, row_key=item["key"], origin=item["origin"],
                            version=item["version"], content_hash=digest))
        else:
            (SyncRow.update(version=item["version"], content_hash=digest, applied_at=now)
             .where(SyncRow.id == stamp.id).execute())
    fields = [SyncRow.table_name, SyncRow.row_key, SyncRow.origin, SyncRow.version,
              SyncRow.content_hash, SyncRow.applied_at]
    bulk.insert_values(SyncRow, fields, [[r[f.name] for f in fields[:-1]] + [now]
                                          for r in new])


def _owner(ctx: Context, table: SyncTable, stamp: SyncRow | None) -> str:
    if table.kind == "hq":
        return ctx.hq
    return stamp.origin if stamp is not None else ctx.me


def _decide(ctx: Context, table: SyncTable, item: dict, stamp: SyncRow | None,
            local_updated, local_hash: str) -> bool:
    """Whether the incoming version of an existing row replaces this site's copy."""
    changed_here = stamp is None or stamp.content_hash != local_hash
    local = codec.hlc(local_updated, ctx.me, stamp.version if stamp else "") \
        if changed_here else stamp.version
    incoming = item["version"]
    if incoming == local or (stamp is not None and incoming == stamp.version):
        return False  # the same version again (a bundle re-sent)
    if table.kind == "shared":
        if not changed_here and (item["base"] == local or writer(incoming) == writer(local)):
            return incoming > local
        if item["base"] == local:
            return True
        win = incoming > local
        loser = local if win else incoming
        _conflict(ctx, table, item["key"], "concurrent", loser, max(incoming, local),
                  "incoming" if win else "local",
                  decisions.text("concurrent"), _as_travelled(item))
        return win
    owner = _owner(ctx, table, stamp)
    if writer(incoming) != owner and ctx.sender != owner:
        _conflict(ctx, table, item["key"], "non_owner", incoming, local, "local",
                  decisions.text("non_owner", writer=writer(incoming) or ctx.sender,
                                 owner=owner), _as_travelled(item))
        return False
    if not changed_here:
        return incoming > local
    _conflict(ctx, table, item["key"], "owner_replaced_local", local, incoming, "incoming",
              decisions.text("owner_replaced", owner=owner), None)
    return True


def _unseen(table: SyncTable, items: list[dict]) -> list[dict]:
    """Drop rows this site already holds in exactly this version (sent again because the
    sender had no acknowledgement yet), before any reference is looked up."""
    if table.kind == "append":
        if table.scope or not codec.is_uuid_keyed(table):
            return items  # looked up once the parents are known (``_existing``)
        have = codec.resolve(table.model, (i["key"] for i in items))
        return [i for i in items if i["key"] not in have]
    kept = codec.stamps(table, [i["key"] for i in items])
    return [i for i in items if i["key"] not in kept or kept[i["key"]].version != i["version"]]


def _local_rows(table: SyncTable, ids: list[int]) -> dict[int, tuple[object, str]]:
    """id -> (updated_at, content hash as it would travel) of rows here."""
    from helpdesk_gui.services.sync.outgoing import encode_row, references

    model, cols, out = table.model, codec.columns(table), {}
    for part in codec.chunks(ids):
        found = list(model.select().where(model.id.in_(part)).dicts())
        maps = references(table, found)
        for row in found:
            out[row["id"]] = (row.get("updated_at"),
                              codec.content_hash(encode_row(table, cols, row, maps)))
    return out


def apply_table(ctx: Context, table: SyncTable, cols: list[str], rows: list[list]) -> None:
    """Merge one table's rows of a bundle into this database."""
    model = table.model
    items = _unseen(table, _decoded(table, cols, rows))
    if not items:
        return
    items = _resolve_references(ctx, table, items)
    existing = _existing(table, items)
    self_refs = _self_fields(table)
    new, changed = [], []
    seen: set[str] = set()
    for item in items:
        if item["key"] in seen:
            continue
        seen.add(item["key"])
        (changed if item["key"] in existing else new).append(item)
    kept = codec.stamps(table, [i["key"] for i in items]) if table.kind != "append" else {}
    new = _take_duplicates(ctx, table, new)
    _insert(table, new, self_refs)
    applied = list(new)
    if table.kind != "append" and changed:
        current = _local_rows(table, [existing[i["key"]] for i in changed])
        for item in changed:
            row_id = existing[item["key"]]
            updated, digest = current.get(row_id, (None, ""))
            if _decide(ctx, table, item, kept.get(item["key"]), updated, digest):
                values = {model._meta.fields[n]: v for n, v in item["values"].items()
                          if n not in self_refs and n != "uuid"}
                model.update(values).where(model.id == row_id).execute()
                applied.append(item)
    _self_refs(table, applied, self_refs)
    if table.kind != "append":
        _stamp_rows(table, applied, kept)
    _late_changes(ctx, table, applied)
    ctx.applied += len(applied)


def _late_changes(ctx: Context, table: SyncTable, applied: list[dict]) -> None:
    """Note the rows that count in the month figures (tickets, their history and surveys,
    service errors): from a site that was offline they are late changes (``flush_late``)."""
    from helpdesk_gui.domain.quality.models import ServiceError
    from helpdesk_gui.domain.surveys.models import Survey
    from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent

    model = table.model
    if model in (TicketEvent, Survey):
        ctx.late_tickets.update(i["values"]["ticket"] for i in applied)
    elif model in (Ticket, ServiceError):
        moment = "created_at" if model is Ticket else "occurred_at"
        for item in applied:
            branch, at = item["values"]["branch"], item["values"][moment]
            ctx.late[branch] = min(at, ctx.late.get(branch, at))


def flush_late(ctx: Context) -> int:
    """Once per bundle, in its transaction: the closed months its rows touched are
    computed again the next time they are asked for (``services.quality.snapshots``)."""
    from helpdesk_gui.services.quality import snapshots

    dropped = snapshots.invalidate_tickets(ctx.late_tickets)
    return dropped + sum(snapshots.invalidate_span(branch, at)
                         for branch, at in sorted(ctx.late.items()))
