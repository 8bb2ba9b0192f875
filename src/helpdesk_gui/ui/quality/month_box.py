"""What the monthly list pages share: the month field (YYYY-MM) and their layout."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget


def this_month(timezone: str) -> str:
    """The current month in the branch's time zone."""
    return datetime.now(UTC).astimezone(ZoneInfo(timezone)).strftime("%Y-%m")


def month_edit(timezone: str) -> QLineEdit:
    """A line edit holding ``YYYY-MM``, starting at this month."""
    edit = QLineEdit(this_month(timezone))
    edit.setInputMask("9999-99")
    edit.setMaximumWidth(90)
    return edit


def list_and_form(page: QWidget, top: list[QWidget], table: QWidget,
                  rows: list[tuple[str, QWidget]], status: QWidget, button: QWidget) -> None:
    """The monthly list pages' layout: a top row (last widget stretches) and the list on
    the left; the form, its status line and its button on the right."""
    line = QHBoxLayout()
    for i, widget in enumerate(top):
        line.addWidget(widget, 1 if i == len(top) - 1 else 0)
    left = QVBoxLayout()
    left.addLayout(line)
    left.addWidget(table)
    form = QFormLayout()
    for label, widget in rows:
        form.addRow(label, widget)
    right = QVBoxLayout()
    right.addLayout(form)
    right.addWidget(status)
    right.addWidget(button)
    layout = QHBoxLayout(page)
    layout.addLayout(left, 3)
    layout.addLayout(right, 2)
