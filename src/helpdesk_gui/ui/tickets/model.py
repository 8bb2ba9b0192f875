"""A lazy table model over every ticket (ARCHITECTURE.md "Big tables").

The model knows the row count and holds at most ``MAX_PAGES`` pages of ``PAGE_SIZE`` row
tuples (least recently used dropped first). ``data()`` never queries: a missing row shows
``…`` and its page is requested through ``ctx.ops.read`` — by keyset from a neighbouring
cached page when there is one, else by ``fetch_at`` — and ``dataChanged`` follows when it
arrives. Every filter, sort or data change bumps a generation counter, so a page that
arrives for an older generation is dropped instead of showing rows of another query.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.vocabulary import OPEN_STATUSES
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.security.privacy import mask_name
from helpdesk_gui.services.tickets import query as tq
from helpdesk_gui.ui.service_errors import error_text
from helpdesk_gui.ui.sla.style import row_brush, time_left_text
from helpdesk_gui.ui.tickets.fmt import CODE_LABELS, local_time

PLACEHOLDER = "…"
_TIMES = ("created_at", "resolve_due", "updated_at")
_URGENT = QBrush(QColor("#fde4e1"))
_Index = QModelIndex | QPersistentModelIndex


class TicketTableModel(QAbstractTableModel):
    """Rows of ``ticket_query.fetch_page`` shown page by page; sorted by the database."""

    PAGE_SIZE = 200
    MAX_PAGES = 20

    countChanged = Signal(int)  # the count; -N: more than N, still counting
    failed = Signal(str)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self._ops = ctx.ops
        self._tz = ctx.branch.timezone
        self._filter = tq.TicketFilter(tz=self._tz)
        self._sort = tq.TicketSort()
        self._count = 0
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self._pending: set[int] = set()
        self._generation = 0
        self._loaded = False
        self._titles = self._column_titles()

    def _column_titles(self) -> list[str]:
        titles = {"ticket_no": self.tr("Ticket No."), "created_at": self.tr("Received"),
                  "status": self.tr("Status"), "type": self.tr("Type"),
                  "level": self.tr("Level"), "channel": self.tr("Channel"),
                  "customer_name": self.tr("Customer"), "subject": self.tr("Subject"),
                  "assignee": self.tr("Assignee"), "resolve_due": self.tr("Resolve by"),
                  "time_left": self.tr("Time left"),
                  "updated_at": self.tr("Updated")}
        return [titles[c] for c in tq.COLUMNS]

    # --- what is shown --------------------------------------------------------------------

    def ticket_filter(self) -> tq.TicketFilter:
        return self._filter

    def ticket_sort(self) -> tq.TicketSort:
        return self._sort

    def set_filter(self, f: tq.TicketFilter) -> None:
        """Show the tickets matching ``f`` (dates in the branch's time zone)."""
        f = dataclasses.replace(f, tz=self._tz)
        if f != self._filter or not self._loaded:
            self._filter = f
            self.refresh()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Server-side sort; columns without an index (subject) are ignored."""
        if not 0 <= column < len(tq.COLUMNS) or tq.COLUMNS[column] not in tq.SORTABLE:
            return
        wanted = tq.TicketSort(tq.COLUMNS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted != self._sort or not self._loaded:
            self._sort = wanted
            self.refresh()

    def refresh(self) -> None:
        """Count and read the first page again (in the background), then reset the view."""
        gen = self._new_generation()
        f, s, size = self._filter, self._sort, self.PAGE_SIZE

        self._ops.read(lambda: tq.first_look(f, s, size),
                       lambda result: self._on_loaded(gen, result), self._on_error)

    def _new_generation(self) -> int:
        self._generation += 1
        self._pending.clear()
        return self._generation

    def _on_loaded(self, gen: int, result: tuple[int, bool, list[tuple]]) -> None:
        if gen != self._generation:
            return
        total, exact, rows = result
        self.beginResetModel()
        self._count = total
        self._pages = OrderedDict({0: rows} if rows else {})
        self.endResetModel()
        self._loaded = True
        if exact:
            self.countChanged.emit(total)
            return
        # many matches on a server, where counting them all takes a while: the first
        # page is on screen already; the exact count follows and adds the rows
        self.countChanged.emit(-(total - 1))
        f = self._filter
        self._ops.read(lambda: tq.count_tickets(f),
                       lambda n: self._on_exact_count(gen, n), self._on_error)

    def _on_exact_count(self, gen: int, total: int) -> None:
        """The exact count after a first look: rows added at the end, pages kept."""
        if gen != self._generation:
            return
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()
        elif total < self._count:
            self.beginRemoveRows(QModelIndex(), total, self._count - 1)
            self._count = total
            self.endRemoveRows()
        self.countChanged.emit(total)

    def _on_error(self, error: Exception) -> None:
        self.failed.emit(error_text(error))

    # --- pages ----------------------------------------------------------------------------

    def row_tuple(self, row: int) -> tuple | None:
        """The cached row tuple, or None (and a background fetch) when not loaded yet."""
        if not 0 <= row < self._count:
            return None
        page = row // self.PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            self._request(page)
            rows = self._pages.get(page)  # a synchronous runner has delivered it already
            if rows is None:
                return None
        self._pages.move_to_end(page)
        i = row - page * self.PAGE_SIZE
        return rows[i] if i < len(rows) else None

    def ticket_id(self, row: int) -> int | None:
        found = self.row_tuple(row)
        return found[0] if found else None

    def row_of(self, ticket_id: int) -> int | None:
        """The row of a ticket among the cached pages, or None."""
        for page, rows in self._pages.items():
            for i, row in enumerate(rows):
                if row[0] == ticket_id:
                    return page * self.PAGE_SIZE + i
        return None

    def _request(self, page: int) -> None:
        if page in self._pending:
            return
        self._pending.add(page)
        gen, f, s, size, total = (self._generation, self._filter, self._sort,
                                  self.PAGE_SIZE, self._count)
        before, after = self._pages.get(page - 1), self._pages.get(page + 1)
        if before and len(before) == size:
            last = before[-1]
            fn = lambda: tq.fetch_page(f, s, last, size, total=total)  # noqa: E731
        elif after:
            first = after[0]
            fn = lambda: tq.fetch_page(f, s, first, size, backwards=True,  # noqa: E731
                                       total=total)
        else:
            fn = lambda: tq.fetch_at(f, s, page * size, size, total=total)  # noqa: E731
        self._ops.read(fn, lambda rows: self._on_page(gen, page, rows),
                       lambda error: self._on_page_error(gen, page, error))

    def _on_page(self, gen: int, page: int, rows: list[tuple]) -> None:
        if gen != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = rows
        self._pages.move_to_end(page)
        while len(self._pages) > self.MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * self.PAGE_SIZE
        last = min(self._count, first + self.PAGE_SIZE) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0),
                                  self.index(last, len(tq.COLUMNS) - 1))

    def _on_page_error(self, gen: int, page: int, error: Exception) -> None:
        if gen == self._generation:
            self._pending.discard(page)
            self.failed.emit(error_text(error))

    # --- changes made elsewhere -----------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        """Recount; drop cached pages only if a shown ticket changed or the count moved.
        A sync bundle may have changed any ticket: then everything is read again."""
        if "sync" in changes.kinds and self._loaded:
            self.refresh()
            return
        if not changes.tickets or not self._loaded:
            return
        shown = any(row[0] in changes.tickets for rows in self._pages.values() for row in rows)
        touched = shown or self._sort.column == "updated_at" or "created" in changes.kinds
        gen, f = self._generation, self._filter
        self._ops.read(lambda: tq.count_tickets(f),
                       lambda total: self._on_recount(gen, total, touched), self._on_error)

    def _on_recount(self, gen: int, total: int, touched: bool) -> None:
        if gen != self._generation:
            return
        if total != self._count:
            touched = True
            if total > self._count:
                self.beginInsertRows(QModelIndex(), self._count, total - 1)
                self._count = total
                self.endInsertRows()
            else:
                self.beginRemoveRows(QModelIndex(), total, self._count - 1)
                self._count = total
                self.endRemoveRows()
            self.countChanged.emit(total)
        if touched:
            self._new_generation()
            self._pages.clear()
            if self._count:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(self._count - 1, len(tq.COLUMNS) - 1))

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(tq.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self._titles)):
            return self._titles[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in _ROLES:
            return None
        row = self.row_tuple(index.row())
        if row is None:
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole else None
        column = tq.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(column, row[index.column() + 1], row)
        if role == Qt.ItemDataRole.UserRole:
            return row[0]
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row)
        if role == Qt.ItemDataRole.ToolTipRole and column == "subject":
            return row[index.column() + 1]
        return None

    def _background(self, row: tuple):
        """SLA colour (at risk, breached, paused) first; else level-1 rows stand out."""
        if row[_AT_STATUS] in _OPEN:
            brush = row_brush(row[_AT_SLA], row[_AT_DUE], utcnow())
            if brush is not None:
                return brush
        return _URGENT if row[_AT_LEVEL] == 1 else None

    def _display(self, column: str, value, row: tuple | None = None) -> str:
        if column == "time_left":
            open_ticket = row is not None and row[_AT_STATUS] in _OPEN
            return time_left_text(value, utcnow()) if open_ticket else ""
        if value is None:
            return ""
        if column in _TIMES:
            return local_time(value, self._tz)
        if column in CODE_LABELS:
            return CODE_LABELS[column](value)
        if column == "customer_name":  # masked on screen (§12); VIP badge (§10)
            vip = row is not None and row[_AT_VIP]
            return ("★ " if vip else "") + (mask_name(value) or "")
        return str(value)


_AT_STATUS, _AT_SLA = tq.ROW.index("status"), tq.ROW.index("sla_state")
_AT_DUE, _AT_LEVEL = tq.ROW.index("resolve_due"), tq.ROW.index("level")
_AT_VIP = tq.ROW.index("vip")
_OPEN = frozenset(OPEN_STATUSES)

_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole,
          Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole)
