"""The Knowledge page: search articles and scripts, add or edit them; the case library.

Search runs in the background as the clerk types (debounced); the list shows usage
counts so the most useful answers are visible. Cases are browsed by outcome and words,
and a closed ticket can be promoted to a case (its text is masked by the service).
The two tabs are laid out in forms/knowledge_articles.ui and forms/knowledge_cases.ui.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QInputDialog, QTabWidget, QVBoxLayout, QWidget

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.training.models import ARTICLE_KINDS, CASE_OUTCOMES, KNOWLEDGE_CATEGORIES
from helpdesk_gui.domain.vocabulary import TICKET_TYPES
from helpdesk_gui.services.training import cases, knowledge
from helpdesk_gui.services.training.knowledge import ArticleForm
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.generated.ui_knowledge_articles import Ui_ArticlesTab
from helpdesk_gui.ui.generated.ui_knowledge_cases import Ui_CasesTab
from helpdesk_gui.ui.training.common import (
    fill_combo,
    fill_table,
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
        self.ui = ui = Ui_ArticlesTab()
        ui.setupUi(self)
        self.search_edit, self.table = ui.knowledgeSearch, ui.articleTable
        self.kind_filter, self.category_filter = ui.kindFilter, ui.categoryFilter
        self.title_edit, self.tags_edit, self.body_edit = ui.titleEdit, ui.tagsEdit, ui.bodyEdit
        self.kind_combo, self.category_combo = ui.kindCombo, ui.categoryCombo
        self.new_button, self.save_button = ui.newButton, ui.saveButton
        for combo, table in ((self.kind_filter, ARTICLE_KINDS),
                             (self.category_filter, KNOWLEDGE_CATEGORIES)):
            combo.addItem(self.tr("All"), None)
            for code, text in labels.choices(table):
                combo.addItem(text, code)
            combo.currentIndexChanged.connect(self.refresh)
        fill_combo(self.kind_combo, ARTICLE_KINDS)
        fill_combo(self.category_combo, KNOWLEDGE_CATEGORIES)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button.clicked.connect(self.clear_editor)
        self.save_button.clicked.connect(self.save)
        self._editing: int | None = None

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
        self.ui = ui = Ui_CasesTab()
        ui.setupUi(self)
        self.outcome_filter, self.search_edit = ui.outcomeFilter, ui.caseSearch
        self.promote_button, self.table, self.detail = (ui.promoteButton, ui.caseTable,
                                                        ui.caseDetail)
        self.outcome_filter.addItem(self.tr("All"), None)
        for code, text in labels.choices(CASE_OUTCOMES):
            self.outcome_filter.addItem(text, code)
        self.outcome_filter.currentIndexChanged.connect(self.refresh)
        self.search_edit.returnPressed.connect(self.refresh)
        self.promote_button.clicked.connect(self.promote)
        self.table.itemSelectionChanged.connect(self._selected)

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
