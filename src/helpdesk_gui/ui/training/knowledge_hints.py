"""Knowledge suggestions beside the intake description (SERVICE_STANDARD §11).

The clerk types while the customer talks, so the query waits for a pause (debounce),
runs in the background (``ctx.ops.read``) and a result that arrives after newer text
was typed is dropped (each query carries a generation number). "Insert into reply"
emits ``insert_requested(text)`` for the intake page and counts one use.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.training.models import ARTICLE_KINDS
from helpdesk_gui.services.training import knowledge
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.service_errors import error_text

DEBOUNCE_MS = 400
MIN_CHARS = 2


class KnowledgeSuggestions(QWidget):
    """Articles and scripts matching the description being typed."""

    insert_requested = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, limit: int = 5):
        super().__init__(parent)
        self.ctx, self.limit = ctx, limit
        self._generation = 0
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._query)
        self._build()

    def _build(self) -> None:
        self.title = QLabel(self.tr("Knowledge suggestions"))
        self.list = QListWidget()
        self.list.setObjectName("knowledgeSuggestionList")
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(lambda _item: self.insert_current())
        self.list.currentRowChanged.connect(self._current_changed)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.insert_button = QPushButton(self.tr("Insert into reply"))
        self.insert_button.setEnabled(False)
        self.insert_button.clicked.connect(self.insert_current)
        self.status = QLabel(self.tr("Type the description to see matching answers."))
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.insert_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.preview, 1)
        layout.addLayout(row)

    # --- input -----------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        """The description changed: query again after a pause in typing."""
        self._text = text or ""
        self._generation += 1  # results of earlier text are now stale
        self._timer.start()

    def flush(self) -> None:
        """Query at once (tests, or when the description field loses focus)."""
        self._timer.stop()
        self._query()

    def _query(self) -> None:
        text = self._text.strip()
        generation = self._generation
        if len(text) < MIN_CHARS:
            self._show(generation, [])
            return
        self.ctx.ops.read(lambda: knowledge.suggest(text, self.limit),
                          lambda rows: self._show(generation, rows),
                          lambda error: self._failed(generation, error))

    # --- results ---------------------------------------------------------------------
    def _show(self, generation: int, rows: list[knowledge.ArticleRow]) -> None:
        if generation != self._generation:
            return  # newer text was typed meanwhile
        self.list.clear()
        for row in rows:
            kind = labels.label(ARTICLE_KINDS, row.kind)
            item = QListWidgetItem(f"[{kind}] {row.title}")
            item.setData(Qt.ItemDataRole.UserRole, row)
            item.setToolTip(row.body)
            self.list.addItem(item)
        if rows:
            self.status.setText(self.tr("%n matching answer(s)", "", len(rows)))
            self.list.setCurrentRow(0)
        else:
            self.status.setText(self.tr("No matching answer."))
            self.preview.clear()
        self.insert_button.setEnabled(bool(rows))

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self.status.setText(self.tr("Suggestions unavailable: {0}").format(error))

    def _current_changed(self, row: int) -> None:
        item = self.list.item(row) if row >= 0 else None
        article = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.preview.setText(article.body if article else "")

    def current_article(self) -> knowledge.ArticleRow | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def insert_current(self) -> None:
        """Hand the chosen answer to the intake page and count one use."""
        article = self.current_article()
        if article is None:
            return
        self.insert_requested.emit(article.body)
        self.ctx.ops.write(lambda: knowledge.record_use(article.id), None,
                           lambda error: self.status.setText(error_text(error)))
