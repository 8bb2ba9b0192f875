"""The administrator's staff directory: add, edit, deactivate, unlock; open a branch.

So a new hall needs no command line: after the first-run wizard the administrator adds
the hall's branches and staff here. Every change needs ``staff.manage`` (password resets
``password.reset``, in ``auth``), is checked before the write transaction opens and is
audited in the same transaction as the change. Staff are never deleted (their names stay
on tickets and training records): they are deactivated and can no longer sign in.
Two guards keep the hall manageable: nobody deactivates themselves, and the last active
administrator keeps that role.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import peewee as pw

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.hall_settings import StaffDesk
from helpdesk_gui.domain.security.models import StaffSecurity
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.vocabulary import ROLES
from helpdesk_gui.services.security import audit, auth, hall_settings, permissions
from helpdesk_gui.services.security import staff as staff_service


@dataclass(frozen=True)
class StaffRow:
    """One line of the staff directory."""

    id: int
    employee_no: str
    name: str
    role: str
    post: str
    branch_id: int
    branch: str
    window: str
    active: bool
    locked_until: datetime | None
    must_change_password: bool


@dataclass(frozen=True)
class StaffForm:
    employee_no: str
    name: str
    role: str
    branch_id: int
    post: str = ""
    window: str = ""


def directory(actor: Staff, include_inactive: bool = True,
              now: datetime | None = None) -> list[StaffRow]:
    """Every staff member (not the command line's system users), by employee number."""
    permissions.require(actor, "staff.manage", "staff")
    now = now or utcnow()
    query = (Staff.select(Staff, Branch.code, StaffDesk.window, StaffSecurity.locked_until,
                          StaffSecurity.must_change_password)
             .join(Branch).switch(Staff)
             .join(StaffDesk, pw.JOIN.LEFT_OUTER, on=(StaffDesk.staff == Staff.id))
             .switch(Staff)
             .join(StaffSecurity, pw.JOIN.LEFT_OUTER, on=(StaffSecurity.staff == Staff.id))
             .where(~Staff.employee_no.startswith("os:")).order_by(Staff.employee_no))
    if not include_inactive:
        query = query.where(Staff.active)
    rows = []
    for s in query.objects():
        locked = s.locked_until if s.locked_until and s.locked_until > now else None
        rows.append(StaffRow(s.id, s.employee_no, s.name, s.role, s.post, s.branch_id,
                             s.code, s.window or "", s.active, locked,
                             bool(s.must_change_password)))
    return rows


def branches() -> list[tuple[int, str, str]]:
    """(id, code, name) of every branch."""
    return list(Branch.select(Branch.id, Branch.code, Branch.name).order_by(Branch.code)
                .tuples())


def _checked(form: StaffForm) -> dict:
    values = validation.collect(
        lambda: validation.text("employee_no", form.employee_no, required=True, limit=32),
        lambda: validation.person_name(form.name),
        lambda: validation.choice("role", form.role, ROLES),
        lambda: validation.text("post", form.post, required=False, limit=50),
        lambda: validation.text("window", form.window, required=False, limit=16))
    if Branch.get_or_none(Branch.id == form.branch_id) is None:
        raise ValidationError({"branch": "choose a branch"})
    return dict(zip(("employee_no", "name", "role", "post", "window"), values, strict=True))


def add_staff(actor: Staff, form: StaffForm, password: str) -> Staff:
    """A new staff member with a first password they must change at sign-in."""
    values = _checked(form)
    auth.check_password_rules(password, values["employee_no"])
    permissions.require(actor, "staff.manage", "staff")
    with database_proxy.obj.atomic():
        branch = Branch.get_by_id(form.branch_id)
        person = staff_service.create_staff(branch, values["employee_no"], values["name"],
                                            values["role"], values["post"])
        auth.set_password(person, password, must_change=True)
        hall_settings.store_staff_window(person.id, values["window"])
        audit.record(actor, "staff.add", "staff", person.id,
                     {"employee_no": person.employee_no, "role": person.role,
                      "branch": branch.code, "window": values["window"]})
    return person


def _get(staff_id: int) -> Staff:
    return Staff.by_id(staff_id)


def _other_active_admins(staff_id: int) -> bool:
    return Staff.select().where(Staff.role == "admin", Staff.active, Staff.id != staff_id,
                                ~Staff.employee_no.startswith("os:")).exists()


def edit_staff(actor: Staff, staff_id: int, form: StaffForm) -> Staff:
    """Change name, role, post, branch and window (the employee number stays)."""
    permissions.require(actor, "staff.manage", "staff", staff_id)
    with database_proxy.obj.atomic():
        person = _get(staff_id)
        values = _checked(StaffForm(person.employee_no, form.name, form.role, form.branch_id,
                                    form.post, form.window))
        if person.role == "admin" and values["role"] != "admin" and \
                not _other_active_admins(person.id):
            raise ValidationError({"role": "the last active administrator cannot be "
                                           "given another role"})
        before = {"name": person.name, "role": person.role, "post": person.post,
                  "branch_id": person.branch_id, "window": hall_settings.staff_window(person.id)}
        person.name, person.role, person.post = values["name"], values["role"], values["post"]
        person.branch = form.branch_id
        person.touch()
        person.save()
        hall_settings.store_staff_window(person.id, values["window"])
        after = {"name": person.name, "role": person.role, "post": person.post,
                 "branch_id": person.branch_id, "window": values["window"]}
        changed = {k: [before[k], after[k]] for k in before if before[k] != after[k]}
        audit.record(actor, "staff.edit", "staff", person.id,
                     {"employee_no": person.employee_no, "changed": changed})
    return person


def set_active(actor: Staff, staff_id: int, active: bool) -> Staff:
    """Deactivate (cannot sign in, not offered for dispatch) or reactivate."""
    permissions.require(actor, "staff.manage", "staff", staff_id)
    with database_proxy.obj.atomic():
        person = _get(staff_id)
        if not active and person.id == actor.id:
            raise ValidationError({"staff": "you cannot deactivate yourself"})
        if not active and person.role == "admin" and not _other_active_admins(person.id):
            raise ValidationError({"staff": "the last active administrator cannot be "
                                            "deactivated"})
        person.active = active
        person.touch()
        person.save()
        audit.record(actor, "staff.activate" if active else "staff.deactivate", "staff",
                     person.id, {"employee_no": person.employee_no})
    return person


def unlock(actor: Staff, staff_id: int) -> Staff:
    """Lift a lockout after too many failed sign-ins (the password stays as it is)."""
    permissions.require(actor, "staff.manage", "staff", staff_id)
    with database_proxy.obj.atomic():
        person = _get(staff_id)
        row = StaffSecurity.get_or_none(StaffSecurity.staff == person.id)
        was = row.locked_until if row else None
        if row is not None:
            row.locked_until, row.failed_count, row.first_failure_at = None, 0, None
            row.save()
        audit.record(actor, "auth.unlocked", "staff", person.id,
                     {"employee_no": person.employee_no, "locked_until": was})
    return person


def add_branch(actor: Staff, code: str, name: str, timezone: str = "Asia/Shanghai") -> Branch:
    """Open another branch (hall) of this database."""
    name = validation.text("branch_name", name, required=True, limit=100)
    try:
        ZoneInfo(timezone)
    except (ValueError, KeyError) as exc:
        raise ValidationError({"timezone": f"unknown time zone {timezone!r}"}) from exc
    permissions.require(actor, "staff.manage", "branch")
    cleaned = (code or "").strip().upper()
    with database_proxy.obj.atomic():
        if Branch.get_or_none(Branch.code == cleaned):
            raise ValidationError({"branch_code": f"{cleaned} is already in use"})
        branch = staff_service.ensure_branch(cleaned, name, timezone)
        audit.record(actor, "branch.add", "branch", branch.id,
                     {"code": branch.code, "name": branch.name, "timezone": timezone})
    return branch
