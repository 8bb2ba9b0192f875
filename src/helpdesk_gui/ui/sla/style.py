"""How a ticket's SLA state looks in lists: row colour and "time left" text.

Pure helpers (no widgets) so the ticket table, the approval queue and the notification
centre colour rows the same way. A row whose deadline has passed is shown as breached
even before the next scan updated its stored state.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

COLOURS = {  # soft backgrounds that keep black text readable
    "breached": "#f5c6cb",
    "at_risk": "#ffe8a1",
    "paused": "#dde3ea",
}
FINISHED = ("met", "extended")


def effective_state(sla_state: str, due: datetime | None, now: datetime) -> str:
    """The state to show: an open ticket past its deadline is breached."""
    if sla_state not in FINISHED and due is not None and now >= due:
        return "breached"
    return sla_state


def row_brush(sla_state: str, due: datetime | None, now: datetime) -> QBrush | None:
    """Background brush of a ticket row, or None for the default background."""
    colour = COLOURS.get(effective_state(sla_state, due, now))
    return QBrush(QColor(colour)) if colour else None


def local_text(value: datetime | None, timezone: str, fmt: str = "%m-%d %H:%M") -> str:
    """A stored naive-UTC instant in the branch's local time ('—' for None)."""
    if value is None:
        return "—"
    return value.replace(tzinfo=UTC).astimezone(ZoneInfo(timezone)).strftime(fmt)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SlaStyle", text)


def span_text(minutes: int) -> str:
    """A length of time the way every page writes it: '35 min', '2 h 5 min', '1 d 3 h'."""
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return _tr("%1 d %2 h").replace("%1", str(days)).replace("%2", str(hours))
    if hours:
        return _tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", str(mins))
    return _tr("%1 min").replace("%1", str(mins))


def time_left_text(due: datetime | None, now: datetime) -> str:
    """'3 h 20 min', 'overdue 1 d 2 h', or '—' when there is no running deadline."""
    if due is None:
        return "—"
    seconds = (due - now).total_seconds()
    minutes = int(abs(seconds) // 60)
    if seconds < 0:
        return _tr("overdue %1").replace("%1", span_text(minutes))
    return span_text(minutes)
