"""The main window's menus: file, account (lock, password), settings (language), help."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox

from helpdesk_gui.app import i18n
from helpdesk_gui.services.security import permissions
from helpdesk_gui.ui import help_menu


def install(window: QMainWindow) -> None:
    """Build the menu bar of the main window."""
    _file_menu(window)
    _view_menu(window)
    _account_menu(window)
    _settings_menu(window)
    help_menu.install(window)


def _file_menu(window) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    quit_action = menu.addAction(QCoreApplication.translate("MainWindow", "&Quit"))
    quit_action.setShortcut(QKeySequence.StandardKey.Quit)
    quit_action.triggered.connect(window.close)


def _view_menu(window) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    toggle = window.notifications_dock.toggleViewAction()
    toggle.setText(QCoreApplication.translate("MainWindow", "&Notifications"))
    toggle.setShortcut(QKeySequence("Ctrl+Shift+N"))
    menu.addAction(toggle)


def _account_menu(window) -> None:
    ctx = window.ctx
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Account"))
    lock = menu.addAction(QCoreApplication.translate("MainWindow", "&Lock screen"))
    lock.setShortcut(QKeySequence("Ctrl+L"))
    lock.triggered.connect(lambda: window.idle_lock.lock_now() if window.idle_lock else None)
    change = menu.addAction(QCoreApplication.translate("MainWindow", "&Change password…"))
    change.triggered.connect(lambda: _change_password(window))
    if permissions.allowed(ctx.actor, "password.reset"):
        reset = menu.addAction(QCoreApplication.translate("MainWindow", "&Reset a password…"))
        reset.triggered.connect(lambda: _reset_password(window))
    menu.addSeparator()
    switch = menu.addAction(QCoreApplication.translate("MainWindow", "S&witch user…"))
    switch.setObjectName("switch_user")
    switch.triggered.connect(lambda: window.end_session("switch"))
    sign_out = menu.addAction(QCoreApplication.translate("MainWindow", "Sign &out"))
    sign_out.setObjectName("sign_out")
    sign_out.triggered.connect(lambda: window.end_session("sign_out"))


def _change_password(window) -> None:
    from helpdesk_gui.ui.security.password_dialog import ChangePasswordDialog

    ChangePasswordDialog(window.ctx.ops, window.ctx.actor, parent=window).exec()


def _reset_password(window) -> None:
    from helpdesk_gui.ui.security.password_dialog import ResetPasswordDialog

    ResetPasswordDialog(window.ctx.ops, window.ctx.actor, parent=window).exec()


def _settings_menu(window) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Settings"))
    counter = menu.addAction(QCoreApplication.translate("MainWindow", "This &counter…"))
    counter.triggered.connect(lambda: _counter_settings(window))
    if permissions.allowed(window.ctx.actor, "settings.edit"):
        link = menu.addAction(QCoreApplication.translate("MainWindow", "C&onnection…"))
        link.setObjectName("connection_settings")
        link.triggered.connect(lambda: _connection_settings(window))
    language_menu = menu.addMenu(QCoreApplication.translate("MainWindow", "&Language"))
    for code, name in (("zh_CN", "中文（简体）"), ("en", "English")):
        action = language_menu.addAction(name)
        action.setCheckable(True)
        action.setChecked(code == window.ctx.language)
        action.triggered.connect(lambda _=False, c=code: _set_language(window, c))


def _counter_settings(window) -> None:
    from helpdesk_gui.ui.tickets.counter_settings import CounterSettingsDialog

    CounterSettingsDialog(window.ctx, parent=window).exec()


def _connection_settings(window) -> None:
    from helpdesk_gui.ui.connection.dialog import ConnectionDialog

    ConnectionDialog(window.ctx.ops, window.ctx.settings, parent=window).exec()


def _set_language(window, code: str) -> None:
    window.ctx.settings.setValue(i18n.SETTING, code)
    title = QCoreApplication.translate("MainWindow", "Language")
    text = QCoreApplication.translate("MainWindow",
                                      "The new language is used from the next start.")
    QMessageBox.information(window, title, text)
