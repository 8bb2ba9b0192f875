"""What every record of the hall is built on: the model base, synced rows, the clock.

Design rules (ARCHITECTURE.md "Data"):

* every row that can travel between branches has a UUID, its ``branch`` and
  ``created_at``/``updated_at`` (UTC), so branch sync can add tables, not rewrite these;
* history is append-only; nothing is hard-deleted;
* one clock format everywhere: naive UTC to the second (``utcnow``).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime

import peewee as pw

from helpdesk_gui.db import uuids
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.db.uuids import CompactUUIDField
from helpdesk_gui.domain.errors import NotFound


def utcnow() -> datetime:
    """Now in UTC, naive, to the second: the single clock format stored everywhere."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def new_uuid() -> str:
    """A new time-ordered UUID (``db.uuids``): unique, and cheap to index."""
    return uuids.new_uuid()


class BaseModel(pw.Model):
    @classmethod
    def by_id(cls, row_id: int):
        """The row with this id, or ``NotFound`` naming the kind of record and the id
        ("knowledge article #7 does not exist")."""
        row = cls.get_or_none(cls.id == row_id)
        if row is None:
            kind = re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__).lower()
            raise NotFound(f"{kind} #{row_id} does not exist")
        return row

    class Meta:
        database = database_proxy
        legacy_table_names = False


class SyncedModel(BaseModel):
    """A record that can travel between branch and headquarters."""

    uuid = CompactUUIDField(unique=True, default=new_uuid)  # 16 bytes, read as text
    created_at = pw.DateTimeField(default=utcnow)
    updated_at = pw.DateTimeField(default=utcnow, index=True)

    def touch(self) -> None:
        self.updated_at = utcnow()


class Meta(BaseModel):
    """Key/value facts about the database itself (schema version, created by...)."""

    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.TextField()

    @classmethod
    def put(cls, key: str, value: str) -> None:
        """Set one fact, inserting or overwriting it (an upsert both backends accept;
        PostgreSQL has no ``INSERT OR REPLACE``)."""
        (cls.insert(key=key, value=value)
         .on_conflict(conflict_target=[cls.key], preserve=[cls.value]).execute())
