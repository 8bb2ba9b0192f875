"""Tickets: the customer, the numbered ticket, its append-only history and numbering.

* the customer name is copied onto the ticket as received, so the ticket list sorts and
  searches a single table (a million rows stay fast) and the ticket shows what the
  customer said at the time;
* SLA deadlines live on the ticket (nullable until the SLA engine fills them) so "what is
  about to breach" is one indexed query;
* history is append-only (``TicketEvent``); cancelled and merged tickets keep their rows.
"""

from __future__ import annotations

import json

import peewee as pw

from helpdesk_gui.db import codes
from helpdesk_gui.db.codes import CodeField
from helpdesk_gui.db.times import EpochTimeField
from helpdesk_gui.db.uuids import ScopedUUIDField, new_scoped_uuid
from helpdesk_gui.domain.base import BaseModel, SyncedModel, utcnow
from helpdesk_gui.domain.hall import Branch, Staff


class Customer(SyncedModel):
    branch = pw.ForeignKeyField(Branch, backref="customers", on_delete="RESTRICT")
    name = pw.CharField(max_length=50, index=True)
    phone = pw.CharField(max_length=20, null=True, unique=True)
    account_no = pw.CharField(max_length=32, null=True, unique=True)  # 户号
    address = pw.CharField(max_length=200, default="")
    is_vip = pw.BooleanField(default=False)
    note = pw.TextField(default="")


class Ticket(SyncedModel):
    # times as integers on SQLite (``db.times``): 15 bytes less in the row and in each of
    # the indexes that end in created_at
    created_at = EpochTimeField(default=utcnow)
    updated_at = EpochTimeField(default=utcnow, index=True)
    branch = pw.ForeignKeyField(Branch, backref="tickets", on_delete="RESTRICT", index=False)
    ticket_no = pw.CharField(max_length=40, unique=True)
    channel = CodeField(codes.CHANNEL, max_length=16)
    type = CodeField(codes.TICKET_TYPE, max_length=16)
    level = pw.SmallIntegerField()
    status = CodeField(codes.TICKET_STATUS, max_length=20)
    customer = pw.ForeignKeyField(Customer, backref="tickets", null=True, on_delete="RESTRICT")
    customer_name = pw.CharField(max_length=50, default="")
    subject = pw.CharField(max_length=200, default="")
    description = pw.TextField()
    request = pw.TextField(default="")  # 客户诉求: what the customer asks for
    received_by = pw.ForeignKeyField(Staff, backref="received", on_delete="RESTRICT",
                                     index=False)
    assignee = pw.ForeignKeyField(Staff, backref="assigned", null=True, on_delete="RESTRICT",
                                  index=False)  # (assignee, created_at) below serves lookups
    first_contact_resolved = pw.BooleanField(default=False)  # 首问解决
    contacts = pw.IntegerField(default=0)  # customer contacts made while handling
    first_response_at = EpochTimeField(null=True)
    resolved_at = EpochTimeField(null=True)
    closed_at = EpochTimeField(null=True)
    resolution = pw.TextField(default="")  # what was done
    solution = pw.TextField(default="")  # technical solution
    parts_replaced = pw.TextField(default="")
    reopen_count = pw.IntegerField(default=0)
    merged_into = pw.ForeignKeyField("self", null=True, backref="duplicates",
                                     on_delete="RESTRICT", index=False)
    response_due = EpochTimeField(null=True)
    update_due = EpochTimeField(null=True)
    resolve_due = EpochTimeField(null=True)
    sla_state = CodeField(codes.SLA_STATE, max_length=16, default="on_track")
    vip = pw.BooleanField(default=False, constraints=[pw.SQL("DEFAULT FALSE")])  # §10 VIP
    window_no = pw.CharField(max_length=16, null=True)  # 窗口号 where it was received

    class Meta:
        # a save writes only the columns that changed: a full-row UPDATE rewrites the
        # entry of every index below (fifteen random index pages for an old ticket)
        only_save_dirty = True
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
            (("resolve_due",), False),
        )


class TicketEvent(BaseModel):
    """One step in a ticket's history. Append-only: never updated, never deleted."""

    # told apart among its ticket's events only (a sync finds them through the ticket):
    # 8 bytes and no index of its own; the ticket index serves the history and the key
    uuid = ScopedUUIDField(default=new_scoped_uuid)
    ticket = pw.ForeignKeyField(Ticket, backref="events", on_delete="RESTRICT")
    at = EpochTimeField(default=utcnow)
    actor = pw.ForeignKeyField(Staff, backref="events", on_delete="RESTRICT", index=False)
    kind = CodeField(codes.EVENT_KIND, max_length=20)
    from_status = CodeField(codes.TICKET_STATUS, max_length=20, default="")
    to_status = CodeField(codes.TICKET_STATUS, max_length=20, default="")
    note = pw.TextField(default="")
    data = pw.TextField(default="")  # JSON details (assignee, merged ticket, ...)

def event_data(details: dict | None) -> str:
    """The ``data`` of a history event: compact JSON without the keys that have no value
    (``""`` when nothing is left). Five million events a million tickets: the spaces and
    the ``null`` keys were a tenth of the history's size, and no reader needs them."""
    kept = {k: v for k, v in (details or {}).items() if v is not None}
    return json.dumps(kept, ensure_ascii=False, separators=(",", ":")) if kept else ""


class TicketCounter(BaseModel):
    """Last sequence number used per branch and local day: numbers are gap-free."""

    branch = pw.ForeignKeyField(Branch, on_delete="RESTRICT",
                                index=False)  # the primary key (branch, day) starts with it
    day = pw.CharField(max_length=8)  # yyyymmdd, branch local date
    last_seq = pw.IntegerField(default=0)

    class Meta:
        primary_key = pw.CompositeKey("branch", "day")
