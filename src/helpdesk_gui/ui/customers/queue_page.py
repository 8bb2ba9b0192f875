"""The handler's own queue, VIP tickets first (SERVICE_STANDARD §10: priority).

Open tickets assigned to the signed-in handler, plus the waiting tickets of customers for
whom they are the dedicated handler; VIP first, then the nearest resolution deadline.
Double-click (or Enter) opens the ticket on the Tickets page, where every step of the
ticket is done.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.services.customers import queue
from helpdesk_gui.services.security.privacy import mask_name
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.service_errors import error_text
from helpdesk_gui.ui.sla.style import local_text


class QueuePage(QWidget):
    open_ticket_requested = Signal(int)  # the main window shows it on the Tickets page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Ticket"), self.tr("Customer"), self.tr("Level"), self.tr("Status"),
            self.tr("Due"), self.tr("Subject")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setToolTip(self.tr("Double-click to open the ticket"))
        self.table.cellActivated.connect(self._open)
        self.rows: list[queue.QueueRow] = []
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("My tickets — VIP customers first")))
        layout.addWidget(self.table)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        sid = self.ctx.actor.id
        self.ctx.ops.read(lambda: queue.handler_queue(sid), self._show,
                          lambda exc: self.status.setText(error_text(exc)))

    def _open(self, row: int, _column: int = 0) -> None:
        if 0 <= row < len(self.rows):
            self.open_ticket_requested.emit(self.rows[row].id)

    def _show(self, rows: list[queue.QueueRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            name = ("★ " if row.vip else "") + (mask_name(row.customer_name) or "")
            status = labels.status(row.status)
            if row.dedicated:
                status = self.tr("%1 (your VIP customer, not dispatched)").replace("%1", status)
            cells = (row.ticket_no, name, labels.level(row.level), status,
                     local_text(row.resolve_due, self.ctx.branch.timezone), row.subject)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.status.setText(self.tr("%n open ticket(s) to work on", "", len(rows)) if rows
                            else self.tr("Nothing to work on: no open ticket is assigned to "
                                         "you, and none of your VIP customers is waiting."))

    def on_changes(self, changes) -> None:
        if changes.tickets:
            self.refresh()
