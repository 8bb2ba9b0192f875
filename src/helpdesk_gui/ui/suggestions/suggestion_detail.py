"""One suggestion: its record and history, and the forms of its steps.

The steps appear as groups enabled only when the suggestion's status allows them:
acknowledge (thank the customer), screen (importance × feasibility), decide (adopt or
reject, reason required), add improvement actions (adopted only), tell the customer the
result with their satisfaction. Service errors appear in red; typed text is kept.
The layout is forms/suggestion_detail.ui; what each button runs is wired here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.complaints import models as cm
from helpdesk_gui.domain.suggestions import models as sm
from helpdesk_gui.services.security import staff
from helpdesk_gui.services.suggestions import improvements
from helpdesk_gui.services.suggestions import process as suggestions
from helpdesk_gui.ui import branch_time, labels
from helpdesk_gui.ui.complaints.common import fill_combo, local_text
from helpdesk_gui.ui.generated.ui_suggestion_detail import Ui_SuggestionDetail
from helpdesk_gui.ui.service_errors import error_text


class SuggestionDetail(QWidget):
    """Shows one suggestion and runs its steps."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.suggestion_id: int | None = None
        self.status = ""
        self.ui = ui = Ui_SuggestionDetail()
        ui.setupUi(self)
        self.summary, self.error, self.history = (ui.suggestionSummary, ui.suggestionError,
                                                  ui.historyLabel)
        self.importance, self.feasibility = ui.importance, ui.feasibility
        self.reason, self.action_title, self.owner = ui.decisionReason, ui.actionTitle, \
            ui.ownerCombo
        self.due, self.action_count = ui.dueDate, ui.actionCount
        self.method, self.satisfaction = ui.methodCombo, ui.satisfactionCombo
        self.due.setDate(branch_time.qtoday(ctx.branch.timezone).addDays(30))
        fill_combo(self.method, labels.choices(cm.FEEDBACK_METHODS))
        fill_combo(self.satisfaction, labels.choices(cm.SATISFACTION), blank=self.tr("(choose)"))
        self.buttons: dict[str, QPushButton] = {}
        self._connect_buttons()
        from helpdesk_gui.ui.attachments.panel import AttachmentPanel

        self.attachments = AttachmentPanel(ctx, "suggestion", self)
        ui.outerLayout.addWidget(self.attachments)
        self.setEnabled(False)
        ctx.ops.read(lambda: staff.active_handlers(ctx.branch.id), self._owners_ready)

    def _connect_buttons(self) -> None:
        """Each step button runs its service call with the values typed beside it."""
        imp, fea, reason = self.importance, self.feasibility, self.reason
        title, owner, due = self.action_title, self.owner, self.due
        method, score = self.method, self.satisfaction
        runs = {
            "acknowledge": lambda s, a: suggestions.acknowledge(s, a),
            "screen": lambda s, a: suggestions.screen(s, a, imp.value(), fea.value()),
            "adopt": lambda s, a: suggestions.adopt(s, a, reason.text()),
            "reject": lambda s, a: suggestions.reject(s, a, reason.text()),
            "add_action": lambda s, a: improvements.add(
                a, title.text(), owner.currentData() or 0, due.date().toPython(),
                suggestion_id=s),
            "inform": lambda s, a: suggestions.inform(s, a, method.currentData(),
                                                      score.currentData()),
        }
        for key, run in runs.items():
            button = getattr(self.ui, f"do_{key}")
            button.clicked.connect(lambda _=False, r=run: self._write(r))
            self.buttons[key] = button

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
