"""The first-run wizard: the branch, then its first administrator.

Shown instead of the sign-in dialog while the database has no administrator with a
password (``auth.needs_first_run``). Finishing runs ``auth.first_run`` on the writer
thread; the wizard closes only when the service accepted everything, otherwise it shows
the reasons and keeps what was typed (except the passwords).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from helpdesk_gui.app.ops import OpRunner
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.ui.security.password_dialog import ERROR_STYLE, password_edit
from helpdesk_gui.ui.service_errors import error_text

TIMEZONES = ("Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei")


def _line(name: str, limit: int, text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    edit.setMaxLength(limit)
    return edit


class BranchPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("Your branch"))
        self.setSubTitle(self.tr("The branch code appears in every ticket number "
                                 "(e.g. BJ01-20250301-0001) and cannot be changed later."))
        self.code = _line("branch_code", 16)
        self.code.setPlaceholderText("BJ01")
        self.name = _line("branch_name", 100)
        self.name.setPlaceholderText(self.tr("e.g. Chaoyang service hall"))
        self.timezone = QComboBox()
        self.timezone.setObjectName("timezone")
        self.timezone.setEditable(True)
        self.timezone.addItems(TIMEZONES)
        form = QFormLayout(self)
        form.addRow(self.tr("Branch code:"), self.code)
        form.addRow(self.tr("Branch name:"), self.name)
        form.addRow(self.tr("Time zone:"), self.timezone)
        for edit in (self.code, self.name):
            edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return bool(self.code.text().strip() and self.name.text().strip())


class AdminPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.setTitle(self.tr("The administrator"))
        self.setSubTitle(self.tr("The administrator adds the staff, resets passwords, "
                                 "keeps the backups and reads the audit trail."))
        self.employee_no = _line("admin_employee_no", 32)
        self.name = _line("admin_name", 50)
        self.password = password_edit("admin_password")
        self.repeat = password_edit("admin_password_repeat")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Employee number:"), self.employee_no)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Password again:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        hint = QLabel(self.tr("At least 8 characters, with letters and digits."))
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        layout.addWidget(self.error)
        for edit in (self.employee_no, self.name, self.password, self.repeat):
            edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return all(e.text().strip() for e in (self.employee_no, self.name, self.password,
                                              self.repeat))

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ."))
            self.password.clear()
            self.repeat.clear()
            self.password.setFocus()
            return False
        return True


class FirstRunWizard(QWizard):
    """Creates the branch and the administrator; ``admin`` is set when accepted."""

    def __init__(self, ops: OpRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.admin: Staff | None = None
        self.setWindowTitle(self.tr("Set up the helpdesk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.branch_page = BranchPage()
        self.admin_page = AdminPage()
        self.addPage(self.branch_page)
        self.addPage(self.admin_page)
        self.setMinimumSize(560, 400)

    def accept(self) -> None:
        """Finish: run the set-up; close only when it succeeded."""
        if not self.validateCurrentPage():  # QWizard validates in done(), after this
            return
        b, a = self.branch_page, self.admin_page
        values = (b.code.text().strip(), b.name.text().strip(), a.employee_no.text().strip(),
                  a.name.text().strip(), a.password.text(), b.timezone.currentText().strip())
        a.error.clear()
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.ops.write(lambda: _first_run_job(*values), self._done, self._failed)

    def _done(self, admin: Staff) -> None:
        self.admin = admin
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.admin_page.error.setText(error_text(exc))
        if "password" in getattr(exc, "errors", {}):
            self.admin_page.password.clear()
            self.admin_page.repeat.clear()


def _first_run_job(code: str, name: str, employee_no: str, admin_name: str, password: str,
                   timezone: str) -> Staff:
    from helpdesk_gui.services.security import auth

    admin = auth.first_run(code, name, employee_no, admin_name, password, timezone)
    admin.branch  # noqa: B018 - load the branch here, not later in the GUI thread
    return admin
