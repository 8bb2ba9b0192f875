"""Access tokens: how a scheduled job signs in on the command line without a password.

``create`` (administrators) makes a machine staff member ``token:<name>`` with one role
and returns the token once; only its SHA-256 is stored. ``sign_in_with_file`` reads the
token from a file that only its owner may read, and refuses a group- or world-readable
file (a token anyone can read is a password written on the wall). ``revoke`` ends a
token for good and deactivates its staff row. Every step is audited.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import stat
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import NotFound, ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.security.access import TOKEN_STAFF_PREFIX, AccessToken
from helpdesk_gui.domain.vocabulary import ROLES
from helpdesk_gui.services.security import audit, permissions
from helpdesk_gui.services.security.auth import SignInFailed

PREFIX = "hdt_"
NAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9._-]{0,25}")


def token_hash(token: str) -> str:
    return hashlib.sha256(token.strip().encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class TokenInfo:
    name: str
    role: str
    created_at: datetime
    last_used_at: datetime | None
    revoked_at: datetime | None


def create(actor: Staff, name: str, role: str) -> tuple[AccessToken, str]:
    """A new token acting as ``role``; returns the row and the token (shown only once)."""
    permissions.require(actor, "token.manage", "token", name)
    name = (name or "").strip().lower()
    if not NAME_PATTERN.fullmatch(name):
        raise ValidationError({"name": "1-26 characters: lower-case letters, digits, . _ -"})
    if role not in ROLES:
        raise ValidationError({"role": f"one of {', '.join(ROLES)}"})
    token = PREFIX + secrets.token_urlsafe(32)
    with database_proxy.obj.atomic():
        if AccessToken.get_or_none(AccessToken.name == name) is not None:
            raise ValidationError({"name": f"a token named {name} exists (names are never "
                                           "reused, even after revocation)"})
        machine = Staff.create(branch=actor.branch, employee_no=TOKEN_STAFF_PREFIX + name,
                               name=name, role=role, post="scheduled job")
        row = AccessToken.create(name=name, staff=machine, token_hash=token_hash(token),
                                 created_by=actor.id)
        audit.record(actor, "token.create", "token", row.id, {"name": name, "role": role})
    return row, token


def revoke(actor: Staff, name: str) -> AccessToken:
    """End a token: it signs in no more, and its staff row is deactivated."""
    permissions.require(actor, "token.manage", "token", name)
    row = AccessToken.get_or_none(AccessToken.name == (name or "").strip().lower())
    if row is None:
        raise NotFound(f"no token named {name}")
    with database_proxy.obj.atomic():
        row.revoked_at = row.revoked_at or utcnow()
        row.save()
        Staff.update(active=False).where(Staff.id == row.staff_id).execute()
        audit.record(actor, "token.revoke", "token", row.id, {"name": row.name})
    return row


def list_tokens(actor: Staff) -> list[TokenInfo]:
    """Every token with its role and dates (never the token itself)."""
    permissions.require(actor, "token.manage", "token")
    rows = AccessToken.select(AccessToken, Staff).join(Staff).order_by(AccessToken.name)
    return [TokenInfo(r.name, r.staff.role, r.created_at, r.last_used_at, r.revoked_at)
            for r in rows]


def write_token_file(path: Path, token: str) -> None:
    """Write the token to a new file readable by its owner only (never over a file)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(token + "\n")


def read_token_file(path: Path) -> str:
    """The token in ``path``; refuses a file others may read or that another user owns."""
    try:
        info = path.stat()
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SignInFailed(f"--token-file: cannot read {path}: {exc.strerror}") from exc
    if os.name == "posix":
        if info.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise SignInFailed(f"--token-file: {path} may be read by other users (mode "
                               f"{stat.filemode(info.st_mode)}); run chmod 600 {path}")
        if info.st_uid != os.getuid():
            raise SignInFailed(f"--token-file: {path} belongs to another user")
    return text.strip()


def sign_in_with_token(token: str) -> Staff:
    """The machine staff member of a valid, unrevoked token (audited either way)."""
    row = AccessToken.get_or_none(AccessToken.token_hash == token_hash(token))
    staff = Staff.get_or_none(Staff.id == row.staff_id) if row is not None else None
    if row is None or row.revoked_at is not None or staff is None or not staff.active:
        reason = "unknown token" if row is None else "revoked token"
        audit.record(staff, "auth.sign_in_failed", "token", row.id if row else "",
                     {"reason": reason, "via": "token"})
        raise SignInFailed("the access token is unknown or revoked; ask an administrator "
                           "for a new one (helpdesk-gui token create)")
    with database_proxy.obj.atomic():
        AccessToken.update(last_used_at=utcnow()).where(AccessToken.id == row.id).execute()
        audit.record(staff, "auth.sign_in", "token", row.id, {"via": "token"})
    return staff


def sign_in_with_file(path: Path) -> Staff:
    """``--token-file``: read the file (owner-only) and sign in with its token."""
    return sign_in_with_token(read_token_file(Path(path)))
