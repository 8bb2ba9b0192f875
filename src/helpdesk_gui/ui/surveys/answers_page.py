"""Entering satisfaction answers that come back by phone call-back or with an SMS code.

Left: the invitations still waiting for an answer (the call-back list, oldest first).
Right: the answer as the customer gives it — overall 1–5, the five dimensions and
"would you recommend us" 0–10, a comment. The service checks the answer and marks it
invalid with the reason (the same score everywhere, abusive words…), so the figures only
count valid answers (SERVICE_STANDARD §7).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.surveys.models import DIMENSIONS, SURVEY_CHANNELS, SURVEY_KINDS
from helpdesk_gui.services.security.privacy import mask_name
from helpdesk_gui.services.surveys import answers as surveys
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.service_errors import error_text
from helpdesk_gui.ui.sla.style import local_text


class SurveyAnswersPage(QWidget):
    """The call-back list and the answer form."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[surveys.WaitingSurvey] = []
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Ticket"),
                                              self.tr("Customer"), self.tr("Survey"),
                                              self.tr("Invited")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.currentCellChanged.connect(lambda row, *_: self._pick(row))
        self.code = QLineEdit()
        self.code.setPlaceholderText(self.tr("Code from the SMS or the online form"))
        # Every score starts as "not asked": a question skipped on the phone is not a 10.
        self.overall = _score(1, 5, self.tr("(choose)"))
        self.items = {name: _score(0, 10, self.tr("not asked"))
                      for name in (*DIMENSIONS, "recommend")}
        self.comment = QPlainTextEdit()
        self.save_button = QPushButton(self.tr("Save answer"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print call-back list…"))
        self.print_button.setObjectName("print_callback_list")
        self.print_button.clicked.connect(self.print_list)
        self._lay_out()
        self.refresh()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Survey code"), self.code)
        form.addRow(self.tr("Overall satisfaction (1–5)"), self.overall)
        for name, box in self.items.items():
            title = (labels.label(DIMENSIONS, name) if name in DIMENSIONS
                     else self.tr("Would recommend us"))
            form.addRow(f"{title} (0–10)", box)
        form.addRow(self.tr("Comment"), self.comment)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.status)
        right.addWidget(self.save_button)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Waiting for an answer (call-back list)")))
        left.addWidget(self.table)
        from helpdesk_gui.ui.widgets.export import export_button, export_table

        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addWidget(export_button(self.ctx, self, lambda: export_table(
            self.ctx, self, "callback_list", "回访名单", self.table, self.status)))
        row.addStretch(1)
        left.addLayout(row)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)

    def print_list(self) -> None:
        """The call-back list on A4, for the colleague making the calls (masked)."""
        from helpdesk_gui.services.tickets import printouts
        from helpdesk_gui.ui.tickets.receipt_print import TicketPrinting

        if getattr(self, "printing", None) is None:
            self.printing = TicketPrinting(self.ctx, self)
        actor, chinese = self.ctx.actor, self.ctx.chinese
        title = self.tr("Print call-back list")
        self.ctx.ops.write(lambda: printouts.callback_list(actor, chinese),
                           lambda result: self.printing.print_html(title, result[1], result[0]),
                           lambda exc: self.status.setText(error_text(exc)))

    def refresh(self) -> None:
        branch = self.ctx.branch.id
        self.ctx.ops.read(lambda: surveys.waiting(branch), self._show,
                          lambda exc: self.status.setText(error_text(exc)))

    def _show(self, rows: list[surveys.WaitingSurvey]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        tz = self.ctx.branch.timezone
        for r, row in enumerate(rows):
            kind = f"{labels.label(SURVEY_KINDS, row.kind)} · " \
                   f"{labels.label(SURVEY_CHANNELS, row.channel)}"
            cells = (row.code, row.ticket_no, mask_name(row.customer_name) or "", kind,
                     local_text(row.invited_at, tz, "%Y-%m-%d %H:%M"))
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _pick(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.code.setText(self.rows[row].code)

    def answer(self) -> surveys.Answer:
        """The answer as typed; an item left at "not asked" is recorded as not answered."""
        values = {name: _given(box) for name, box in self.items.items()}
        return surveys.Answer(overall=_given(self.overall), comment=self.comment.toPlainText(),
                              **values)

    def save(self) -> None:
        if _given(self.overall) is None:
            self.status.setText(self.tr("Choose the overall satisfaction (1–5) the customer "
                                        "gave."))
            self.overall.setFocus()
            return
        code, answer, actor = self.code.text(), self.answer(), self.ctx.actor
        self.ctx.ops.write(lambda: surveys.answer_by_code(code, answer, actor), self._saved,
                           lambda exc: self.status.setText(error_text(exc)))

    def _saved(self, _changes) -> None:
        self.status.setText(self.tr("Answer saved for %1.").replace("%1", self.code.text()))
        self.code.clear()
        self.comment.clear()
        for box in (self.overall, *self.items.values()):  # the next customer starts afresh
            box.setValue(box.minimum())
        self.refresh()

    def on_changes(self, changes) -> None:
        if "survey_answered" in changes.kinds or "closed" in changes.kinds:
            self.refresh()


def _score(low: int, high: int, unset: str) -> QSpinBox:
    """A score box whose lowest position (below ``low``) means "not given"."""
    box = QSpinBox()
    box.setRange(low - 1, high)
    box.setSpecialValueText(unset)
    box.setValue(low - 1)
    return box


def _given(box: QSpinBox) -> int | None:
    return None if box.value() == box.minimum() else box.value()
