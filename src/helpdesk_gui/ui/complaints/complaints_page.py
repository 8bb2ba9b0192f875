"""The Complaints tab: a lazy list of complaints with the detail beside it, and analysis.

The list filters by stage; selecting a row shows the complaint and its next step. Any
change broadcast with kind "complaint" reloads the list and the complaint shown, so a
step taken here or at another window appears at once. The alarm line on top counts
acknowledgements and solutions that are late or due within the hour.

The page is laid out in forms/complaints_page.ui; the complaint detail (beside the list)
and the analysis tab need the application context, so they are added here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QScrollArea, QWidget

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.complaints import models as cm
from helpdesk_gui.domain.vocabulary import CHANNELS
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.complaints import query as cq
from helpdesk_gui.services.security import staff_admin
from helpdesk_gui.services.security.privacy import mask_name
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.complaints.analysis import AnalysisPanel
from helpdesk_gui.ui.complaints.common import LazyRows, fill_combo, local_text
from helpdesk_gui.ui.complaints.complaint_detail import ComplaintDetail
from helpdesk_gui.ui.generated.ui_complaints_page import Ui_ComplaintsPage

_COL = {name: i for i, name in enumerate(cq.ROW)}
SHOWN = ("ticket_no", "received_at", "stage", "category", "channel", "complainant", "matter",
         "assignee", "solution_due")


class ComplaintsPage(QWidget):
    """List + detail + analysis of complaints."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ComplaintsPage()
        self.ui.setupUi(self)
        self.tabs, self.alarm = self.ui.tabs, self.ui.complaintAlarms
        self._list_tab()
        self.analysis = AnalysisPanel(ctx, "complaints")
        self.tabs.addTab(self.analysis, self.tr("Analysis"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.model.fetchMore()
        self._refresh_alarms()

    def export(self) -> None:
        """Complaints to Excel or CSV: the command line's export, masked and audited."""
        from helpdesk_gui.services.ledger import exports
        from helpdesk_gui.ui.widgets.export import run_export

        actor, tz = self.ctx.actor, self.ctx.branch.timezone
        branch_id = self.branch_filter.currentData()  # the list's branch, as shown
        run_export(self.ctx, self, "complaints", lambda path: exports.export(
            "complaints", path, mask=True, tz=tz, actor=actor, branch_id=branch_id))

    def _list_tab(self) -> None:
        from helpdesk_gui.ui.widgets.export import export_button

        ui = self.ui
        self.stage_filter, self.count_label, self.table = (ui.stageFilter, ui.countLabel,
                                                           ui.complaintTable)
        fill_combo(self.stage_filter, labels.choices(cm.COMPLAINT_STAGES), blank=self.tr("All"))
        self.stage_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.branch_filter = QComboBox(ui.listTab)  # headquarters: one branch or all
        self.branch_filter.addItem(self.tr("All branches"), None)
        self.branch_filter.setVisible(False)
        ui.filterRow.insertWidget(ui.filterRow.indexOf(self.stage_filter) + 1,
                                  self.branch_filter)
        self.ctx.ops.read(staff_admin.branches, self._show_branches, lambda error: None)
        self.export_button = export_button(self.ctx, ui.listTab, self.export)
        ui.filterRow.addWidget(self.export_button)  # shown only to roles that may export
        headers = [self.tr("Ticket no."), self.tr("Received"), self.tr("Stage"),
                   self.tr("Category"), self.tr("Channel"), self.tr("Complainant"),
                   self.tr("Matter"), self.tr("Handler"), self.tr("Solution due")]
        self.model = LazyRows(self.ctx, headers, self._fetch, lambda r: (r[2], r[0]),
                              self._cell, self)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        for column, width in enumerate((170, 125, 110, 100, 80, 70, 200)):
            self.table.setColumnWidth(column, width)
        self.detail = ComplaintDetail(self.ctx)
        self.detail.open_complaint.connect(self.show_complaint)
        scroll = QScrollArea()  # the whole record fits a 768-pixel-high screen by scrolling
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.detail)
        ui.listSplitter.addWidget(scroll)
        ui.listSplitter.setSizes([560, 640])

    def _show_branches(self, branches: list[tuple[int, str, str]]) -> None:
        """Offer the branches when the database holds several (headquarters)."""
        self.branch_filter.blockSignals(True)
        for branch_id, code, name in branches:
            self.branch_filter.addItem(f"{code} {name}", branch_id)
        self.branch_filter.blockSignals(False)
        self.branch_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.branch_filter.setVisible(len(branches) > 1)

    def _fetch(self, after, limit):
        stage, branch_id = self.stage_filter.currentData(), self.branch_filter.currentData()
        return cq.page(after, limit, stage, branch_id)

    def _cell(self, row: tuple, column: int) -> str:
        name = SHOWN[column]
        value = row[_COL[name]]
        tz = self.ctx.branch.timezone
        if name in ("received_at", "solution_due"):
            return local_text(value, tz)
        if name == "stage":
            return labels.label(cm.COMPLAINT_STAGES, value)
        if name == "category":
            return labels.label(cm.COMPLAINT_CATEGORIES, value) if value else ""
        if name == "channel":
            return labels.label(CHANNELS, value)
        if name == "ticket_no" and row[_COL["repeat_count"]]:
            return f"⚠ {value}"
        if name == "complainant":
            return mask_name(value) or ""  # personal data masked on screen (§12)
        return "" if value is None else str(value)

    def reload(self) -> None:
        stage, branch_id = self.stage_filter.currentData(), self.branch_filter.currentData()
        self.ctx.ops.read(lambda: cq.count(stage, branch_id),
                          lambda n: self.count_label.setText(self.tr("%n complaint(s)", "", n)))
        self.model.reload()

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.detail.load(self.model.rows[current.row()][0])

    def show_complaint(self, complaint_id: int) -> None:
        """Show one complaint (from a repeat link, an alarm or the intake page)."""
        self.tabs.setCurrentIndex(0)
        row = self.model.row_of(complaint_id)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.detail.load(complaint_id)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.analysis:
            self.analysis.refresh()

    def _refresh_alarms(self) -> None:
        self.ctx.ops.read(cq.alarms, self._show_alarms)

    def _show_alarms(self, alarms: list[cq.Alarm]) -> None:
        late = sum(1 for a in alarms if a.breached)
        soon = len(alarms) - late
        self.alarm.setVisible(bool(alarms))
        self.alarm.setText(self.tr("Complaint deadlines: %1 overdue, %2 due within the hour")
                           .replace("%1", str(late)).replace("%2", str(soon)))

    def on_changes(self, changes: Changes) -> None:
        """Refresh after a complaint step (here or elsewhere)."""
        if "complaint" not in changes.kinds and "root_causes" not in changes.kinds:
            return
        shown = self.detail.view.id if self.detail.view else None
        self.reload()
        self._refresh_alarms()
        if shown is not None:
            self.show_complaint(shown)
