"""Small pieces shared by the training and knowledge pages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from helpdesk_gui.ui import labels
from helpdesk_gui.ui.service_errors import error_text


def fill_combo(combo: QComboBox, table) -> None:
    """Codes of a vocabulary table with their on-screen names."""
    combo.clear()
    for code, text in labels.choices(table):
        combo.addItem(text, code)


def select_code(combo: QComboBox, code: object) -> None:
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)


def make_table(headers: list[str]) -> QTableWidget:
    """A read-only, row-selecting table with fixed row height."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(26)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: list[tuple], ids: list[object] | None = None) -> None:
    """Replace a table's rows; the id of each row is kept in column 0's UserRole."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if c == 0 and ids is not None:
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            table.setItem(r, c, item)
    table.resizeColumnsToContents()  # columns only: rows keep their fixed height


def selected_id(table: QTableWidget) -> object | None:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item else None


def show_error(parent: QWidget, error: Exception) -> None:
    """A refused action: the service's reason, as is (it names the field)."""
    QMessageBox.warning(parent, QCoreApplication.translate("TrainingPage", "Not saved"),
                        error_text(error))
