"""The sign-in, password and permission errors in the user's language.

The services word their errors in English for logs and the command line; these screens
are read by counter staff, so the reasons the services always word the same way are
translated here (context "SecurityErrors"). Anything unknown is shown as is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from helpdesk_gui.domain.errors import NotFound, PermissionDenied, ValidationError
from helpdesk_gui.services.auth import AccountLocked, SignInFailed
from helpdesk_gui.ui import labels

_FIELDS = {
    "password": QT_TRANSLATE_NOOP("SecurityErrors", "Password"),
    "new_password": QT_TRANSLATE_NOOP("SecurityErrors", "New password"),
    "old_password": QT_TRANSLATE_NOOP("SecurityErrors", "Current password"),
    "branch_code": QT_TRANSLATE_NOOP("SecurityErrors", "Branch code"),
    "branch_name": QT_TRANSLATE_NOOP("SecurityErrors", "Branch name"),
    "timezone": QT_TRANSLATE_NOOP("SecurityErrors", "Time zone"),
    "employee_no": QT_TRANSLATE_NOOP("SecurityErrors", "Employee number"),
    "name": QT_TRANSLATE_NOOP("SecurityErrors", "Name"),
    "reason": QT_TRANSLATE_NOOP("SecurityErrors", "Reason"),
    "admin": QT_TRANSLATE_NOOP("SecurityErrors", "Administrator"),
}

_REASONS = [
    (r"required", QT_TRANSLATE_NOOP("SecurityErrors", "required")),
    (r"the current password is wrong",
     QT_TRANSLATE_NOOP("SecurityErrors", "the current password is wrong")),
    (r"choose a password different from the old one",
     QT_TRANSLATE_NOOP("SecurityErrors", "choose a password different from the old one")),
    (r"letters and digits only, at most 16",
     QT_TRANSLATE_NOOP("SecurityErrors", "letters and digits only, at most 16")),
    (r"unknown time zone (.+)", QT_TRANSLATE_NOOP("SecurityErrors", "unknown time zone {0}")),
    (r"(.+) is already in use", QT_TRANSLATE_NOOP("SecurityErrors", "{0} is already in use")),
    (r"may contain only letters, spaces, '·' and '-'",
     QT_TRANSLATE_NOOP("SecurityErrors", "only letters, spaces, '·' and '-' are allowed")),
    (r"this database already has an administrator; sign in instead",
     QT_TRANSLATE_NOOP("SecurityErrors",
                       "this database already has an administrator; sign in instead")),
]

_PASSWORD_NEEDS = {
    "at least 8 characters": QT_TRANSLATE_NOOP("SecurityErrors", "at least 8 characters"),
    "at most 128 characters": QT_TRANSLATE_NOOP("SecurityErrors", "at most 128 characters"),
    "both letters and digits": QT_TRANSLATE_NOOP("SecurityErrors", "both letters and digits"),
    "not the employee number": QT_TRANSLATE_NOOP("SecurityErrors",
                                                 "not the employee number"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SecurityErrors", text)


def reason_text(reason: str) -> str:
    """One service reason in the user's language."""
    if reason.startswith("the password needs "):
        needs = reason[len("the password needs "):].split(", ")
        parts = [_tr(_PASSWORD_NEEDS[n]) if n in _PASSWORD_NEEDS else n for n in needs]
        return QCoreApplication.translate("SecurityErrors", "needs %1").replace(
            "%1", ", ".join(parts))
    for pattern, source in _REASONS:
        match = re.fullmatch(pattern, reason)
        if match:
            return _tr(source).format(*match.groups())
    return reason


def validation_text(error: ValidationError) -> str:
    lines = []
    for field, reason in error.errors.items():
        name = _tr(_FIELDS[field]) if field in _FIELDS else field
        lines.append(f"{name}: {reason_text(reason)}")
    return "\n".join(lines)


def error_text(error: BaseException) -> str:
    """What to show the user for an error from a security service."""
    if isinstance(error, AccountLocked):
        return QCoreApplication.translate(
            "SecurityErrors", "Too many failed sign-ins: the account is locked until %1. "
            "Try again then, or ask an administrator to reset the password."
        ).replace("%1", error.local_until)
    if isinstance(error, SignInFailed):
        return QCoreApplication.translate("SecurityErrors", "Wrong employee number or password.")
    if isinstance(error, ValidationError):
        return validation_text(error)
    if isinstance(error, PermissionDenied):
        match = re.search(r"\(role (\w+)\) may not do ([\w.]+)", str(error))
        if match:
            return QCoreApplication.translate(
                "SecurityErrors", "Your role (%1) may not do this: %2."
            ).replace("%1", labels.role(match.group(1))).replace("%2", match.group(2))
        return QCoreApplication.translate("SecurityErrors", "You may not do this.")
    if isinstance(error, NotFound):
        match = re.fullmatch(r"no staff member with employee number (.+)", str(error))
        if match:
            return QCoreApplication.translate(
                "SecurityErrors", "No staff member has the employee number %1."
            ).replace("%1", match.group(1))
    return str(error)
