"""The main window only assembles pages; each page owns its widgets.

Pages are listed in ``PAGES`` (key, title, factory, shortcut, permission); a page whose
permission the signed-in role lacks is not built at all. The window keeps its geometry
and the pages their own layout in ``QSettings``; the status bar shows who is signed in,
the branch and the database in use. Background machinery (APScheduler, idle lock) is
started by ``start_background`` so tests can build the window without it.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.services.security import permissions
from helpdesk_gui.ui import labels


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source text, translated in context "MainWindow"
    factory: str  # "module:Class", imported when the window is built
    shortcut: str
    permission: str | None = None  # the page is built only for roles allowed this

    def build(self, ctx: AppContext) -> QWidget:
        module, _, name = self.factory.partition(":")
        return getattr(importlib.import_module(module), name)(ctx)


PAGES = [
    PageSpec("intake", "Intake", "helpdesk_gui.ui.tickets.intake:IntakePage", "F2",
             "ticket.create"),
    PageSpec("tickets", "Tickets", "helpdesk_gui.ui.tickets.page:TicketsPage", "F3"),
    PageSpec("approvals", "Approval queue",
             "helpdesk_gui.ui.tickets.approval_queue:ApprovalQueuePage", "Ctrl+F3",
             "approval.decide"),
    PageSpec("complaints", "Complaints",
             "helpdesk_gui.ui.complaints.complaints_page:ComplaintsPage", "F4"),
    PageSpec("suggestions", "Suggestions",
             "helpdesk_gui.ui.suggestions.suggestions_page:SuggestionsPage", "F5"),
    PageSpec("dashboard", "Dashboard", "helpdesk_gui.ui.quality.dashboard:DashboardPage", "F6"),
    PageSpec("reports", "Reports", "helpdesk_gui.ui.quality.reports_page:ReportsPage", "F7",
             "report.run"),
    PageSpec("training", "Training", "helpdesk_gui.ui.training.training_page:TrainingPage",
             "F8"),
    PageSpec("knowledge", "Knowledge",
             "helpdesk_gui.ui.training.knowledge_page:KnowledgePage", "F9"),
    PageSpec("kiosk", "Survey kiosk", "helpdesk_gui.ui.surveys.kiosk:KioskPage", "F10",
             "survey.answer"),
    PageSpec("survey_answers", "Survey answers",
             "helpdesk_gui.ui.surveys.answers_page:SurveyAnswersPage", "F11", "survey.answer"),
    PageSpec("sla_policy", "Service levels", "helpdesk_gui.ui.sla.policy_page:SlaPolicyPage",
             "Ctrl+F6", "settings.edit"),
    PageSpec("calendar", "Business calendar", "helpdesk_gui.ui.sla.calendar_page:CalendarAdminPage",
             "Ctrl+F7", "settings.edit"),
    PageSpec("audit", "Audit trail", "helpdesk_gui.ui.security.audit_page:AuditPage", "Ctrl+F8",
             "audit.view"),
    PageSpec("backup", "Backups", "helpdesk_gui.ui.security.backup_page:BackupPage", "Ctrl+F9",
             "backup.create"),
    PageSpec("service_errors", "Service errors",
             "helpdesk_gui.ui.quality.errors_page:ServiceErrorsPage", "Ctrl+Shift+E",
             "service_error.record"),
    PageSpec("callbacks", "Call-back list",
             "helpdesk_gui.ui.customers.callbacks_page:CallbacksPage", "Ctrl+Shift+B",
             "callback.record"),
    PageSpec("reviews", "Review list", "helpdesk_gui.ui.quality.review_page:ReviewPage",
             "Ctrl+Shift+R", "review.record"),
    PageSpec("care_settings", "Care settings",
             "helpdesk_gui.ui.quality.care_settings_page:CareSettingsPage", "Ctrl+Shift+S",
             "settings.edit"),
    PageSpec("customer_tiers", "Customer tiers",
             "helpdesk_gui.ui.customers.tiers_page:CustomerTiersPage", "Ctrl+Shift+V",
             "customer.tier"),
    PageSpec("my_queue", "My queue", "helpdesk_gui.ui.customers.queue_page:QueuePage",
             "Ctrl+Shift+Q", "ticket.start"),
    PageSpec("customers", "Customers", "helpdesk_gui.ui.tickets.customers_page:CustomersPage",
             "Ctrl+F2", "customer.edit"),
    PageSpec("seats", "Seats", "helpdesk_gui.ui.seats.seats_page:SeatsPage", "Ctrl+Shift+W",
             "seat.view"),
    PageSpec("staff", "Staff", "helpdesk_gui.ui.security.staff_page:StaffPage", "Ctrl+F10",
             "staff.manage"),
    PageSpec("sync", "Sync", "helpdesk_gui.ui.sync.sync_page:SyncPage", "Ctrl+F11",
             "sync.view"),
]
SYNC_HINT_CHECK_MS = 60 * 60 * 1000  # how often an open window asks about the bundle reminder
PAGE_TITLES_ZH = {
    "Intake": "受理", "Tickets": "工单", "Approval queue": "审批队列", "Complaints": "投诉",
    "Suggestions": "建议", "Dashboard": "仪表盘", "Reports": "报表", "Training": "培训",
    "Knowledge": "知识库", "Survey kiosk": "评价器", "Business calendar": "营业日历",
    "Service levels": "服务时限", "Survey answers": "回访录入",
    "Audit trail": "审计日志", "Backups": "备份",
    "Service errors": "服务差错", "Review list": "回顾检查", "Call-back list": "回访清单",
    "Care settings": "关怀与质量设置", "Customer tiers": "客户分层", "My queue": "我的待办",
    "Staff": "人员管理", "Customers": "客户", "Seats": "座席", "Sync": "数据同步",
}


def page_specs(ctx: AppContext | None = None) -> list[PageSpec]:
    """The pages of the main window for the signed-in role, in navigation order."""
    return [spec for spec in PAGES
            if ctx is None or spec.permission is None
            or permissions.allowed(ctx.actor, spec.permission)]


class MainWindow(QMainWindow):
    """Navigation on the left, the current page on the right, status at the bottom."""

    shown = Signal()
    session_ended = Signal(str)  # "quit", "sign_out" or "switch" (ui.shifts acts on it)

    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("Helpdesk — customer service hall"))
        self.pages: dict[str, QWidget] = {}
        self.scheduler = None
        self.idle_lock = None
        self.ending = "quit"
        self._stopped = False
        self._nav = QListWidget()
        self._stack = QStackedWidget()
        self._build_layout()
        self._build_pages()
        self._build_notifications()
        self._build_status_bar()
        from helpdesk_gui.ui import main_menu

        main_menu.install(self)
        self._restore()

    def _build_layout(self) -> None:
        from helpdesk_gui.ui.widgets.connection_banner import ConnectionBanner

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.connection_banner = ConnectionBanner(self.ctx.ops, central)
        outer.addWidget(self.connection_banner)
        layout = QHBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(layout, 1)
        self._nav.setFixedWidth(170)
        self._nav.setObjectName("navigation")
        self._nav.setStyleSheet("QListWidget#navigation { font-size: 15px; }"
                                "QListWidget#navigation::item { padding: 8px; }")
        layout.addWidget(self._nav)
        layout.addWidget(self._stack, 1)
        self.setCentralWidget(central)

    def _build_pages(self) -> None:
        """Navigation entries for every page the role may use; the pages themselves are
        built on first visit, so start-up neither builds nor queries for unseen pages."""
        self.specs = page_specs(self.ctx)
        self.page_keys = [spec.key for spec in self.specs]
        for spec in self.specs:
            self._stack.addWidget(QWidget())  # placeholder until the first visit
            title = QCoreApplication.translate("MainWindow", spec.title)
            item = QListWidgetItem(f"{title}  ({spec.shortcut})")
            item.setToolTip(f"{title}  ({spec.shortcut})")
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self._nav.addItem(item)
            action = QAction(self)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_page(key))
            self.addAction(action)
        self._fit_navigation()
        self._nav.currentRowChanged.connect(self._show_row)
        self._nav.setCurrentRow(0)

    def _fit_navigation(self) -> None:
        """As wide as its longest entry (title and shortcut), at least 170 px: a role with
        many pages, or English titles, must not be cut off."""
        nav = self._nav
        nav.ensurePolished()
        needed = nav.sizeHintForColumn(0) + 2 * nav.frameWidth() + \
            nav.verticalScrollBar().sizeHint().width()
        nav.setFixedWidth(min(max(170, needed), 320))

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.specs):
            self.page(self.specs[row].key)
            self._stack.setCurrentIndex(row)

    def page(self, key: str) -> QWidget:
        """The page for ``key``, built (and wired to the change broadcast) on first use."""
        if key not in self.pages:
            row = self.page_keys.index(key)
            page = self.specs[row].build(self.ctx)
            page.setObjectName(f"page_{key}")
            placeholder = self._stack.widget(row)
            self._stack.insertWidget(row, page)
            self._stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[key] = page
            self._connect_page(page)
        return self.pages[key]

    def _build_notifications(self) -> None:
        from helpdesk_gui.ui.notifications import NotificationCentre

        self.notifications = NotificationCentre(self.ctx)
        self.notifications.open_ticket.connect(self.open_ticket)
        self.ctx.ops.changed.connect(self.notifications.on_changes)  # alarms from any seat
        dock = QDockWidget(self.tr("Notifications"), self)
        dock.setObjectName("notifications_dock")
        dock.setWidget(self.notifications)
        self.notifications.setMaximumWidth(320)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.hide()  # opens itself when something unread arrives; View menu toggles it
        self.notifications_dock = dock
        self.notifications.unread_changed.connect(self._show_unread)

    def _show_unread(self, count: int) -> None:
        text = self.tr("Notifications")
        self.notifications_dock.setWindowTitle(f"{text} ({count})" if count else text)
        if count:
            self.notifications_dock.show()

    def _build_status_bar(self) -> None:
        actor, branch = self.ctx.actor, self.ctx.branch
        self.user_label = QLabel(self.tr("User: %1 %2 (%3)").replace("%1", actor.employee_no)
                                 .replace("%2", actor.name).replace("%3", labels.role(actor.role)))
        self.branch_label = QLabel(self.tr("Branch: %1 %2").replace("%1", branch.code)
                                   .replace("%2", branch.name))
        self.db_label = QLabel(self.tr("Database: %1").replace("%1", self.ctx.database_display))
        self.sync_hint = QLabel()  # a branch that has not sent headquarters a bundle
        self.sync_hint.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.sync_hint.hide()
        for widget in (self.sync_hint, self.user_label, self.branch_label, self.db_label):
            self.statusBar().addPermanentWidget(widget)
        self.ctx.ops.failed.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.ctx.ops.changed.connect(
            lambda changes: "sync" in changes.kinds and self.check_sync_hint())
        self.check_sync_hint()

    def check_sync_hint(self) -> None:
        """Ask (in the background) whether this branch is past its bundle reminder."""
        from helpdesk_gui.services.sync import overview

        actor = self.ctx.actor
        self.ctx.ops.read(lambda: overview.bundle_hint(actor), self._show_sync_hint,
                          lambda error: None)

    def _show_sync_hint(self, days: int | None) -> None:
        self.sync_hint.setVisible(days is not None)
        if days is not None:
            self.sync_hint.setText(self.tr("No bundle sent to headquarters for %1 days")
                                   .replace("%1", str(days)))
            self.sync_hint.setToolTip(self.tr("Export a bundle on the Sync page (%1).")
                                      .replace("%1", "Ctrl+F11"))

    def _connect_page(self, page: QWidget) -> None:
        if hasattr(page, "on_changes"):
            self.ctx.ops.changed.connect(page.on_changes)
        if hasattr(page, "open_ticket_requested"):
            page.open_ticket_requested.connect(self.open_ticket)

    def start_background(self) -> None:
        """Start the scheduler (SLA alarms, surveys, backups, reports) and the idle lock."""
        from helpdesk_gui.app.scheduler import SchedulerBridge, hall_lease, housekeeping_jobs
        from helpdesk_gui.ui.security.lock_screen import IdleLock, idle_minutes

        self.scheduler = SchedulerBridge(parent=self, lease=hall_lease(),  # one seat runs jobs
                                         housekeeping=housekeeping_jobs(self.ctx.settings))
        self.scheduler.alarms_raised.connect(self.notifications.on_alarms)
        self.scheduler.job_done.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        self.scheduler.start()
        from PySide6.QtCore import QTimer

        self._sync_timer = QTimer(self, interval=SYNC_HINT_CHECK_MS)  # a window left open
        self._sync_timer.timeout.connect(self.check_sync_hint)      # for days notices too
        self._sync_timer.start()
        minutes = idle_minutes(self.ctx.settings)
        if minutes > 0:
            self.idle_lock = IdleLock(self.ctx.ops, self.ctx.actor, self, minutes)
            self.idle_lock.screen.sign_out_requested.connect(
                lambda: self.end_session("sign_out"))
            self.idle_lock.start()

    def end_session(self, reason: str) -> None:
        """Sign out or switch user: the window closes, the program stays open.

        Asks first when a page holds unsaved work; cancelled, everything stays as it was.
        """
        previous, self.ending = self.ending, reason
        if not self.close():
            self.ending = previous

    def unsaved_work(self) -> list[tuple[str, str]]:
        """(page key, what) for every built page holding work not yet saved."""
        found = []
        for key, page in self.pages.items():
            what = page.unsaved_work() if hasattr(page, "unsaved_work") else ""
            if what:
                found.append((key, what))
        return found

    def may_discard(self) -> bool:
        """True when nothing unsaved would be lost, or the user agreed to lose it."""
        found = self.unsaved_work()
        if not found:
            return True
        question = {"sign_out": self.tr("Sign out"), "switch": self.tr("Switch user")}.get(
            self.ending, self.tr("Quit"))
        answer = QMessageBox.question(
            self, question,
            self.tr("Not saved yet: %1.\n\nDiscard it and continue?").replace(
                "%1", "; ".join(what for _, what in found)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Discard:
            return True
        self.show_page(found[0][0])  # back to the work, as it was
        return False

    def shutdown(self) -> None:
        """Stop background machinery and record the sign-out (once)."""
        if self._stopped:
            return
        self._stopped = True
        if self.idle_lock is not None:  # the next person's window has its own
            self.idle_lock.watcher.paused = True
            self.idle_lock.screen.hide()
        if self.scheduler is not None:
            self.scheduler.stop()
        from helpdesk_gui.services.security import auth

        self.ctx.ops.write(lambda: auth.sign_out(self.ctx.actor))

    def show_page(self, key: str) -> None:
        """Switch to a page by key."""
        for row in range(self._nav.count()):
            if self._nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self._nav.setCurrentRow(row)
                return

    def current_page(self) -> str:
        return self._nav.currentItem().data(Qt.ItemDataRole.UserRole)

    def open_ticket(self, ticket_id: int) -> None:
        """Show one ticket on the tickets page (from intake history, alarms...)."""
        if "tickets" in self.page_keys:
            self.show_page("tickets")
            self.page("tickets").show_ticket(ticket_id)

    def _restore(self) -> None:
        geometry = self.ctx.settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        state = self.ctx.settings.value("main/state")
        if state is not None:
            self.restoreState(state)  # also whether the notification panel was open
        page = self.ctx.settings.value("main/page")
        if page:
            self.show_page(str(page))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if not self._stopped and not self.may_discard():
            event.ignore()
            return
        self.ctx.settings.setValue("main/geometry", self.saveGeometry())
        self.ctx.settings.setValue("main/state", self.saveState())
        self.ctx.settings.setValue("main/page", self.current_page())
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                page.save_state()
        self.ctx.settings.sync()
        super().closeEvent(event)
        self.session_ended.emit(self.ending)
