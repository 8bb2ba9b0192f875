"""Settings of a hall that every seat shares, and each staff member's usual window.

``BranchSetting`` holds what is printed on paper for the branch (the hall's phone, the
survey web address) as key/value rows, so a new printed item needs no schema change.
``StaffDesk`` is the window (窗口号) a staff member usually works at; the window printed
on a receipt is the PC's own setting first (``app.workplace``), this one second.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.domain.base import BaseModel, utcnow
from helpdesk_gui.domain.hall import Branch, Staff

BRANCH_SETTING_KEYS = ("hall_phone", "survey_url", "receipt_footer",
                       "sync_reminder_days")  # days without a bundle before the hint


class BranchSetting(BaseModel):
    branch = pw.ForeignKeyField(Branch, on_delete="RESTRICT",
                                index=False)  # the unique index below starts with it
    key = pw.CharField(max_length=32)
    value = pw.TextField(default="")
    updated_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("branch", "key"), True),)


class StaffDesk(BaseModel):
    staff = pw.ForeignKeyField(Staff, unique=True, on_delete="RESTRICT")
    window = pw.CharField(max_length=16, default="")


MODELS = [BranchSetting, StaffDesk]
