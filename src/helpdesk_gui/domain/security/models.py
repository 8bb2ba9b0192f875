"""Tables for sign-in, the audit trail and personal-data retention.

Kept apart from ``models.py`` so the core tables stay as they are:

* ``StaffSecurity`` holds the lockout counters and password dates of one staff member
  (one row per staff member, created on first need) — the ``Staff`` row itself carries
  only the password hash;
* ``AuditEntry`` is the append-only audit trail. Each row stores the hash of the row
  before it and its own SHA-256 over its content, so an edited or deleted row breaks the
  chain. ``actor_id`` is a plain number, not a foreign key: the trail must outlive any
  staff row and survive a restore into a database where that row does not exist;
* ``AuditHead`` (a single row) is the chain's last hash and row count. Writers update it
  in the same transaction as the row, which (a) serializes concurrent writers on
  PostgreSQL through ``SELECT … FOR UPDATE`` and (b) lets ``verify`` notice that the
  *last* rows were removed, which the chain alone cannot show;
* ``ErasedTicket`` marks tickets whose personal data the retention job has anonymized,
  so each run only looks at tickets it has not handled yet.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.domain.base import BaseModel, new_uuid, utcnow
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets.models import Ticket

GENESIS_HASH = "0" * 64


class StaffSecurity(BaseModel):
    """Lockout state and password dates of one staff member."""

    staff = pw.ForeignKeyField(Staff, unique=True, backref="security", on_delete="RESTRICT")
    failed_count = pw.IntegerField(default=0)
    first_failure_at = pw.DateTimeField(null=True)  # start of the current failure window
    locked_until = pw.DateTimeField(null=True)
    password_changed_at = pw.DateTimeField(null=True)
    must_change_password = pw.BooleanField(default=False)  # after an administrator's reset


class AuditEntry(BaseModel):
    """One audited event. Append-only: never updated, never deleted."""

    uuid = pw.CharField(max_length=36, unique=True, default=new_uuid)
    at = pw.DateTimeField(default=utcnow, index=True)
    actor_id = pw.IntegerField(null=True)  # Staff.id, when the actor is known
    actor_no = pw.CharField(max_length=32, default="", index=True)  # 工号 or os:user
    action = pw.CharField(max_length=48, index=True)
    object_type = pw.CharField(max_length=32, default="")
    object_id = pw.CharField(max_length=64, default="")
    detail = pw.TextField(default="{}")  # canonical JSON
    prev_hash = pw.CharField(max_length=64)
    hash = pw.CharField(max_length=64)

    class Meta:
        indexes = ((("object_type", "object_id"), False),)


class AuditHead(BaseModel):
    """The chain's end: last row id, its hash and the number of rows (one row, id 1)."""

    id = pw.IntegerField(primary_key=True)
    last_id = pw.IntegerField(default=0)
    last_hash = pw.CharField(max_length=64, default=GENESIS_HASH)
    count = pw.IntegerField(default=0)


class ErasedTicket(BaseModel):
    """A ticket whose personal data the retention job has anonymized."""

    ticket = pw.ForeignKeyField(Ticket, primary_key=True, on_delete="RESTRICT")
    at = pw.DateTimeField(default=utcnow)


SECURITY_MODELS = [StaffSecurity, AuditEntry, AuditHead, ErasedTicket]
