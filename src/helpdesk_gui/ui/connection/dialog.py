"""Settings → *Connection…*: this PC only or the hall server, used from the next start.

Changing the database under open pages would mix two halls' rows; the choice is saved
and takes effect when the program starts again (the dialog says so).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from helpdesk_gui.app.ops import OpRunner
from helpdesk_gui.ui.connection.form import ConnectionForm


class ConnectionDialog(QDialog):
    """Edits and tests the connection; *Save* remembers it for the next start."""

    def __init__(self, ops: OpRunner, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connection"))
        self.form = ConnectionForm(ops, settings, self)
        note = QLabel(self.tr("A changed connection is used from the next start."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def save(self) -> None:
        self.form.save()
        self.accept()
