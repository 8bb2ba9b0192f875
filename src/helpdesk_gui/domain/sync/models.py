"""The sync tables: who we are, whom we trade bundles with, what was sent and applied.

None of these rows travel: each site keeps its own ledger of the exchange.

* ``SyncSelf`` — this site's identity (one row): code, role, public key text.
* ``SyncSite`` — a peer site: role, public keys, and where the exchange stands with it
  (last sequence sent, last contiguous sequence applied from it, last acknowledged).
* ``SyncOutgoing`` — each bundle made for a peer and its watermark (what it covered), so
  the next bundle starts after the newest one the peer acknowledged.
* ``SyncIncoming`` — the ledger of bundles received (site, sequence): applied, or held
  because an earlier one is still missing (then its payload is kept until the gap closes).
* ``SyncRow`` — per-row stamp of a record that came from another site: its origin, its
  version (HLC) and a hash of its content as applied, which tells a later local change
  (even within the same second) from the copy as received.
* ``SyncConflict`` — every change that was not simply applied, with the decision.
* ``SyncAuditRow`` — at headquarters, the audit rows of each branch, kept as the branch
  chained them (``audit verify --branch CODE``).
* ``SyncMailbox`` — sealed bundles waiting for their site (``sync push``/``sync pull``
  over a database connection).
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.domain.base import BaseModel, utcnow

ROLES = ("hq", "branch")


class SyncSelf(BaseModel):
    id = pw.IntegerField(primary_key=True)  # always 1
    code = pw.CharField(max_length=16)
    role = pw.CharField(max_length=8)
    public_key = pw.TextField()
    created_at = pw.DateTimeField(default=utcnow)


class SyncSite(BaseModel):
    code = pw.CharField(max_length=16, unique=True)
    name = pw.CharField(max_length=100)
    role = pw.CharField(max_length=8)
    public_key = pw.TextField()
    added_at = pw.DateTimeField(default=utcnow)
    last_sent_seq = pw.IntegerField(default=0)
    last_sent_at = pw.DateTimeField(null=True)
    last_received_seq = pw.IntegerField(default=0)  # contiguous: every one up to it applied
    last_received_at = pw.DateTimeField(null=True)
    acked_seq = pw.IntegerField(default=0)  # the newest of ours the peer confirmed


class SyncOutgoing(BaseModel):
    site = pw.CharField(max_length=16)
    seq = pw.IntegerField()
    created_at = pw.DateTimeField(default=utcnow)
    watermark = pw.TextField()  # JSON: table -> value the next bundle starts from
    rows = pw.IntegerField(default=0)
    size = pw.BigIntegerField(default=0)

    class Meta:
        indexes = ((("site", "seq"), True),)


class SyncIncoming(BaseModel):
    site = pw.CharField(max_length=16)
    seq = pw.IntegerField()
    status = pw.CharField(max_length=8)  # applied | held
    received_at = pw.DateTimeField(default=utcnow)
    applied_at = pw.DateTimeField(null=True)
    rows = pw.IntegerField(default=0)
    payload = pw.BlobField(null=True)  # compressed payload while held

    class Meta:
        indexes = ((("site", "seq"), True),)


class SyncRow(BaseModel):
    table_name = pw.CharField(max_length=40)
    row_key = pw.CharField(max_length=200)
    origin = pw.CharField(max_length=16)
    version = pw.CharField(max_length=48)
    content_hash = pw.CharField(max_length=64, default="")  # the row as applied here
    applied_at = pw.DateTimeField(default=utcnow, index=True)  # this site's clock
    alias_of = pw.CharField(max_length=36, null=True)  # the local row it was matched to

    class Meta:
        indexes = ((("table_name", "row_key"), True),)


class SyncConflict(BaseModel):
    detected_at = pw.DateTimeField(default=utcnow)
    table_name = pw.CharField(max_length=40)
    row_key = pw.CharField(max_length=200)
    from_site = pw.CharField(max_length=16)
    bundle_seq = pw.IntegerField()
    kind = pw.CharField(max_length=24)  # see services.sync.merge.CONFLICT_KINDS
    incoming_version = pw.CharField(max_length=48, default="")
    local_version = pw.CharField(max_length=48, default="")
    winner = pw.CharField(max_length=8)  # local | incoming
    decision = pw.TextField()
    data = pw.TextField(default="{}")  # the version that lost, as it travelled: {column: value}

    class Meta:
        indexes = ((("table_name", "row_key", "from_site", "incoming_version", "kind"), True),)


class SyncAuditRow(BaseModel):
    site = pw.CharField(max_length=16)
    origin_id = pw.IntegerField()
    uuid = pw.CharField(max_length=36)
    at = pw.CharField(max_length=19)
    actor_id = pw.IntegerField(null=True)
    actor_no = pw.CharField(max_length=32, default="")
    action = pw.CharField(max_length=48)
    object_type = pw.CharField(max_length=32, default="")
    object_id = pw.CharField(max_length=64, default="")
    detail = pw.TextField(default="{}")
    prev_hash = pw.CharField(max_length=64)
    hash = pw.CharField(max_length=64)

    class Meta:
        indexes = ((("site", "origin_id"), True),)


class SyncMailbox(BaseModel):
    to_site = pw.CharField(max_length=16, index=True)
    from_site = pw.CharField(max_length=16)
    seq = pw.IntegerField()
    sealed = pw.BlobField()
    posted_at = pw.DateTimeField(default=utcnow)
    fetched_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("from_site", "to_site", "seq"), True),)


MODELS = [SyncSelf, SyncSite, SyncOutgoing, SyncIncoming, SyncRow, SyncConflict,
          SyncAuditRow, SyncMailbox]
