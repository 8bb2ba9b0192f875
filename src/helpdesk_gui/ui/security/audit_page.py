"""The audit page (administrators): filter the trail, read it, verify the hash chain.

Rows are read on the pool (``ctx.ops.read``), newest first, 500 at a time ("Load more"
continues below the last id shown). Dates are the branch's local days; the table shows
local times. Other roles see only a notice: the service refuses them anyway.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.services.security import audit_trail, permissions
from helpdesk_gui.ui.security import audit_names
from helpdesk_gui.ui.security.password_dialog import ERROR_STYLE
from helpdesk_gui.ui.service_errors import error_text

PAGE = 500


class AuditTableModel(QAbstractTableModel):
    """Audit rows (``services.security.audit_trail.AuditRow``) as a read-only table."""

    HEADERS = (QT_TRANSLATE_NOOP("AuditTableModel", "Time"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Employee no."),
               QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Object"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Details"))

    def __init__(self, tz: ZoneInfo, parent=None):
        super().__init__(parent)
        self.tz = tz
        self.rows: list = []

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt override)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 (Qt override)
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            local = row.at.replace(tzinfo=UTC).astimezone(self.tz)
            return local.strftime("%Y-%m-%d %H:%M:%S")
        if column == 1:
            return row.actor_no
        if column == 2:  # in words; the stored code in the tooltip
            return row.action if role == Qt.ItemDataRole.ToolTipRole else \
                audit_names.action_text(row.action)
        if column == 3:
            return f"{audit_names.kind_text(row.object_type)} {row.object_id}".strip()
        return ", ".join(f"{k}={v}" for k, v in sorted(row.detail.items()))

    def set_rows(self, rows: list, append: bool = False) -> None:
        if append:
            if rows:
                first = len(self.rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self.rows.extend(rows)
                self.endInsertRows()
            return
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.tz = ZoneInfo(ctx.branch.timezone or "Asia/Shanghai")
        layout = QVBoxLayout(self)
        if not permissions.allowed(ctx.actor, "audit.view"):
            notice = QLabel(self.tr("Only administrators can read the audit trail."))
            notice.setObjectName("notice")
            layout.addWidget(notice)
            layout.addStretch(1)
            self.model = None
            return
        self._build(layout)
        self.ctx.ops.read(self._actions_job, self._fill_actions, lambda exc: None)
        self.search()

    def _build(self, layout: QVBoxLayout) -> None:
        today = QDate(datetime.now(self.tz).date())  # the branch's day, not the PC's
        self.since = QDateEdit(today.addDays(-30))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.actor = QLineEdit()
        self.actor.setObjectName("actor")
        self.actor.setPlaceholderText(self.tr("Employee no."))
        self.action = QComboBox()
        self.action.setObjectName("action")
        self.action.setEditable(True)
        self.action.setMinimumWidth(200)
        self.action.addItem("")
        self.action.lineEdit().setPlaceholderText(self.tr("All actions"))
        self.search_button = QPushButton(self.tr("Search"))
        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.verify_button.setObjectName("verify")
        self.search_button.clicked.connect(self.search)
        self.actor.returnPressed.connect(self.search)
        self.verify_button.clicked.connect(self.verify)
        bar = QHBoxLayout()
        for text, widget in ((self.tr("From:"), self.since), (self.tr("To:"), self.until),
                             (self.tr("Employee:"), self.actor),
                             (self.tr("Action:"), self.action)):
            bar.addWidget(QLabel(text))
            bar.addWidget(widget)
        bar.addWidget(self.search_button)
        bar.addStretch(1)
        bar.addWidget(self.verify_button)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.model = AuditTableModel(self.tz, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 100, 180, 130)):
            self.table.setColumnWidth(column, width)
        self.more_button = QPushButton(self.tr("Load more"))
        self.more_button.clicked.connect(lambda: self.search(more=True))
        self.more_button.hide()
        layout.addLayout(bar)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)

    def _actions_job(self) -> list[str]:
        return audit_trail.known_actions(self.ctx.actor)

    def _fill_actions(self, actions: list[str]) -> None:
        for action in actions:  # shown in words, filtered by the stored code
            self.action.addItem(audit_names.action_text(action), action)
        for prefix in sorted({a.split(".")[0] + "." for a in actions if "." in a}):
            self.action.addItem(self.tr("%1 (all)").replace(
                "%1", audit_names.kind_text(prefix[:-1])), prefix)

    def _action_code(self) -> str:
        """The code to filter by: the chosen entry's, or what was typed (a code or prefix)."""
        text = self.action.currentText().strip()
        index = self.action.findText(text)
        code = self.action.itemData(index) if index >= 0 else None
        return str(code) if code else text

    def _utc(self, day: date) -> datetime:
        local = datetime.combine(day, time(0), tzinfo=self.tz)
        return local.astimezone(UTC).replace(tzinfo=None)

    def current_filter(self, before_id: int | None = None):
        return audit_trail.AuditFilter(since=self._utc(self.since.date().toPython()),
                           until=self._utc(self.until.date().toPython() + timedelta(days=1)),
                           actor_no=self.actor.text().strip(),
                           action=self._action_code(),
                           before_id=before_id, limit=PAGE)

    def search(self, more: bool = False) -> None:
        """Read the rows for the current filter (or the next page below the last row)."""
        before = self.model.rows[-1].id if more and self.model.rows else None
        f, actor = self.current_filter(before), self.ctx.actor
        self.ctx.ops.read(lambda: audit_trail.query(actor, f), lambda rows: self._show(rows, more),
                          self._failed)

    def _show(self, rows: list, more: bool) -> None:
        self.model.set_rows(rows, append=more)
        self.more_button.setVisible(len(rows) == PAGE)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Rows shown: %1").replace("%1", str(len(self.model.rows))))

    def verify(self) -> None:
        actor = self.ctx.actor
        self.verify_button.setEnabled(False)
        self.status.setText(self.tr("Verifying the audit trail…"))
        self.ctx.ops.read(lambda: audit_trail.check_chain(actor), self._verified, self._failed)

    def _verified(self, result) -> None:
        self.verify_button.setEnabled(True)
        if result.ok:
            self.status.setStyleSheet("color: #1b6e20;")
            self.status.setText(self.tr("The audit trail is intact: %1 rows checked.")
                                .replace("%1", str(result.checked)))
            return
        reasons = {
            "edited": self.tr("its content was changed after it was written"),
            "removed": self.tr("a row before it was removed or changed"),
            "truncated": self.tr("rows at the end of the trail were removed"),
        }
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(self.tr("The audit trail is broken at row #%1: %2.")
                            .replace("%1", str(result.first_bad_id))
                            .replace("%2", reasons.get(result.kind, result.reason)))

    def _failed(self, exc: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(exc))
