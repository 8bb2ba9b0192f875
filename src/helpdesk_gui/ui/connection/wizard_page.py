"""The first-run wizard's first page: this PC only, or the hall server.

Choosing the hall server needs a successful *Test connection*; *Next* then saves the
choice and ends the wizard with ``switch_requested`` set, and the application opens the
server instead (where the hall's administrator usually exists already, so the next
screen is the sign-in). Choosing this PC goes on to the branch and administrator pages.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWizardPage

from helpdesk_gui.app import connection
from helpdesk_gui.app.ops import OpRunner
from helpdesk_gui.ui.connection.form import ConnectionForm


class ConnectionPage(QWizardPage):
    """Where this PC keeps its data; ``on_server`` when the open database is the server's
    chosen here already (then *Next* goes on to set the server's hall up)."""

    def __init__(self, ops: OpRunner, settings, on_server: bool = False):
        super().__init__()
        self.setTitle(self.tr("Where is the data?"))
        self.setSubTitle(self.tr("One PC keeps its own file; a hall with several counters "
                                 "shares the hall server's database."))
        self.settings, self.on_server = settings, on_server
        self.form = ConnectionForm(ops, settings, self)
        self.form.setObjectName("connection_form")
        self.form.tested.connect(lambda _ok: self.completeChanged.emit())
        self.form.ui.kind_server.toggled.connect(lambda _on: self.completeChanged.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.switch_requested = False

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        if self.form.kind == "local" or self.on_server:
            return True
        check = self.form.last_check
        return check is not None and check.ok

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        if self.form.kind == "local":
            connection.save(self.settings, "local")
            return True
        if self.on_server:
            return True
        self.form.save()
        self.switch_requested = True
        self.wizard().accept_switch()
        return False
