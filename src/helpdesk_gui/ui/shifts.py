"""Shift changes without restarting: *Sign out* and *Switch user* bring back the sign-in
dialog while the program (database connection, background threads) stays open.

``Shifts`` owns the main window of the signed-in person. When a window ends its session
(``MainWindow.session_ended``) the window's background machinery is stopped and the
sign-out recorded, the window is closed and deleted, and the sign-in dialog asks for the
next person; their window is built fresh for their role. Closing the window or
cancelling the dialog quits the program.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.app.ops import OpRunner
from helpdesk_gui.domain.hall import Staff

SignIn = Callable[[str], Staff | None]  # subtitle -> who signed in (None: cancelled)


class Shifts(QObject):
    """One main window at a time, one per signed-in person."""

    window_opened = Signal(object)  # MainWindow
    window_closing = Signal(object)  # MainWindow, before its background work stops

    def __init__(self, ops: OpRunner, settings: QSettings, language: str, database_display: str,
                 sign_in: SignIn, background: bool = True):
        super().__init__()
        self.ops, self.settings, self.language = ops, settings, language
        self.database_display, self.sign_in, self.background = (database_display, sign_in,
                                                                background)
        self.window = None

    def open(self, actor: Staff):
        """Build and show the main window for ``actor``."""
        from helpdesk_gui.ui.main_window import MainWindow

        ctx = AppContext(ops=self.ops, actor=actor, branch=actor.branch,
                         database_display=self.database_display, settings=self.settings,
                         language=self.language)
        self.window = MainWindow(ctx)
        self.window.session_ended.connect(self._ended)
        if self.background:
            self.window.start_background()
        self.window_opened.emit(self.window)  # before show: listeners may wait for ``shown``
        self.window.show()
        return self.window

    def _ended(self, reason: str) -> None:
        window, self.window = self.window, None
        if window is not None:
            self.window_closing.emit(window)
            window.shutdown()
            window.deleteLater()
        if reason == "quit":
            QApplication.quit()
            return
        if reason == "sign_out":
            subtitle = QApplication.translate("Application",
                                              "Signed out. Next person, please sign in")
        else:
            subtitle = QApplication.translate("Application",
                                              "Switch user: sign in as the next person")
        actor = self.sign_in(subtitle)
        if actor is None:
            QApplication.quit()
            return
        self.open(actor)
