"""Help for the clerk while a request is typed (SERVICE_STANDARD §5, §11).

* Knowledge suggestions: standard answers and scripts (话术) matching the description,
  found in the background; "insert into reply" puts one into the answer of a
  consultation answered on the spot (otherwise onto the clipboard).
* Repeat complaints: when the type is complaint and the customer is known, earlier
  complaints by the same phone or account within the repeat window are flagged with
  their ticket numbers, before the new one is saved. The clerk confirms (or unticks)
  that it is the same matter; confirmed flags are carried onto the complaint record.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel

from helpdesk_gui.services.complaints import repeats as complaints_repeats
from helpdesk_gui.ui.training.knowledge_hints import KnowledgeSuggestions


class IntakeAssist(QObject):
    """Attaches knowledge suggestions and repeat-complaint flags to the intake page."""

    def __init__(self, page):
        super().__init__(page)
        self.page, ui = page, page.ui
        self.suggestions = KnowledgeSuggestions(page.ctx, page)
        self.suggestions.setObjectName("knowledgeSuggestions")
        ui.customerLayout.addWidget(self.suggestions)
        self.repeat_label = QLabel()
        self.repeat_label.setObjectName("repeatComplaints")
        self.repeat_label.setWordWrap(True)
        self.repeat_label.setStyleSheet("color: #8a1c1c; font-weight: bold;")
        self.repeat_label.hide()
        ui.customerLayout.insertWidget(ui.customerLayout.indexOf(ui.historyLabel),
                                       self.repeat_label)
        self.repeat_check = QCheckBox(self.tr("Same matter: record it as a repeat complaint"))
        self.repeat_check.setObjectName("repeatSameMatter")
        self.repeat_check.setToolTip(self.tr(
            "Untick when the customer complains about something else this time."))
        self.repeat_check.setChecked(True)
        self.repeat_check.hide()
        ui.customerLayout.insertWidget(ui.customerLayout.indexOf(ui.historyLabel),
                                       self.repeat_check)
        self.hits: list = []  # the earlier complaints flagged now
        self._generation = 0
        ui.descriptionEdit.textChanged.connect(
            lambda: self.suggestions.set_text(ui.descriptionEdit.toPlainText()))
        self.suggestions.insert_requested.connect(self.insert_reply)
        ui.typeCombo.currentIndexChanged.connect(self.check_repeats)
        ui.phoneEdit.editingFinished.connect(self.check_repeats)
        ui.accountEdit.editingFinished.connect(self.check_repeats)

    def insert_reply(self, text: str) -> None:
        """Use a standard answer as the reply of a consultation answered on the spot."""
        ui = self.page.ui
        if ui.typeCombo.currentData() == "consultation":
            ui.firstContactCheck.setChecked(True)
            ui.answerEdit.setPlainText(text)
            ui.answerEdit.setFocus()
        else:
            QApplication.clipboard().setText(text)
            ui.formErrorLabel.setText(self.tr("The answer was copied to the clipboard."))

    def check_repeats(self, *_args) -> None:
        """Look for earlier complaints of this customer (in the background)."""
        ui = self.page.ui
        self._generation += 1
        phone, account = ui.phoneEdit.text().strip(), ui.accountEdit.text().strip()
        if ui.typeCombo.currentData() != "complaint" or not (phone or account):
            self._hide_flag()
            return
        generation = self._generation
        self.page.ctx.ops.read(
            lambda: complaints_repeats.repeats_for(phone or None, account or None),
            lambda hits: self._show(generation, hits), lambda exc: None)

    def _show(self, generation: int, hits: list) -> None:
        if generation != self._generation:
            return  # the clerk has typed on since
        if not hits:
            self._hide_flag()
            return
        self.hits = hits
        numbers = "、".join(h.ticket_no for h in hits[:5])
        self.repeat_label.setText(
            self.tr("Repeat complaint: %1 earlier complaint(s) by this customer: %2")
            .replace("%1", str(len(hits))).replace("%2", numbers))
        self.repeat_label.show()
        self.repeat_check.setChecked(True)
        self.repeat_check.show()

    def _hide_flag(self) -> None:
        self.hits = []
        self.repeat_label.hide()
        self.repeat_check.hide()

    def repeat_of(self) -> tuple[int, ...]:
        """The earlier complaints to carry onto the new complaint (none when unticked)."""
        if not self.repeat_check.isChecked() or self.page.ui.typeCombo.currentData() \
                != "complaint":
            return ()
        return tuple(h.complaint_id for h in self.hits)

    def reset(self) -> None:
        self._generation += 1
        self._hide_flag()
        self.suggestions.set_text("")
