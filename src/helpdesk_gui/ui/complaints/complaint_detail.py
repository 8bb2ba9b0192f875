"""One complaint: its record, the stage strip, the next step's form, history and repeats.

The stage strip shows all eight stages with the current one highlighted; the button
under the form performs the next step only (stages are enforced in order by the
service too). Errors from the service (a missing reason, a step out of order, a clerk
trying to close) appear in red above the buttons; nothing is lost from the form.

The layout is forms/complaint_detail.ui, with one label per stage and one button per step
(their texts come from the complaint vocabulary); its step stack holds the step forms of
forms/complaint_steps.ui (see complaint_steps).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QListWidgetItem, QPushButton, QTableWidgetItem, QWidget

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.complaints import models as cm
from helpdesk_gui.domain.vocabulary import CHANNELS
from helpdesk_gui.services.complaints import query as complaints_query
from helpdesk_gui.services.complaints.query import ComplaintView
from helpdesk_gui.services.security import staff
from helpdesk_gui.services.security.privacy import mask_name, mask_phone
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.complaints import complaint_steps
from helpdesk_gui.ui.complaints.common import local_text
from helpdesk_gui.ui.generated.ui_complaint_detail import Ui_ComplaintDetail
from helpdesk_gui.ui.service_errors import error_text

_CURRENT = "background:#1565c0;color:white;border-radius:3px;padding:3px 6px;"
_DONE = "background:#c8e6c9;border-radius:3px;padding:3px 6px;"
_TODO = "background:#eeeeee;color:#777;border-radius:3px;padding:3px 6px;"


class ComplaintDetail(QWidget):
    """Shows one complaint and runs its next stage step."""

    open_complaint = Signal(int)  # a repeat link was clicked

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.view: ComplaintView | None = None
        self.stage_labels: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        self.forms: dict[str, complaint_steps.StepForm] = {}
        self._build()
        ctx.ops.read(lambda: (staff.active_handlers(ctx.branch.id),
                              complaints_query.root_causes()), self._forms_ready)

    def _build(self) -> None:
        self.ui = ui = Ui_ComplaintDetail()
        ui.setupUi(self)
        self.summary, self.step_box, self.stack = ui.complaintSummary, ui.stepBox, ui.stepStack
        self.error, self.repeats, self.steps = ui.complaintError, ui.repeatList, ui.stepTable
        for code in cm.STAGE_ORDER:  # the form has one label per stage, named by its code
            label = getattr(ui, f"stage_{code}")
            label.setText(labels.label(cm.COMPLAINT_STAGES, code))
            self.stage_labels[code] = label
        for action in (*cm.COMPLAINT_ACTIONS, "reopen"):  # and one button per step
            button = getattr(ui, f"do_{action}")
            button.setText(labels.label(cm.ACTION_NAMES, action))
            button.clicked.connect(lambda _=False, a=action: self.run(a))
            button.hide()  # shown for the steps the complaint's stage allows
            self.buttons[action] = button
        self.print_button = ui.print_complaint
        self.print_button.clicked.connect(self.print_record)
        self.repeats.itemActivated.connect(lambda item: self.open_complaint.emit(item.data(256)))
        for column, width in enumerate((130, 130, 80)):
            self.steps.setColumnWidth(column, width)
        from helpdesk_gui.ui.attachments.panel import AttachmentPanel

        self.attachments = AttachmentPanel(self.ctx, "complaint", self)
        ui.outerLayout.addWidget(self.attachments)
        self.setEnabled(False)  # until a complaint is shown

    def _forms_ready(self, data) -> None:
        handlers, causes = data
        self.forms = self.stack.fill(handlers, causes, self.ctx.chinese)
        if self.view is not None:
            self._show_form()

    def print_record(self) -> None:
        """The complaint with every stage step on A4 (masked, audited)."""
        from helpdesk_gui.services.tickets import printouts
        from helpdesk_gui.ui.tickets.receipt_print import TicketPrinting

        if self.view is None:
            return
        if getattr(self, "printing", None) is None:
            self.printing = TicketPrinting(self.ctx, self)
        complaint_id, actor, chinese = self.view.id, self.ctx.actor, self.ctx.chinese
        title = self.tr("Print complaint record")
        self.ctx.ops.write(
            lambda: printouts.complaint_record(complaint_id, actor, chinese),
            lambda result: self.printing.print_html(title, result[1], f"{result[0]}-complaint"),
            lambda exc: self.error.setText(error_text(exc)))

    # --- showing ----------------------------------------------------------------------
    def load(self, complaint_id: int) -> None:
        """Read a complaint in the background and show it."""
        self.ctx.ops.read(lambda: complaints_query.detail(complaint_id), self.show_view,
                          lambda error: self.error.setText(error_text(error)))

    def show_view(self, view: ComplaintView) -> None:
        self.view = view
        self.attachments.set_owner(view.id)
        self.setEnabled(True)
        self.error.clear()
        tz = self.ctx.branch.timezone
        self._show_stages(view.stage)
        self.summary.setText(self._summary_text(view, tz))
        self.repeats.clear()
        bases = {"matter": self.tr("same matter"), "category": self.tr("same category"),
                 "intake": self.tr("flagged at intake")}
        for hit in view.repeats:
            stage = labels.label(cm.COMPLAINT_STAGES, hit.stage)
            item = QListWidgetItem(f"⚠ {hit.ticket_no}  {local_text(hit.received_at, tz)}  "
                                   f"{hit.matter}  [{stage}]  ({bases.get(hit.basis, '')})")
            item.setData(256, hit.complaint_id)
            self.repeats.addItem(item)
        self.steps.setRowCount(len(view.steps))
        for r, step in enumerate(view.steps):
            for c, text in enumerate((local_text(step.at, tz),
                                      labels.label(cm.ACTION_NAMES, step.action),
                                      step.actor, step.note)):
                self.steps.setItem(r, c, QTableWidgetItem(text))
        for action, button in self.buttons.items():
            button.setVisible(action in view.allowed)
        self._show_form()

    def _show_stages(self, stage: str) -> None:
        reached = cm.STAGE_ORDER.index(stage)
        for index, code in enumerate(cm.STAGE_ORDER):
            style = _CURRENT if index == reached else _DONE if index < reached else _TODO
            self.stage_labels[code].setStyleSheet(style)

    def _summary_text(self, v: ComplaintView, tz: str) -> str:
        major = self.tr(" — MAJOR") if v.major else ""
        cause = v.root_cause_names[1 if self.ctx.chinese else 0] if v.root_cause_names else "—"
        lines = [
            f"<b>{v.ticket_no}</b>{major} · {labels.label(CHANNELS, v.channel)} · "
            f"{local_text(v.received_at, tz)}",
            self.tr("Complainant: %1, phone %2").replace("%1", mask_name(v.complainant) or "")
            .replace("%2", mask_phone(v.phone) or "—"),
            self.tr("Matter: %1").replace("%1", v.matter),
            self.tr("Remedy asked for: %1").replace("%1", v.remedy or "—"),
            self.tr("Category: %1 · Handler: %2 · Root cause: %3")
            .replace("%1", labels.label(cm.COMPLAINT_CATEGORIES, v.category) if v.category
                     else "—").replace("%2", v.assignee or "—").replace("%3", cause),
            self.tr("Acknowledge by %1 · Solution by %2")
            .replace("%1", local_text(v.ack_due, tz)).replace("%2", local_text(v.solution_due, tz)),
        ]
        if v.solution:
            lines.append(self.tr("Solution: %1").replace("%1", v.solution))
        if v.satisfaction:
            lines.append(self.tr("Satisfaction: %1")
                         .replace("%1", labels.label(cm.SATISFACTION, v.satisfaction)))
        return "<br>".join(lines)

    def _show_form(self) -> None:
        if not self.forms or self.view is None:
            return
        forward = [a for a in self.view.allowed if a != "reopen"]
        key = forward[0] if forward else "reopen" if "reopen" in self.view.allowed else None
        self.step_box.setVisible(key is not None)
        if key:
            self.stack.show_form(self.forms[key])

    # --- acting -----------------------------------------------------------------------
    def run(self, action: str) -> None:
        """Perform a step with what is typed in its form."""
        if self.view is None:
            return
        form = self.forms[action]
        if action == "reopen":
            self.stack.show_form(form)
            if not form.text("reason").strip() and self.error.text() == "":
                self.error.setText(self.tr("Type the reason for reopening, then press Reopen."))
                return
        complaint_id = self.view.id
        self.ctx.ops.write(complaint_steps.call(form, self.ctx.actor, complaint_id),
                           lambda _changes: self._done(form, complaint_id), self._failed)

    def _done(self, form: complaint_steps.StepForm, complaint_id: int) -> None:
        form.clear()
        self.load(complaint_id)

    def _failed(self, error: Exception) -> None:
        self.error.setText(error_text(error))
