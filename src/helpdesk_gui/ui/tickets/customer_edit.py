"""Correct a known customer's phone, address, VIP flag and note (from intake or a ticket).

The record is read and saved in the background; a refused value (a phone another
customer has, a malformed number) is shown in the dialog and nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.tickets import customer_record as record
from helpdesk_gui.ui.service_errors import error_text


class CustomerEditDialog(QDialog):
    """Edits one customer; ``saved`` is the Changes when accepted."""

    def __init__(self, ctx, customer_id: int, ticket_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx, self.customer_id, self.ticket_id = ctx, customer_id, ticket_id
        self.saved: Changes | None = None
        self.setWindowTitle(self.tr("Edit customer"))
        self.name = QLabel()
        self.phone = QLineEdit()
        self.phone.setObjectName("customer_phone")
        self.address = QLineEdit()
        self.address.setObjectName("customer_address")
        self.vip = QCheckBox(self.tr("VIP customer (priority service)"))
        self.vip.setObjectName("customer_vip")
        self.note = QPlainTextEdit()
        self.note.setObjectName("customer_note")
        self.note.setMaximumHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Address"), self.address)
        form.addRow("", self.vip)
        form.addRow(self.tr("Note"), self.note)
        self.error = QLabel()
        self.error.setObjectName("customer_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b3261e")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        actor = ctx.actor
        ctx.ops.read(lambda: record.for_editing(actor, customer_id), self._loaded,
                     lambda exc: self.error.setText(error_text(exc)))

    def _loaded(self, c: record.EditableCustomer) -> None:
        self.name.setText(c.name + (f"  ({c.account_no})" if c.account_no else ""))
        self.phone.setText(c.phone or "")
        self.address.setText(c.address)
        self.vip.setChecked(c.is_vip)
        self.note.setPlainText(c.note)

    def form(self) -> record.CustomerEdit:
        return record.CustomerEdit(self.phone.text() or None, self.address.text(),
                                   self.vip.isChecked(), self.note.toPlainText())

    def save(self) -> None:
        actor, form, cid, tid = self.ctx.actor, self.form(), self.customer_id, self.ticket_id
        self.error.clear()
        self.ctx.ops.write(lambda: record.edit(actor, cid, form, tid), self._saved,
                           lambda exc: self.error.setText(error_text(exc)))

    def _saved(self, changes: Changes) -> None:
        self.saved = changes
        self.accept()
