"""The hall's records as peewee models.

Design rules (ARCHITECTURE.md "Data"):

* every row that can travel between branches has a UUID, its ``branch`` and
  ``created_at``/``updated_at`` (UTC), so branch sync can add tables, not rewrite these;
* history is append-only (``TicketEvent``); nothing is hard-deleted — cancelled and
  merged tickets keep their rows;
* customer name is copied onto the ticket as received, so the ticket list sorts and
  searches a single table (a million rows stay fast) and the ticket shows what the
  customer said at the time;
* SLA deadlines live on the ticket (nullable until the SLA engine fills them) so "what is
  about to breach" is one indexed query.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import peewee as pw

from helpdesk_gui.db.connect import database_proxy


def utcnow() -> datetime:
    """Now in UTC, naive, to the second: the single clock format stored everywhere."""
    return datetime.now(UTC).replace(tzinfo=None, microsecond=0)


def new_uuid() -> str:
    return str(uuid.uuid4())


class BaseModel(pw.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class SyncedModel(BaseModel):
    """A record that can travel between branch and headquarters."""

    uuid = pw.CharField(max_length=36, unique=True, default=new_uuid)
    created_at = pw.DateTimeField(default=utcnow)
    updated_at = pw.DateTimeField(default=utcnow, index=True)

    def touch(self) -> None:
        self.updated_at = utcnow()


class Meta(BaseModel):
    """Key/value facts about the database itself (schema version, created by...)."""

    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.TextField()


class Branch(SyncedModel):
    code = pw.CharField(max_length=16, unique=True)  # appears in ticket numbers
    name = pw.CharField(max_length=100)
    timezone = pw.CharField(max_length=64, default="Asia/Shanghai")
    is_headquarters = pw.BooleanField(default=False)


class Staff(SyncedModel):
    branch = pw.ForeignKeyField(Branch, backref="staff", on_delete="RESTRICT")
    employee_no = pw.CharField(max_length=32, unique=True)  # 工号
    name = pw.CharField(max_length=50)
    role = pw.CharField(max_length=16, index=True)  # see vocabulary.ROLES
    post = pw.CharField(max_length=50, default="")
    hire_date = pw.DateField(null=True)
    password_hash = pw.CharField(max_length=255, null=True)
    active = pw.BooleanField(default=True)


class Customer(SyncedModel):
    branch = pw.ForeignKeyField(Branch, backref="customers", on_delete="RESTRICT")
    name = pw.CharField(max_length=50, index=True)
    phone = pw.CharField(max_length=20, null=True, unique=True)
    account_no = pw.CharField(max_length=32, null=True, unique=True)  # 户号
    address = pw.CharField(max_length=200, default="")
    is_vip = pw.BooleanField(default=False)
    note = pw.TextField(default="")


class Ticket(SyncedModel):
    branch = pw.ForeignKeyField(Branch, backref="tickets", on_delete="RESTRICT", index=False)
    ticket_no = pw.CharField(max_length=40, unique=True)
    channel = pw.CharField(max_length=16)
    type = pw.CharField(max_length=16)
    level = pw.SmallIntegerField()
    status = pw.CharField(max_length=20)
    customer = pw.ForeignKeyField(Customer, backref="tickets", null=True, on_delete="RESTRICT")
    customer_name = pw.CharField(max_length=50, default="")
    subject = pw.CharField(max_length=200, default="")
    description = pw.TextField()
    request = pw.TextField(default="")  # 客户诉求: what the customer asks for
    received_by = pw.ForeignKeyField(Staff, backref="received", on_delete="RESTRICT",
                                     index=False)
    assignee = pw.ForeignKeyField(Staff, backref="assigned", null=True, on_delete="RESTRICT")
    first_contact_resolved = pw.BooleanField(default=False)  # 首问解决
    contacts = pw.IntegerField(default=0)  # customer contacts made while handling
    first_response_at = pw.DateTimeField(null=True)
    resolved_at = pw.DateTimeField(null=True)
    closed_at = pw.DateTimeField(null=True)
    resolution = pw.TextField(default="")  # what was done
    solution = pw.TextField(default="")  # technical solution
    parts_replaced = pw.TextField(default="")
    reopen_count = pw.IntegerField(default=0)
    merged_into = pw.ForeignKeyField("self", null=True, backref="duplicates",
                                     on_delete="RESTRICT", index=False)
    response_due = pw.DateTimeField(null=True)
    update_due = pw.DateTimeField(null=True)
    resolve_due = pw.DateTimeField(null=True)
    sla_state = pw.CharField(max_length=16, default="on_track")

    class Meta:
        indexes = (
            (("created_at", "id"), False),
            (("status", "created_at"), False),
            (("type", "created_at"), False),
            (("channel", "created_at"), False),
            (("level", "created_at"), False),
            (("assignee", "created_at"), False),
            (("received_by", "created_at"), False),  # "mine" = assigned to or received by
            (("customer_name", "id"), False),
            (("branch", "created_at"), False),
            (("resolved_at",), False),
            (("resolve_due",), False),
        )


class TicketEvent(BaseModel):
    """One step in a ticket's history. Append-only: never updated, never deleted."""

    uuid = pw.CharField(max_length=36, unique=True, default=new_uuid)
    ticket = pw.ForeignKeyField(Ticket, backref="events", on_delete="RESTRICT")
    at = pw.DateTimeField(default=utcnow)
    actor = pw.ForeignKeyField(Staff, backref="events", on_delete="RESTRICT", index=False)
    kind = pw.CharField(max_length=20)
    from_status = pw.CharField(max_length=20, default="")
    to_status = pw.CharField(max_length=20, default="")
    note = pw.TextField(default="")
    data = pw.TextField(default="")  # JSON details (assignee, merged ticket, ...)


class TicketCounter(BaseModel):
    """Last sequence number used per branch and local day: numbers are gap-free."""

    branch = pw.ForeignKeyField(Branch, on_delete="RESTRICT")
    day = pw.CharField(max_length=8)  # yyyymmdd, branch local date
    last_seq = pw.IntegerField(default=0)

    class Meta:
        primary_key = pw.CompositeKey("branch", "day")


CORE_MODELS = [Meta, Branch, Staff, Customer, Ticket, TicketEvent, TicketCounter]
