"""A month field (YYYY-MM) shared by the monthly list pages."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QLineEdit


def this_month(timezone: str) -> str:
    """The current month in the branch's time zone."""
    return datetime.now(UTC).astimezone(ZoneInfo(timezone)).strftime("%Y-%m")


def month_edit(timezone: str) -> QLineEdit:
    """A line edit holding ``YYYY-MM``, starting at this month."""
    edit = QLineEdit(this_month(timezone))
    edit.setInputMask("9999-99")
    edit.setMaximumWidth(90)
    return edit
