"""Setting a site up for sync from the Sync page, without the command line: the two
dialogs an administrator needs — this site's public key to hand to the other side, and
registering the other side's key (headquarters registers each branch; a branch its
headquarters). The page runs the service calls; these dialogs only collect and show."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class KeyDialog(QDialog):
    """This site's public key, to copy onto a drive or into a message for the other site
    (nothing secret in it; the private keys never leave this PC's configuration folder)."""

    def __init__(self, site_code: str, key_text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Public key of site %1").replace("%1", site_code))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Give this key to the other site's administrator; they register it as site "
            "%1.").replace("%1", site_code), self))
        self.key = QPlainTextEdit(key_text, self)
        self.key.setReadOnly(True)
        layout.addWidget(self.key)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(key_text))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 240)


class SiteDialog(QDialog):
    """The other site's code, name, role and public key; an error from the service is
    shown here and everything typed stays (the page reopens the dialog with it)."""

    def __init__(self, roles: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Register a site"))
        form = QFormLayout(self)
        self.code, self.name = QLineEdit(self), QLineEdit(self)
        self.code.setPlaceholderText(self.tr("the site's branch code, e.g. BJ02"))
        self.role = QComboBox(self)
        for code, text in roles:
            self.role.addItem(text, code)
        self.key = QPlainTextEdit(self)
        self.key.setPlaceholderText(self.tr("paste the public key the other site showed"))
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form.addRow(self.tr("Site code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Public key"), self.key)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(560, 320)

    def values(self) -> tuple[str, str, str, str]:
        return (self.code.text().strip(), self.name.text().strip(), self.role.currentData(),
                self.key.toPlainText().strip())

    def fill(self, values: tuple[str, str, str, str], error: str) -> None:
        """Put back what was typed, with the reason it was refused."""
        code, name, role, key = values
        self.code.setText(code)
        self.name.setText(name)
        self.role.setCurrentIndex(max(0, self.role.findData(role)))
        self.key.setPlainText(key)
        self.error.setText(error)
