"""Showing the intake service's validation errors beside the fields they belong to.

The service reports ``{field: English reason}``. The clerk must see each reason next to
the field to fix, with that field highlighted, and nothing they typed may be lost; so
errors are painted on the existing widgets and never touch their contents. Reasons the
service words the same way every time are translated; anything else is shown as is.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

# field -> (input widget name, error label name) on Ui_Intake, in tab order
FIELDS: dict[str, tuple[str, str]] = {
    "customer_name": ("nameEdit", "nameError"),
    "phone": ("phoneEdit", "phoneError"),
    "account_no": ("accountEdit", "accountError"),
    "address": ("addressEdit", "addressError"),
    "channel": ("channelCombo", "classificationError"),
    "type": ("typeCombo", "classificationError"),
    "level": ("levelCombo", "classificationError"),
    "subject": ("subjectEdit", "subjectError"),
    "description": ("descriptionEdit", "descriptionError"),
    "request": ("requestEdit", "requestError"),
    "first_contact_resolved": ("firstContactCheck", "firstContactError"),
    "answer": ("answerEdit", "answerError"),
}


_FIELD_NAMES = {
    "channel": QT_TRANSLATE_NOOP("IntakeErrors", "Channel"),
    "type": QT_TRANSLATE_NOOP("IntakeErrors", "Type"),
    "level": QT_TRANSLATE_NOOP("IntakeErrors", "Level"),
    "customer_name": QT_TRANSLATE_NOOP("IntakeErrors", "Name"),
    "phone": QT_TRANSLATE_NOOP("IntakeErrors", "Phone"),
    "account_no": QT_TRANSLATE_NOOP("IntakeErrors", "Account no."),
    "address": QT_TRANSLATE_NOOP("IntakeErrors", "Address"),
    "subject": QT_TRANSLATE_NOOP("IntakeErrors", "Subject"),
    "description": QT_TRANSLATE_NOOP("IntakeErrors", "Description"),
    "request": QT_TRANSLATE_NOOP("IntakeErrors", "Customer asks for"),
    "answer": QT_TRANSLATE_NOOP("IntakeErrors", "Answer given"),
    "first_contact_resolved": QT_TRANSLATE_NOOP("IntakeErrors", "Resolved at first contact"),
}

# (service wording, the translatable wording; {0}.. are the pattern's groups)
_REASONS = [
    (r"required", QT_TRANSLATE_NOOP("IntakeErrors", "Required")),
    (r"too long \((\d+) characters, at most (\d+)\)",
     QT_TRANSLATE_NOOP("IntakeErrors", "Too long: {0} characters, at most {1}")),
    (r"contains control characters",
     QT_TRANSLATE_NOOP("IntakeErrors", "Contains control characters")),
    (r"may contain only letters, spaces, '·' and '-'",
     QT_TRANSLATE_NOOP("IntakeErrors", "Only letters, spaces, '·' and '-' are allowed")),
    (r"'.*' is not a phone number \(digits only\)",
     QT_TRANSLATE_NOOP("IntakeErrors", "Not a phone number (digits only)")),
    (r"'.*' is not a valid number: .*",
     QT_TRANSLATE_NOOP("IntakeErrors", "Not a valid number: a mobile has 11 digits starting 13–19, a landline starts with its area code 0")),  # noqa: E501
    (r"'.*' is not an account number .*",
     QT_TRANSLATE_NOOP("IntakeErrors", "Not an account number (4–32 letters or digits)")),
    (r"give the customer's phone or account number",
     QT_TRANSLATE_NOOP("IntakeErrors", "Give the customer's phone or account number")),
    (r"only a consultation can be resolved at intake",
     QT_TRANSLATE_NOOP("IntakeErrors", "Only a consultation can be resolved at intake")),
    (r"the chosen customer no longer exists",
     QT_TRANSLATE_NOOP("IntakeErrors", "The chosen customer no longer exists; press New customer")),
    (r"account (\S+) belongs to (.+), but phone (\S+) belongs to (.+); check which one is right",
     QT_TRANSLATE_NOOP("IntakeErrors", "Account {0} belongs to {1}, but phone {2} belongs to {3}; check which one is right")),  # noqa: E501
]


def _tr(source: str) -> str:
    return QCoreApplication.translate("IntakeErrors", source)


def field_label(field: str) -> str:
    """The on-screen name of a form field (used where several share one error label)."""
    return _tr(_FIELD_NAMES[field]) if field in _FIELD_NAMES else field


def translate_reason(reason: str) -> str:
    """The clerk's-language wording of a service reason (unknown reasons unchanged)."""
    for pattern, source in _REASONS:
        match = re.fullmatch(pattern, reason, flags=re.DOTALL)
        if match:
            return _tr(source).format(*match.groups())
    return reason


def set_state(widget: QWidget, name: str, on: bool) -> None:
    """Switch a style-sheet state property (``invalid``, ``locked``, ``vip``) on a widget.

    The property is never read back: PySide6 6.12 corrupts ``None``'s reference count
    when ``QObject.property()`` returns an unset (invalid) value, so state is tracked by
    the callers instead.
    """
    widget.setProperty(name, on)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class FieldErrors:
    """Paints and clears the red reasons beside the intake page's fields."""

    def __init__(self, ui, summary: QLabel):
        self.ui = ui
        self.summary = summary
        self._invalid: set[str] = set()

    def _label(self, field: str) -> QLabel:
        return getattr(self.ui, FIELDS[field][1])

    def _widget(self, field: str) -> QWidget:
        return getattr(self.ui, FIELDS[field][0])

    def clear(self, field: str | None = None) -> None:
        """Forget one field's error, or all of them (and the summary)."""
        for name in [field] if field else list(self._invalid):
            if name in self._invalid:
                self._invalid.discard(name)
                set_state(self._widget(name), "invalid", False)
                self._label(name).clear()
        if field is None:
            self.summary.clear()

    def show(self, errors: dict[str, str]) -> QWidget | None:
        """Show every reason beside its field; return the first bad field to focus."""
        self.clear()
        texts: dict[str, list[str]] = {}
        stray: list[str] = []
        for field, reason in errors.items():
            wording = translate_reason(reason)
            if field not in FIELDS:
                stray.append(f"{field_label(field)}: {wording}")
                continue
            label_name = FIELDS[field][1]
            shared = sum(1 for _, lab in FIELDS.values() if lab == label_name) > 1
            texts.setdefault(label_name, []).append(
                f"{field_label(field)}: {wording}" if shared else wording)
            self._invalid.add(field)
            set_state(self._widget(field), "invalid", True)
        for label_name, lines in texts.items():
            getattr(self.ui, label_name).setText("\n".join(lines))
        summary = QCoreApplication.translate(
            "IntakeErrors", "Not saved: please correct the fields marked in red ({0})."
        ).format(len(errors))
        self.summary.setText("\n".join([summary, *stray]))
        first = [f for f in FIELDS if f in errors]
        return self._widget(first[0]) if first else None
