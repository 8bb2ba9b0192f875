"""Small pieces shared by the complaint and suggestion pages: times, combos, lazy rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox

from helpdesk_gui.app.context import AppContext

PAGE_SIZE = 100
_ROOT = QModelIndex()  # the invisible root: a flat table has no other parent


def local_text(instant: datetime | None, tz: str) -> str:
    """A stored naive-UTC instant as the hall's local 'YYYY-MM-DD HH:MM'."""
    if instant is None:
        return ""
    return instant.replace(tzinfo=UTC).astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M")


def fill_combo(combo: QComboBox, pairs: Sequence[tuple[object, str]],
               blank: str | None = None) -> None:
    """Replace a combo's items with (code, text) pairs, keeping the code as item data."""
    combo.blockSignals(True)
    combo.clear()
    if blank is not None:
        combo.addItem(blank, None)
    for code, text in pairs:
        combo.addItem(text, code)
    combo.blockSignals(False)


def select_code(combo: QComboBox, code: object) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


class LazyRows(QAbstractTableModel):
    """Rows fetched page by page in the background as the view scrolls (keyset paging).

    ``fetch(after_key, limit)`` runs on the read pool and returns row tuples whose first
    item is the record id; ``key(row)`` gives the keyset position of a row; ``cell(row,
    column)`` gives the text shown. The model keeps plain tuples only.
    """

    def __init__(self, ctx: AppContext, headers: list[str],
                 fetch: Callable[[Any, int], list[tuple]], key: Callable[[tuple], Any],
                 cell: Callable[[tuple, int], str], parent=None):
        super().__init__(parent)
        self.ctx, self.headers, self._fetch, self._key, self._cell = (
            ctx, headers, fetch, key, cell)
        self.rows: list[tuple] = []
        self._more = True
        self._loading = False
        self._generation = 0

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt override)
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._cell(self.rows[index.row()], index.column())

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def canFetchMore(self, parent=_ROOT) -> bool:  # noqa: N802 (Qt override)
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent=_ROOT) -> None:  # noqa: N802 (Qt override)
        if parent.isValid() or self._loading:
            return
        self._loading = True
        after = self._key(self.rows[-1]) if self.rows else None
        generation, fetch = self._generation, self._fetch
        self.ctx.ops.read(lambda: fetch(after, PAGE_SIZE),
                          lambda rows: self._append(generation, rows),
                          lambda _error: self._failed(generation))

    def _append(self, generation: int, rows: list[tuple]) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = len(rows) == PAGE_SIZE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()

    def _failed(self, generation: int) -> None:
        if generation == self._generation:
            self._loading, self._more = False, False

    def reload(self, fetch: Callable[[Any, int], list[tuple]] | None = None) -> None:
        """Start again from the first page (filter changed, or records changed)."""
        self._generation += 1
        self.beginResetModel()
        self.rows, self._more, self._loading = [], True, False
        if fetch is not None:
            self._fetch = fetch
        self.endResetModel()
        self.fetchMore()

    def row_of(self, record_id: int) -> int:
        for number, row in enumerate(self.rows):
            if row[0] == record_id:
                return number
        return -1
