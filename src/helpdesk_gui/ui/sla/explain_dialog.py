"""A dialog that answers "why is this ticket due then?" for every target.

Each target is a branch of a tree: its rule (amount, unit, clock), start, deadline and
state; its children are the timeline's stretches — counted time, closed hours, public
holidays, pauses while waiting for the customer — in the branch's local time.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.sla import policy as sla_policy
from helpdesk_gui.domain.sla.coverage import coverage_warning
from helpdesk_gui.services.sla import explain as sla_explain
from helpdesk_gui.services.sla.state import aware
from helpdesk_gui.ui import labels

KIND_COLOURS = {"counted": "#d4edda", "closed": "#eeeeee", "holiday": "#f8d7da",
                "paused": "#dde3ea", "deadline": "#ffe8a1"}


class SlaExplainDialog(QDialog):
    """Loads ``explain_ticket`` in the background and shows the timelines."""

    def __init__(self, ctx: AppContext, ticket_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Service-level timeline"))
        self.resize(820, 560)
        self.header = QLabel(self.tr("Loading…"))
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a4b00")
        self.warning.hide()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Target / stretch"), self.tr("From"),
                                   self.tr("To"), self.tr("Counted total")])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.warning)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        ctx.ops.read(lambda: sla_explain.explain_ticket(ticket_id), self.show_explanation,
                     lambda e: self.header.setText(str(e)))

    def show_explanation(self, ex: sla_explain.TicketExplanation) -> None:
        zone = ZoneInfo(ex.timezone)
        self.header.setText(self.tr("Ticket %1 · level %2 · policy version %3 · "
                                    "extensions %4")
                            .replace("%1", ex.ticket_no).replace("%2", str(ex.level))
                            .replace("%3", str(ex.policy_version))
                            .replace("%4", str(ex.extension_count)))
        if ex.unpublished_years:
            self.warning.setText(coverage_warning(ex.unpublished_years,
                                                  "zh" if self.ctx.chinese else "en"))
            self.warning.show()
        self.tree.clear()
        for tl in ex.timelines:
            item = self._target_item(tl, zone)
            self.tree.addTopLevelItem(item)
            item.setExpanded(tl.state not in ("met", "extended"))
        for column in range(4):
            self.tree.resizeColumnToContents(column)

    def _target_item(self, tl: sla_explain.TargetTimeline, zone: ZoneInfo) -> QTreeWidgetItem:
        rule = f"{tl.spec.amount} {tl.spec.unit.replace('_', ' ')} ({tl.spec.clock})"
        state = labels.label(sla_policy.SLA_STATES, tl.state)
        title = f"{labels.label(sla_policy.TARGET_NAMES, tl.target)} — {rule} — {state}"
        due = _local(tl.extended_due or tl.due, zone)
        item = QTreeWidgetItem([title, _local(tl.start, zone), due, ""])
        if tl.extended_due is not None:
            item.setToolTip(0, self.tr("Extended by a handler; the stretches show the "
                                       "original target."))
        for seg in tl.segments:
            child = QTreeWidgetItem([self._kind(seg.kind), _local(seg.start, zone),
                                     _local(seg.end, zone) if seg.kind != "deadline" else "",
                                     f"{seg.counted_minutes:g} min"])
            colour = KIND_COLOURS.get(seg.kind)
            if colour:
                for column in range(4):
                    child.setBackground(column, QBrush(QColor(colour)))
            item.addChild(child)
        return item

    def _kind(self, kind: str) -> str:
        return {"counted": self.tr("Counted"), "closed": self.tr("Closed (night / weekend)"),
                "holiday": self.tr("Public holiday"),
                "paused": self.tr("Paused (waiting for customer)"),
                "deadline": self.tr("Deadline")}.get(kind, kind)


def _local(value: datetime | None, zone: ZoneInfo) -> str:
    if value is None:
        return "…"
    instant = value if value.tzinfo else aware(value)
    return instant.astimezone(zone).strftime("%Y-%m-%d %a %H:%M")
