"""UUIDs stored in 16 bytes, handed to the code as the usual 36-character text.

Every synced row has a UUID with a unique index, and the ticket history has five rows a
ticket: as text a UUID is 37 bytes in the row and again in its index, as a blob 17.
``CompactUUIDField`` stores the blob (BLOB on SQLite, ``bytea`` on PostgreSQL) and reads
back the canonical text, so no caller sees the difference (the audit chain hashes the
text, which is unchanged). ``new_uuid`` makes time-ordered UUIDs (version 7, RFC 9562):
still unique without coordination, but each new one sorts after the last, so its unique
index grows at its end — a new row touches one index page, not a random one of thousands.
The dialect-specific conversion of an existing column is ``compact_column``.
A history event is told apart only among its ticket's events: ``ScopedUUIDField`` keeps
its own new keys in 8 bytes with no index (``new_scoped_uuid``).
"""

from __future__ import annotations

import os
import time
import uuid

import peewee as pw

from helpdesk_gui.db.connect import field_on_sqlite


def new_uuid() -> str:
    """A version-7 UUID: 48 bits of milliseconds since 1970, then 74 random bits."""
    ms = time.time_ns() // 1_000_000 & ((1 << 48) - 1)
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms << 80) | (0x7 << 76) | ((rand >> 62) & 0xFFF) << 64 | (0b10 << 62) | (
        rand & ((1 << 62) - 1))
    return str(uuid.UUID(int=value))


def to_blob(value: object) -> bytes | None:
    """16 bytes of a UUID given as text (any spelling ``uuid.UUID`` reads), UUID or bytes."""
    if value is None:
        return None
    if isinstance(value, (bytes, bytearray, memoryview)):
        raw = bytes(value)
        if len(raw) != 16:
            raise ValueError(f"a UUID is 16 bytes, not {len(raw)}")
        return raw
    if isinstance(value, uuid.UUID):
        return value.bytes
    return uuid.UUID(str(value)).bytes


class CompactUUIDField(pw.BlobField):
    """A UUID column stored as 16 bytes, read and written as canonical text."""

    field_type = "UUIDB"

    def db_value(self, value):
        raw = to_blob(value)
        return None if raw is None else self._constructor(raw)

    def python_value(self, value):
        if value is None or isinstance(value, str):  # str: a row not yet converted
            return value
        return as_text(value)


def as_text(raw: bytes | bytearray | memoryview) -> str:
    """The canonical text of 16 UUID bytes, spelled out directly: three times faster than
    ``str(uuid.UUID(bytes=…))``, and a first sync bundle reads a million of them."""
    h = bytes(raw).hex()
    if len(h) != 32:
        raise ValueError(f"a UUID is 16 bytes, not {len(h) // 2}")
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def compact_column(database: pw.Database, table: str, column: str = "uuid") -> None:
    """Convert a text UUID column of an existing table to 16-byte values in place."""
    if isinstance(database, pw.SqliteDatabase):
        database.connection().create_function("helpdesk_uuid_blob", 1, to_blob,
                                              deterministic=True)
        database.execute_sql(f'UPDATE "{table}" SET "{column}" = helpdesk_uuid_blob('
                             f'"{column}") WHERE typeof("{column}") = \'text\'')
    else:
        database.execute_sql(
            f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE bytea '
            f'USING decode(replace("{column}"::text, \'-\', \'\'), \'hex\')')


def new_scoped_uuid() -> str:
    """A UUID whose upper half is zero and lower half 63 random bits (``ScopedUUIDField``).

    Enough for a row that is told apart only among the rows of one parent (the history of
    one ticket: a collision among its few dozen events is about 1 in 10¹⁶), and it stays
    a UUID as text, so a sync bundle carries it to older versions unchanged."""
    return str(uuid.UUID(int=int.from_bytes(os.urandom(8), "big") >> 1))


class ScopedUUIDField(CompactUUIDField):
    """A UUID unique within its parent row, not across the table: on SQLite a UUID from
    ``new_scoped_uuid`` is kept as its 8-byte integer (not 16 bytes and a length), any
    other UUID — from another site or an earlier version — as its 16 bytes. There is no
    index on it: a row is found through its parent, then by this value."""

    def db_value(self, value):
        if isinstance(value, int) and not isinstance(value, bool):
            return value  # already the stored integer
        raw = to_blob(value)
        if raw is not None and raw[:8] == bytes(8) and raw[8] < 0x80 and field_on_sqlite(self):
            return int.from_bytes(raw[8:], "big")
        return None if raw is None else self._constructor(raw)

    def python_value(self, value):
        if isinstance(value, int) and not isinstance(value, bool):
            return str(uuid.UUID(int=value))
        return super().python_value(value)
