"""Start-up work off the GUI thread: opening the database before any window exists.

Before the main window there is no ``OpRunner`` page to call back, yet opening can take
long — upgrading a big hall file after a new version is installed backs it up first and
rewrites its tables (minutes for years of tickets), and an unreachable hall server is
waited on until the connection times out. :func:`run_while_painting` does the work on a
thread of its own and keeps the GUI thread's event loop turning meanwhile, with a small
"please wait" window once it takes longer than a moment, so the screen never freezes
and the person at the counter knows the program is working. Whatever the work raises
is raised again on the GUI thread, where the caller's error dialogs live.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog

from helpdesk_gui.db.connect import database_proxy

T = TypeVar("T")
POLL_MS = 20
SHOW_AFTER_MS = 400  # a quick open shows nothing at all


def _closing_connection(work: Callable[[], T]) -> Callable[[], T]:
    """The work, then this thread's own connection closed (the thread ends; later work
    opens connections on the threads that do it)."""
    def run() -> T:
        try:
            return work()
        finally:
            if database_proxy.obj is not None and not database_proxy.obj.is_closed():
                database_proxy.obj.close()
    return run


def run_while_painting(work: Callable[[], T], message: str) -> T:
    """``work()`` on a worker thread; the GUI thread keeps painting until it is done."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="startup") as pool:
        future: Future[T] = pool.submit(_closing_connection(work))
        if not future.done():
            _wait(future, message)
        return future.result()


def _wait(future: Future, message: str) -> None:
    dialog = QProgressDialog(message, "", 0, 0)
    dialog.setWindowTitle("helpdesk_gui")
    dialog.setCancelButton(None)  # a half-done upgrade is never abandoned
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setValue(0)  # starts the "show after" clock
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: future.done() and loop.quit())
    timer.start(POLL_MS)
    if not future.done():
        loop.exec()
    timer.stop()
    dialog.reset()
    dialog.deleteLater()
