"""The main window only assembles pages; each page owns its widgets.

Pages are listed in ``page_specs`` (key, title, factory); later capabilities (complaints,
suggestions, training, reports...) add a line there. The window keeps its geometry and
the pages their own layout in ``QSettings``; the status bar shows who is signed in, the
branch and the database in use.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from helpdesk_gui.app import i18n
from helpdesk_gui.app.context import AppContext
from helpdesk_gui.ui import labels


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source text, translated in context "MainWindow"
    factory: str  # "module:Class", imported when the window is built
    shortcut: str

    def build(self, ctx: AppContext) -> QWidget:
        module, _, name = self.factory.partition(":")
        return getattr(importlib.import_module(module), name)(ctx)


PAGES = [
    PageSpec("intake", "Intake", "helpdesk_gui.ui.intake:IntakePage", "F2"),
    PageSpec("tickets", "Tickets", "helpdesk_gui.ui.tickets.page:TicketsPage", "F3"),
    PageSpec("complaints", "Complaints",
             "helpdesk_gui.ui.complaints.complaints_page:ComplaintsPage", "F4"),
    PageSpec("suggestions", "Suggestions",
             "helpdesk_gui.ui.complaints.suggestions_page:SuggestionsPage", "F5"),
    PageSpec("dashboard", "Dashboard", "helpdesk_gui.ui.dashboard:DashboardPage", "F6"),
    PageSpec("reports", "Reports", "helpdesk_gui.ui.reports_page:ReportsPage", "F7"),
    PageSpec("training", "Training", "helpdesk_gui.ui.training.training_page:TrainingPage", "F8"),
    PageSpec("knowledge", "Knowledge",
             "helpdesk_gui.ui.training.knowledge_page:KnowledgePage", "F9"),
    PageSpec("kiosk", "Survey kiosk", "helpdesk_gui.ui.kiosk:KioskPage", "F10"),
]
PAGE_TITLES_ZH = {"Intake": "受理", "Tickets": "工单", "Complaints": "投诉", "Suggestions": "建议",
                  "Dashboard": "仪表盘", "Reports": "报表", "Survey kiosk": "评价器", "Training": "培训", "Knowledge": "知识库"}


def page_specs() -> list[PageSpec]:
    """The pages of the main window, in navigation order."""
    return list(PAGES)


class MainWindow(QMainWindow):
    """Navigation on the left, the current page on the right, status at the bottom."""

    shown = Signal()

    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Helpdesk — customer service hall"))
        self.pages: dict[str, QWidget] = {}
        self._nav = QListWidget()
        self._stack = QStackedWidget()
        self._build_layout()
        self._build_pages()
        self._build_menu()
        self._build_status_bar()
        self._connect_pages()
        self._restore()

    def _build_layout(self) -> None:
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        self._nav.setFixedWidth(150)
        self._nav.setObjectName("navigation")
        self._nav.setStyleSheet("QListWidget#navigation { font-size: 15px; }"
                                "QListWidget#navigation::item { padding: 10px; }")
        layout.addWidget(self._nav)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self._nav.currentRowChanged.connect(self._stack.setCurrentIndex)

    def _build_pages(self) -> None:
        for spec in page_specs():
            page = spec.build(self.ctx)
            page.setObjectName(f"page_{spec.key}")
            self.pages[spec.key] = page
            self._stack.addWidget(page)
            title = QCoreApplication.translate("MainWindow", spec.title)
            item = QListWidgetItem(f"{title}  ({spec.shortcut})")
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self._nav.addItem(item)
            action = QAction(self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
            self.addAction(action)
        self._nav.setCurrentRow(0)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        for code, name in (("zh_CN", "中文（简体）"), ("en", "English")):
            action = language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.ctx.language)
            action.triggered.connect(lambda _=False, c=code: self._set_language(c))

    def _build_status_bar(self) -> None:
        actor = self.ctx.actor
        self._user_label = QLabel(self.tr("User: %1 %2 (%3)").replace("%1", actor.employee_no)
                                  .replace("%2", actor.name).replace("%3", labels.role(actor.role)))
        self._branch_label = QLabel(self.tr("Branch: %1 %2").replace("%1", self.ctx.branch.code)
                                    .replace("%2", self.ctx.branch.name))
        self._db_label = QLabel(self.tr("Database: %1").replace("%1", self.ctx.database_display))
        for widget in (self._user_label, self._branch_label, self._db_label):
            self.statusBar().addPermanentWidget(widget)
        self.ctx.ops.failed.connect(lambda text: self.statusBar().showMessage(text, 10_000))

    def _connect_pages(self) -> None:
        for page in self.pages.values():
            if hasattr(page, "on_changes"):
                self.ctx.ops.changed.connect(page.on_changes)
            if hasattr(page, "open_ticket_requested"):
                page.open_ticket_requested.connect(self.open_ticket)

    def show_page(self, key: str) -> None:
        """Switch to a page by key."""
        for row in range(self._nav.count()):
            if self._nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self._nav.setCurrentRow(row)
                return

    def open_ticket(self, ticket_id: int) -> None:
        """Show one ticket on the tickets page (from intake history, alarms...)."""
        self.show_page("tickets")
        page = self.pages.get("tickets")
        if page is not None and hasattr(page, "show_ticket"):
            page.show_ticket(ticket_id)

    def _set_language(self, code: str) -> None:
        self.ctx.settings.setValue(i18n.SETTING, code)
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language is used from the next start."))

    def _restore(self) -> None:
        geometry = self.ctx.settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        page = self.ctx.settings.value("main/page")
        if page:
            self.show_page(str(page))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.ctx.settings.setValue("main/geometry", self.saveGeometry())
        key = self._nav.currentItem().data(Qt.ItemDataRole.UserRole)
        self.ctx.settings.setValue("main/page", key)
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                page.save_state()
        self.ctx.settings.sync()
        super().closeEvent(event)
