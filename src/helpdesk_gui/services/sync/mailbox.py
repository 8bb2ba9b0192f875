"""Direct sync over a database connection: the bundle mailbox at headquarters.

The same sealed bundles as on a drive, kept in headquarters' ``sync_mailbox`` table,
addressed to a site. A branch with a line ``push``es its next bundle into headquarters'
mailbox and ``pull``s what waits there for it; headquarters ``pull``s its own mailbox
(branches' bundles) and ``push``es a bundle for every branch into it. The mailbox holds
sealed bytes only: whoever can read the table learns who sent what to whom, not what.
"""

from __future__ import annotations

from contextlib import contextmanager

import peewee as pw

from helpdesk_gui.db.connect import make_database, parse_url
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.sync.models import SyncMailbox, SyncSite
from helpdesk_gui.services.security import permissions
from helpdesk_gui.services.sync import bundles, sites
from helpdesk_gui.services.sync.seal import BundleRefused


@contextmanager
def _mailbox(url: str | None):
    """``SyncMailbox`` bound to headquarters' database (this one when ``url`` is None)."""
    if not url:
        yield
        return
    remote = make_database(parse_url(url))
    try:
        remote.connect()
    except pw.OperationalError as exc:
        raise ValidationError({"url": f"headquarters' database cannot be reached ({exc})"}) \
            from exc
    try:
        if not remote.table_exists(SyncMailbox._meta.table_name):
            raise ValidationError({"url": "that database has no bundle mailbox (upgrade it "
                                          "with helpdesk-gui db upgrade)"})
        with SyncMailbox.bind_ctx(remote):
            yield
    finally:
        remote.close()


def _targets(url: str | None) -> list[str]:
    me = sites.own_site()
    if me.role == "branch":
        if not url:
            raise ValidationError({"--to": "a branch names headquarters' database: "
                                           "--to postgresql://…"})
        return [sites.headquarters_code(me)]
    return [s.code for s in SyncSite.select().where(SyncSite.role == "branch")
            .order_by(SyncSite.code)]


def push(actor: Staff, url: str | None = None) -> list[str]:
    """Post the next bundle for headquarters (a branch) or for every branch (headquarters)."""
    permissions.require(actor, "sync.export")
    lines, me = [], sites.own_site().code
    for code in _targets(url):
        sealed, result = bundles.make_bundle(actor, code)
        with _mailbox(url):
            SyncMailbox.create(to_site=code, from_site=me, seq=result.seq, sealed=sealed)
        lines.append(f"bundle {result.seq} for {code}: {result.rows} rows, {result.size} bytes "
                     "posted")
    return lines


def pull(actor: Staff, url: str | None = None) -> list[str]:
    """Fetch every bundle waiting for this site, apply each in sequence order."""
    permissions.require(actor, "sync.import")
    me = sites.own_site()
    if me.role == "branch" and not url:
        raise ValidationError({"--from": "a branch names headquarters' database: "
                                         "--from postgresql://…"})
    with _mailbox(url):
        waiting = list(SyncMailbox.select(SyncMailbox.id, SyncMailbox.from_site,
                                          SyncMailbox.seq, SyncMailbox.sealed)
                       .where(SyncMailbox.to_site == me.code,
                              SyncMailbox.fetched_at.is_null())
                       .order_by(SyncMailbox.from_site, SyncMailbox.seq).tuples())
    lines = []
    for box_id, sender, seq, sealed in waiting:
        try:
            lines.append(bundles.import_bytes(actor, bytes(sealed)).message)
        except BundleRefused as exc:
            lines.append(f"bundle {seq} from {sender} refused: {exc}")
            continue
        with _mailbox(url):
            SyncMailbox.update(fetched_at=utcnow()).where(SyncMailbox.id == box_id).execute()
    if not lines:
        lines.append("no bundles waiting")
    return lines

