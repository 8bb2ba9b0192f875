"""The month's call-back list (回访清单, SERVICE_STANDARD §10).

Left: the churn-risk customers of the month, oldest interaction first, with what each
call gave. Right: the selected customer's number (revealed on request for the call, the
reveal is audited), the outcome and a note; "complaint raised" opens a complaint ticket.
The completion line counts what the monthly report shows.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.customers.models import CALLBACK_OUTCOMES
from helpdesk_gui.services.customers import callbacks
from helpdesk_gui.services.security import permissions, privacy
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.quality.month_box import list_and_form, month_edit
from helpdesk_gui.ui.service_errors import error_text
from helpdesk_gui.ui.sla.style import local_text


class CallbacksPage(QWidget):
    """The list, the outcome form and the month's completion."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[callbacks.CallbackRow] = []
        self.month = month_edit(ctx.branch.timezone)
        self.month.editingFinished.connect(self.refresh)
        self.draw_button = QPushButton(self.tr("Draw this month's list"))
        self.draw_button.clicked.connect(self.draw)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Customer"), self.tr("Phone"), self.tr("Last interaction"),
            self.tr("Outcome"), self.tr("Complaint ticket")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.completion = QLabel()
        self.number = QLabel("—")
        self.reveal_button = QPushButton(self.tr("Show number for the call"))
        self.reveal_button.clicked.connect(self.reveal)
        self.outcome = QComboBox()
        for code, name in labels.choices(CALLBACK_OUTCOMES):
            self.outcome.addItem(name, code)
        self.note = QPlainTextEdit()
        self.save_button = QPushButton(self.tr("Record outcome"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.may_reveal = permissions.allowed(ctx.actor, "customer.reveal")
        self.table.itemSelectionChanged.connect(self._chosen)
        self._lay_out()
        self._chosen()
        self.refresh()

    def _chosen(self) -> None:
        """Another customer chosen: the number shown was the previous one's, so it goes
        (nobody calls the wrong person); the buttons work once someone is chosen."""
        self.number.setText("—")
        chosen = self._current() is not None and bool(self.table.selectedItems())
        self.reveal_button.setEnabled(chosen and self.may_reveal)
        self.save_button.setEnabled(chosen)

    def _lay_out(self) -> None:
        list_and_form(self, [QLabel(self.tr("Month")), self.month, self.draw_button,
                             self.completion], self.table,
                      [(self.tr("Number"), self.number), ("", self.reveal_button),
                       (self.tr("Outcome"), self.outcome), (self.tr("Note"), self.note)],
                      self.status, self.save_button)

    def refresh(self) -> None:
        month, branch = self.month.text(), self.ctx.branch.id
        self.ctx.ops.read(lambda: (callbacks.rows(month, branch),
                                   callbacks.completion(month, branch)),
                          self._show, lambda exc: self.status.setText(error_text(exc)))

    def draw(self) -> None:
        month, branch = self.month.text(), self.ctx.branch.id
        self.ctx.ops.write(lambda: callbacks.draw(month, branch), lambda _n: self.refresh(),
                           lambda exc: self.status.setText(error_text(exc)))

    def _show(self, result) -> None:
        self.rows, done = result
        rate = done["completion_rate"]
        self.completion.setText(self.tr("Listed %1, called %2, reached %3 (%4)")
                                .replace("%1", str(done["listed"]))
                                .replace("%2", str(done["called"]))
                                .replace("%3", str(done["reached"]))
                                .replace("%4", "—" if rate is None else f"{rate * 100:.0f}%"))
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = (row.customer_name, row.phone,
                     local_text(row.last_interaction_at, self.ctx.branch.timezone, "%Y-%m-%d"),
                     labels.label(CALLBACK_OUTCOMES, row.outcome) if row.outcome else "",
                     row.ticket_no)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _current(self) -> callbacks.CallbackRow | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def reveal(self) -> None:
        current, actor = self._current(), self.ctx.actor
        if current is None:
            self.status.setText(self.tr("Choose a customer in the list first."))
            return
        reason = self.tr("Call-back")
        self.ctx.ops.write(
            lambda: privacy.reveal(actor, current.customer_id, "phone", reason),
            self.number.setText, lambda exc: self.status.setText(error_text(exc)))

    def save(self) -> None:
        current, actor = self._current(), self.ctx.actor
        if current is None:
            self.status.setText(self.tr("Choose a customer in the list first."))
            return
        outcome, note = self.outcome.currentData(), self.note.toPlainText()
        self.ctx.ops.write(lambda: callbacks.record(current.id, outcome, note, actor),
                           self._saved, lambda exc: self.status.setText(error_text(exc)))

    def _saved(self, _changes) -> None:
        self.status.setText(self.tr("Outcome recorded."))
        self.note.clear()
        self.number.setText("—")
        self.refresh()

    def on_changes(self, changes) -> None:
        if "callback" in changes.kinds:
            self.refresh()
