"""The supervisor's review list of closed tickets (定期回顾, SERVICE_STANDARD §4).

Left: the month's sample, per type, with how each customer confirmed and whether it has
been reviewed. Right: the selected ticket's resolution record and the findings — handled
correctly, record complete, customer confirmation on record, a note — and, when the review
finds one, a service error of a chosen kind and/or a typical case for the training library.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.quality.models import CONFIRMATION_METHODS, ERROR_KINDS
from helpdesk_gui.domain.training.models import CASE_OUTCOMES
from helpdesk_gui.services.quality import reviews
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.quality.month_box import list_and_form, month_edit
from helpdesk_gui.ui.service_errors import error_text


class ReviewPage(QWidget):
    """The month's review list and the findings form."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[reviews.ReviewRow] = []
        self.month = month_edit(ctx.branch.timezone)
        self.month.editingFinished.connect(self.refresh)
        self.draw_button = QPushButton(self.tr("Draw the month's sample"))
        self.draw_button.clicked.connect(self.draw)
        self.completion = QLabel()
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Ticket"), self.tr("Type"),
                                              self.tr("Customer confirmed"),
                                              self.tr("Reviewed")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.currentCellChanged.connect(lambda row, *_: self._pick(row))
        self.record_text = QLabel()
        self.record_text.setWordWrap(True)
        self.correct = QCheckBox(self.tr("Handled correctly"))
        self.complete = QCheckBox(self.tr("Resolution record complete"))
        self.confirmed = QCheckBox(self.tr("Customer confirmation on record"))
        self.note = QPlainTextEdit()
        self.error_kind = QComboBox()
        self.error_kind.addItem(self.tr("No service error"), "")
        for code, name in labels.choices(ERROR_KINDS):
            self.error_kind.addItem(name, code)
        self.promote = QComboBox()
        self.promote.addItem(self.tr("Not a typical case"), "")
        for code, name in labels.choices(CASE_OUTCOMES):
            self.promote.addItem(name, code)
        self.save_button = QPushButton(self.tr("Save review"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._lay_out()
        self.refresh()

    def _lay_out(self) -> None:
        boxes = [("", box) for box in (self.correct, self.complete, self.confirmed)]
        list_and_form(self, [QLabel(self.tr("Month closed")), self.month, self.draw_button,
                             self.completion], self.table,
                      [(self.tr("Resolution record"), self.record_text), *boxes,
                       (self.tr("Findings"), self.note),
                       (self.tr("Service error"), self.error_kind),
                       (self.tr("Case library"), self.promote)],
                      self.status, self.save_button)

    def refresh(self) -> None:
        month, branch = self.month.text(), self.ctx.branch.id
        self.ctx.ops.read(lambda: (reviews.rows(month, branch),
                                   reviews.completion(month, branch)),
                          self._show, lambda exc: self.status.setText(error_text(exc)))

    def draw(self) -> None:
        month, branch = self.month.text(), self.ctx.branch.id
        self.ctx.ops.write(lambda: reviews.draw(month, branch), lambda _n: self.refresh(),
                           lambda exc: self.status.setText(error_text(exc)))

    def _show(self, result) -> None:
        self.rows, done = result
        self.completion.setText(self.tr("Reviewed %1 of %2").replace(
            "%1", str(done["reviewed"])).replace("%2", str(done["listed"])))
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            confirmed = (labels.label(CONFIRMATION_METHODS, row.confirmed_by)
                         if row.confirmed_by in CONFIRMATION_METHODS
                         else self.tr("Period ran out") if row.confirmed_by == "timeout"
                         else "—")
            cells = (row.ticket_no, labels.ticket_type(row.type), confirmed,
                     self.tr("Yes") if row.reviewed else "")
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._pick(self.table.currentRow())  # the form follows the refreshed row

    def _pick(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            current = self.rows[row]
            self.record_text.setText(current.resolution or self.tr("(no resolution record)"))
            if current.reviewed:  # show what was found; a review is recorded once
                self.correct.setChecked(bool(current.handling_correct))
                self.complete.setChecked(bool(current.record_complete))
                self.confirmed.setChecked(bool(current.customer_confirmed))
                self.note.setPlainText(current.findings)
            else:
                self.correct.setChecked(True)
                self.complete.setChecked(bool(current.resolution))
                self.confirmed.setChecked(bool(current.confirmed_by))
                self.note.clear()
            self.save_button.setEnabled(not current.reviewed)

    def findings(self) -> reviews.Findings:
        return reviews.Findings(self.correct.isChecked(), self.complete.isChecked(),
                                self.confirmed.isChecked(), self.note.toPlainText(),
                                self.error_kind.currentData(), self.promote.currentData())

    def save(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.rows):
            self.status.setText(self.tr("Choose a ticket in the list first."))
            return
        item, findings, actor = self.rows[row].id, self.findings(), self.ctx.actor
        self.ctx.ops.write(lambda: reviews.record(item, findings, actor), self._saved,
                           lambda exc: self.status.setText(error_text(exc)))

    def _saved(self, _changes) -> None:
        self.status.setText(self.tr("Review saved."))
        self.note.clear()
        self.error_kind.setCurrentIndex(0)
        self.promote.setCurrentIndex(0)
        self.refresh()

    def on_changes(self, changes) -> None:
        if "review" in changes.kinds:
            self.refresh()
