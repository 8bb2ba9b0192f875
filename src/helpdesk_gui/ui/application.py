"""Starting the desktop application: Qt, language, database, sign-in, main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from helpdesk_gui.app import diagnostics, i18n
from helpdesk_gui.app.ops import OpRunner
from helpdesk_gui.domain.errors import HelpdeskError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.paths import resource
from helpdesk_gui.ui.waiting import run_while_painting

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


def _opening() -> str:
    return QApplication.translate(
        "Application", "Opening the database…\nAfter a new version is installed this can "
        "take a few minutes: the data is backed up, then brought up to date.")


def _signing_in() -> str:
    return QApplication.translate("Application", "Signing in…")


class SwitchToServer(Exception):
    """The first-run wizard chose the hall server: open it and sign in there."""


def _sign_in(ops: OpRunner, user: str | None, password_stdin: bool,
             settings: QSettings | None = None, on_server: bool = False) -> Staff | None:
    """The first-run wizard on a new installation, else the sign-in dialog.

    ``--password-stdin`` signs in without a dialog (automation, the start-up benchmark);
    it goes through the same checks, lockout and audit as the dialog. With ``settings``
    the wizard first asks where the data is; choosing the hall server raises
    ``SwitchToServer``.
    """
    from helpdesk_gui.services.security import auth

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
        return run_while_painting(lambda: auth.sign_in(user or "", password), _signing_in())
    if run_while_painting(auth.needs_first_run, _opening()):
        from helpdesk_gui.ui.security.first_run import FirstRunWizard

        wizard = FirstRunWizard(ops, settings=settings, on_server=on_server)
        accepted = wizard.exec()
        if accepted and wizard.switch_requested:
            raise SwitchToServer()
        return wizard.admin if accepted else None
    from helpdesk_gui.ui.security.login import SignInDialog

    dialog = SignInDialog(ops, QApplication.translate("Application", "Please sign in"),
                          employee_no=user or "")
    return dialog.staff if dialog.exec() else None


def _prepare_app() -> tuple[QApplication, QSettings, str]:
    qInstallMessageHandler(_qt_message)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("helpdesk_gui")
    app.setOrganizationName("helpdesk_gui")
    app.setDesktopFileName("helpdesk-gui")  # matches packaging/helpdesk-gui.desktop
    icon = resource("icons", "helpdesk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    settings = QSettings("helpdesk_gui", "helpdesk_gui")
    language = i18n.choose_language(settings)
    i18n.install_translators(app, language)
    _load_fonts(app)
    return app, settings, language


def run_gui(db_url: str | None = None, user: str | None = None,
            bench_startup: bool = False, password_stdin: bool = False,
            check_start: bool = False) -> int:
    """Run the main window until it is closed; returns the exit code.

    ``check_start`` (``--check-start``) quits as soon as the window is on screen, after
    printing its title: it proves an installation finds Qt, its plugins, the translations
    and the database, without anyone at the screen.
    """
    started = time.perf_counter()
    app, settings, language = _prepare_app()
    log.info("window: %s; language %s", "; ".join(diagnostics.version_lines()), language)
    ops = OpRunner(app)
    try:
        opened = _open_and_sign_in(ops, settings, db_url, user, password_stdin)
    except HelpdeskError as exc:
        QMessageBox.critical(None, "helpdesk_gui", str(exc))
        return 2
    if opened is None:
        return 2
    db_display, actor = opened
    if actor is None:
        return 0
    from helpdesk_gui.ui.shifts import Shifts

    def next_person(subtitle: str) -> Staff | None:
        from helpdesk_gui.ui.security.login import SignInDialog

        dialog = SignInDialog(ops, subtitle)
        return dialog.staff if dialog.exec() else None

    app.setQuitOnLastWindowClosed(False)  # a shift change closes one window, opens the next
    background = not (bench_startup or check_start)
    shifts = Shifts(ops, settings, language, db_display, next_person, background=background)
    if background:
        _keep_seats_live(shifts, ops, settings)
    if bench_startup:
        shifts.window_opened.connect(
            lambda window: window.shown.connect(lambda: _report_startup(started, app)))
    if check_start:
        shifts.window_opened.connect(
            lambda window: window.shown.connect(lambda: _report_title(window, app)))
    shifts.open(actor)
    code = app.exec()
    if shifts.window is not None:  # the program was ended another way (e.g. the OS)
        shifts.window_closing.emit(shifts.window)
        shifts.window.shutdown()
    ops.wait_idle()  # writes in flight finish (a lost server gets up to 30 s) ...
    ops.close()  # ... then ops still waiting for it give up
    return code


def _open_and_sign_in(ops: OpRunner, settings: QSettings, db_url: str | None,
                      user: str | None, password_stdin: bool):
    """Open the database (the hall server chosen in the settings, if any) and sign in;
    ``(display, actor)`` or None when the database could not be opened. When the first-run
    wizard switches to the hall server, the server is opened and asked again."""
    from helpdesk_gui.app.connection import url_from
    from helpdesk_gui.ui.security.bad_database import open_or_recover

    chosen = bool(db_url or os.environ.get("HELPDESK_DB"))
    for _attempt in range(3):
        url = db_url if chosen else url_from(settings)
        db_display = open_or_recover(
            lambda chosen_url: run_while_painting(lambda: _open_database(chosen_url),
                                                  _opening()), url)
        if db_display is None:
            return None
        try:
            return db_display, _sign_in(ops, user, password_stdin,
                                        None if chosen else settings, on_server=bool(url))
        except SwitchToServer:
            continue
    return None


class _SeatKeeper:
    """This PC's seat row: opened at sign-in, renewed every minute, closed at exit."""

    def __init__(self, ops: OpRunner, actor: Staff, parent) -> None:
        from helpdesk_gui.services.seats import registry as seats

        self.ops, self.seat_id, self._seats = ops, None, seats
        ops.write(lambda: seats.open_seat(actor), on_done=self._opened,
                  on_error=lambda exc: log.warning("seat not recorded: %s", exc))
        self.timer = QTimer(parent)
        self.timer.timeout.connect(self._beat)
        self.timer.start(60_000)

    def _opened(self, seat_id: int) -> None:
        self.seat_id = seat_id

    def _beat(self) -> None:
        if self.seat_id is not None:
            seat_id = self.seat_id
            self.ops.write(lambda: self._seats.heartbeat(seat_id),
                           on_error=lambda exc: log.warning("seat heartbeat: %s", exc))

    def close(self) -> None:
        """Close the seat row on the writer thread (a shift change keeps the program, and
        its GUI thread, running; at exit ``ops.wait_idle`` lets the write finish)."""
        self.timer.stop()
        if self.seat_id is not None:
            seat_id = self.seat_id
            self.ops.write(lambda: self._seats.close_seat(seat_id),
                           on_error=lambda exc: log.warning("seat not closed: %s", exc))


def _keep_seats_live(shifts, ops: OpRunner, settings) -> None:
    """For each person's window: other seats' changes (live) and this PC's seat row, from
    sign-in to sign-out (a shift change closes one seat and opens the next)."""
    from helpdesk_gui.app.live import LiveChanges
    from helpdesk_gui.db.connect import database_proxy

    kept: dict[int, tuple] = {}

    def opened(window) -> None:
        live = LiveChanges(ops, database_proxy.obj, window).start()
        kept[id(window)] = (live, _open_seat(ops, settings, window.ctx.actor, window))

    def closing(window) -> None:
        live, seat = kept.pop(id(window), (None, None))
        if live is not None:
            live.stop()
            seat.close()
    shifts.window_opened.connect(opened)
    shifts.window_closing.connect(closing)


def _open_seat(ops: OpRunner, settings, actor: Staff, window) -> _SeatKeeper:
    """Configure this PC's counter window (``app.workplace.counter_window``) and open its
    seat."""
    from helpdesk_gui.app.workplace import counter_window
    from helpdesk_gui.services.seats import registry as seats

    seats.configure(counter_window(settings))
    return _SeatKeeper(ops, actor, window)


def _report_startup(started: float, app: QApplication) -> None:
    """For the benchmark: time from process start-up code to the window on screen."""
    def done() -> None:
        print(f"STARTUP_MS {(time.perf_counter() - started) * 1000:.0f}", flush=True)
        app.quit()
    QTimer.singleShot(0, done)


def _report_title(window, app: QApplication) -> None:
    def done() -> None:
        print(f"window: {window.windowTitle()}", flush=True)
        app.quit()
    QTimer.singleShot(0, done)


def _qt_message(mode: QtMsgType, context, message: str) -> None:
    """Qt's own warnings (missing plugins, fonts) into our log instead of a lost console.

    The platform plugin's remarks (``qt.qpa.*``, e.g. what the offscreen platform cannot
    do) go to the file only, unless they are errors.
    """
    level = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
             QtMsgType.QtWarningMsg: logging.WARNING}.get(mode, logging.ERROR)
    category = str(getattr(context, "category", "") or "")
    if category.startswith("qt.qpa") and level <= logging.WARNING:
        level = logging.INFO
    named = category and category != "default"
    logging.getLogger(f"qt.{category}" if named else "qt").log(level, "%s", message)


def demo_database_path() -> Path:
    """The demo database the run command opens (kept apart from real data)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("helpdesk_gui", appauthor=False)) / "demo.db"
