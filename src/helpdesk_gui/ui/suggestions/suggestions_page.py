"""The Suggestions tab: capture, the priority queue with its detail, the shared
improvement list, and analysis (adoption rate, channels, months).

The tabs are laid out in forms/suggestions_page.ui; the suggestion detail (beside the
queue) and the analysis tab need the application context, so they are added here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.suggestions import models as sm
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.suggestions import improvements
from helpdesk_gui.services.suggestions import process as suggestions
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.complaints.analysis import AnalysisPanel
from helpdesk_gui.ui.complaints.common import LazyRows, fill_combo, local_text
from helpdesk_gui.ui.generated.ui_suggestions_page import Ui_SuggestionsPage
from helpdesk_gui.ui.service_errors import error_text
from helpdesk_gui.ui.suggestions.suggestion_detail import SuggestionDetail


class SuggestionsPage(QWidget):
    """Queue + detail, new suggestion, improvement list, analysis."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SuggestionsPage()
        self.ui.setupUi(self)
        self.tabs = self.ui.tabs
        self._queue_tab()
        self._new_tab()
        self._actions_tab()
        self.analysis = AnalysisPanel(ctx, "suggestions")
        self.tabs.addTab(self.analysis, self.tr("Analysis"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.model.fetchMore()

    def _queue_tab(self) -> None:
        ui = self.ui
        self.status_filter, self.table = ui.statusFilter, ui.suggestionTable
        fill_combo(self.status_filter, labels.choices(sm.SUGGESTION_STATUSES),
                   blank=self.tr("All"))
        self.status_filter.currentIndexChanged.connect(lambda _i: self.model.reload())
        from helpdesk_gui.ui.widgets.export import export_button

        self.export_button = export_button(self.ctx, ui.queueTab, self.export)
        ui.filterRow.addWidget(self.export_button)  # shown only to roles that may export
        headers = [self.tr("Priority"), self.tr("Title"), self.tr("Status"), self.tr("Channel"),
                   self.tr("Customer"), self.tr("Received")]
        self.model = LazyRows(self.ctx, headers, self._fetch, lambda r: (r[8] or 0, r[0]),
                              self._cell, self)
        self.table.setModel(self.model)
        self.table.setColumnWidth(1, 220)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: cur.isValid() and self.detail.load(self.model.rows[cur.row()][0]))
        self.detail = SuggestionDetail(self.ctx)
        ui.queueSplitter.addWidget(self.detail)
        ui.queueSplitter.setSizes([640, 560])  # priority, title and status all readable

    def _fetch(self, after, limit):
        return suggestions.page(after, limit, self.status_filter.currentData())

    def _cell(self, row: tuple, column: int) -> str:
        sid, received, status, channel, customer, title, imp, fea, priority = row
        if column == 0:
            return f"{priority} ({imp}×{fea})" if priority else "—"
        return (title, labels.label(sm.SUGGESTION_STATUSES, status),
                labels.label(sm.SUGGESTION_CHANNELS, channel), customer,
                local_text(received, self.ctx.branch.timezone))[column - 1]

    def _new_tab(self) -> None:
        ui = self.ui
        self.new_channel, self.new_title, self.new_content = (ui.newChannel, ui.newTitle,
                                                              ui.newContent)
        self.new_name, self.new_phone, self.new_error = ui.newName, ui.newPhone, ui.newError
        self.save_button = ui.saveButton
        fill_combo(self.new_channel, labels.choices(sm.SUGGESTION_CHANNELS))
        self.save_button.clicked.connect(self.save_new)

    def save_new(self) -> None:
        form = suggestions.SuggestionForm(
            self.new_channel.currentData(), self.new_title.text(),
            self.new_content.toPlainText(), self.new_name.text(), self.new_phone.text() or None)
        actor = self.ctx.actor
        self.ctx.ops.write(lambda: suggestions.create(form, actor), self._saved,
                           lambda error: self.new_error.setText(error_text(error)))

    def _saved(self, created: suggestions.Created) -> None:
        for widget in (self.new_title, self.new_content, self.new_name, self.new_phone):
            widget.clear()
        self.new_error.clear()
        self.tabs.setCurrentIndex(0)
        self.model.reload()
        self.detail.load(created.id)

    def export(self) -> None:
        """Suggestions to Excel or CSV: the command line's export, masked and audited."""
        from helpdesk_gui.services.ledger import exports
        from helpdesk_gui.ui.widgets.export import run_export

        actor, tz = self.ctx.actor, self.ctx.branch.timezone
        run_export(self.ctx, self, "suggestions", lambda path: exports.export(
            "suggestions", path, mask=True, tz=tz, actor=actor))

    def _actions_tab(self) -> None:
        from helpdesk_gui.ui.widgets.export import export_button, export_table

        ui = self.ui
        self.actions, self.action_note, self.action_error = (ui.improvementTable, ui.actionNote,
                                                             ui.actionError)
        self.action_buttons = {"in_progress": ui.startButton, "done": ui.doneButton,
                               "cancelled": ui.cancelActionButton}
        self.export_actions_button = export_button(
            self.ctx, ui.actionsTab, lambda: export_table(self.ctx, self, "improvement_actions",
                                                          "改进措施", self.actions))
        ui.actionRow.addWidget(self.export_actions_button)
        for status, button in self.action_buttons.items():
            button.clicked.connect(lambda _=False, s=status: self.set_action_status(s))
        self.action_rows: list[improvements.ActionRow] = []

    def reload_actions(self) -> None:
        self.ctx.ops.read(lambda: improvements.rows(include_closed=True), self._show_actions)

    def _show_actions(self, rows: list[improvements.ActionRow]) -> None:
        self.action_rows = rows
        self.actions.setRowCount(len(rows))
        for r, a in enumerate(rows):
            due = a.due_date.isoformat() + (self.tr(" (overdue)") if a.overdue else "")
            texts = (a.title, f"{labels.label(sm.IMPROVEMENT_SOURCES, a.source)} {a.source_ref}",
                     a.owner, due, labels.label(sm.IMPROVEMENT_STATUSES, a.status),
                     a.effect_notes.replace("\n", " / "))
            for c, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if a.overdue:
                    item.setForeground(Qt.GlobalColor.red)
                self.actions.setItem(r, c, item)

    def set_action_status(self, status: str) -> None:
        row = self.actions.currentRow()
        if row < 0:
            self.action_error.setText(self.tr("Choose an action in the list first."))
            return
        action_id, note, actor = self.action_rows[row].id, self.action_note.text(), self.ctx.actor
        self.ctx.ops.write(lambda: improvements.set_status(action_id, actor, status, note),
                           lambda _c: (self.action_note.clear(), self.action_error.clear()),
                           lambda error: self.action_error.setText(error_text(error)))

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.analysis:
            self.analysis.refresh()
        elif widget is self.actions.parentWidget():
            self.reload_actions()

    def on_changes(self, changes: Changes) -> None:
        """Refresh after suggestion or improvement changes (here or elsewhere)."""
        if "suggestion" in changes.kinds:
            self.model.reload()
        if "improvement" in changes.kinds or "suggestion" in changes.kinds:
            self.reload_actions()
