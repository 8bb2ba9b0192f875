"""The analysis tab of complaints and suggestions: a date range, key figures, bar charts.

The figures are read in the background (``services.complaints.analysis``); the widget
only turns codes into on-screen names and hands (label, value) pairs to the charts.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.complaints import models as cm
from helpdesk_gui.domain.suggestions import models as sm
from helpdesk_gui.domain.vocabulary import CHANNELS
from helpdesk_gui.services.complaints import analysis as ca
from helpdesk_gui.services.suggestions import improvements
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.complaints.charts import BarChart

TOP_CAUSES = 8


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}%"


class AnalysisPanel(QWidget):
    """Date range + figures + charts; ``kind`` is "complaints" or "suggestions"."""

    def __init__(self, ctx: AppContext, kind: str, parent=None):
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        today = QDate(improvements.local_today(ctx.branch.timezone))  # the hall's day
        self.date_from.setDate(today.addMonths(-12))
        self.date_to.setDate(today)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        for widget in (QLabel(self.tr("From")), self.date_from, QLabel(self.tr("to")),
                       self.date_to, self.refresh_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.figures = QLabel()
        self.figures.setObjectName("analysisFigures")
        layout.addWidget(self.figures)
        grid = QGridLayout()
        titles = ((self.tr("By stage"), self.tr("Top causes"), self.tr("By channel"),
                   self.tr("By month"), self.tr("Average hours to reach each stage"))
                  if kind == "complaints" else
                  (self.tr("By status"), self.tr("By channel"), self.tr("By month")))
        self.charts = [BarChart(title) for title in titles]
        columns = 3 if len(self.charts) > 4 else 2  # two rows fit a 768-pixel-high screen
        for i, chart in enumerate(self.charts):
            grid.addWidget(chart, i // columns, i % columns)
        layout.addLayout(grid, 1)

    def refresh(self) -> None:
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        tz = self.ctx.branch.timezone
        if self.kind == "complaints":
            self.ctx.ops.read(lambda: ca.complaint_analysis(start, end, tz), self._complaints)
        else:
            self.ctx.ops.read(lambda: ca.suggestion_analysis(start, end, tz), self._suggestions)

    def _complaints(self, a: ca.ComplaintAnalysis) -> None:
        self.figures.setText(
            self.tr("Complaints: %1 · major: %2 · repeats: %3 · acknowledged on time: %4")
            .replace("%1", str(a.total)).replace("%2", str(a.major))
            .replace("%3", str(a.repeats)).replace("%4", _percent(a.ack_on_time)))
        chinese = self.ctx.chinese
        stage, cause, channel, month, hours = self.charts
        stage.show_pairs([(labels.label(cm.COMPLAINT_STAGES, s), n) for s, n in a.by_stage])
        cause.show_pairs([(zh if chinese else en, n)
                          for _c, en, zh, n in a.by_cause[:TOP_CAUSES]])
        channel.show_pairs([(labels.label(CHANNELS, c), n) for c, n in a.by_channel])
        month.show_pairs(a.by_month)
        hours.show_pairs([(labels.label(cm.COMPLAINT_STAGES, s), round(h, 1))
                          for s, h in a.hours_per_stage])

    def _suggestions(self, a: ca.SuggestionAnalysis) -> None:
        mean = "—" if a.mean_satisfaction is None else f"{a.mean_satisfaction:.2f}"
        self.figures.setText(
            self.tr("Suggestions: %1 · adopted: %2 · rejected: %3 · adoption rate: %4 · "
                    "mean satisfaction: %5 · open actions: %6 (overdue %7)")
            .replace("%1", str(a.total)).replace("%2", str(a.adopted))
            .replace("%3", str(a.rejected)).replace("%4", _percent(a.adoption_rate))
            .replace("%5", mean).replace("%6", str(a.open_actions))
            .replace("%7", str(a.overdue_actions)))
        status, channel, month = self.charts
        status.show_pairs([(labels.label(sm.SUGGESTION_STATUSES, s), n) for s, n in a.by_status])
        channel.show_pairs([(labels.label(sm.SUGGESTION_CHANNELS, c), n)
                            for c, n in a.by_channel])
        month.show_pairs(a.by_month)
