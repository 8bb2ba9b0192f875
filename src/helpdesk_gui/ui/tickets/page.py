"""The tickets page: filter bar, the lazy ticket table, a row count and the detail pane.

Column widths, order and the sort are kept in ``ctx.settings`` ("tickets/header"), so
the clerk's layout survives a restart. The page never queries on the GUI thread: the
model and the detail pane read through ``ctx.ops``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.tickets import query as tq
from helpdesk_gui.ui.tickets.detail import TicketDetailPane
from helpdesk_gui.ui.tickets.filters import TicketFilterBar
from helpdesk_gui.ui.tickets.model import TicketTableModel

HEADER_KEY = "tickets/header.v2"  # v2: time left moved next to the number (older layouts
# kept it off screen at 1366 pixels, so they are not restored)
SPLITTER_KEY = "tickets/splitter"
LEADING_COLUMNS = ("ticket_no", "time_left", "status", "level")
# wide enough for the longest English words ("Awaiting approval", "overdue 15 h 20 min")
_WIDTHS = {"ticket_no": 150, "time_left": 125, "created_at": 120, "status": 125, "type": 100,
           "level": 90, "channel": 110, "customer_name": 80, "subject": 240, "assignee": 70,
           "resolve_due": 120, "updated_at": 120}


class TicketsPage(QWidget):
    """Every ticket of the hall, filtered, sorted and worked from one page."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.filters = TicketFilterBar(ctx, self)
        self.model = TicketTableModel(ctx, self)
        self.table = self._make_table()
        self.count_label = QLabel(self)
        self.detail = TicketDetailPane(ctx, self)
        self.splitter = self._lay_out()
        self.model.countChanged.connect(self._show_count)
        self.model.failed.connect(self.detail.show_error)
        self.filters.changed.connect(self._apply_filter)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        self._restore_header()  # enabling sorting loads the first page

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        rows.hide()
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        for i, column in enumerate(tq.COLUMNS):
            header.resizeSection(i, _WIDTHS.get(column, 100))
        header.setStretchLastSection(True)
        # What a clerk looks for first: the number, how long is left, the status. At
        # 1366×768 the list shows about six columns without scrolling.
        for visual, column in enumerate(LEADING_COLUMNS):
            header.moveSection(header.visualIndex(tq.COLUMNS.index(column)), visual)
        return table

    def _lay_out(self) -> QSplitter:
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        from PySide6.QtWidgets import QHBoxLayout

        from helpdesk_gui.ui.widgets.export import export_button

        footer = QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        self.export_button = export_button(self._ctx, left, self.export)
        footer.addWidget(self.export_button)
        column.addLayout(footer)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        saved = self._ctx.settings.value(SPLITTER_KEY)
        if isinstance(saved, QByteArray | bytes):
            splitter.restoreState(QByteArray(saved))
        else:  # the list gets the larger part: more of its columns without scrolling
            splitter.setSizes([600, 400])
        splitter.splitterMoved.connect(lambda *_: self._ctx.settings.setValue(
            SPLITTER_KEY, self.splitter.saveState()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        return splitter

    # --- header state ---------------------------------------------------------------------

    def _restore_header(self) -> None:
        header = self.table.horizontalHeader()
        saved = self._ctx.settings.value(HEADER_KEY)
        restored = isinstance(saved, QByteArray | bytes) and header.restoreState(
            QByteArray(saved))
        section = header.sortIndicatorSection()
        if not restored or not 0 <= section < len(tq.COLUMNS) \
                or tq.COLUMNS[section] not in tq.SORTABLE:
            header.setSortIndicator(tq.COLUMNS.index("created_at"),
                                    Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._on_sort_indicator)
        for signal in (header.sectionMoved, header.sectionResized):
            signal.connect(self._save_header)

    def _on_sort_indicator(self, section: int, order: Qt.SortOrder) -> None:
        """Put the arrow back on the real sort when a column cannot be sorted (subject)."""
        sort = self.model.ticket_sort()
        if tq.COLUMNS[section] not in tq.SORTABLE:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(tq.COLUMNS.index(sort.column),
                                    Qt.SortOrder.DescendingOrder if sort.descending
                                    else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            header.viewport().update()
        self._save_header()

    def _save_header(self, *_args) -> None:
        self._ctx.settings.setValue(HEADER_KEY, self.table.horizontalHeader().saveState())

    # --- filter, count, selection ---------------------------------------------------------

    def _apply_filter(self) -> None:
        self.model.set_filter(self.filters.ticket_filter())

    def _show_count(self, total: int) -> None:
        if total < 0:  # a lower bound while the exact count is still being made
            self.count_label.setText(self.tr("More than %1 tickets, counting…").replace(
                "%1", QLocale().toString(-total)))
            return
        self.count_label.setText(self.tr("%1 tickets").replace("%1", QLocale().toString(total)))

    def _on_current_row(self, current, _previous) -> None:
        if not current.isValid():
            self.detail.clear()
            return
        ticket_id = self.model.ticket_id(current.row())
        if ticket_id is not None and ticket_id != self.detail.ticket_id:
            self.detail.load(ticket_id)

    def export(self) -> None:
        """The tickets of the current filter to Excel or CSV (masked, audited)."""
        from helpdesk_gui.services.ledger import list_exports
        from helpdesk_gui.ui.widgets.export import run_export

        actor, current = self._ctx.actor, self.filters.ticket_filter()
        run_export(self._ctx, self, "tickets",
                   lambda path: list_exports.export_tickets(actor, current, path),
                   self.count_label)

    def show_ticket(self, ticket_id: int) -> None:
        """Show ``ticket_id`` in the detail pane, selecting its row if it is loaded."""
        row = self.model.row_of(ticket_id)
        if row is not None:
            self.table.selectRow(row)
        self.detail.load(ticket_id)

    def on_changes(self, changes: Changes) -> None:
        """Refresh what a change elsewhere affects (connected to ``ctx.ops.changed``)."""
        self.model.on_changes(changes)
        if "sync" in changes.kinds:  # a bundle may bring another branch's tickets
            self.filters.load_branches()
        if self.detail.ticket_id in changes.tickets:
            self.detail.reload()
