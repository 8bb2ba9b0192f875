"""Who is signed in at which seat (supervisors): window, computer, person, since when.

Re-read every ``REFRESH_MS`` while the page is on screen (a seat that closes or dies
drops off within the service's ``STALE_AFTER``), on the read pool like every page.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.services.seats import registry as seats
from helpdesk_gui.ui.sla.style import local_text

REFRESH_MS = 5_000


class SeatsPage(QWidget):
    """The hall's seats now, kept current while shown."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("seats_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Window"), self.tr("Computer"), self.tr("Signed in"),
            self.tr("Since"), self.tr("Last seen")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who is signed in at which seat of the hall")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self._reading = False
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.timer.start()
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().hideEvent(event)
        self.timer.stop()

    def refresh(self) -> None:
        if self._reading:  # a slow server: one read at a time
            return
        self._reading = True
        actor = self.ctx.actor
        self.ctx.ops.read(lambda: seats.signed_in(actor), self._show, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._reading = False
        self.summary.setText(str(exc))

    def _show(self, rows: list[seats.SeatRow]) -> None:
        self._reading = False
        tz = self.ctx.branch.timezone
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (row.window_no or self.tr("(back office)"), row.computer,
                      f"{row.staff_name} ({row.staff_no})", local_text(row.signed_in_at, tz),
                      local_text(row.last_seen_at, tz))
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.summary.setText(self.tr("%n seat(s) in use", "", len(rows)))
