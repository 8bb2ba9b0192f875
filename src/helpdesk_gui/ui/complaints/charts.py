"""Bar charts for the analysis tabs (QtCharts), rebuilt from (label, value) pairs."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QValueAxis,
)
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter


class BarChart(QChartView):
    """One titled bar chart; ``show_pairs`` replaces its data."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self._title = title
        self.pairs: list[tuple[str, float]] = []
        self.show_pairs([])

    def show_pairs(self, pairs: Sequence[tuple[str, float]]) -> None:
        self.pairs = list(pairs)
        chart = QChart()
        chart.setTitle(self._title)
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        bars = QBarSet(self._title)
        for _, value in self.pairs:
            bars.append(float(value))
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append([label for label, _ in self.pairs] or [""])
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        top = max((value for _, value in self.pairs), default=0)
        whole = all(float(value).is_integer() for _, value in self.pairs)
        if whole and top <= 8:  # small counts: one tick per unit, no "0, 0, 1, 1"
            axis_y.setRange(0, int(top) + 1)
            axis_y.setTickCount(int(top) + 2)
            axis_y.setLabelFormat("%d")
        else:
            axis_y.setRange(0, float(top) * 1.15)
            axis_y.applyNiceNumbers()
            axis_y.setLabelFormat("%.0f" if whole else "%.1f")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
