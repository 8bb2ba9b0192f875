"""This site's sync identity and the sites it trades bundles with.

``init_site`` makes this site's keys (files in the configuration folder, owner-only) and
its identity row; the public key text it returns is what the other side registers with
``add_site``. Headquarters registers every branch; a branch registers its headquarters
only (it accepts bundles from no one else).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.sync.models import ROLES, SyncOutgoing, SyncSelf, SyncSite
from helpdesk_gui.services.security import audit, permissions
from helpdesk_gui.services.sync import keys, outgoing


class NotInitialised(ValidationError):
    """Sync was never set up on this database."""


@dataclass(frozen=True)
class SiteStatus:
    code: str
    name: str
    role: str
    last_sent_seq: int
    last_sent_at: datetime | None
    last_received_seq: int
    last_received_at: datetime | None
    acked_seq: int
    pending_changes: int


def own_site() -> SyncSelf:
    """This site's identity, or ``NotInitialised`` saying how to set it up."""
    me = SyncSelf.get_or_none(SyncSelf.id == 1)
    if me is None:
        raise NotInitialised({"site": "sync is not set up on this database: run "
                                      "helpdesk-gui sync init --role hq|branch"})
    return me


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValidationError({"role": f"a site's role is hq or branch, not {role!r}"})


def init_site(actor: Staff, role: str) -> str:
    """Make this site's keys and identity (its code is the actor's branch code); returns
    the public key text. Run again, it keeps the keys and only reports them."""
    permissions.require(actor, "sync.manage")
    _check_role(role)
    text = keys.create_keys()
    code = actor.branch.code
    with database_proxy.obj.atomic():
        me = SyncSelf.get_or_none(SyncSelf.id == 1)
        if me is not None and me.role != role:
            raise ValidationError({"role": f"this site is already set up as {me.role}"})
        if me is None:
            SyncSelf.create(id=1, code=code, role=role, public_key=text)
        elif me.public_key != text:
            SyncSelf.update(public_key=text).where(SyncSelf.id == 1).execute()
        Branch.update(is_headquarters=(role == "hq")).where(
            Branch.id == actor.branch_id).execute()
        audit.record(actor, "sync.init", "sync_site", code, {"role": role})
    return text


def public_key_text(actor: Staff) -> str:
    """This site's public key text (nothing secret in it)."""
    own_site()
    return keys.public_text()


def add_site(actor: Staff, code: str, name: str, role: str, public_key_text: str) -> SyncSite:
    """Register (or re-key) a peer site."""
    permissions.require(actor, "sync.manage")
    me = own_site()
    _check_role(role)
    code = (code or "").strip()
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,16}", code):
        raise ValidationError({"code": "a site code is 1-16 letters, digits, - or _"})
    if code == me.code:
        raise ValidationError({"code": f"{code} is this site itself"})
    if me.role == "branch" and role != "hq":
        raise ValidationError({"role": "a branch trades bundles with its headquarters only"})
    if me.role == "hq" and role == "hq":
        raise ValidationError({"role": "headquarters trades bundles with branches"})
    keys.parse_public(public_key_text)
    if me.role == "branch":
        other = SyncSite.get_or_none(SyncSite.role == "hq", SyncSite.code != code)
        if other is not None:
            raise ValidationError({"code": f"this branch already has headquarters {other.code}"})
    with database_proxy.obj.atomic():
        site = SyncSite.get_or_none(SyncSite.code == code)
        if site is None:
            site = SyncSite.create(code=code, name=name or code, role=role,
                                   public_key=public_key_text.strip())
        else:
            site.name, site.role, site.public_key = name or code, role, public_key_text.strip()
            site.save()
        audit.record(actor, "sync.site_add", "sync_site", code, {"role": role, "name": name})
    return site


def list_sites(actor: Staff) -> list[SiteStatus]:
    """Every peer and where the exchange with it stands."""
    permissions.require(actor, "sync.view")
    me = own_site()
    return [SiteStatus(s.code, s.name, s.role, s.last_sent_seq, s.last_sent_at,
                       s.last_received_seq, s.last_received_at, s.acked_seq,
                       outgoing.pending(me, s))
            for s in SyncSite.select().order_by(SyncSite.code)]


def headquarters_code(me: SyncSelf) -> str:
    if me.role == "hq":
        return me.code
    hq = SyncSite.get_or_none(SyncSite.role == "hq")
    return hq.code if hq else ""


def days_since_last_sent(actor: Staff, now: datetime | None = None) -> int | None:
    """Whole days since this site last made a bundle (None: sync not set up, or never)."""
    permissions.require(actor, "sync.view")
    if SyncSelf.get_or_none(SyncSelf.id == 1) is None:
        return None
    last = SyncOutgoing.select(SyncOutgoing.created_at).order_by(
        SyncOutgoing.created_at.desc()).first()
    if last is None:
        return None
    return ((now or utcnow()) - last.created_at).days
