"""Showing the intake service's validation errors beside the fields they belong to.

The service reports ``{field: English reason}``. The clerk must see each reason next to
the field to fix, with that field highlighted, and nothing they typed may be lost; so
errors are painted on the existing widgets and never touch their contents. The wording
is translated by ``ui.service_errors``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from helpdesk_gui.ui.service_errors import field_label
from helpdesk_gui.ui.service_errors import reason_text as translate_reason

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
