"""The services' errors in the user's language, for every screen.

The services word their errors in English (logs, the command line, tests); counter staff
read them in Chinese. Errors carry structure where they can (``ValidationError.errors``,
``IllegalTransition.state/action``); the reasons the services always word the same way
are translated from one table here (context "ServiceErrors"). Anything unknown is shown
as the service worded it, never hidden.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from helpdesk_gui.domain.errors import (
    IllegalTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from helpdesk_gui.domain.tickets.workflow import ACTIONS
from helpdesk_gui.services.security.auth import AccountLocked, SignInFailed
from helpdesk_gui.ui import labels

FIELD_NAMES = {
    "channel": QT_TRANSLATE_NOOP("ServiceErrors", "Channel"),
    "type": QT_TRANSLATE_NOOP("ServiceErrors", "Type"),
    "level": QT_TRANSLATE_NOOP("ServiceErrors", "Level"),
    "customer_name": QT_TRANSLATE_NOOP("ServiceErrors", "Name"),
    "name": QT_TRANSLATE_NOOP("ServiceErrors", "Name"),
    "phone": QT_TRANSLATE_NOOP("ServiceErrors", "Phone"),
    "account_no": QT_TRANSLATE_NOOP("ServiceErrors", "Account no."),
    "address": QT_TRANSLATE_NOOP("ServiceErrors", "Address"),
    "subject": QT_TRANSLATE_NOOP("ServiceErrors", "Subject"),
    "description": QT_TRANSLATE_NOOP("ServiceErrors", "Description"),
    "request": QT_TRANSLATE_NOOP("ServiceErrors", "Customer asks for"),
    "answer": QT_TRANSLATE_NOOP("ServiceErrors", "Answer given"),
    "first_contact_resolved": QT_TRANSLATE_NOOP("ServiceErrors", "Resolved at first contact"),
    "reason": QT_TRANSLATE_NOOP("ServiceErrors", "Reason"),
    "note": QT_TRANSLATE_NOOP("ServiceErrors", "Note"),
    "resolution": QT_TRANSLATE_NOOP("ServiceErrors", "What was done"),
    "password": QT_TRANSLATE_NOOP("ServiceErrors", "Password"),
    "new_password": QT_TRANSLATE_NOOP("ServiceErrors", "New password"),
    "old_password": QT_TRANSLATE_NOOP("ServiceErrors", "Current password"),
    "branch_code": QT_TRANSLATE_NOOP("ServiceErrors", "Branch code"),
    "branch_name": QT_TRANSLATE_NOOP("ServiceErrors", "Branch name"),
    "timezone": QT_TRANSLATE_NOOP("ServiceErrors", "Time zone"),
    "employee_no": QT_TRANSLATE_NOOP("ServiceErrors", "Employee number"),
    "admin": QT_TRANSLATE_NOOP("ServiceErrors", "Administrator"),
    "confirmed_by": QT_TRANSLATE_NOOP("ServiceErrors", "How the customer confirmed"),
    "ticket_no": QT_TRANSLATE_NOOP("ServiceErrors", "Ticket number"),
    "staff_no": QT_TRANSLATE_NOOP("ServiceErrors", "Made by"),
    "kind": QT_TRANSLATE_NOOP("ServiceErrors", "Kind"),
    "outcome": QT_TRANSLATE_NOOP("ServiceErrors", "Outcome"),
    "corrective_action": QT_TRANSLATE_NOOP("ServiceErrors", "Corrective action"),
    "review": QT_TRANSLATE_NOOP("ServiceErrors", "Review"),
    "file": QT_TRANSLATE_NOOP("ServiceErrors", "File"),
    "role": QT_TRANSLATE_NOOP("ServiceErrors", "Role"),
    "post": QT_TRANSLATE_NOOP("ServiceErrors", "Post"),
    "window": QT_TRANSLATE_NOOP("ServiceErrors", "Window"),
    "staff": QT_TRANSLATE_NOOP("ServiceErrors", "Staff member"),
    "is_vip": QT_TRANSLATE_NOOP("ServiceErrors", "VIP"),
    "code": QT_TRANSLATE_NOOP("ServiceErrors", "Survey code"),
}

# (the service's wording, the translatable wording; {0}.. are the pattern's groups)
REASONS = [
    (r"required", QT_TRANSLATE_NOOP("ServiceErrors", "Required")),
    (r"too long \((\d+) characters, at most (\d+)\)",
     QT_TRANSLATE_NOOP("ServiceErrors", "Too long: {0} characters, at most {1}")),
    (r"contains control characters",
     QT_TRANSLATE_NOOP("ServiceErrors", "Contains control characters")),
    (r"may contain only letters, spaces, '·' and '-'",
     QT_TRANSLATE_NOOP("ServiceErrors", "Only letters, spaces, '·' and '-' are allowed")),
    (r"'.*' is not a phone number \(digits only\)",
     QT_TRANSLATE_NOOP("ServiceErrors", "Not a phone number (digits only)")),
    (r"'.*' is not a valid number: .*",
     QT_TRANSLATE_NOOP("ServiceErrors", "Not a valid number: a mobile has 11 digits starting 13–19, a landline starts with its area code 0")),  # noqa: E501
    (r"'.*' is not an account number .*",
     QT_TRANSLATE_NOOP("ServiceErrors", "Not an account number (4–32 letters or digits)")),
    (r"give the customer's phone or account number",
     QT_TRANSLATE_NOOP("ServiceErrors", "Give the customer's phone or account number")),
    (r"only a consultation can be resolved at intake",
     QT_TRANSLATE_NOOP("ServiceErrors", "Only a consultation can be resolved at intake")),
    (r"the chosen customer no longer exists",
     QT_TRANSLATE_NOOP("ServiceErrors", "The chosen customer no longer exists; press New customer")),  # noqa: E501
    (r"account (\S+) belongs to (.+), but phone (\S+) belongs to (.+); check which one is right",
     QT_TRANSLATE_NOOP("ServiceErrors", "Account {0} belongs to {1}, but phone {2} belongs to {3}; check which one is right")),  # noqa: E501
    (r"the current password is wrong",
     QT_TRANSLATE_NOOP("ServiceErrors", "the current password is wrong")),
    (r"choose a password different from the old one",
     QT_TRANSLATE_NOOP("ServiceErrors", "choose a password different from the old one")),
    (r"letters and digits only, at most 16",
     QT_TRANSLATE_NOOP("ServiceErrors", "letters and digits only, at most 16")),
    (r"unknown time zone (.+)", QT_TRANSLATE_NOOP("ServiceErrors", "unknown time zone {0}")),
    (r"(.+) is already in use", QT_TRANSLATE_NOOP("ServiceErrors", "{0} is already in use")),
    (r"this database already has an administrator; sign in instead",
     QT_TRANSLATE_NOOP("ServiceErrors",
                       "this database already has an administrator; sign in instead")),
    (r"no ticket numbered '?([^']*)'?",
     QT_TRANSLATE_NOOP("ServiceErrors", "no ticket numbered {0}")),
    (r"say how the customer confirmed .*",
     QT_TRANSLATE_NOOP("ServiceErrors", "Say how the customer confirmed (phone, SMS, in person, kiosk, email)")),  # noqa: E501
    (r"this call-back is already done",
     QT_TRANSLATE_NOOP("ServiceErrors", "This call-back is already done")),
    (r"this ticket has already been reviewed",
     QT_TRANSLATE_NOOP("ServiceErrors", "This ticket has already been reviewed")),
    (r"(.+) is ([\d.]+ MB); files up to ([\d.]+ MB) can be attached",
     QT_TRANSLATE_NOOP("ServiceErrors", "{0} is {1}; files up to {2} can be attached")),
    (r"(.+) is not a photo, screenshot or PDF \((.+)\)",
     QT_TRANSLATE_NOOP("ServiceErrors", "{0} is not a photo, screenshot or PDF ({1})")),
    (r"(.+) is empty", QT_TRANSLATE_NOOP("ServiceErrors", "{0} is empty")),
    (r"ticket (\S+) is still being handled; its survey opens when it is closed",
     QT_TRANSLATE_NOOP("ServiceErrors", "ticket {0} is still being handled; its survey opens when it is closed")),  # noqa: E501
    (r"the last active administrator cannot be (.+)",
     QT_TRANSLATE_NOOP("ServiceErrors", "the last active administrator cannot be deactivated or lose the role")),  # noqa: E501
    (r"you cannot deactivate yourself",
     QT_TRANSLATE_NOOP("ServiceErrors", "you cannot deactivate yourself")),
]

PASSWORD_NEEDS = {
    "at least 8 characters": QT_TRANSLATE_NOOP("ServiceErrors", "at least 8 characters"),
    "at most 128 characters": QT_TRANSLATE_NOOP("ServiceErrors", "at most 128 characters"),
    "both letters and digits": QT_TRANSLATE_NOOP("ServiceErrors", "both letters and digits"),
    "not the employee number": QT_TRANSLATE_NOOP("ServiceErrors", "not the employee number"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ServiceErrors", text)


def field_label(field: str) -> str:
    """The on-screen name of a field a service named."""
    return _tr(FIELD_NAMES[field]) if field in FIELD_NAMES else field


def reason_text(reason: str) -> str:
    """One service reason in the user's language (unknown reasons unchanged)."""
    if reason.startswith("the password needs "):
        needs = reason[len("the password needs "):].split(", ")
        parts = [_tr(PASSWORD_NEEDS[n]) if n in PASSWORD_NEEDS else n for n in needs]
        return _tr("needs %1").replace("%1", ", ".join(parts))
    for pattern, source in REASONS:
        match = re.fullmatch(pattern, reason, flags=re.DOTALL)
        if match:
            return _tr(source).format(*match.groups())
    return reason


def validation_text(error: ValidationError) -> str:
    """Every field's reason, one per line: "Field: reason"."""
    return "\n".join(f"{field_label(field)}: {reason_text(reason)}"
                     for field, reason in error.errors.items())


def action_name(action: str) -> str:
    """A ticket action's name (the same words as its button)."""
    spec = ACTIONS.get(action)
    return QCoreApplication.translate("Vocabulary.WORKFLOW", spec.english) if spec else action


def _illegal(error: IllegalTransition) -> str:
    allowed = "、".join(action_name(a) for a in error.allowed) or _tr("none")
    return (_tr("Ticket %1 is %2: “%3” is not possible now (possible now: %4).")
            .replace("%1", error.ticket_no).replace("%2", labels.status(error.state))
            .replace("%3", action_name(error.action)).replace("%4", allowed))


def _denied(error: PermissionDenied) -> str:
    match = re.search(r"\(role (\w+)\) may not do ([\w.]+); allowed roles: (.+)$", str(error))
    if match:
        allowed = "、".join(labels.role(r.strip()) for r in match.group(3).split(","))
        return (_tr("Your role (%1) may not do this: %2. Allowed: %3.")
                .replace("%1", labels.role(match.group(1))).replace("%2", match.group(2))
                .replace("%3", allowed))
    return _tr("You may not do this.")


def error_text(error: BaseException) -> str:
    """What to show the user for an error from a service."""
    if isinstance(error, AccountLocked):
        return _tr("Too many failed sign-ins: the account is locked until %1. Try again "
                   "then, or ask an administrator to reset the password."
                   ).replace("%1", error.local_until)
    if isinstance(error, SignInFailed):
        return _tr("Wrong employee number or password.")
    if isinstance(error, ValidationError):
        return validation_text(error)
    if isinstance(error, IllegalTransition):
        return _illegal(error)
    if isinstance(error, PermissionDenied):
        return _denied(error)
    if isinstance(error, NotFound):
        match = re.fullmatch(r"no staff member with employee number (.+)", str(error))
        if match:
            return _tr("No staff member has the employee number %1.").replace(
                "%1", match.group(1))
    return str(error)
