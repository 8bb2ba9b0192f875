"""The supervisor's approval queue: level-1 tickets waiting for dispatch approval.

Approve sends the ticket to dispatch; reject asks for the reason (required) and sends
it on at level 2. The approval clock keeps running, so each row shows its time left and
the SLA colour. Data comes from ``services.tickets.approval`` through ``ctx.ops``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.security.privacy import mask_name, mask_text
from helpdesk_gui.services.tickets import approval
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.service_errors import error_text
from helpdesk_gui.ui.sla.style import local_text, row_brush, span_text, time_left_text

TICKET_ID = Qt.ItemDataRole.UserRole


class ApprovalQueuePage(QWidget):
    """Pending level-1 tickets with approve / reject-with-reason."""

    open_ticket_requested = Signal(int)  # double-click: the whole ticket on its page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[approval.PendingApproval] = []
        self.table = QTableWidget(0, 8)
        self.table.setHorizontalHeaderLabels([
            self.tr("Ticket"), self.tr("Received"), self.tr("Waiting"), self.tr("Customer"),
            self.tr("Subject"), self.tr("Description"), self.tr("Type"),
            self.tr("Approval time left")])
        self.table.cellDoubleClicked.connect(self._open)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.approve_button = QPushButton(self.tr("Approve dispatch"))
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.status = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.reject_button)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Level-1 tickets awaiting dispatch approval")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.refresh()

    def refresh(self) -> None:
        branch_id = self.ctx.branch.id
        self.ctx.ops.read(lambda: approval.queue(branch_id), self._show)

    def on_changes(self, changes: Changes) -> None:
        if changes.tickets:
            self.refresh()

    def _show(self, rows: list[approval.PendingApproval]) -> None:
        self.rows = rows
        now = utcnow()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            received = local_text(row.created_at, self.ctx.branch.timezone, "%Y-%m-%d %H:%M")
            description = mask_text(row.description)
            cells = [row.ticket_no, received, self.waited(row.created_at, now),
                     mask_name(row.customer_name) or "", row.subject,
                     _one_line(description), labels.ticket_type(row.type),
                     time_left_text(row.approval_due, now)]
            brush = row_brush(row.sla_state, row.approval_due, now)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(TICKET_ID, row.ticket_id)
                item.setToolTip(description if c == 5 else text)
                if brush is not None:
                    item.setBackground(brush)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(5, min(self.table.columnWidth(5), 320))
        self.status.setText(self.tr("%n ticket(s) waiting", "", len(rows)))
        self._update_buttons()

    @staticmethod
    def waited(since, now) -> str:
        """How long the ticket has been waiting, written as its time left beside it is."""
        return span_text(max(0, int((now - since).total_seconds() // 60)))

    def _open(self, row: int, _column: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_ticket_requested.emit(self.rows[row].ticket_id)

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(TICKET_ID)) if items else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.approve_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)

    def approve_selected(self) -> None:
        ticket_id, actor = self.selected_id(), self.ctx.actor
        if ticket_id is None:
            return
        row = next(r for r in self.rows if r.ticket_id == ticket_id)
        answer = QMessageBox.question(
            self, self.tr("Approve dispatch"),
            self.tr("Approve %1 as a level-1 (urgent) ticket and send it to dispatch?\n\n%2")
            .replace("%1", row.ticket_no).replace("%2", row.subject))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.ops.write(lambda: approval.approve(ticket_id, actor),
                           lambda _c: self.refresh(), self._failed)

    def reject_selected(self) -> None:
        ticket_id, actor = self.selected_id(), self.ctx.actor
        if ticket_id is None:
            return
        reason, ok = QInputDialog.getMultiLineText(
            self, self.tr("Reject dispatch"),
            self.tr("Why is this not a level-1 ticket? (the customer may be told)"))
        if not ok:
            return
        if not reason.strip():
            QMessageBox.warning(self, self.tr("Reject dispatch"),
                                self.tr("A reason is required to reject."))
            return
        self.ctx.ops.write(lambda: approval.reject(ticket_id, actor, reason),
                           lambda _c: self.refresh(), self._failed)

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Approval"), error_text(error))


def _one_line(text: str, limit: int = 60) -> str:
    flat = " ".join((text or "").split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"
