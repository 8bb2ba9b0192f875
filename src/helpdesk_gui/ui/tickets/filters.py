"""The filter bar above the ticket table: choices, dates, "mine" and the quick search.

The quick search waits for a pause in typing (debounce) so a clerk typing a phone number
does not start eleven queries; Enter searches at once and Esc clears it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.domain import vocabulary as v
from helpdesk_gui.services.seats import registry as seats
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.security import staff_admin
from helpdesk_gui.services.tickets.query import TicketFilter
from helpdesk_gui.ui import labels

SEARCH_DELAY_MS = 300
_NO_DATE = QDate(2000, 1, 1)
OPEN = "__open__"  # the status choice "every open status"


def _codes(combo: QComboBox) -> tuple:
    """The chosen code as a filter tuple: () for "all", every open status for OPEN."""
    code = combo.currentData()
    if code is None:
        return ()
    return tuple(v.OPEN_STATUSES) if code == OPEN else (code,)


class TicketFilterBar(QWidget):
    """Emits ``changed`` whenever the chosen filter changes."""

    changed = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.status = self._combo(self.tr("All statuses"), [
            (OPEN, self.tr("Open (not yet resolved)")), *labels.choices(v.STATUSES)])
        self.type = self._choices(self.tr("All types"), v.TICKET_TYPES)
        self.level = self._choices(self.tr("All levels"), v.LEVELS)
        self.channel = self._choices(self.tr("All channels"), v.CHANNELS)
        self.assignee = self._combo(self.tr("Any assignee"), [])
        self.window = self._combo(self.tr("Any window"), [])
        self.window.setObjectName("window_filter")
        self.window.setToolTip(self.tr("The counter window (窗口) where tickets were received"))
        self.branch = self._combo(self.tr("All branches"), [])
        self.branch.setVisible(False)  # shown when the database holds several branches
        self.date_from, self.date_to = self._date_edit(), self._date_edit()
        self.mine = QCheckBox(self.tr("Mine"), self)
        self.mine.setToolTip(self.tr("Tickets assigned to me or received by me"))
        self.mine.toggled.connect(self.changed)
        self.search = self._search_box()
        self._lay_out()
        self._load_assignees()
        self._load_windows()
        self.load_branches()

    def _lay_out(self) -> None:
        """Two rows, so the bar fits a 1366-pixel screen beside the navigation in any
        language: the search and the codes, then who and when."""
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.search, 2)
        first.addWidget(self.branch, 1)
        for widget in (self.status, self.type, self.level, self.channel):
            first.addWidget(widget, 1)
        second.addWidget(self.assignee)
        second.addWidget(self.window)
        second.addWidget(QLabel(self.tr("From"), self))
        second.addWidget(self.date_from)
        second.addWidget(QLabel(self.tr("to"), self))
        second.addWidget(self.date_to)
        second.addWidget(self.mine)
        second.addStretch(1)
        rows.addLayout(first)
        rows.addLayout(second)

    def _combo(self, everything: str, items) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(everything, None)
        for data, text in items:
            combo.addItem(text, data)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def _choices(self, everything: str, table) -> QComboBox:
        return self._combo(everything, labels.choices(table))

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(_NO_DATE)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(_NO_DATE)
        edit.dateChanged.connect(self.changed)
        return edit

    def _search_box(self) -> QLineEdit:
        box = QLineEdit(self)
        box.setPlaceholderText(self.tr("Ticket no., phone, account, name or words"))
        box.setClearButtonEnabled(True)
        box.setMinimumWidth(220)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.changed)
        box.textChanged.connect(self._debounce.start)
        box.returnPressed.connect(self._search_now)
        box.installEventFilter(self)
        return box

    def _search_now(self) -> None:
        self._debounce.stop()
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc in the search box clears the search (and shows every ticket again)."""
        if (watched is self.search and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Escape and self.search.text()):
            self.search.clear()
            self._search_now()
            return True
        return super().eventFilter(watched, event)

    def _load_assignees(self) -> None:
        branch_id = self._ctx.branch.id
        self._ctx.ops.read(lambda: staff_service.active_handlers(branch_id),
                           self._fill_assignees, lambda error: None)

    def _fill_assignees(self, people: list[tuple[int, str, str]]) -> None:
        self.assignee.blockSignals(True)
        for staff_id, employee_no, name in people:
            self.assignee.addItem(f"{name} ({employee_no})", staff_id)
        self.assignee.blockSignals(False)

    def _load_windows(self) -> None:
        branch_id = self._ctx.branch.id
        self._ctx.ops.read(lambda: seats.windows(branch_id), self._fill_windows,
                           lambda error: None)

    def _fill_windows(self, windows: list[str]) -> None:
        self.window.blockSignals(True)
        for window in windows:
            self.window.addItem(self.tr("Window %1").replace("%1", window), window)
        self.window.blockSignals(False)
    def load_branches(self) -> None:
        """Read the branches (again after a sync bundle brought one)."""
        self._ctx.ops.read(staff_admin.branches, self.show_branches, lambda error: None)

    def show_branches(self, branches: list[tuple[int, str, str]]) -> None:
        """Offer the branches; headquarters holds several, a branch office only its own."""
        chosen = self.branch.currentData()
        self.branch.blockSignals(True)
        while self.branch.count() > 1:
            self.branch.removeItem(1)
        for branch_id, code, name in branches:
            self.branch.addItem(f"{code} {name}", branch_id)
        self.branch.setCurrentIndex(max(0, self.branch.findData(chosen)))
        self.branch.blockSignals(False)
        self.branch.setVisible(len(branches) > 1)

    @staticmethod
    def _date(edit: QDateEdit) -> date | None:
        chosen = edit.date()
        return None if chosen == _NO_DATE else chosen.toPython()

    def ticket_filter(self) -> TicketFilter:
        """The filter the bar shows now."""
        return TicketFilter(
            statuses=_codes(self.status), types=_codes(self.type),
            levels=_codes(self.level), channels=_codes(self.channel),
            assignee_id=self.assignee.currentData(),
            windows=(self.window.currentData(),) if self.window.currentData() else (),
            mine=self._ctx.actor.id if self.mine.isChecked() else None,
            created_from=self._date(self.date_from), created_to=self._date(self.date_to),
            search=self.search.text().strip(), tz=self._ctx.branch.timezone,
            branch_id=self.branch.currentData())
