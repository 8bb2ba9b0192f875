"""Who is working at this window.

Until sign-in exists, the acting staff member is the one named with ``--user``, else the
first active counter clerk of the first branch, else the operating-system user.
"""

from __future__ import annotations

from helpdesk_gui.domain.errors import NotFound
from helpdesk_gui.domain.models import Staff
from helpdesk_gui.services import staff as staff_service


def choose_actor(employee_no: str | None = None) -> Staff:
    """The staff member the window acts as."""
    if employee_no:
        found = Staff.get_or_none(Staff.employee_no == employee_no)
        if found is None or not found.active:
            raise NotFound(f"--user: no active staff member with employee number {employee_no}")
        return found
    clerk = (Staff.select().where(Staff.active, Staff.role == "counter")
             .order_by(Staff.branch, Staff.employee_no).first())
    return clerk or staff_service.system_actor()
