"""Charts of the quality report as ``reportlab.graphics`` drawings (vector, tiny in size).

Every label uses the embedded CJK font; colours come from one palette so the same
series has the same colour in every chart.
"""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from helpdesk_gui.reports.fonts import register

PALETTE = [colors.HexColor(c) for c in ("#2f6fb0", "#e0883a", "#4a9e5c", "#c0504d",
                                        "#8064a2", "#4bacc6", "#9b9b9b")]


def _title(drawing: Drawing, text: str, width: float, height: float) -> None:
    drawing.add(String(width / 2, height - 12, text, fontName=register(), fontSize=10,
                       textAnchor="middle"))


def bar_chart(labels: list[str], values: list[float], title: str, width: float = 230,
              height: float = 170, value_max: float | None = None) -> Drawing:
    """One series of vertical bars with its values printed on top."""
    font = register()
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 30, width - 45, height - 60
    chart.data = [[v or 0 for v in values]]
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    top = value_max or max([v or 0 for v in values] + [1])
    chart.valueAxis.valueMax = top * 1.15
    chart.bars[0].fillColor = PALETTE[0]
    chart.barLabelFormat = "%g"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 6
    drawing.add(chart)
    _title(drawing, title, width, height)
    return drawing


def pie_chart(labels: list[str], values: list[float], title: str, width: float = 230,
              height: float = 170) -> Drawing:
    """Shares of a whole, with a legend (empty slices left out)."""
    font = register()
    pairs = [(label, v) for label, v in zip(labels, values, strict=True) if v]
    drawing = Drawing(width, height)
    _title(drawing, title, width, height)
    if not pairs:
        drawing.add(String(width / 2, height / 2, "—", fontName=font, fontSize=12))
        return drawing
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 15, 15, height - 45, height - 45
    pie.data = [v for _, v in pairs]
    pie.simpleLabels = 1
    pie.labels = None
    for i in range(len(pairs)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
        pie.slices[i].strokeColor = colors.white
    drawing.add(pie)
    total = sum(v for _, v in pairs)
    legend = Legend()
    legend.x, legend.y = height - 15, height - 35
    legend.fontName, legend.fontSize = font, 7
    legend.alignment = "right"
    legend.columnMaximum = 10
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], f"{label} {v} ({100 * v / total:.1f}%)")
                             for i, (label, v) in enumerate(pairs)]
    drawing.add(legend)
    return drawing


def _points(values: list) -> list:
    """None leaves a gap; a series with fewer than two values is drawn on the axis
    (ReportLab cannot draw a one-point line)."""
    if sum(v is not None for v in values) >= 2:
        return list(values)
    return [v or 0 for v in values]


def line_chart(categories: list[str], series: dict[str, list], title: str,
               width: float = 480, height: float = 180, value_max: float | None = None
               ) -> Drawing:
    """Several series over the months; a month without a value (None) has no point."""
    font = register()
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 35, 40, width - 160, height - 65
    chart.data = [_points(values) for values in series.values()]
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    if value_max:
        chart.valueAxis.valueMax = value_max
    for i in range(len(series)):
        chart.lines[i].strokeColor = PALETTE[i % len(PALETTE)]
        chart.lines[i].strokeWidth = 1.5
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 115, height - 30
    legend.fontName, legend.fontSize = font, 7
    legend.columnMaximum = 10
    legend.colorNamePairs = [(PALETTE[i % len(PALETTE)], name)
                             for i, name in enumerate(series)]
    drawing.add(legend)
    _title(drawing, title, width, height)
    return drawing
