"""The ticket's next steps as buttons: what each asks for, and which service it calls.

Only the actions ``workflow.allowed_actions`` offers for the ticket's state become buttons;
the service checks again, so a ticket changed meanwhile by another counter gives the
service's ``IllegalTransition`` message instead of a wrong step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.services.tickets import approval, confirmation, extensions
from helpdesk_gui.services.tickets import flow as ticket_flow
from helpdesk_gui.ui import labels

ACTION_TEXT = {
    "approve": QT_TRANSLATE_NOOP("TicketActions", "Approve dispatch…"),
    "reject": QT_TRANSLATE_NOOP("TicketActions", "Reject dispatch…"),
    "assign": QT_TRANSLATE_NOOP("TicketActions", "Assign…"),
    "start": QT_TRANSLATE_NOOP("TicketActions", "Start handling"),
    "wait_customer": QT_TRANSLATE_NOOP("TicketActions", "Wait for customer…"),
    "resume": QT_TRANSLATE_NOOP("TicketActions", "Resume…"),
    "record_contact": QT_TRANSLATE_NOOP("TicketActions", "Record contact…"),
    "add_note": QT_TRANSLATE_NOOP("TicketActions", "Add note…"),
    "resolve": QT_TRANSLATE_NOOP("TicketActions", "Resolve…"),
    "close": QT_TRANSLATE_NOOP("TicketActions", "Close…"),
    "reopen": QT_TRANSLATE_NOOP("TicketActions", "Reopen…"),
    "cancel": QT_TRANSLATE_NOOP("TicketActions", "Cancel ticket…"),
    "merge": QT_TRANSLATE_NOOP("TicketActions", "Merge into…"),
    "extend": QT_TRANSLATE_NOOP("TicketActions", "Extend resolution time…"),
}


def action_text(action: str) -> str:
    return QCoreApplication.translate("TicketActions", ACTION_TEXT.get(action, action))


@dataclass(frozen=True)
class Field:
    """One text a dialog asks for."""

    key: str
    label: str
    required: bool = False
    multiline: bool = True
    choices: tuple[tuple[str, str], ...] = ()  # (code, on-screen name): a drop-down


def _tr(text: str) -> str:
    return QCoreApplication.translate("TicketActions", text)


def fields_for(action: str) -> list[Field]:
    """What each text-asking action needs (assign and start ask no text)."""
    reason, note = Field("reason", _tr("Reason"), True), Field("note", _tr("Note"))
    return {
        "approve": [note],
        "reject": [reason],
        "wait_customer": [reason],
        "resume": [note],
        "record_contact": [Field("note", _tr("What was said"), True)],
        "add_note": [Field("note", _tr("Progress note"), True)],
        "resolve": [Field("resolution", _tr("What was done"), True),
                    Field("solution", _tr("Technical solution")),
                    Field("parts_replaced", _tr("Parts replaced"), multiline=False)],
        "close": [Field("confirmed_by", _tr("How the customer confirmed"), True, False,
                        confirmation_choices()), note],
        "reopen": [reason],
        "cancel": [reason],
        "merge": [Field("into", _tr("Ticket number of the original"), True, False), note],
        "extend": [Field("new_due", _tr("New resolution time (YYYY-MM-DD HH:MM)"), True, False),
                   Field("reason", _tr("Reason, as told to the customer"), True)],
    }.get(action, [])


def confirmation_choices() -> tuple[tuple[str, str], ...]:
    """The ways a customer confirms a resolution (§4), for the close dialog."""
    return tuple(labels.choices(confirmation.METHODS))


def local_due(text: str, timezone: str) -> datetime:
    """'2026-11-25 17:30' in the branch's time zone → naive UTC, or a ValidationError."""
    try:
        local = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise ValidationError({"new_due": f"{text!r} is not a time like 2026-11-25 17:30"}
                              ) from None
    aware = local.replace(tzinfo=ZoneInfo(timezone))
    return aware.astimezone(UTC).replace(tzinfo=None)


def missing(fields: list[Field], values: dict[str, str]) -> list[Field]:
    """The required fields left empty."""
    return [f for f in fields if f.required and not (values.get(f.key) or "").strip()]


def _editor(f: Field, parent: QWidget) -> QLineEdit | QPlainTextEdit | QComboBox:
    if f.choices:
        combo = QComboBox(parent)
        for code, name in f.choices:
            combo.addItem(name, code)
        return combo
    if f.multiline:
        editor = QPlainTextEdit(parent)
        editor.setFixedHeight(80)
        return editor
    return QLineEdit(parent)


def _value(editor: QLineEdit | QPlainTextEdit | QComboBox) -> str:
    if isinstance(editor, QComboBox):
        return str(editor.currentData() or "")
    text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
    return text.strip()


class TextFormDialog(QDialog):
    """Asks for an action's texts; OK refuses while a required text is empty."""

    def __init__(self, title: str, fields: list[Field], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self._fields = fields
        self.editors: dict[str, QLineEdit | QPlainTextEdit | QComboBox] = {}
        form = QFormLayout()
        for f in fields:
            editor = _editor(f, self)
            self.editors[f.key] = editor
            form.addRow(f.label + (" *" if f.required else ""), editor)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {key: _value(e) for key, e in self.editors.items()}

    def accept(self) -> None:
        empty = missing(self._fields, self.values())
        if empty:
            self.error.setText(self.tr("Required: %1").replace(
                "%1", ", ".join(f.label for f in empty)))
            self.error.show()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, fields: list[Field]) -> dict | None:
        """Show the dialog; the texts typed, or None if cancelled."""
        dialog = cls(title, fields, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


def supported(allowed: tuple[str, ...] | list[str]) -> list[str]:
    """The allowed actions this page can perform (others have no service or form yet)."""
    return [a for a in allowed if a in ACTION_TEXT]


def service_call(action: str, ticket_id: int, actor, values: dict) -> Callable[[], object]:
    """The background function that performs ``action`` through ``services.tickets.flow``."""
    v = values
    calls: dict[str, Callable[[], object]] = {
        "approve": lambda: approval.approve(ticket_id, actor, v.get("note", "")),
        "reject": lambda: approval.reject(ticket_id, actor, v["reason"]),
        "assign": lambda: ticket_flow.assign(ticket_id, v["assignee_id"], actor),
        "start": lambda: ticket_flow.start(ticket_id, actor),
        "wait_customer": lambda: ticket_flow.wait_customer(ticket_id, actor, v["reason"]),
        "resume": lambda: ticket_flow.resume(ticket_id, actor, v.get("note", "")),
        "record_contact": lambda: ticket_flow.record_contact(ticket_id, actor, v["note"]),
        "add_note": lambda: ticket_flow.add_note(ticket_id, actor, v["note"]),
        "extend": lambda: extensions.request_extension(
            ticket_id, actor, local_due(v["new_due"], actor.branch.timezone), v["reason"],
            customer_told=True),
        "resolve": lambda: ticket_flow.resolve(ticket_id, actor, v["resolution"],
                                               v.get("solution", ""),
                                               v.get("parts_replaced", "")),
        "close": lambda: ticket_flow.close(ticket_id, actor, v.get("note", ""),
                                           confirmed_by=v.get("confirmed_by", "")),
        "reopen": lambda: ticket_flow.reopen(ticket_id, actor, v["reason"]),
        "cancel": lambda: ticket_flow.cancel(ticket_id, actor, v["reason"]),
        "merge": lambda: ticket_flow.merge(ticket_id, v["into"], actor, v.get("note", "")),
    }
    return calls[action]
