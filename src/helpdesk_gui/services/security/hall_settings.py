"""The hall's shared settings (phone, survey address) and staff members' usual windows.

Read by anyone (they are printed on every receipt); changed by those allowed to edit
settings, with an audit row naming the key and both values (none is personal data).
"""

from __future__ import annotations

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.hall_settings import BRANCH_SETTING_KEYS, BranchSetting, StaffDesk
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.services.security import audit, permissions


def branch_settings(branch_id: int) -> dict[str, str]:
    """Every setting of the branch; keys not set read as ""."""
    found = dict(BranchSetting.select(BranchSetting.key, BranchSetting.value)
                 .where(BranchSetting.branch == branch_id).tuples())
    return {key: found.get(key, "") for key in BRANCH_SETTING_KEYS}


def branch_setting(branch_id: int, key: str) -> str:
    return branch_settings(branch_id).get(key, "")


def set_branch_setting(actor: Staff, branch_id: int, key: str, value: str) -> None:
    """Change one setting of the branch (``settings.edit``; audited)."""
    if key not in BRANCH_SETTING_KEYS:
        raise ValidationError({"key": f"unknown branch setting {key!r}"})
    value = validation.text(key, value, required=False, limit=200)
    permissions.require(actor, "settings.edit", "branch", branch_id)
    with database_proxy.obj.atomic():
        row = BranchSetting.get_or_none(BranchSetting.branch == branch_id,
                                        BranchSetting.key == key)
        before = row.value if row else ""
        if row is None:
            BranchSetting.create(branch=branch_id, key=key, value=value)
        else:
            row.value, row.updated_at = value, utcnow()
            row.save()
        audit.record(actor, "settings.branch", "branch", branch_id,
                     {"key": key, "before": before, "after": value})


def staff_window(staff_id: int) -> str:
    """The window a staff member usually works at ("" when none is set)."""
    return StaffDesk.select(StaffDesk.window).where(StaffDesk.staff == staff_id).scalar() or ""


def store_staff_window(staff_id: int, window: str) -> None:
    """Set the usual window (inside the caller's transaction; the caller audits)."""
    row = StaffDesk.get_or_none(StaffDesk.staff == staff_id)
    if row is None:
        StaffDesk.create(staff=staff_id, window=window)
    elif row.window != window:
        row.window = window
        row.save()
