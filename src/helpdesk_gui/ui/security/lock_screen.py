"""The idle lock: after some quiet minutes the window is covered until the password is given.

Why a frameless, application-modal dialog laid over the main window rather than closing
anything: the pages underneath stay exactly as they were, so a half-typed intake form
survives the lock; and being the newest modal window it receives input even when another
dialog (a reason box, a message) was open at the time. It is opaque, so nobody reads
customer data off an unattended counter.

``IdleWatcher`` is an event filter on the application: any key, mouse or touch event
restarts the ``auth.IdleClock``; a timer checks it and emits ``idle``. The clock is
injected, so tests drive it without waiting. The minutes come from the settings
(``security/idle_lock_minutes``, default 10, 0 turns the lock off).

The screen's layout is forms/lock_screen.ui. Unlock is the dialog's default button there,
set while the button already belongs to the dialog: a default set on a button before it
had a dialog is forgotten when the dialog shows, and the dialog then made the first
button in the tab chain (Sign out) the default, so Enter closed the program. Enter
reaches Unlock through the dialog only (not also through the field's returnPressed), so
one key press asks the writer thread once.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from helpdesk_gui.app.ops import OpRunner
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.services.security.auth import AccountLocked, IdleClock
from helpdesk_gui.ui.generated.ui_lock_screen import Ui_LockScreen
from helpdesk_gui.ui.service_errors import error_text

IDLE_SETTING = "security/idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10

_ACTIVITY = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TabletPress,
})


def idle_minutes(settings) -> float:
    """The configured idle minutes (0 = never lock); bad values fall back to the default."""
    try:
        value = float(settings.value(IDLE_SETTING, DEFAULT_IDLE_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES
    return max(0.0, value)


class IdleWatcher(QObject):
    """Emits ``idle`` once the user has done nothing for the clock's minutes."""

    idle = Signal()

    def __init__(self, minutes: float, clock: Callable[[], float] = time.monotonic,
                 interval_ms: int = 15_000, parent: QObject | None = None):
        super().__init__(parent)
        self.clock = IdleClock(minutes, clock)
        self.paused = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        QApplication.instance().installEventFilter(self)
        self.clock.touch()
        self._timer.start()

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not self.paused and event.type() in _ACTIVITY:
            self.clock.touch()
        return False

    def check(self) -> None:
        """Emit ``idle`` (once) when the time is up; paused until ``resume``."""
        if not self.paused and self.clock.expired():
            self.paused = True
            self.idle.emit()

    def resume(self) -> None:
        self.clock.touch()
        self.paused = False


class LockScreen(QDialog):
    """Covers ``window`` and asks the signed-in user's password; pages stay untouched."""

    unlocked = Signal()
    sign_out_requested = Signal()

    def __init__(self, ops: OpRunner, staff: Staff, window: QWidget):
        super().__init__(window, Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint)
        self.ops, self.staff, self.window_ = ops, staff, window
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.ui = Ui_LockScreen()
        self.ui.setupUi(self)
        self.password, self.error = self.ui.lock_password, self.ui.error
        self.unlock_button, self.sign_out_button = self.ui.unlock, self.ui.sign_out
        who = self.ui.whoLabel
        who.setText(who.text().replace("%1", staff.employee_no).replace("%2", staff.name))
        margins = self.ui.panelLayout.contentsMargins()
        width = self.ui.lock_panel.maximumWidth() - margins.left() - margins.right()
        who.setMinimumHeight(who.heightForWidth(width))  # wrapped text sizes no panel
        self.unlock_button.clicked.connect(self._submit)  # Enter too: it is the default
        self.sign_out_button.clicked.connect(self.sign_out_requested)
        window.installEventFilter(self)

    def lock(self) -> None:
        """Cover the window and wait for the password."""
        self.error.clear()
        self.password.clear()
        self._cover()
        self.show()
        self.raise_()
        self.activateWindow()
        self.password.setFocus()

    def _cover(self) -> None:
        self.setGeometry(self.window_.geometry())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self.window_ and self.isVisible() and \
                event.type() in (QEvent.Type.Move, QEvent.Type.Resize):
            self._cover()
        return False

    def _submit(self) -> None:
        password = self.password.text()
        if not password:
            self.error.setText(self.tr("Enter your password."))
            return
        from helpdesk_gui.services.security import auth

        staff_id = self.staff.id
        self.unlock_button.setEnabled(False)
        self.ops.write(lambda: auth.unlock(staff_id, password), self._done, self._failed)

    def _done(self, _staff) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.accept()
        self.unlocked.emit()

    def _failed(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.password.clear()
        self.error.setText(error_text(exc))
        if isinstance(exc, AccountLocked):
            self.sign_out_button.setFocus()
        else:
            self.password.setFocus()

    def reject(self) -> None:
        """Escape does not unlock."""

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        event.ignore()


class IdleLock(QObject):
    """Ties an ``IdleWatcher`` to a ``LockScreen`` over the main window."""

    def __init__(self, ops: OpRunner, staff: Staff, window: QWidget, minutes: float,
                 clock: Callable[[], float] = time.monotonic, interval_ms: int = 15_000):
        super().__init__(window)
        self.watcher = IdleWatcher(minutes, clock, interval_ms, self)
        self.screen = LockScreen(ops, staff, window)
        self.watcher.idle.connect(self.screen.lock)
        self.screen.unlocked.connect(self.watcher.resume)

    def start(self) -> None:
        self.watcher.start()

    def lock_now(self) -> None:
        """Lock at once (menu action "Lock screen")."""
        self.watcher.paused = True
        self.screen.lock()

    @property
    def locked(self) -> bool:
        return self.screen.isVisible()
