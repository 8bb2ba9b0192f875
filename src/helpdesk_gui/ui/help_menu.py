"""Help menu: About (versions and the database in use) and the log file.

What the About box says is what ``helpdesk-gui --version`` prints, plus the database and
the log file, so an administrator on the phone can read it out from any counter PC.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMessageBox

from helpdesk_gui.app import diagnostics


def install(window: QMainWindow) -> None:
    """Add the Help menu (last in the menu bar)."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    about = menu.addAction(QCoreApplication.translate("MainWindow", "&About…"))
    about.triggered.connect(lambda: show_about(window))
    open_log = menu.addAction(QCoreApplication.translate("MainWindow", "Open the &log file"))
    open_log.triggered.connect(lambda: open_log_file(window))


def about_lines(window: QMainWindow) -> list[str]:
    """Versions, then the database in use and where the log is."""
    database = QCoreApplication.translate("MainWindow", "Database: %1")
    log_file = QCoreApplication.translate("MainWindow", "Log file: %1")
    return [*diagnostics.version_lines(), database.replace("%1", window.ctx.database_display),
            log_file.replace("%1", str(diagnostics.log_file()))]


def show_about(window: QMainWindow) -> QMessageBox:
    """The About box (modeless, so tests and the counter can carry on)."""
    title = QCoreApplication.translate("MainWindow", "About")
    heading = QCoreApplication.translate("MainWindow", "Helpdesk — customer service hall")
    body = "<br>".join(html.escape(line) for line in about_lines(window))
    box = QMessageBox(QMessageBox.Icon.Information, title, f"<b>{html.escape(heading)}</b>"
                      f"<p>{body}</p>", QMessageBox.StandardButton.Ok, window)
    box.setObjectName("about")
    box.open()
    return box


def open_log_file(window: QMainWindow) -> bool:
    """Open the log file in the system's viewer (its folder while there is no file yet)."""
    path = diagnostics.log_file()
    target = path if path.exists() else path.parent
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(target))):
        return True
    QMessageBox.information(
        window, QCoreApplication.translate("MainWindow", "Log file"),
        QCoreApplication.translate("MainWindow", "The log file is %1").replace("%1", str(path)))
    return False
