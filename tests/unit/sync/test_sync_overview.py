"""The Sync page's read and the bundle reminder of a branch office (a hall setting)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import PermissionDenied, ValidationError
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.domain.sync.models import SyncOutgoing, SyncSelf
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.sync import overview, sites


@pytest.fixture
def admin(branch):
    return staff_service.create_staff(branch, "9001", "管理员", "admin")


def test_not_set_up_reads_empty_and_never_hints(admin, clerk):
    seen = overview.overview(admin)
    assert (seen.site_code, seen.sites, seen.conflicts, seen.days_without_bundle) == (
        None, [], [], None)
    assert not seen.reminder_due and overview.bundle_hint(admin) is None
    with pytest.raises(PermissionDenied):
        overview.overview(clerk)
    assert overview.bundle_hint(clerk) is None  # no sync rights: no hint either


def test_reminder_counts_from_set_up_then_from_the_last_bundle(admin, clerk):
    sites.init_site(admin, "branch")
    now = utcnow()
    assert overview.reminder_days(admin.branch_id) == overview.DEFAULT_REMINDER_DAYS == 7
    assert overview.bundle_hint(admin, now + timedelta(days=6)) is None
    assert overview.bundle_hint(admin, now + timedelta(days=7, hours=1)) == 7
    assert overview.set_reminder_days(admin, 10) == 10
    assert overview.reminder_days(admin.branch_id) == 10
    assert overview.bundle_hint(admin, now + timedelta(days=9)) is None
    assert AuditEntry.select().where(AuditEntry.action == "settings.branch").count() == 1
    for wrong in (0, 366, "7"):
        with pytest.raises(ValidationError):
            overview.set_reminder_days(admin, wrong)
    with pytest.raises(PermissionDenied):
        overview.set_reminder_days(clerk, 5)
    SyncOutgoing.create(site="HQ", seq=1, watermark="{}", created_at=now + timedelta(days=8))
    seen = overview.overview(admin, now + timedelta(days=12))
    assert seen.days_without_bundle == 4 and not seen.reminder_due
    assert seen.last_bundle_at == now + timedelta(days=8)
    assert overview.bundle_hint(admin, now + timedelta(days=18, hours=1)) == 10


def test_headquarters_is_never_reminded(admin):
    sites.init_site(admin, "hq")
    SyncSelf.update(created_at=utcnow() - timedelta(days=30)).execute()
    seen = overview.overview(admin)
    assert seen.role == "hq" and seen.days_without_bundle == 30 and not seen.reminder_due
    assert overview.bundle_hint(admin) is None
