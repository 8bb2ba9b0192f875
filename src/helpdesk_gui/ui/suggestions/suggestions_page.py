"""The Suggestions tab: capture, the priority queue with its detail, the shared
improvement list, and analysis (adoption rate, channels, months)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.suggestions import models as sm
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.suggestions import improvements
from helpdesk_gui.services.suggestions import process as suggestions
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.complaints.analysis import AnalysisPanel
from helpdesk_gui.ui.complaints.common import LazyRows, fill_combo, local_text
from helpdesk_gui.ui.service_errors import error_text
from helpdesk_gui.ui.suggestions.suggestion_detail import SuggestionDetail


class SuggestionsPage(QWidget):
    """Queue + detail, new suggestion, improvement list, analysis."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        QVBoxLayout(self).addWidget(self.tabs)
        self.tabs.addTab(self._queue_tab(), self.tr("Queue"))
        self.tabs.addTab(self._new_tab(), self.tr("New suggestion"))
        self.tabs.addTab(self._actions_tab(), self.tr("Improvement actions"))
        self.analysis = AnalysisPanel(ctx, "suggestions")
        self.tabs.addTab(self.analysis, self.tr("Analysis"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.model.fetchMore()

    def _queue_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.status_filter = QComboBox()
        fill_combo(self.status_filter, labels.choices(sm.SUGGESTION_STATUSES),
                   blank=self.tr("All"))
        self.status_filter.currentIndexChanged.connect(lambda _i: self.model.reload())
        bar.addWidget(QLabel(self.tr("Status")))
        bar.addWidget(self.status_filter)
        bar.addStretch(1)
        from helpdesk_gui.ui.widgets.export import export_button

        self.export_button = export_button(self.ctx, tab, self.export)
        bar.addWidget(self.export_button)
        layout.addLayout(bar)
        headers = [self.tr("Priority"), self.tr("Title"), self.tr("Status"), self.tr("Channel"),
                   self.tr("Customer"), self.tr("Received")]
        self.model = LazyRows(self.ctx, headers, self._fetch, lambda r: (r[8] or 0, r[0]),
                              self._cell, self)
        self.table = QTableView()
        self.table.setObjectName("suggestionTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(1, 220)
        self.table.selectionModel().currentRowChanged.connect(
            lambda cur, _prev: cur.isValid() and self.detail.load(self.model.rows[cur.row()][0]))
        self.detail = SuggestionDetail(self.ctx)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setSizes([520, 680])
        layout.addWidget(splitter, 1)
        return tab

    def _fetch(self, after, limit):
        return suggestions.page(after, limit, self.status_filter.currentData())

    def _cell(self, row: tuple, column: int) -> str:
        sid, received, status, channel, customer, title, imp, fea, priority = row
        if column == 0:
            return f"{priority} ({imp}×{fea})" if priority else "—"
        return (title, labels.label(sm.SUGGESTION_STATUSES, status),
                labels.label(sm.SUGGESTION_CHANNELS, channel), customer,
                local_text(received, self.ctx.branch.timezone))[column - 1]

    def _new_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.new_channel, self.new_title = QComboBox(), QLineEdit()
        self.new_content, self.new_name, self.new_phone = QPlainTextEdit(), QLineEdit(), QLineEdit()
        fill_combo(self.new_channel, labels.choices(sm.SUGGESTION_CHANNELS))
        self.new_error = QLabel()
        self.new_error.setStyleSheet("color:#c62828;")
        self.save_button = QPushButton(self.tr("Save suggestion"))
        self.save_button.clicked.connect(self.save_new)
        for label, widget in ((self.tr("Channel"), self.new_channel),
                              (self.tr("Title"), self.new_title),
                              (self.tr("Suggestion"), self.new_content),
                              (self.tr("Customer name"), self.new_name),
                              (self.tr("Phone"), self.new_phone), ("", self.new_error),
                              ("", self.save_button)):
            form.addRow(label, widget)
        return tab

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

    def _actions_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.actions = QTableWidget(0, 6)
        self.actions.setObjectName("improvementTable")
        self.actions.setHorizontalHeaderLabels([
            self.tr("Action"), self.tr("Source"), self.tr("Owner"), self.tr("Due"),
            self.tr("Status"), self.tr("Effect")])
        self.actions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.actions.horizontalHeader().setStretchLastSection(True)
        self.actions.verticalHeader().hide()
        layout.addWidget(self.actions, 1)
        from helpdesk_gui.ui.widgets.export import export_button, export_table

        self.export_actions_button = export_button(
            self.ctx, tab, lambda: export_table(self.ctx, self, "improvement_actions", "改进措施",
                                                self.actions))
        layout.addWidget(self.export_actions_button)
        row = QHBoxLayout()
        self.action_note = QLineEdit()
        self.action_note.setPlaceholderText(self.tr("Effect or reason"))
        row.addWidget(self.action_note, 1)
        self.action_buttons = {}
        for status, text in (("in_progress", self.tr("Start")), ("done", self.tr("Done")),
                             ("cancelled", self.tr("Cancel action"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=status: self.set_action_status(s))
            self.action_buttons[status] = button
            row.addWidget(button)
        layout.addLayout(row)
        self.action_error = QLabel()
        self.action_error.setStyleSheet("color:#c62828;")
        layout.addWidget(self.action_error)
        self.action_rows: list[improvements.ActionRow] = []
        return tab

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
