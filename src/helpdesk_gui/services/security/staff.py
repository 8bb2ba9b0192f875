"""Branches and staff: the people and places tickets belong to."""

from __future__ import annotations

import getpass

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.errors import NotFound, ValidationError
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.vocabulary import ROLES

DEFAULT_BRANCH = ("HQ", "总部营业厅")
SYSTEM_EMPLOYEE_NO = "system"


def ensure_branch(code: str = DEFAULT_BRANCH[0], name: str = DEFAULT_BRANCH[1],
                  timezone: str = "Asia/Shanghai") -> Branch:
    """The branch with this code, created if the database has none yet."""
    code = (code or "").strip().upper()
    if not code.isalnum() or len(code) > 16:
        raise ValidationError({"branch_code": "letters and digits only, at most 16"})
    with database_proxy.obj.atomic():
        branch = Branch.get_or_none(Branch.code == code)
        if branch is None:
            branch = Branch.create(code=code, name=name, timezone=timezone)
    return branch


def create_staff(branch: Branch, employee_no: str, name: str, role: str,
                 post: str = "") -> Staff:
    """Add a staff member; employee numbers (工号) are unique across the hall."""
    employee_no = validation.text("employee_no", employee_no, required=True, limit=32)
    name = validation.person_name(name)
    validation.choice("role", role, ROLES)
    with database_proxy.obj.atomic():
        if Staff.get_or_none(Staff.employee_no == employee_no):
            raise ValidationError({"employee_no": f"{employee_no} is already in use"})
        return Staff.create(branch=branch, employee_no=employee_no, name=name, role=role,
                            post=post)


def by_employee_no(employee_no: str) -> Staff:
    """A staff member by employee number, or ``NotFound``."""
    staff = Staff.get_or_none(Staff.employee_no == employee_no)
    if staff is None:
        raise NotFound(f"no staff member with employee number {employee_no}")
    return staff


def system_actor() -> Staff:
    """The actor for headless commands: the operating-system user, in the first branch."""
    with database_proxy.obj.atomic():
        branch = Branch.select().order_by(Branch.id).first() or ensure_branch()
        user = f"os:{getpass.getuser()}"[:32]
        staff = Staff.get_or_none(Staff.employee_no == user)
        if staff is None:
            staff = Staff.create(branch=branch, employee_no=user, name="系统", role="admin",
                                 post="command line")
    return staff


def active_handlers(branch_id: int | None = None) -> list[tuple[int, str, str]]:
    """(id, employee_no, name) of staff a ticket can be dispatched to: those whose role
    may start handling it (a ticket assigned to anyone else could never move on)."""
    from helpdesk_gui.services.security.permissions import MATRIX

    query = Staff.select(Staff.id, Staff.employee_no, Staff.name).where(
        Staff.active, Staff.role.in_(tuple(MATRIX["ticket.start"])),
        ~Staff.employee_no.startswith("os:"), ~Staff.employee_no.startswith("token:"))
    if branch_id is not None:
        query = query.where(Staff.branch == branch_id)
    return list(query.order_by(Staff.employee_no).tuples())
