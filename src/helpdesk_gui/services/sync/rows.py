"""Rows as they travel: values in JSON, references by identity, never by local id.

A row travels as ``[key, origin, version, base, value, value, …]`` in the column order
the bundle names once per table. Local ids differ from site to site, so a reference
(foreign key, or an attachment's owner) travels as the referenced row's UUID, and the
receiver turns it back into its own id (``resolve``).

Versions are hybrid-logical-clock stamps ``"<ms>:<counter>:<site>"`` (fixed width, so
they compare as text): the physical part is the row's ``updated_at``, never earlier than
the version the change was made on, and the counter breaks ties with that version.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal

import peewee as pw

from helpdesk_gui.db import uuids
from helpdesk_gui.db.bulk import chunks
from helpdesk_gui.db.uuids import CompactUUIDField
from helpdesk_gui.domain.sync.models import SyncRow
from helpdesk_gui.domain.sync.tables import UUID_KEY, SyncTable

EPOCH = datetime(1970, 1, 1)


def columns(table: SyncTable) -> list[pw.Field]:
    """The fields that travel (everything but the local id)."""
    return [f for n, f in table.model._meta.fields.items() if n != "id"]


def encode(field: pw.Field, value: object) -> object:
    if value is None:
        return None
    if isinstance(field, CompactUUIDField):
        return str(value)
    if isinstance(field, pw.BlobField):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, datetime | date):
        return value.isoformat(sep=" ") if isinstance(value, datetime) else value.isoformat()
    if isinstance(value, Decimal | int | float) and isinstance(field, pw.DecimalField):
        # one spelling on both backends (SQLite gives back 0, PostgreSQL 0.00)
        return f"{Decimal(value):.{field.decimal_places}f}"
    if isinstance(value, Decimal):
        return str(value)
    return value


def decode(field: pw.Field, value: object) -> object:
    if value is None:
        return None
    if isinstance(field, CompactUUIDField):
        return value
    if isinstance(field, pw.BlobField):
        return base64.b64decode(value)
    if isinstance(field, pw.DateTimeField):
        return datetime.fromisoformat(value)
    if isinstance(field, pw.DateField):
        return date.fromisoformat(value)
    if isinstance(field, pw.DecimalField):
        return Decimal(value)
    return value


def uuid_map(model: type[pw.Model], ids: Iterable[int]) -> dict[int, str]:
    """Local id -> UUID text for the given ids of ``model``."""
    wanted = sorted({i for i in ids if i is not None})
    found: dict[int, str] = {}
    for part in chunks(wanted):
        for row_id, uuid in model.select(model.id, model.uuid).where(
                model.id.in_(part)).tuples():
            found[row_id] = str(uuid)
    return found


def resolve(model: type[pw.Model], keys: Iterable[str]) -> dict[str, int]:
    """UUID text -> local id for the given UUIDs of ``model`` (aliases included)."""
    wanted = sorted({k for k in keys if k})
    found: dict[str, int] = {}
    field = model._meta.fields["uuid"]
    for part in chunks(wanted):
        values = [uuids.to_blob(k) if isinstance(field, CompactUUIDField) else k
                  for k in part]
        for row_id, uuid in model.select(model.id, model.uuid).where(
                model.uuid.in_(values)).tuples():
            found[str(uuid)] = row_id
    missing = [k for k in wanted if k not in found]
    if missing:
        name = model._meta.table_name
        aliases = {}
        for part in chunks(missing):
            aliases.update(SyncRow.select(SyncRow.row_key, SyncRow.alias_of).where(
                SyncRow.table_name == name, SyncRow.row_key.in_(part),
                SyncRow.alias_of.is_null(False)).tuples())
        if aliases:
            targets = resolve(model, aliases.values())
            found.update({k: targets[v] for k, v in aliases.items() if v in targets})
    return found


def stamps(table: SyncTable, keys: Iterable[str]) -> dict[str, SyncRow]:
    """The stamps of rows of ``table`` that came from another site."""
    found: dict[str, SyncRow] = {}
    for part in chunks(sorted(set(keys))):
        for stamp in SyncRow.select().where(SyncRow.table_name == table.name,
                                            SyncRow.row_key.in_(part)):
            found[stamp.row_key] = stamp
    return found


def hlc(at: datetime | None, site: str, base: str = "") -> str:
    """The version of a change made at ``at`` by ``site`` on top of version ``base``."""
    ms = int(((at or EPOCH) - EPOCH).total_seconds() * 1000)
    counter = 0
    if base:
        base_ms, base_counter = (int(x) for x in base.split(":")[:2])
        if ms <= base_ms:
            ms, counter = base_ms, base_counter + 1
    return f"{ms:013d}:{counter:05d}:{site}"


def natural_key(table: SyncTable, values: dict[str, object]) -> str:
    """A natural key as text (references already turned into UUIDs)."""
    return json.dumps([values[name] for name in table.key], ensure_ascii=False,
                      separators=(",", ":"), default=str)


def content_hash(values: list) -> str:
    """SHA-256 of a row's travelling values: equal exactly when nothing was changed."""
    text = json.dumps(values, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def is_uuid_keyed(table: SyncTable) -> bool:
    return table.key == UUID_KEY
