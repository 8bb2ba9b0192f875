"""Access tokens for scheduled jobs on the command line.

A token stands for a *machine* member of staff (employee number ``token:<name>``, no
password, one role) created by an administrator, so the role matrix and the audit trail
treat a scheduled job like any other person: every row it writes names the token, and
the token's creation names the administrator who made it. Only the SHA-256 of the token
is stored — the token itself is 256 random bits, so a fast hash is enough (a slow
password hash protects guessable secrets, not random ones).
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.domain.base import BaseModel, utcnow
from helpdesk_gui.domain.hall import Staff

TOKEN_STAFF_PREFIX = "token:"


class AccessToken(BaseModel):
    """One token: its name, the machine staff row it acts as, the hash, who made it."""

    name = pw.CharField(max_length=26, unique=True)
    staff = pw.ForeignKeyField(Staff, unique=True, on_delete="RESTRICT")
    token_hash = pw.CharField(max_length=64, unique=True)
    created_by = pw.IntegerField()  # Staff.id of the administrator
    created_at = pw.DateTimeField(default=utcnow)
    last_used_at = pw.DateTimeField(null=True)
    revoked_at = pw.DateTimeField(null=True)


ACCESS_MODELS = [AccessToken]
