"""The service-error register (服务差错登记, SERVICE_STANDARD §8) for supervisors.

Left: the month's errors, newest first. Right: a new error — kind, the ticket it concerns,
who made it, what happened and the corrective action. The service checks everything and
names the field that is wrong; what was typed stays on screen until it is saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.quality.models import ERROR_KINDS, FOUND_BY
from helpdesk_gui.services.quality import kpi, service_errors
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.quality.month_box import list_and_form, month_edit
from helpdesk_gui.ui.service_errors import error_text
from helpdesk_gui.ui.sla.style import local_text


class ServiceErrorsPage(QWidget):
    """The month's register and the form for a new entry."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.month = month_edit(ctx.branch.timezone)
        self.month.editingFinished.connect(self.refresh)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Service time"), self.tr("Kind"), self.tr("Found by"), self.tr("Ticket"),
            self.tr("Made by"), self.tr("Corrective action")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rate = QLabel()
        self.kind = QComboBox()
        for code, name in labels.choices(ERROR_KINDS):
            self.kind.addItem(name, code)
        self.ticket_no = QLineEdit()
        self.ticket_no.setPlaceholderText(self.tr("Ticket number (工单编号)"))
        self.staff_no = QLineEdit()
        self.staff_no.setPlaceholderText(self.tr("Employee number of who made it"))
        self.description = QPlainTextEdit()
        self.corrective = QPlainTextEdit()
        self.save_button = QPushButton(self.tr("Record service error"))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._lay_out()
        self.refresh()

    def _lay_out(self) -> None:
        list_and_form(self, [QLabel(self.tr("Month")), self.month, self.rate], self.table,
                      [(self.tr("Kind"), self.kind), (self.tr("Ticket"), self.ticket_no),
                       (self.tr("Made by"), self.staff_no),
                       (self.tr("What happened"), self.description),
                       (self.tr("Corrective action"), self.corrective)],
                      self.status, self.save_button)

    def refresh(self) -> None:
        month, branch = self.month.text(), self.ctx.branch.id

        def read():
            period = kpi.month_period(month, kpi.branch_timezone(branch))
            received = kpi.received(period, kpi.Scope(branch))["received"]
            return (service_errors.rows(period, branch),
                    service_errors.service_error_rate(period, kpi.Scope(branch), received))
        self.ctx.ops.read(read, self._show, lambda exc: self.status.setText(error_text(exc)))

    def _show(self, result) -> None:
        rows, rate = result
        self.rate.setText(self.tr("Service error rate: %1").replace(
            "%1", "—" if rate is None else f"{rate * 100:.2f}%"))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (local_text(row.occurred_at, self.ctx.branch.timezone, "%Y-%m-%d %H:%M"),
                     labels.label(ERROR_KINDS, row.kind), labels.label(FOUND_BY, row.found_by),
                     row.ticket_no, row.staff, row.corrective_action)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def form(self) -> service_errors.ErrorForm:
        return service_errors.ErrorForm(
            kind=self.kind.currentData(), description=self.description.toPlainText(),
            ticket_no=self.ticket_no.text(), staff_no=self.staff_no.text(),
            corrective_action=self.corrective.toPlainText())

    def save(self) -> None:
        form, actor = self.form(), self.ctx.actor
        self.ctx.ops.write(lambda: service_errors.record_changes(form, actor), self._saved,
                           lambda exc: self.status.setText(error_text(exc)))

    def _saved(self, _changes) -> None:
        self.status.setText(self.tr("Service error recorded."))
        for box in (self.description, self.corrective):
            box.clear()
        self.ticket_no.clear()
        self.staff_no.clear()
        self.refresh()

    def on_changes(self, changes) -> None:
        if "service_error" in changes.kinds:
            self.refresh()
