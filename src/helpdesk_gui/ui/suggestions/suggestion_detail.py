"""One suggestion: its record and history, and the forms of its steps.

The steps appear as groups enabled only when the suggestion's status allows them:
acknowledge (thank the customer), screen (importance × feasibility), decide (adopt or
reject, reason required), add improvement actions (adopted only), tell the customer the
result with their satisfaction. Service errors appear in red; typed text is kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.complaints import models as cm
from helpdesk_gui.domain.suggestions import models as sm
from helpdesk_gui.services.security import staff
from helpdesk_gui.services.suggestions import improvements
from helpdesk_gui.services.suggestions import process as suggestions
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.complaints.common import fill_combo, local_text
from helpdesk_gui.ui.service_errors import error_text


class SuggestionDetail(QWidget):
    """Shows one suggestion and runs its steps."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.suggestion_id: int | None = None
        self.status = ""
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("suggestionSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.summary)
        self.error = QLabel()
        self.error.setObjectName("suggestionError")
        self.error.setStyleSheet("color:#c62828;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons: dict[str, QPushButton] = {}
        layout.addWidget(self._screen_box())
        layout.addWidget(self._decide_box())
        layout.addWidget(self._action_box())
        layout.addWidget(self._inform_box())
        self.history = QLabel()
        self.history.setWordWrap(True)
        layout.addWidget(self.history, 1)
        from helpdesk_gui.ui.attachments.panel import AttachmentPanel

        self.attachments = AttachmentPanel(ctx, "suggestion", self)
        layout.addWidget(self.attachments)
        self.setEnabled(False)
        ctx.ops.read(lambda: staff.active_handlers(ctx.branch.id), self._owners_ready)

    def _button(self, key: str, text: str, run) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"do_{key}")
        button.clicked.connect(lambda _=False: self._write(run))
        self.buttons[key] = button
        return button

    def _screen_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Acknowledge and screen"))
        row = QHBoxLayout(box)
        self.importance, self.feasibility = QSpinBox(), QSpinBox()
        for spin in (self.importance, self.feasibility):
            spin.setRange(1, 5)
            spin.setValue(3)
        row.addWidget(self._button("acknowledge", self.tr("Thank the customer"), lambda s, a:
                                   suggestions.acknowledge(s, a)))
        row.addWidget(QLabel(self.tr("Importance")))
        row.addWidget(self.importance)
        row.addWidget(QLabel(self.tr("Feasibility")))
        row.addWidget(self.feasibility)
        imp, fea = self.importance, self.feasibility
        row.addWidget(self._button("screen", self.tr("Screen"), lambda s, a: suggestions.screen(
            s, a, imp.value(), fea.value())))
        row.addStretch(1)
        return box

    def _decide_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Decision"))
        row = QHBoxLayout(box)
        self.reason = QLineEdit()
        self.reason.setObjectName("decisionReason")
        self.reason.setPlaceholderText(self.tr("Reason (required)"))
        row.addWidget(self.reason, 1)
        reason = self.reason
        row.addWidget(self._button("adopt", self.tr("Adopt"),
                                   lambda s, a: suggestions.adopt(s, a, reason.text())))
        row.addWidget(self._button("reject", self.tr("Reject"),
                                   lambda s, a: suggestions.reject(s, a, reason.text())))
        return box

    def _action_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Improvement action"))
        form = QFormLayout(box)
        self.action_title, self.owner, self.due = QLineEdit(), QComboBox(), QDateEdit()
        self.action_title.setObjectName("actionTitle")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(self.due.date().currentDate().addDays(30))
        form.addRow(self.tr("Action"), self.action_title)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Due date"), self.due)
        self.action_count = QLabel()
        title, owner, due = self.action_title, self.owner, self.due
        form.addRow(self.action_count, self._button("add_action", self.tr("Add action"),
                    lambda s, a: improvements.add(a, title.text(), owner.currentData() or 0,
                                                  due.date().toPython(), suggestion_id=s)))
        return box

    def _inform_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tell the customer the result"))
        row = QHBoxLayout(box)
        self.method, self.satisfaction = QComboBox(), QComboBox()
        fill_combo(self.method, labels.choices(cm.FEEDBACK_METHODS))
        fill_combo(self.satisfaction, labels.choices(cm.SATISFACTION), blank=self.tr("(choose)"))
        row.addWidget(self.method)
        row.addWidget(self.satisfaction)
        method, score = self.method, self.satisfaction
        row.addWidget(self._button("inform", self.tr("Record result told"), lambda s, a:
                                   suggestions.inform(s, a, method.currentData(),
                                                      score.currentData())))
        row.addStretch(1)
        return box

    def _owners_ready(self, handlers) -> None:
        fill_combo(self.owner, [(sid, f"{no} {name}") for sid, no, name in handlers])

    # --- showing ----------------------------------------------------------------------
    def load(self, suggestion_id: int) -> None:
        def read():
            s = suggestions.get_suggestion(suggestion_id)
            return s, suggestions.steps(suggestion_id), improvements.rows(
                include_closed=True, suggestion_id=suggestion_id)
        self.ctx.ops.read(read, self._show, lambda error: self.error.setText(error_text(error)))

    def _show(self, data) -> None:
        s, steps, actions = data
        self.suggestion_id, self.status = s.id, s.status
        self.attachments.set_owner(s.id)
        self.setEnabled(True)
        self.error.clear()
        tz = self.ctx.branch.timezone
        self.summary.setText(
            f"<b>{s.title}</b> · {labels.label(sm.SUGGESTION_CHANNELS, s.channel)} · "
            f"{local_text(s.received_at, tz)} · {s.customer_name or '—'}<br>{s.content}<br>"
            + self.tr("Status: %1 · priority: %2 · reason: %3")
            .replace("%1", labels.label(sm.SUGGESTION_STATUSES, s.status))
            .replace("%2", str(s.priority or "—")).replace("%3", s.decision_reason or "—"))
        allowed = suggestions.allowed_actions(s.status)
        self.buttons["acknowledge"].setEnabled(s.acknowledged_at is None)
        for key in ("screen", "adopt", "reject", "inform"):
            self.buttons[key].setEnabled(key in allowed)
        self.buttons["add_action"].setEnabled(s.status in ("adopted", "informed"))
        self.action_count.setText(self.tr("%1 action(s)").replace("%1", str(len(actions))))
        self.history.setText("<br>".join(
            f"{local_text(at, tz)} {labels.label(sm.SUGGESTION_ACTIONS, a)}"
            f" → {labels.label(sm.SUGGESTION_STATUSES, to)} · {who} {note}"
            for at, a, to, who, note in steps))

    def _write(self, run) -> None:
        if self.suggestion_id is None:
            return
        sid, actor = self.suggestion_id, self.ctx.actor
        self.ctx.ops.write(lambda: run(sid, actor), lambda _c: self._done(sid),
                           lambda error: self.error.setText(error_text(error)))

    def _done(self, suggestion_id: int) -> None:
        self.action_title.clear()
        self.load(suggestion_id)
