"""Dashboard: today's and this month's figures, tickets at risk, and two charts.

One background read (``services.quality.kpi.dashboard``) fetches everything; the page refreshes
when it is shown, when tickets change (debounced, so a burst of changes costs one read)
and every few minutes, and never while a read is already running. At headquarters, whose
database holds several branches, a branch choice shows one branch or all of them (all
of them first at headquarters, else the signed-in person's own branch).
"""

from __future__ import annotations

from datetime import UTC
from zoneinfo import ZoneInfo

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.vocabulary import CHANNELS, TICKET_TYPES
from helpdesk_gui.services.quality import kpi, targets
from helpdesk_gui.services.security import staff_admin
from helpdesk_gui.services.security.privacy import mask_name
from helpdesk_gui.ui import labels

REFRESH_MS = 5 * 60 * 1000
DEBOUNCE_MS = 1500


def percent(value) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


def _replace_chart(view: QChartView, chart: QChart) -> None:
    """Show a new chart; the view does not delete the one it had, so we do."""
    old = view.chart()
    view.setChart(chart)
    if old is not None:
        old.deleteLater()


class DashboardPage(QWidget):
    """Key figures at a glance for the supervisor."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._loading = False
        self.figures: dict[str, QLabel] = {}
        self.at_risk = QTableWidget(0, 5)
        self.at_risk.setHorizontalHeaderLabels(
            [self.tr("Ticket"), self.tr("Level"), self.tr("Customer"), self.tr("Due"),
             self.tr("SLA")])
        self.at_risk.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.at_risk.verticalHeader().setDefaultSectionSize(24)
        self.at_risk.verticalHeader().hide()  # row numbers mean nothing here
        self.at_risk.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.branch = QComboBox()
        self.branch.addItem(self.tr("All branches"), None)
        self.branch.setVisible(False)  # shown when the database holds several branches
        self._shown_branch: int | None = ctx.branch.id
        self.type_chart, self.channel_chart = QChartView(), QChartView()
        for view in (self.type_chart, self.channel_chart):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(240)
        self._layout()
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._timer = QTimer(self, interval=REFRESH_MS)  # runs while the page is shown
        self._timer.timeout.connect(self.refresh)
        ctx.ops.read(staff_admin.branches, self.show_branches, lambda error: None)
        self.refresh()

    def show_branches(self, branches: list[tuple[int, str, str]]) -> None:
        """Offer the branches when there are several; the own branch stays chosen."""
        self.branch.blockSignals(True)
        for branch_id, code, name in branches:
            self.branch.addItem(f"{code} {name}", branch_id)
        own = 0 if self.ctx.branch.is_headquarters else self.branch.findData(self.ctx.branch.id)
        self.branch.setCurrentIndex(max(0, own))  # headquarters: every branch first
        self.branch.blockSignals(False)
        self.branch.currentIndexChanged.connect(self.refresh)
        self.branch.setVisible(len(branches) > 1)

    def chosen_branch(self) -> int | None:
        """The branch shown (None: every branch); until the list arrives, every branch at
        headquarters and the own one elsewhere."""
        if self.branch.count() <= 1:
            return None if self.ctx.branch.is_headquarters else self.ctx.branch.id
        return self.branch.currentData()

    def _box(self, title: str, keys: list[tuple[str, str]]) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        for i, (key, caption) in enumerate(keys):
            value = QLabel("—")
            value.setStyleSheet("font-size: 22px; font-weight: bold;")
            self.figures[key] = value
            grid.addWidget(QLabel(caption), 0, i)
            grid.addWidget(value, 1, i)
        return box

    def _layout(self) -> None:
        today = self._box(self.tr("Today"), [
            ("today.received", self.tr("Received")), ("today.resolved", self.tr("Resolved")),
            ("today.first_response_on_time_rate", self.tr("First response on time"))])
        month = self._box(self.tr("This month"), [
            ("month.received", self.tr("Received")), ("month.resolved", self.tr("Resolved")),
            ("month.complaint_rate", self.tr("Complaint rate")),
            ("month.resolution_on_time_rate", self.tr("Resolved on time")),
            ("month.avg_satisfaction", self.tr("Average satisfaction")),
            ("month.satisfaction_rate", self.tr("Satisfaction rate")),
            ("month.service_error_rate", self.tr("Service error rate"))])
        charts = QHBoxLayout()
        charts.addWidget(self.type_chart)
        charts.addWidget(self.channel_chart)
        risk = QGroupBox(self.tr("Tickets at risk or past their deadline"))
        QVBoxLayout(risk).addWidget(self.at_risk)
        layout = QVBoxLayout(self)
        choice = QHBoxLayout()
        choice.addWidget(self.branch)
        choice.addStretch(1)
        layout.addLayout(choice)
        layout.addWidget(today)
        layout.addWidget(month)
        layout.addLayout(charts, 1)
        layout.addWidget(risk, 1)

    def refresh(self) -> None:
        if self._loading:
            return
        self._loading = True
        branch_id, now = self.chosen_branch(), utcnow()
        self.ctx.ops.read(lambda: {**kpi.dashboard(branch_id, now),
                                   "targets": targets.current(), "branch_id": branch_id},
                          self.show_figures, self._failed)

    def _failed(self, exc: Exception) -> None:
        self._loading = False

    def show_figures(self, data: dict) -> None:
        self._loading = False
        self._shown_branch = data.get("branch_id")
        if self._shown_branch != self.chosen_branch():  # chosen while reading: read again
            QTimer.singleShot(0, self, self.refresh)  # not after the page is gone
        for scope in ("today", "month"):
            for key, value in data[scope].items():
                label = self.figures.get(f"{scope}.{key}")
                if label is not None:
                    label.setText(self._text(key, value))
        self._mark_targets(data.get("targets") or {}, data["month"])
        self._fill_risk(data["at_risk"])
        self._charts(data["month"])

    def _mark_targets(self, table: dict, month: dict) -> None:
        """Green or red against the supervisor's targets (``services.quality.targets``)."""
        for key, (op, value) in table.items():
            label = self.figures.get(f"month.{key}")
            if label is None:
                continue
            ok = targets.met(key, month.get(key), table)
            shown = percent(value) if key.endswith("_rate") else f"{value:g}"
            label.setToolTip(self.tr("Target: %1").replace(
                "%1", f"{op.replace('>=', '≥').replace('<=', '≤')} {shown}"))
            colour = "" if ok is None else ("color: #1b7f3b;" if ok else "color: #b3261e;")
            label.setStyleSheet(f"font-size: 22px; font-weight: bold; {colour}")
            label.setProperty("target_met", ok)

    @staticmethod
    def _text(key: str, value) -> str:
        if key.endswith("_rate"):
            return percent(value)
        if value is None:
            return "—"
        return f"{value:.2f}" if isinstance(value, float) else str(value)

    def _local(self, due) -> str:
        """A stored UTC deadline in the branch's local time."""
        if due is None:
            return "—"
        zone = ZoneInfo(self.ctx.branch.timezone)
        return due.replace(tzinfo=UTC).astimezone(zone).strftime("%Y-%m-%d %H:%M")

    def _fill_risk(self, rows: list[tuple]) -> None:
        self.at_risk.setRowCount(len(rows))
        for r, (_id, number, level, name, _status, due, state) in enumerate(rows):
            cells = (number, labels.level(level), mask_name(name) or "", self._local(due),
                     self.tr("Breached") if state == "breached" else self.tr("At risk"))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if state == "breached":
                    item.setForeground(Qt.GlobalColor.red)
                self.at_risk.setItem(r, c, item)

    def _charts(self, month: dict) -> None:
        bars = QBarSet(self.tr("Received"))
        names = [labels.ticket_type(code) for code in TICKET_TYPES]
        bars.append([month["by_type"].get(code, 0) for code in TICKET_TYPES])
        series = QBarSeries()
        series.append(bars)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(self.tr("This month by type"))
        axis_x, axis_y = QBarCategoryAxis(), QValueAxis()
        axis_x.append(names)
        chart.setMargins(QMargins(4, 4, 4, 4))  # room for whole type names, not "故障..."
        chart.layout().setContentsMargins(0, 0, 0, 0)
        from helpdesk_gui.ui.widgets.axes import integer_axis

        integer_axis(axis_y, max([*month["by_type"].values(), 1]))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.legend().setVisible(False)
        _replace_chart(self.type_chart, chart)
        pie = QPieSeries()
        for code in CHANNELS:
            if month["by_channel"].get(code):
                pie.append(labels.channel(code), month["by_channel"][code])
        pie_chart = QChart()
        pie_chart.addSeries(pie)
        pie_chart.setTitle(self.tr("This month by channel"))
        pie_chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        _replace_chart(self.channel_chart, pie_chart)

    def on_changes(self, changes) -> None:
        if changes.tickets or "sync" in changes.kinds:
            self._debounce.start()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._timer.start()
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """A page nobody looks at does not re-read the hall's figures every minute."""
        super().hideEvent(event)
        self._timer.stop()
