"""Settings → *This counter…*: the PC's window number and receipt paper, and (for those
who may edit settings) the hall's phone and survey address printed on every receipt."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app import workplace
from helpdesk_gui.app.context import AppContext
from helpdesk_gui.services.seats import registry as seats
from helpdesk_gui.services.security import hall_settings, permissions
from helpdesk_gui.ui.service_errors import error_text


class CounterSettingsDialog(QDialog):
    """Edits this PC's counter settings and, if allowed, the branch's printed details."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("This counter"))
        self.window_edit = QLineEdit(workplace.counter_window(ctx.settings))
        self.window_edit.setObjectName("counter_window")
        self.window_edit.setMaxLength(16)
        self.paper = QComboBox()
        for code, text in (("receipt80", self.tr("80 mm receipt roll")), ("A5", "A5"),
                           ("A4", "A4")):
            self.paper.addItem(text, code)
        self.paper.setCurrentIndex(self.paper.findData(workplace.receipt_paper(ctx.settings)))
        form = QFormLayout()
        form.addRow(self.tr("Window number (this PC):"), self.window_edit)
        form.addRow(self.tr("Receipt paper:"), self.paper)
        self.may_edit = permissions.allowed(ctx.actor, "settings.edit")
        self.hall_phone = QLineEdit()
        self.hall_phone.setObjectName("hall_phone")
        self.survey_url = QLineEdit()
        self.survey_url.setPlaceholderText("https://…/{code}")
        if self.may_edit:
            form.addRow(self.tr("Hall phone (printed):"), self.hall_phone)
            form.addRow(self.tr("Survey web address:"), self.survey_url)
            branch = ctx.branch.id
            ctx.ops.read(lambda: hall_settings.branch_settings(branch), self._loaded)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b3261e")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _loaded(self, values: dict[str, str]) -> None:
        self.hall_phone.setText(values.get("hall_phone", ""))
        self.survey_url.setText(values.get("survey_url", ""))

    def save(self) -> None:
        workplace.set_counter_window(self.ctx.settings, self.window_edit.text())
        seats.configure(workplace.counter_window(self.ctx.settings))  # new tickets: at once
        workplace.set_receipt_paper(self.ctx.settings, self.paper.currentData())
        if not self.may_edit:
            self.accept()
            return
        actor, branch = self.ctx.actor, self.ctx.branch.id
        phone, url = self.hall_phone.text(), self.survey_url.text()

        def job() -> None:
            hall_settings.set_branch_setting(actor, branch, "hall_phone", phone)
            hall_settings.set_branch_setting(actor, branch, "survey_url", url)
        self.ctx.ops.write(job, lambda _: self.accept(),
                           lambda exc: self.error.setText(error_text(exc)))
