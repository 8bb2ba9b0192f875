"""Signing in at the counter: passwords, lockout, password changes, first run, idle lock.

* Passwords are hashed with argon2id (``argon2-cffi``'s ``PasswordHasher``); a hash made
  with older parameters is replaced at the next successful sign-in (``check_needs_rehash``).
* Lockout: ``POLICY.max_failures`` wrong passwords within ``POLICY.window`` lock the account
  for ``POLICY.lock_for``. The slow hash check runs *outside* the write transaction, so a
  sign-in never holds the database's write lock while argon2 works.
* Every sign-in, failure, lock, unlock, password change and reset is audited. Failures
  are committed before the error is raised, so they count even though sign-in fails.
* The message for a wrong password never says whether the employee number exists.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import HelpdeskError, NotFound, ValidationError
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.security.models import StaffSecurity
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.security import audit, permissions
from helpdesk_gui.services.security import staff as staff_service

WRONG_CREDENTIALS = "wrong employee number or password"


class SignInFailed(HelpdeskError):
    """Wrong employee number or password, or an account that may not sign in."""


class AccountLocked(SignInFailed):
    """Too many failed sign-ins: the account is locked until ``until`` (UTC)."""

    def __init__(self, message: str, until: datetime, local_until: str = ""):
        super().__init__(message)
        self.until = until
        self.local_until = local_until  # HH:MM in the branch's time zone


@dataclass(frozen=True)
class LockoutPolicy:
    max_failures: int = 5
    window: timedelta = timedelta(minutes=15)
    lock_for: timedelta = timedelta(minutes=15)


POLICY = LockoutPolicy()
MIN_LENGTH = 8

_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


def use_hasher(hasher: PasswordHasher) -> PasswordHasher:
    """Replace the password hasher (tests use cheap parameters); returns the previous one."""
    global _hasher
    previous, _hasher = _hasher, hasher
    return previous


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True when ``password`` matches the stored hash (False for a missing/garbled hash)."""
    if not stored_hash:
        return False
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def password_problems(password: str, employee_no: str = "") -> list[str]:
    """Why a new password is not acceptable (empty list when it is)."""
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(f"at least {MIN_LENGTH} characters")
    if len(password) > 128:
        problems.append("at most 128 characters")
    if not any(c.isalpha() for c in password) or not any(c.isdigit() for c in password):
        problems.append("both letters and digits")
    if employee_no and password.strip().lower() == employee_no.strip().lower():
        problems.append("not the employee number")
    return problems


def check_password_rules(password: str, employee_no: str = "", field: str = "password") -> None:
    problems = password_problems(password, employee_no)
    if problems:
        raise ValidationError({field: "the password needs " + ", ".join(problems)})


def _security(staff: Staff) -> StaffSecurity:
    """The staff member's lockout row (created on first need; call inside a transaction)."""
    row = StaffSecurity.get_or_none(StaffSecurity.staff == staff.id)
    return row or StaffSecurity.create(staff=staff.id)


def local_time(staff: Staff, at: datetime) -> str:
    """A UTC time as the branch's wall-clock HH:MM, for messages."""
    zone = ZoneInfo(staff.branch.timezone or "Asia/Shanghai")
    return at.replace(tzinfo=UTC).astimezone(zone).strftime("%H:%M")


def _locked_error(staff: Staff, until: datetime) -> AccountLocked:
    local = local_time(staff, until)
    return AccountLocked(
        f"too many failed sign-ins: account {staff.employee_no} is locked until {local}; "
        "try again then, or ask an administrator to reset the password", until, local)


def locked_until(staff: Staff, now: datetime | None = None) -> datetime | None:
    """When the account's lock ends, or None when it is not locked."""
    row = StaffSecurity.get_or_none(StaffSecurity.staff == staff.id)
    now = now or utcnow()
    if row is None or row.locked_until is None or row.locked_until <= now:
        return None
    return row.locked_until


class SignInRequired(SignInFailed):
    """A command that reads personal data or changes something was given no credentials."""


def sign_in(employee_no: str, password: str, now: datetime | None = None,
            channel: str = "") -> Staff:
    """The staff member with this employee number (工号) and password, or an error.

    ``channel`` (e.g. ``"cli"``) is written into the audit row, so the trail tells a
    sign-in at the window from one on the command line.
    """
    return _authenticate(employee_no, password, now or utcnow(), "auth.sign_in", channel)


def unlock(staff_id: int, password: str, now: datetime | None = None) -> Staff:
    """The lock screen: the signed-in user's password again (same lockout rules)."""
    return confirm_password(staff_id, password, "auth.unlock", now)


def confirm_password(staff_id: int, password: str, action: str,
                     now: datetime | None = None) -> Staff:
    """A known staff member types their password again (lock screen, kiosk exit, password
    change): the one sign-in path, so every such check counts towards the lockout and is
    audited as ``action`` (success) or ``auth.sign_in_failed`` with ``via: action``."""
    staff = Staff.get_or_none(Staff.id == staff_id)
    if staff is None:
        raise NotFound(f"staff #{staff_id} does not exist")
    return _authenticate(staff.employee_no, password, now or utcnow(), action)


def _authenticate(employee_no: str, password: str, now: datetime, action: str,
                  channel: str = "") -> Staff:
    number = (employee_no or "").strip()
    staff = Staff.get_or_none(Staff.employee_no == number) if number else None
    if staff is None or not staff.active or not staff.password_hash:
        verify_password(_dummy_hash(), password)  # same time as a real check
        reason = "unknown" if staff is None else ("inactive" if not staff.active
                                                  else "no password set")
        audit.record(staff, "auth.sign_in_failed", "staff", staff.id if staff else "",
                     {"reason": reason, "via": action}, actor_no=number, now=now)
        raise SignInFailed(WRONG_CREDENTIALS)
    until = locked_until(staff, now)
    if until is not None:
        audit.record(staff, "auth.sign_in_refused", "staff", staff.id,
                     {"reason": "locked", "locked_until": until, "via": action}, now=now)
        raise _locked_error(staff, until)
    if not verify_password(staff.password_hash, password):
        raise _count_failure(staff, now, action)
    new_hash = hash_password(password) if _hasher.check_needs_rehash(staff.password_hash) \
        else None
    with database_proxy.obj.atomic():
        row = _security(staff)
        row.failed_count, row.first_failure_at, row.locked_until = 0, None, None
        row.save()
        if new_hash:
            Staff.update(password_hash=new_hash).where(Staff.id == staff.id).execute()
            staff.password_hash = new_hash
        detail = {"rehashed": bool(new_hash)} | ({"channel": channel} if channel else {})
        audit.record(staff, action, "staff", staff.id, detail, now=now)
    return staff


_DUMMY: list[str] = []


def _dummy_hash() -> str:
    if not _DUMMY:
        _DUMMY.append(hash_password("not-a-password-0"))
    return _DUMMY[0]


def _count_failure(staff: Staff, now: datetime, action: str) -> SignInFailed:
    """Record a wrong password (committed); returns the error for the caller to raise."""
    with database_proxy.obj.atomic():
        row = _security(staff)
        if row.first_failure_at is None or now - row.first_failure_at >= POLICY.window:
            row.failed_count, row.first_failure_at = 1, now
        else:
            row.failed_count += 1
        audit.record(staff, "auth.sign_in_failed", "staff", staff.id,
                     {"reason": "wrong password", "failures": row.failed_count,
                      "via": action}, now=now)
        locked = row.failed_count >= POLICY.max_failures
        if locked:
            row.locked_until = now + POLICY.lock_for
            row.failed_count, row.first_failure_at = 0, None
            audit.record(staff, "auth.locked", "staff", staff.id,
                         {"locked_until": row.locked_until,
                          "failures": POLICY.max_failures}, now=now)
        row.save()
    return _locked_error(staff, row.locked_until) if locked else SignInFailed(WRONG_CREDENTIALS)


def sign_out(staff: Staff) -> None:
    audit.record(staff, "auth.sign_out", "staff", staff.id)


def must_change_password(staff: Staff) -> bool:
    """True after an administrator's reset, until the user picks their own password."""
    row = StaffSecurity.get_or_none(StaffSecurity.staff == staff.id)
    return bool(row and row.must_change_password)


def set_password(staff: Staff, password: str, *, must_change: bool = False,
                 now: datetime | None = None) -> None:
    """Store a new password for ``staff`` (rules checked; no permission check, not audited).

    For set-up code: the first-run wizard, ``user add`` and the demo database.
    """
    check_password_rules(password, staff.employee_no)
    hashed = hash_password(password)
    with database_proxy.obj.atomic():
        Staff.update(password_hash=hashed).where(Staff.id == staff.id).execute()
        staff.password_hash = hashed
        row = _security(staff)
        row.password_changed_at = now or utcnow()
        row.must_change_password = must_change
        row.failed_count, row.first_failure_at, row.locked_until = 0, None, None
        row.save()


def change_password(staff: Staff, old_password: str, new_password: str,
                    now: datetime | None = None) -> None:
    """A user changes their own password (the old one is asked again, through the
    sign-in path: wrong guesses count towards the lockout)."""
    try:
        confirm_password(staff.id, old_password, "auth.password_confirmed", now)
    except AccountLocked:
        raise
    except SignInFailed:
        raise ValidationError({"old_password": "the current password is wrong"}) from None
    if old_password == new_password:
        raise ValidationError({"new_password": "choose a password different from the old one"})
    check_password_rules(new_password, staff.employee_no, field="new_password")
    with database_proxy.obj.atomic():
        set_password(staff, new_password, now=now)
        audit.record(staff, "auth.password_changed", "staff", staff.id, now=now)


def reset_password(actor: Staff, staff_id: int, new_password: str,
                   now: datetime | None = None) -> Staff:
    """An administrator sets a temporary password; the user must change it at sign-in.

    Also lifts a lockout.
    """
    permissions.require(actor, "password.reset", "staff", staff_id)
    staff = Staff.get_or_none(Staff.id == staff_id)
    if staff is None:
        raise NotFound(f"staff #{staff_id} does not exist")
    with database_proxy.obj.atomic():
        set_password(staff, new_password, must_change=True, now=now)
        audit.record(actor, "auth.password_reset", "staff", staff.id,
                     {"employee_no": staff.employee_no}, now=now)
    return staff


def needs_first_run() -> bool:
    """True while no active administrator with a password exists (fresh installation)."""
    return not (Staff.select().where(Staff.role == "admin", Staff.active,
                                     Staff.password_hash.is_null(False)).exists())


def _zone(timezone: str) -> str:
    try:
        ZoneInfo(timezone)
    except (ValueError, KeyError) as exc:
        raise ValidationError({"timezone": f"unknown time zone {timezone!r}"}) from exc
    return timezone


def _branch_code(code: str) -> str:
    code = (code or "").strip().upper()
    if not code:
        raise ValidationError({"branch_code": "required"})
    if not code.isalnum() or len(code) > 16:
        raise ValidationError({"branch_code": "letters and digits only, at most 16"})
    return code


def check_first_branch(code: str, name: str, timezone: str) -> None:
    """The wizard's first page, checked before *Next* (no database needed): every bad
    field is reported at once, as ``first_run`` would report it at the end."""
    validation.collect(lambda: _branch_code(code),
                       lambda: validation.text("branch_name", name, required=True, limit=100),
                       lambda: _zone(timezone))


def check_first_admin(employee_no: str, name: str, password: str) -> None:
    """The wizard's administrator page, checked before *Finish* (no database needed)."""
    validation.collect(
        lambda: validation.text("employee_no", employee_no, required=True, limit=32),
        lambda: validation.person_name(name),
        lambda: check_password_rules(password, employee_no))


def first_run(branch_code: str, branch_name: str, admin_employee_no: str, admin_name: str,
              password: str, timezone: str = "Asia/Shanghai") -> Staff:
    """Create the branch and its first administrator (the first-run wizard)."""
    check_first_branch(branch_code, branch_name, timezone)
    check_first_admin(admin_employee_no, admin_name, password)
    name = branch_name.strip()
    with database_proxy.obj.atomic():
        if not needs_first_run():
            raise ValidationError({"admin": "this database already has an administrator; "
                                            "sign in instead"})
        branch = _first_branch(branch_code, name, timezone)
        admin = staff_service.create_staff(branch, admin_employee_no, admin_name, "admin",
                                           post="administrator")
        set_password(admin, password)
        audit.record(admin, "auth.first_run", "branch", branch.id,
                     {"branch": branch.code, "admin": admin.employee_no})
    return admin


def _first_branch(code: str, name: str, timezone: str) -> Branch:
    """The wizard's branch; takes over the default branch a headless command made, if unused."""
    code = _branch_code(code)
    branch = Branch.get_or_none(Branch.code == code)
    if branch is None:
        branches = list(Branch.select().limit(2))
        unused_default = (len(branches) == 1
                          and branches[0].code == staff_service.DEFAULT_BRANCH[0]
                          and not Ticket.select().where(Ticket.branch == branches[0].id).exists())
        branch = branches[0] if unused_default else Branch(code=code)
    branch.code, branch.name, branch.timezone = code, name, timezone
    branch.touch()
    branch.save()
    return branch


class IdleClock:
    """Time since the user last touched the window; ``expired`` after ``minutes`` (0: never).

    The clock is injected (seconds, monotonic) so tests need not sleep.
    """

    def __init__(self, minutes: float = 10, clock: Callable[[], float] = time.monotonic):
        self.minutes = minutes
        self._clock = clock
        self._last = clock()

    def touch(self) -> None:
        self._last = self._clock()

    def idle_seconds(self) -> float:
        return max(0.0, self._clock() - self._last)

    def expired(self) -> bool:
        return self.minutes > 0 and self.idle_seconds() >= self.minutes * 60
