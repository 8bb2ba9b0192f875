"""The service-level policy editor (SERVICE_STANDARD §3), for supervisors and administrators.

Every target per urgency level — first response, progress update, resolution — as an
amount, a unit and a clock (24×7 or the business calendar), plus the handler-contact and
level-1 approval targets, the intake acknowledgement and the "at risk" share. Saving
stores a NEW policy version: tickets keep the version they were created under, so
changing a number never rewrites history. The service validates and names a bad field.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.sla import policy as sp
from helpdesk_gui.services.security import permissions
from helpdesk_gui.services.sla import setup as sla_setup
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.service_errors import error_text
from helpdesk_gui.ui.sla.style import local_text

ROWS = [(level, name) for level in (1, 2, 3) for name in sp.LEVEL_TARGETS] + \
    [(None, "contact"), (None, "approval")]


SEED_NOTE = "SERVICE_STANDARD §3 defaults"  # the note of the version installed with the schema

class SlaPolicyPage(QWidget):
    """Edit the targets and save them as a new policy version."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.version = 0
        self.table = QTableWidget(len(ROWS), 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Target"), self.tr("Amount"), self.tr("Unit"), self.tr("Clock")])
        self.table.verticalHeader().hide()
        self.ack_day, self.ack_night = QSpinBox(), QSpinBox()
        for box in (self.ack_day, self.ack_night):
            box.setRange(1, 24 * 60)
            box.setSuffix(self.tr(" min"))
        self.share = QDoubleSpinBox()
        self.share.setRange(50, 99)
        self.share.setSuffix(" %")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Why the change (kept with the version)"))
        self.save_button = QPushButton(self.tr("Save as new version"))
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(permissions.allowed(ctx.actor, "settings.edit"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.history = QTableWidget(0, 4, self)
        self.history.setHorizontalHeaderLabels(
            [self.tr("Version"), self.tr("Saved at"), self.tr("By"), self.tr("Note")])
        self.history.horizontalHeader().setStretchLastSection(True)
        self.history.verticalHeader().hide()
        self._lay_out()
        self.refresh()

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Acknowledge at intake, by day"), self.ack_day)
        form.addRow(self.tr("Acknowledge at intake, at night and on holidays"), self.ack_night)
        form.addRow(self.tr("At risk when this share of the target is used"), self.share)
        form.addRow(self.tr("Note"), self.note)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        history = QGroupBox(self.tr("Versions"))
        QVBoxLayout(history).addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Service-level targets by urgency level")))
        layout.addWidget(self.table, 3)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(history, 1)

    # --- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.ops.read(lambda: (sla_setup.current_policy(), sla_setup.policy_history()),
                          self._show, lambda exc: self.status.setText(error_text(exc)))

    def _show(self, result) -> None:
        (version, policy), history = result
        self.version = version
        for row, (level, name) in enumerate(ROWS):
            target = policy.target(level or 1, name)
            title = labels.label(sp.TARGET_NAMES, name)
            if level is not None:
                title = f"{labels.level(level)} · {title}"
            self.table.setItem(row, 0, QTableWidgetItem(title))
            self.table.setCellWidget(row, 1, _amount(target.amount))
            self.table.setCellWidget(row, 2, _combo(sp.UNIT_NAMES, target.unit))
            self.table.setCellWidget(row, 3, _combo(sp.CLOCK_NAMES, target.clock))
        self.table.resizeColumnsToContents()
        for column in (2, 3):  # the combos' own hint leaves their text a pixel short
            self.table.setColumnWidth(column, self.table.columnWidth(column) + 16)
        self.ack_day.setValue(policy.acknowledge.day_minutes)
        self.ack_night.setValue(policy.acknowledge.night_minutes)
        self.share.setValue(policy.at_risk_share * 100)
        self._show_history(history)
        self.status.setText(self.tr("Policy version %1 is in force.").replace("%1", str(version)))

    def _show_history(self, history) -> None:
        self.history.setRowCount(len(history))
        seeded = {SEED_NOTE: self.tr("Defaults of the service standard (installation)")}
        for row, (version, at, by, note) in enumerate(history):
            cells = (str(version), local_text(at, self.ctx.branch.timezone, "%Y-%m-%d %H:%M"),
                     by or self.tr("(system)"), seeded.get(note, note))
            for column, text in enumerate(cells):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeColumnsToContents()

    # --- saving -----------------------------------------------------------------------
    def edited(self) -> dict:
        """The policy as typed, in the shape ``Policy.from_dict`` checks."""
        targets = {}
        for row, (level, name) in enumerate(ROWS):
            value = {"amount": self.table.cellWidget(row, 1).value(),
                     "unit": self.table.cellWidget(row, 2).currentData(),
                     "clock": self.table.cellWidget(row, 3).currentData()}
            targets[(level, name)] = value
        levels = {str(lvl): {n: targets[(lvl, n)] for n in sp.LEVEL_TARGETS} for lvl in (1, 2, 3)}
        acknowledge = dict(vars(sp.DEFAULT_POLICY.acknowledge),
                           day_minutes=self.ack_day.value(), night_minutes=self.ack_night.value())
        return {"levels": levels, "acknowledge": acknowledge,
                "contact": targets[(None, "contact")], "approval": targets[(None, "approval")],
                "at_risk_share": round(self.share.value() / 100, 2)}

    def save(self) -> None:
        data, actor, note = self.edited(), self.ctx.actor, self.note.text()
        self.ctx.ops.write(lambda: sla_setup.save_policy(data, actor, note), self._saved,
                           lambda exc: self.status.setText(error_text(exc)))

    def _saved(self, version: int) -> None:
        self.note.clear()
        self.refresh()
        self.status.setText(self.tr("Saved as version %1; new tickets use it.")
                            .replace("%1", str(version)))


def _amount(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 100_000)
    box.setValue(value)
    return box


def _combo(table, current: str) -> QComboBox:
    combo = QComboBox()
    for code, name in labels.choices(table):
        combo.addItem(name, code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo
