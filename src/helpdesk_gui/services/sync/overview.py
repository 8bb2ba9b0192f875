"""What the Sync page shows in one read, and the reminder of a branch that sends no bundle.

A branch office that works offline for days must not forget to send its bundle to
headquarters: after ``reminder_days`` days (a hall setting, default
``DEFAULT_REMINDER_DAYS``) without a bundle made, the window's status bar says so. The
days count from the newest bundle this site made, or from the day sync was set up when
it never made one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.sync.models import SyncOutgoing, SyncSelf
from helpdesk_gui.services.security import hall_settings, permissions
from helpdesk_gui.services.sync import conflicts, sites

DEFAULT_REMINDER_DAYS = 7
REMINDER_KEY = "sync_reminder_days"
MAX_REMINDER_DAYS = 365


@dataclass(frozen=True)
class SyncOverview:
    """This site (None when sync is not set up), its peers and its conflicts."""

    site_code: str | None
    role: str | None
    sites: list[sites.SiteStatus]
    conflicts: list[conflicts.ConflictRow]
    days_without_bundle: int | None
    reminder_days: int
    last_bundle_at: datetime | None = None  # None: this site never made one

    @property
    def reminder_due(self) -> bool:
        return (self.role == "branch" and self.days_without_bundle is not None
                and self.days_without_bundle >= self.reminder_days)


def reminder_days(branch_id: int) -> int:
    """The hall's setting, or the default when it is not set (or not a number)."""
    text = hall_settings.branch_setting(branch_id, REMINDER_KEY)
    return int(text) if text.isdigit() and 0 < int(text) <= MAX_REMINDER_DAYS \
        else DEFAULT_REMINDER_DAYS


def set_reminder_days(actor: Staff, days: int) -> int:
    """Change the actor's branch's reminder (``settings.edit``; audited)."""
    if not isinstance(days, int) or not 0 < days <= MAX_REMINDER_DAYS:
        raise ValidationError({REMINDER_KEY: f"a whole number of days, 1–{MAX_REMINDER_DAYS}"})
    hall_settings.set_branch_setting(actor, actor.branch_id, REMINDER_KEY, str(days))
    return days


def last_bundle_at() -> datetime | None:
    """When this site last made a bundle (None: never)."""
    last = SyncOutgoing.select(SyncOutgoing.created_at).order_by(
        SyncOutgoing.created_at.desc()).first()
    return None if last is None else last.created_at


def days_without_bundle(now: datetime | None = None) -> int | None:
    """Whole days since this site last made a bundle (since set-up if never); None when
    sync is not set up."""
    me = SyncSelf.get_or_none(SyncSelf.id == 1)
    if me is None:
        return None
    since = last_bundle_at() or me.created_at
    return max(0, ((now or utcnow()) - since).days)


def overview(actor: Staff, now: datetime | None = None) -> SyncOverview:
    """Everything the Sync page shows (``sync.view``)."""
    permissions.require(actor, "sync.view")
    me = SyncSelf.get_or_none(SyncSelf.id == 1)
    days = reminder_days(actor.branch_id)
    if me is None:
        return SyncOverview(None, None, [], [], None, days)
    return SyncOverview(me.code, me.role, sites.list_sites(actor),
                        conflicts.list_conflicts(actor), days_without_bundle(now), days,
                        last_bundle_at())


def bundle_hint(actor: Staff, now: datetime | None = None) -> int | None:
    """Days without a bundle when a branch is past its reminder, else None (also for
    those who may not see sync: the hint is for whoever can send the bundle)."""
    if not permissions.allowed(actor, "sync.view"):
        return None
    seen = overview(actor, now)
    return seen.days_without_bundle if seen.reminder_due else None
