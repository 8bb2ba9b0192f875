"""Starting the desktop application: Qt, language, database, sign-in, main window."""

from __future__ import annotations

import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from helpdesk_gui.app import i18n
from helpdesk_gui.app.ops import OpRunner
from helpdesk_gui.domain.errors import HelpdeskError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.paths import resource

log = logging.getLogger(__name__)


def _load_fonts(app: QApplication) -> None:
    """Use the shipped CJK font when the system has none, so Chinese never shows boxes."""
    font_file = resource("fonts", "wqy-microhei.ttc")
    if font_file.exists():
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families and "Noto Sans CJK SC" not in QFontDatabase.families():
            app.setFont(QFont(families[0], 10))


def _open_database(db_url: str | None) -> str:
    """Open (create or upgrade) the database; returns how to show it in the status bar."""
    from helpdesk_gui.db import open_database
    from helpdesk_gui.db.connect import parse_url, resolve_url

    url = resolve_url(db_url)
    open_database(url)
    return parse_url(url).display()


def _sign_in(ops: OpRunner, user: str | None, password_stdin: bool) -> Staff | None:
    """The first-run wizard on a new installation, else the sign-in dialog.

    ``--password-stdin`` signs in without a dialog (automation, the start-up benchmark);
    it goes through the same checks, lockout and audit as the dialog.
    """
    from helpdesk_gui.services.security import auth

    if password_stdin:
        return auth.sign_in(user or "", sys.stdin.readline().rstrip("\n"))
    if auth.needs_first_run():
        from helpdesk_gui.ui.security.first_run import FirstRunWizard

        wizard = FirstRunWizard(ops)
        return wizard.admin if wizard.exec() else None
    from helpdesk_gui.ui.security.login import SignInDialog

    dialog = SignInDialog(ops, QApplication.translate("Application", "Please sign in"),
                          employee_no=user or "")
    return dialog.staff if dialog.exec() else None


def _prepare_app() -> tuple[QApplication, QSettings, str]:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("helpdesk_gui")
    app.setOrganizationName("helpdesk_gui")
    icon = resource("icons", "helpdesk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    settings = QSettings("helpdesk_gui", "helpdesk_gui")
    language = i18n.choose_language(settings)
    i18n.install_translators(app, language)
    _load_fonts(app)
    return app, settings, language


def run_gui(db_url: str | None = None, user: str | None = None,
            bench_startup: bool = False, password_stdin: bool = False) -> int:
    """Run the main window until it is closed; returns the exit code."""
    started = time.perf_counter()
    app, settings, language = _prepare_app()
    ops = OpRunner(app)
    try:
        db_display = _open_database(db_url)
        actor = _sign_in(ops, user, password_stdin)
    except HelpdeskError as exc:
        QMessageBox.critical(None, "helpdesk_gui", str(exc))
        return 2
    if actor is None:
        return 0
    from helpdesk_gui.app.shifts import Shifts

    def next_person(subtitle: str) -> Staff | None:
        from helpdesk_gui.ui.security.login import SignInDialog

        dialog = SignInDialog(ops, subtitle)
        return dialog.staff if dialog.exec() else None

    app.setQuitOnLastWindowClosed(False)  # a shift change closes one window, opens the next
    shifts = Shifts(ops, settings, language, db_display, next_person,
                    background=not bench_startup)
    if bench_startup:
        shifts.window_opened.connect(
            lambda window: window.shown.connect(lambda: _report_startup(started, app)))
    shifts.open(actor)
    code = app.exec()
    if shifts.window is not None:  # the program was ended another way (e.g. the OS)
        shifts.window.shutdown()
    ops.wait_idle()
    return code


def _report_startup(started: float, app: QApplication) -> None:
    """For the benchmark: time from process start-up code to the window on screen."""
    def done() -> None:
        print(f"STARTUP_MS {(time.perf_counter() - started) * 1000:.0f}", flush=True)
        app.quit()
    QTimer.singleShot(0, done)


def demo_database_path() -> Path:
    """The demo database the run command opens (kept apart from real data)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("helpdesk_gui", appauthor=False)) / "demo.db"
