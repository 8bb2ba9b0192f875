"""Kiosk exit, lock screen and password change check passwords through the sign-in path."""

from __future__ import annotations

import pytest

from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.services.security import auth
from helpdesk_gui.services.surveys import answers


@pytest.fixture
def clerk_pw(clerk):
    auth.set_password(clerk, "counter123")
    return clerk


def _actions(staff) -> list[str]:
    return [a for (a,) in AuditEntry.select(AuditEntry.action)
            .where(AuditEntry.actor_no == staff.employee_no).order_by(AuditEntry.id).tuples()]


def test_kiosk_unlock_counts_failures_audits_them_and_locks_the_account(clerk_pw):
    for _ in range(auth.POLICY.max_failures - 1):
        assert answers.kiosk_unlock(clerk_pw.id, "guess-0000") is False
    with pytest.raises(auth.AccountLocked):
        answers.kiosk_unlock(clerk_pw.id, "guess-0000")
    with pytest.raises(auth.AccountLocked):  # even the right password now waits
        answers.kiosk_unlock(clerk_pw.id, "counter123")
    trail = _actions(clerk_pw)
    assert trail.count("auth.sign_in_failed") == auth.POLICY.max_failures
    assert "auth.locked" in trail and trail[-1] == "auth.sign_in_refused"
    with pytest.raises(auth.AccountLocked):  # the lockout is the account's, everywhere
        auth.sign_in(clerk_pw.employee_no, "counter123")


def test_kiosk_unlock_with_the_right_password_is_audited(clerk_pw):
    assert answers.kiosk_unlock(clerk_pw.id, "counter123") is True
    assert _actions(clerk_pw)[-1] == "auth.kiosk_unlock"


def test_a_wrong_old_password_at_change_counts_towards_the_lockout(clerk_pw):
    with pytest.raises(ValidationError, match="current password is wrong"):
        auth.change_password(clerk_pw, "nope-1234", "newpass123")
    failed = AuditEntry.get(AuditEntry.action == "auth.sign_in_failed")
    assert '"via":"auth.password_confirmed"' in failed.detail
    auth.change_password(clerk_pw, "counter123", "newpass123")
    assert auth.sign_in(clerk_pw.employee_no, "newpass123").id == clerk_pw.id
