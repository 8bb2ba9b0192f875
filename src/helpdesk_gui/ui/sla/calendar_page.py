"""Administrator page: the branch's holidays and make-up working days.

Shows the year's special days in effect (built-in State Council schedule plus this
branch's overrides), lets an administrator make a day a holiday, a make-up working day
or an ordinary day again, imports a ``date,kind[,note]`` CSV, and warns — never hides —
when this year or next has no published schedule.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.sla.models import OVERRIDE_KINDS
from helpdesk_gui.services.sla import calendars as sla_calendars
from helpdesk_gui.ui import branch_time, labels
from helpdesk_gui.ui.service_errors import error_text


class CalendarAdminPage(QWidget):
    """View and edit one branch's business calendar."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("background: #fff3cd; color: #6b4e00; padding: 6px")
        self.warning.hide()
        self.year = QSpinBox()
        self.year.setRange(2004, 2100)
        self.year.setValue(branch_time.today(ctx.branch.timezone).year)
        self.year.valueChanged.connect(self.refresh)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Kind"),
                                              self.tr("Note")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.day = QDateEdit(branch_time.qtoday(ctx.branch.timezone))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        for code, name in labels.choices(OVERRIDE_KINDS):
            self.kind.addItem(name, code)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note, e.g. 国庆节"))
        self.set_button = QPushButton(self.tr("Set day"))
        self.set_button.clicked.connect(self.set_day)
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.clicked.connect(self.import_csv)
        self._layout()
        self.refresh()

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.import_button)
        edit = QHBoxLayout()
        for widget in (self.day, self.kind, self.note, self.set_button):
            edit.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Holidays and make-up working days of %1")
                                .replace("%1", self.ctx.branch.name)))
        layout.addWidget(self.warning)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(edit)

    def refresh(self) -> None:
        branch_id, year, chinese = self.ctx.branch.id, self.year.value(), self.ctx.chinese
        self.ctx.ops.read(
            lambda: (sla_calendars.special_days(branch_id, year),
                     sla_calendars.coverage_notice(branch_id, None, chinese)),
            self._show, self._failed)

    def _show(self, result) -> None:
        rows, notice = result
        self.warning.setText(notice)
        self.warning.setVisible(bool(notice))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            day = QDate(row.day.year, row.day.month, row.day.day)
            self.table.setItem(r, 0, QTableWidgetItem(QLocale().toString(day, "yyyy-MM-dd ddd")))
            self.table.setItem(r, 1, QTableWidgetItem(labels.label(OVERRIDE_KINDS, row.kind)))
            self.table.setItem(r, 2, QTableWidgetItem(row.note))
        self.table.resizeColumnsToContents()

    def set_day(self) -> None:
        branch_id, actor = self.ctx.branch.id, self.ctx.actor
        chosen = self.day.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        kind, note = self.kind.currentData(), self.note.text().strip()
        self.ctx.ops.write(lambda: sla_calendars.set_day(branch_id, day, kind, actor, note),
                           lambda _r: self._after_edit(day.year), self._failed)

    def import_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import holidays"), "",
                                              self.tr("CSV files (*.csv);;All files (*)"))
        if not path:
            return
        branch_id, actor = self.ctx.branch.id, self.ctx.actor
        self.ctx.ops.write(
            lambda: sla_calendars.import_csv(branch_id, Path(path).read_bytes(), actor),
            self._imported, self._failed)

    def _imported(self, count: int) -> None:
        QMessageBox.information(self, self.tr("Import holidays"),
                                self.tr("%n day(s) imported.", "", count))
        self.refresh()

    def _after_edit(self, year: int) -> None:
        if self.year.value() != year:
            self.year.setValue(year)  # refreshes
        else:
            self.refresh()

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Business calendar"), error_text(error))
