"""Help → About shows the versions and the database; Help → log file opens the log."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QDesktopServices

from helpdesk_gui.app import diagnostics
from helpdesk_gui.app.context import AppContext
from helpdesk_gui.ui import help_menu
from helpdesk_gui.ui.main_window import MainWindow


def _window(qtbot, ops, clerk, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(ops=ops, actor=clerk, branch=clerk.branch,
                     database_display="sqlite: /srv/hall/helpdesk.db", settings=settings,
                     language="en")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


def _help_actions(window):
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    return {a.text(): a for a in menus["&Help"].actions()}


def test_about_shows_versions_and_the_database_in_use(qtbot, ops, clerk, tmp_path):
    window = _window(qtbot, ops, clerk, tmp_path)
    _help_actions(window)["&About…"].trigger()
    box = window.findChild(help_menu.QMessageBox, "about")
    assert box is not None and box.isVisible()
    text = box.text()
    for line in diagnostics.version_lines():
        assert line in text
    assert "Database: sqlite: /srv/hall/helpdesk.db" in text
    assert str(diagnostics.log_file()) in text
    box.close()


def test_log_file_item_opens_the_file_or_its_folder(qtbot, ops, clerk, tmp_path, monkeypatch):
    monkeypatch.setenv(diagnostics.LOG_DIR_VARIABLE, str(tmp_path / "logs"))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window = _window(qtbot, ops, clerk, tmp_path)
    _help_actions(window)["Open the &log file"].trigger()
    diagnostics.log_file().parent.mkdir(parents=True)
    diagnostics.log_file().write_text("x", encoding="utf-8")
    _help_actions(window)["Open the &log file"].trigger()
    assert [u.toLocalFile() for u in opened] == [str(tmp_path / "logs"),
                                                 str(diagnostics.log_file())]
