"""Finding the customer at the counter before anything is typed twice.

The clerk types a phone, account number or name into one box; after a short pause
(so a query does not run on every keystroke) matching customers are listed. Answers
arrive from a background read and may come back out of order, so each carries the
number of the search that asked for it and only the latest one is shown. Picking a
customer shows their earlier tickets, one double-click away (SERVICE_STANDARD §10).
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QTreeWidgetItem

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.services.security.privacy import mask_account, mask_phone
from helpdesk_gui.services.tickets import customers
from helpdesk_gui.ui import labels

DEBOUNCE_MS = 250
VIP_COLOUR = QColor("#b26a00")


class CustomerLookup(QObject):
    """Drives the search box, the results list and the earlier-tickets list."""

    customer_picked = Signal(object)  # customers.CustomerRow
    open_ticket_requested = Signal(int)

    def __init__(self, ctx: AppContext, ui, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx, self.ui = ctx, ui
        self._search_seq = 0
        self._history_for: int | None = None
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.search_now)
        ui.searchEdit.textChanged.connect(self._text_changed)
        ui.searchEdit.returnPressed.connect(self._search_entered)
        ui.searchEdit.installEventFilter(self)
        ui.resultsList.itemClicked.connect(self._pick)
        ui.resultsList.itemActivated.connect(self._pick)
        ui.historyTree.itemActivated.connect(self._open_history)
        header = ui.historyTree.header()  # at most 20 rows: fitting columns is cheap
        header.setStretchLastSection(True)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    # --- searching -------------------------------------------------------------------
    def _text_changed(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:  # nothing to look for: forget results and any answer still on its way
            self._timer.stop()
            self._search_seq += 1
            self.ui.resultsList.clear()
            self.ui.lookupStatusLabel.clear()

    def search_now(self) -> None:
        """Run the search for the box's current text (the debounce timer calls this)."""
        self._timer.stop()
        query = self.ui.searchEdit.text().strip()
        self._search_seq += 1
        if not query:
            return
        seq, actor = self._search_seq, self.ctx.actor
        self.ui.lookupStatusLabel.setText(self.tr("Searching…"))
        self.ctx.ops.read(lambda: customers.lookup(query, actor),
                          lambda rows: self._show_results(seq, rows),
                          lambda exc: self._search_failed(seq, exc))

    def _search_entered(self) -> None:
        """Enter in the search box: search at once, then let the clerk pick from the list."""
        if self._timer.isActive() or self.ui.resultsList.count() == 0:
            self.search_now()
        self._focus_results()

    def _focus_results(self) -> None:
        results = self.ui.resultsList
        if results.count():
            results.setCurrentRow(max(results.currentRow(), 0))
            results.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        """Down arrow in the search box moves into the results."""
        if (watched is self.ui.searchEdit and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.ui.resultsList.count()):
            self._focus_results()
            return True
        return super().eventFilter(watched, event)

    def _show_results(self, seq: int, rows: list[customers.CustomerRow]) -> None:
        if seq != self._search_seq:
            return  # an older search answered late: the clerk has typed more since
        self.ui.resultsList.clear()
        for row in rows:
            item = QListWidgetItem(self._describe(row))
            item.setData(Qt.ItemDataRole.UserRole, row)
            if row.is_vip:
                item.setForeground(QBrush(VIP_COLOUR))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.ui.resultsList.addItem(item)
        if rows:
            text = self.tr("Customers found: {0}. Click one or press Enter to choose.").format(
                len(rows))
        else:
            text = self.tr("No customer found. Type the details below to register a new one.")
        self.ui.lookupStatusLabel.setText(text)

    def _search_failed(self, seq: int, exc: Exception) -> None:
        if seq == self._search_seq:
            self.ui.lookupStatusLabel.setText(self.tr("Search failed: {0}").format(exc))

    def _describe(self, row: customers.CustomerRow) -> str:
        parts = [row.name]
        if row.phone:
            parts.append(mask_phone(row.phone))
        if row.account_no:
            parts.append(self.tr("account {0}").format(mask_account(row.account_no)))
        parts.append(self.tr("tickets: {0}").format(row.ticket_count))
        text = "  ·  ".join(parts)
        return self.tr("★ VIP  {0}").format(text) if row.is_vip else text

    # --- picking and history ----------------------------------------------------------
    def _pick(self, item: QListWidgetItem) -> None:
        row = item.data(Qt.ItemDataRole.UserRole)
        if row is None or row.id == self._history_for:
            return
        self.customer_picked.emit(row)
        self.load_history(row.id)

    def load_history(self, customer_id: int) -> None:
        """Show the customer's earlier tickets (answers for another customer are dropped)."""
        self._history_for = customer_id
        self.ui.historyTree.clear()
        self.ctx.ops.read(lambda: customers.history(customer_id),
                          lambda rows: self._show_history(customer_id, rows))

    def _show_history(self, customer_id: int, rows: list[customers.HistoryRow]) -> None:
        if customer_id != self._history_for:
            return
        tz = ZoneInfo(self.ctx.branch.timezone)
        for row in rows:
            item = QTreeWidgetItem([row.ticket_no, _local(row.created_at, tz),
                                    labels.ticket_type(row.type), labels.status(row.status),
                                    row.subject])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(4, row.subject)
            self.ui.historyTree.addTopLevelItem(item)

    def _open_history(self, item: QTreeWidgetItem) -> None:
        ticket_id = item.data(0, Qt.ItemDataRole.UserRole)
        if ticket_id is not None:
            self.open_ticket_requested.emit(int(ticket_id))

    def forget_customer(self) -> None:
        """Drop the chosen customer's history (new customer, or the form was cleared)."""
        self._history_for = None
        self.ui.historyTree.clear()
        self.ui.resultsList.clearSelection()

    def reset(self) -> None:
        """Empty the search box and both lists for the next customer."""
        self.ui.searchEdit.clear()
        self.forget_customer()


def _local(value: object, tz: ZoneInfo) -> str:
    """A stored UTC time as the branch's local date and time."""
    if not isinstance(value, datetime):
        return str(value or "")
    return value.replace(tzinfo=UTC).astimezone(tz).strftime("%Y-%m-%d %H:%M")
