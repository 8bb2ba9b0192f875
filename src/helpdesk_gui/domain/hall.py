"""The hall itself: its branches (sites) and the people who work there.

Every capability refers to these two tables (who received, who handled, which branch a
row belongs to), so they live beside the model base rather than in one capability.
Sign-in state, lockout and the audit trail of staff are ``domain.security``.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.domain.base import SyncedModel


class Branch(SyncedModel):
    code = pw.CharField(max_length=16, unique=True)  # appears in ticket numbers
    name = pw.CharField(max_length=100)
    timezone = pw.CharField(max_length=64, default="Asia/Shanghai")
    is_headquarters = pw.BooleanField(default=False)


class Staff(SyncedModel):
    branch = pw.ForeignKeyField(Branch, backref="staff", on_delete="RESTRICT")
    employee_no = pw.CharField(max_length=32, unique=True)  # 工号
    name = pw.CharField(max_length=50)
    role = pw.CharField(max_length=16, index=True)  # see vocabulary.ROLES
    post = pw.CharField(max_length=50, default="")
    hire_date = pw.DateField(null=True)
    password_hash = pw.CharField(max_length=255, null=True)
    active = pw.BooleanField(default=True)
