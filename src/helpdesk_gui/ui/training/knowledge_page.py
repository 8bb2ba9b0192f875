"""The Knowledge page: search articles and scripts, add or edit them; the case library.

Search runs in the background as the clerk types (debounced); the list shows usage
counts so the most useful answers are visible. Cases are browsed by outcome and words,
and a closed ticket can be promoted to a case (its text is masked by the service).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.training.models import ARTICLE_KINDS, CASE_OUTCOMES, KNOWLEDGE_CATEGORIES
from helpdesk_gui.domain.vocabulary import TICKET_TYPES
from helpdesk_gui.services.training import cases, knowledge
from helpdesk_gui.services.training.knowledge import ArticleForm
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.training.common import (
    fill_combo,
    fill_table,
    make_table,
    select_code,
    selected_id,
    show_error,
)


class ArticlesTab(QWidget):
    """Search, read, add and edit knowledge articles and standard scripts."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._rows: dict[int, knowledge.ArticleRow] = {}
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("knowledgeSearch")
        self.search_edit.setPlaceholderText(self.tr("Search, e.g. 停电 or 水费"))
        self.kind_filter, self.category_filter = QComboBox(), QComboBox()
        for combo, table in ((self.kind_filter, ARTICLE_KINDS),
                             (self.category_filter, KNOWLEDGE_CATEGORIES)):
            combo.addItem(self.tr("All"), None)
            for code, text in labels.choices(table):
                combo.addItem(text, code)
            combo.currentIndexChanged.connect(self.refresh)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.table = make_table([self.tr("Title"), self.tr("Kind"), self.tr("Category"),
                                 self.tr("Tags"), self.tr("Uses")])
        self.table.setObjectName("articleTable")
        self.table.itemSelectionChanged.connect(self._selected)
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.kind_filter)
        top.addWidget(self.category_filter)
        left = QWidget()
        box = QVBoxLayout(left)
        box.addLayout(top)
        box.addWidget(self.table)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self._editor())
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(split)

    def _editor(self) -> QGroupBox:
        box = QGroupBox(self.tr("Article"))
        form = QFormLayout(box)
        self.title_edit, self.tags_edit = QLineEdit(), QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.kind_combo, self.category_combo = QComboBox(), QComboBox()
        fill_combo(self.kind_combo, ARTICLE_KINDS)
        fill_combo(self.category_combo, KNOWLEDGE_CATEGORIES)
        self.body_edit = QPlainTextEdit()
        self.new_button = QPushButton(self.tr("New"))
        self.save_button = QPushButton(self.tr("Save"))
        self.new_button.clicked.connect(self.clear_editor)
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Category"), self.category_combo)
        form.addRow(self.tr("Tags"), self.tags_edit)
        form.addRow(self.tr("Text"), self.body_edit)
        form.addRow(buttons)
        self._editing: int | None = None
        return box

    def refresh(self) -> None:
        query, kind = self.search_edit.text(), self.kind_filter.currentData()
        category = self.category_filter.currentData()
        self.ctx.ops.read(lambda: knowledge.search(query, category, kind), self._show,
                          lambda e: show_error(self, e))

    def _show(self, rows: list[knowledge.ArticleRow]) -> None:
        self._rows = {r.id: r for r in rows}
        fill_table(self.table, [(r.title, labels.label(ARTICLE_KINDS, r.kind),
                                 labels.label(KNOWLEDGE_CATEGORIES, r.category), r.tags, r.uses)
                                for r in rows], [r.id for r in rows])

    def _selected(self) -> None:
        row = self._rows.get(selected_id(self.table))
        if row is None:
            return
        self._editing = row.id
        self.title_edit.setText(row.title)
        self.tags_edit.setText(row.tags)
        select_code(self.kind_combo, row.kind)
        select_code(self.category_combo, row.category)
        self.body_edit.setPlainText(row.body)

    def clear_editor(self) -> None:
        self._editing = None
        self.table.clearSelection()
        for edit in (self.title_edit, self.tags_edit):
            edit.clear()
        self.body_edit.clear()

    def save(self) -> None:
        form = ArticleForm(self.kind_combo.currentData(), self.title_edit.text(),
                           self.category_combo.currentData(), self.body_edit.toPlainText(),
                           self.tags_edit.text())
        actor, article_id = self.ctx.actor, self._editing

        def run():
            if article_id is None:
                knowledge.create_article(form, actor)
                return knowledge.KNOWLEDGE_CHANGED
            return knowledge.update_article(article_id, form, actor)
        self.ctx.ops.write(run, None, lambda e: show_error(self, e))


class CasesTab(QWidget):
    """The case library: browse by outcome and words; promote a closed ticket."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._rows: dict[int, cases.CaseRow] = {}
        self.outcome_filter = QComboBox()
        self.outcome_filter.addItem(self.tr("All"), None)
        for code, text in labels.choices(CASE_OUTCOMES):
            self.outcome_filter.addItem(text, code)
        self.outcome_filter.currentIndexChanged.connect(self.refresh)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Words in the case"))
        self.search_edit.returnPressed.connect(self.refresh)
        self.promote_button = QPushButton(self.tr("Promote a closed ticket…"))
        self.promote_button.clicked.connect(self.promote)
        self.table = make_table([self.tr("Title"), self.tr("Outcome"), self.tr("Type"),
                                 self.tr("Used in courses")])
        self.table.itemSelectionChanged.connect(self._selected)
        self.detail = QPlainTextEdit(readOnly=True)
        top = QHBoxLayout()
        for widget in (self.outcome_filter, self.search_edit, self.promote_button):
            top.addWidget(widget)
        split = QSplitter()
        split.addWidget(self.table)
        split.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split)

    def refresh(self) -> None:
        outcome, words = self.outcome_filter.currentData(), self.search_edit.text()
        self.ctx.ops.read(lambda: cases.list_cases(outcome, words), self._show,
                          lambda e: show_error(self, e))

    def _show(self, rows: list[cases.CaseRow]) -> None:
        self._rows = {r.id: r for r in rows}
        fill_table(self.table, [(r.title, labels.label(CASE_OUTCOMES, r.outcome),
                                 labels.label(TICKET_TYPES, r.ticket_type), "、".join(r.courses))
                                for r in rows], [r.id for r in rows])

    def _selected(self) -> None:
        row = self._rows.get(selected_id(self.table))
        if row is not None:
            self.detail.setPlainText(f"{row.summary}\n\n{self.tr('Lessons learned')}:\n"
                                     f"{row.lessons}")

    def promote(self) -> None:
        self.ctx.ops.read(cases.closed_tickets_to_promote, self._ask_promote,
                          lambda e: show_error(self, e))

    def _ask_promote(self, tickets: list[tuple[int, str, str, str]]) -> None:
        if not tickets:
            show_error(self, Exception(self.tr("No closed ticket to promote.")))
            return
        names = [f"{no} {subject}" for _, no, _, subject in tickets]
        choice, ok = QInputDialog.getItem(self, self.tr("Promote to case"), self.tr("Ticket"),
                                          names, 0, False)
        if not ok:
            return
        outcomes = [text for _, text in labels.choices(CASE_OUTCOMES)]
        outcome, ok = QInputDialog.getItem(self, self.tr("Promote to case"),
                                           self.tr("Outcome"), outcomes, 0, False)
        if not ok:
            return
        lessons, ok = QInputDialog.getMultiLineText(self, self.tr("Promote to case"),
                                                    self.tr("Lessons learned"))
        if not ok:
            return
        ticket_id = tickets[names.index(choice)][0]
        code = list(CASE_OUTCOMES)[outcomes.index(outcome)]
        actor = self.ctx.actor

        def run():
            cases.promote(ticket_id, code, lessons, actor)
            return cases.CASES_CHANGED
        self.ctx.ops.write(run, None, lambda e: show_error(self, e))


class KnowledgePage(QWidget):
    """Knowledge base (知识库与话术) and case library (典型案例)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.articles_tab = ArticlesTab(ctx)
        self.cases_tab = CasesTab(ctx)
        self.tabs.addTab(self.articles_tab, self.tr("Articles and scripts"))
        self.tabs.addTab(self.cases_tab, self.tr("Case library"))
        QVBoxLayout(self).addWidget(self.tabs)
        self.articles_tab.refresh()
        self.cases_tab.refresh()

    def on_changes(self, changes) -> None:
        kinds = set(changes.kinds)
        if "knowledge" in kinds:
            self.articles_tab.refresh()
        if "case" in kinds:
            self.cases_tab.refresh()
