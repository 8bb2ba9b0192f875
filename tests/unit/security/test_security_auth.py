"""Sign-in, lockout, password change and reset, first run, idle clock."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from argon2 import PasswordHasher

from helpdesk_gui.domain.errors import PermissionDenied, ValidationError
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.security.models import AuditEntry, StaffSecurity
from helpdesk_gui.services.security import auth, staff

T0 = datetime(2025, 3, 3, 1, 0, 0)  # 09:00 in Beijing


def _actions():
    return [a for (a,) in AuditEntry.select(AuditEntry.action).order_by(AuditEntry.id).tuples()]


@pytest.fixture
def clerk_pw(clerk):
    auth.set_password(clerk, "counter123")
    return clerk


def test_password_is_stored_as_argon2id_never_clear(clerk_pw):
    stored = Staff.get_by_id(clerk_pw.id).password_hash
    assert stored.startswith("$argon2id$") and "counter123" not in stored


def test_sign_in_returns_staff_and_is_audited(clerk_pw):
    signed = auth.sign_in(" 1001 ", "counter123", now=T0)
    assert signed.id == clerk_pw.id
    row = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (row.action, row.actor_no, row.at) == ("auth.sign_in", "1001", T0)


@pytest.mark.parametrize(("number", "password"), [("1001", "wrong123"), ("4040", "counter123"),
                                                  ("", "")])
def test_wrong_credentials_give_one_message(clerk_pw, number, password):
    with pytest.raises(auth.SignInFailed, match="^wrong employee number or password$"):
        auth.sign_in(number, password, now=T0)
    row = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert row.action == "auth.sign_in_failed" and row.actor_no == number


def test_inactive_or_passwordless_staff_cannot_sign_in(clerk_pw, handler):
    Staff.update(active=False).where(Staff.id == clerk_pw.id).execute()
    for number, password in (("1001", "counter123"), ("2001", "")):
        with pytest.raises(auth.SignInFailed):
            auth.sign_in(number, password, now=T0)


def test_five_failures_in_fifteen_minutes_lock_for_fifteen_minutes(clerk_pw):
    for i in range(4):
        with pytest.raises(auth.SignInFailed) as caught:
            auth.sign_in("1001", "bad", now=T0 + timedelta(minutes=3 * i))
        assert not isinstance(caught.value, auth.AccountLocked)
    with pytest.raises(auth.AccountLocked) as caught:
        auth.sign_in("1001", "bad", now=T0 + timedelta(minutes=14))
    until = T0 + timedelta(minutes=29)
    assert caught.value.until == until and "09:29" in str(caught.value)
    # the right password does not help while locked
    with pytest.raises(auth.AccountLocked, match="locked until 09:29"):
        auth.sign_in("1001", "counter123", now=T0 + timedelta(minutes=28, seconds=59))
    assert auth.sign_in("1001", "counter123", now=until).id == clerk_pw.id
    assert _actions().count("auth.locked") == 1
    assert "auth.sign_in_refused" in _actions()


def test_failures_spread_over_more_than_the_window_do_not_lock(clerk_pw):
    for i in range(8):
        with pytest.raises(auth.SignInFailed) as caught:
            auth.sign_in("1001", "bad", now=T0 + timedelta(minutes=4 * i))
        assert not isinstance(caught.value, auth.AccountLocked), i
    # 4 failures per 15-minute window at most: no lock


def test_success_resets_the_failure_count(clerk_pw):
    for i in range(4):
        with pytest.raises(auth.SignInFailed):
            auth.sign_in("1001", "bad", now=T0 + timedelta(seconds=i))
    auth.sign_in("1001", "counter123", now=T0 + timedelta(seconds=10))
    for i in range(4):
        with pytest.raises(auth.SignInFailed) as caught:
            auth.sign_in("1001", "bad", now=T0 + timedelta(seconds=20 + i))
        assert not isinstance(caught.value, auth.AccountLocked)


def test_hash_is_upgraded_when_parameters_change(clerk_pw):
    old = Staff.get_by_id(clerk_pw.id).password_hash
    auth.use_hasher(PasswordHasher(time_cost=2, memory_cost=2048, parallelism=1))
    auth.sign_in("1001", "counter123", now=T0)
    new = Staff.get_by_id(clerk_pw.id).password_hash
    assert new != old and "m=2048,t=2" in new
    assert auth.sign_in("1001", "counter123", now=T0).id == clerk_pw.id


def test_change_own_password(clerk_pw):
    with pytest.raises(ValidationError, match="current password is wrong"):
        auth.change_password(clerk_pw, "nope", "better456")
    with pytest.raises(ValidationError, match="letters and digits"):
        auth.change_password(clerk_pw, "counter123", "onlyletters")
    auth.change_password(clerk_pw, "counter123", "better456")
    with pytest.raises(auth.SignInFailed):
        auth.sign_in("1001", "counter123")
    assert auth.sign_in("1001", "better456").id == clerk_pw.id
    assert "auth.password_changed" in _actions()


@pytest.mark.parametrize(("password", "problem"), [
    ("a1", "at least 8"), ("12345678", "letters and digits"), ("abcdefgh", "letters and digits"),
    ("abc1001", "at least 8")])
def test_password_rules(password, problem):
    assert any(problem in p for p in auth.password_problems(password, "1001"))


def test_password_may_not_be_the_employee_number(branch):
    person = staff.create_staff(branch, "ab123456", "周杰", "handler")
    with pytest.raises(ValidationError, match="not the employee number"):
        auth.set_password(person, "AB123456")


def test_admin_resets_password_and_lifts_lock(clerk_pw, admin):
    for i in range(5):
        with pytest.raises(auth.SignInFailed):
            auth.sign_in("1001", "bad", now=T0 + timedelta(seconds=i))
    assert auth.locked_until(clerk_pw, T0) is not None
    auth.reset_password(admin, clerk_pw.id, "temp1234", now=T0)
    assert auth.locked_until(clerk_pw, T0) is None
    signed = auth.sign_in("1001", "temp1234", now=T0 + timedelta(minutes=1))
    assert auth.must_change_password(signed)
    auth.change_password(signed, "temp1234", "mine5678")
    assert not auth.must_change_password(signed)
    reset = AuditEntry.get(AuditEntry.action == "auth.password_reset")
    assert reset.actor_no == "9001" and reset.object_id == str(clerk_pw.id)


def test_only_an_administrator_resets_passwords(clerk_pw, supervisor):
    with pytest.raises(PermissionDenied, match="password.reset"):
        auth.reset_password(supervisor, clerk_pw.id, "temp1234")
    assert auth.sign_in("1001", "counter123").id == clerk_pw.id


def test_unlock_checks_the_signed_in_users_password(clerk_pw):
    with pytest.raises(auth.SignInFailed):
        auth.unlock(clerk_pw.id, "bad", now=T0)
    assert auth.unlock(clerk_pw.id, "counter123", now=T0).id == clerk_pw.id
    assert _actions()[-2:] == ["auth.sign_in_failed", "auth.unlock"]


def test_first_run_creates_branch_and_administrator(db):
    assert auth.needs_first_run()
    admin = auth.first_run("sh02", "上海浦东营业厅", "A001", "陈静", "setup1234")
    assert not auth.needs_first_run()
    assert (admin.role, admin.branch.code, admin.branch.name) == ("admin", "SH02", "上海浦东营业厅")
    assert auth.sign_in("A001", "setup1234").id == admin.id
    with pytest.raises(ValidationError, match="already has an administrator"):
        auth.first_run("SH03", "x", "A002", "王五", "setup1234")


def test_first_run_takes_over_the_default_branch_of_a_headless_command(db):
    staff.system_actor()  # a headless command ran first: default branch HQ
    auth.first_run("GZ01", "广州天河营业厅", "A001", "陈静", "setup1234")
    assert [b.code for b in Branch.select()] == ["GZ01"]


def test_first_run_rejects_bad_input_and_changes_nothing(db):
    with pytest.raises(ValidationError):
        auth.first_run("GZ01", "广州", "A001", "陈静", "short")
    with pytest.raises(ValidationError, match="time zone"):
        auth.first_run("GZ01", "广州", "A001", "陈静", "setup1234", timezone="Mars/Base")
    assert Branch.select().count() == 0 and StaffSecurity.select().count() == 0


def test_idle_clock_with_injected_time():
    now = [1000.0]
    clock = auth.IdleClock(minutes=10, clock=lambda: now[0])
    now[0] += 599
    assert not clock.expired()
    now[0] += 1
    assert clock.expired()
    clock.touch()
    assert not clock.expired() and clock.idle_seconds() == 0
    clock.minutes = 0
    now[0] += 10_000
    assert not clock.expired()  # 0 minutes: idle lock off
