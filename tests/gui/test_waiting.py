"""Start-up work runs off the GUI thread, which keeps painting and shows that it waits."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from helpdesk_gui.domain.errors import ConfigurationError
from helpdesk_gui.ui import waiting


def test_slow_work_runs_on_another_thread_while_the_gui_paints(qapp, monkeypatch):
    monkeypatch.setattr(waiting, "SHOW_AFTER_MS", 50)
    gui = threading.get_ident()
    ticks, seen = [], []

    def look() -> None:  # on the GUI thread, while the work runs
        ticks.append(threading.get_ident())
        seen.extend(w.labelText() for w in QApplication.topLevelWidgets()
                    if isinstance(w, QProgressDialog) and w.isVisible())
    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)

    def work() -> int:
        time.sleep(0.5)
        return threading.get_ident()
    try:
        worker = waiting.run_while_painting(work, "正在打开数据库……")
    finally:
        timer.stop()
    assert worker != gui
    assert len(ticks) >= 5 and set(ticks) == {gui}  # the event loop kept turning
    assert "正在打开数据库……" in seen  # and the person was told
    assert not any(isinstance(w, QProgressDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())  # put away when done


def test_a_quick_open_shows_nothing_and_errors_reach_the_caller(qapp):
    assert waiting.run_while_painting(lambda: 42, "…") == 42
    with pytest.raises(ConfigurationError, match="server not reachable"):
        waiting.run_while_painting(_refuse, "…")


def _refuse() -> None:
    raise ConfigurationError("server not reachable")


def test_the_workers_connection_is_closed_after_opening(qapp, tmp_path):
    from helpdesk_gui.db.connect import database_proxy
    from helpdesk_gui.ui.application import _open_database

    url = f"sqlite:///{tmp_path / 'hall.db'}"
    try:
        shown = waiting.run_while_painting(lambda: _open_database(url), "…")
        assert shown.endswith("hall.db")
        assert database_proxy.obj.is_closed()  # on this thread: the worker's went with it
        from helpdesk_gui.domain.hall import Staff
        assert Staff.select().count() >= 0  # and the database is bound for the next
    finally:
        database_proxy.obj.close()
        database_proxy.initialize(None)
