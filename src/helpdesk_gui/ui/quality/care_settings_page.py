"""Settings a supervisor changes for customer care and the quality cycle.

One setting at a time (KPI targets, VIP rules, call-back quiet period, review sample,
departments, survey validity rules and word list, confirmation period, SMS gateway): its
options in a table, edited in place, saved as a new version with a note; the versions
below show who changed what and when. Values are written as the hall reads them: numbers,
lists separated by "、" or ",", targets as "≥ 0.9" / "< 0.03"; the service checks them
and names the option that is wrong.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.services.quality import settings
from helpdesk_gui.ui.service_errors import error_text
from helpdesk_gui.ui.sla.style import local_text

TITLES = {
    "kpi_targets": QT_TRANSLATE_NOOP("CareSettingsPage", "KPI targets"),
    "vip_rules": QT_TRANSLATE_NOOP("CareSettingsPage", "VIP rules"),
    "churn": QT_TRANSLATE_NOOP("CareSettingsPage", "Call-back list"),
    "review": QT_TRANSLATE_NOOP("CareSettingsPage", "Review of closed tickets"),
    "departments": QT_TRANSLATE_NOOP("CareSettingsPage", "Departments"),
    "surveys": QT_TRANSLATE_NOOP("CareSettingsPage", "Survey rules and word list"),
    "confirmation": QT_TRANSLATE_NOOP("CareSettingsPage", "Confirmation period"),
    "sms_gateway": QT_TRANSLATE_NOOP("CareSettingsPage", "SMS gateway"),
}
OPS = {"≥": ">=", "≤": "<=", ">=": ">=", "<=": "<=", "<": "<", ">": ">"}


def show_value(value) -> str:
    """An option's value as typed on screen."""
    if isinstance(value, list) and len(value) == 2 and value[0] in OPS.values():
        return f"{value[0].replace('>=', '≥').replace('<=', '≤')} {value[1]:g}"
    if isinstance(value, list):
        return "、".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def parse_value(name: str, text: str, default):
    """What was typed, in the type of the option's default (a clear error otherwise)."""
    text = text.strip()
    try:
        if isinstance(default, list) and len(default) == 2 and default[0] in OPS.values():
            op, _, number = text.partition(" ")
            return [OPS[op], float(number)]
        if isinstance(default, list):
            return [w.strip() for w in text.replace(",", "、").split("、") if w.strip()]
        if isinstance(default, dict):
            return json.loads(text)
        if isinstance(default, bool):
            return text.lower() in ("1", "true", "yes", "是")
        if isinstance(default, int):
            return int(text)
        if isinstance(default, float):
            return float(text)
    except (ValueError, KeyError, json.JSONDecodeError):
        raise ValidationError({name: f"{text!r} is not a value like {show_value(default)}"}
                              ) from None
    return text


class CareSettingsPage(QWidget):
    """Pick a setting, edit its options, save a version."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.key = QComboBox()
        for key in settings.DEFAULTS:
            self.key.addItem(QCoreApplication.translate("CareSettingsPage", TITLES[key]), key)
        self.key.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Option"), self.tr("Value")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Why (kept with the version)"))
        self.save_button = QPushButton(self.tr("Save as new version"))
        self.save_button.clicked.connect(self.save)
        self.versions = QListWidget()
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Setting")))
        top.addWidget(self.key, 1)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.note)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        layout.addWidget(QLabel(self.tr("Versions")))
        layout.addWidget(self.versions, 1)
        self.refresh()

    def refresh(self) -> None:
        key = self.key.currentData()
        self.ctx.ops.read(lambda: (settings.current(key), settings.history(key)), self._show,
                          lambda exc: self.status.setText(error_text(exc)))

    def _show(self, result) -> None:
        data, history = result
        self.table.setRowCount(len(data))
        for r, (name, value) in enumerate(data.items()):
            option = QTableWidgetItem(name)
            option.setFlags(option.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(r, 0, option)
            self.table.setItem(r, 1, QTableWidgetItem(show_value(value)))
        self.versions.clear()
        tz = self.ctx.branch.timezone
        for v in history:
            self.versions.addItem(f"v{v.version}  {local_text(v.changed_at, tz, '%Y-%m-%d %H:%M')}"
                                  f"  {v.changed_by}  {v.note}")

    def values(self) -> dict:
        """The options as typed, in their types (``ValidationError`` names a bad one)."""
        defaults = settings.DEFAULTS[self.key.currentData()]
        out = {}
        for r in range(self.table.rowCount()):
            name = self.table.item(r, 0).text()
            out[name] = parse_value(name, self.table.item(r, 1).text(), defaults[name])
        return out

    def save(self) -> None:
        try:
            values = self.values()
        except ValidationError as exc:
            self.status.setText(error_text(exc))
            return
        key, note, actor = self.key.currentData(), self.note.text(), self.ctx.actor
        self.ctx.ops.write(lambda: settings.change(key, values, actor, note), self._saved,
                           lambda exc: self.status.setText(error_text(exc)))

    def _saved(self, _changes) -> None:
        self.status.setText(self.tr("Saved as a new version."))
        self.note.clear()
        self.refresh()

    def on_changes(self, changes) -> None:
        if "settings" in changes.kinds:
            self.refresh()
