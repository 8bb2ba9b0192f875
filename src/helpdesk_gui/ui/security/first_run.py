"""The first-run wizard: the branch, then its first administrator.

Shown instead of the sign-in dialog while the database has no administrator with a
password (``auth.needs_first_run``). Finishing runs ``auth.first_run`` on the writer
thread; the wizard closes only when the service accepted everything, otherwise it shows
the reasons and keeps what was typed (except the passwords). The pages' layouts are
forms/first_run_branch.ui and forms/first_run_admin.ui.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget, QWizard, QWizardPage

from helpdesk_gui.app.ops import OpRunner
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.ui.generated.ui_first_run_admin import Ui_AdminPage
from helpdesk_gui.ui.generated.ui_first_run_branch import Ui_BranchPage
from helpdesk_gui.ui.service_errors import error_text

TIMEZONES = ("Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei")


class BranchPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.ui = Ui_BranchPage()
        self.ui.setupUi(self)
        self.code, self.name = self.ui.branch_code, self.ui.branch_name
        self.timezone = self.ui.timezone
        self.timezone.addItems(TIMEZONES)
        for edit in (self.code, self.name):
            edit.textChanged.connect(self.completeChanged)

    def isComplete(self) -> bool:  # noqa: N802 (Qt override)
        return bool(self.code.text().strip() and self.name.text().strip())


class AdminPage(QWizardPage):
    def __init__(self):
        super().__init__()
        self.ui = Ui_AdminPage()
        self.ui.setupUi(self)
        self.employee_no, self.name = self.ui.admin_employee_no, self.ui.admin_name
        self.password, self.repeat = self.ui.admin_password, self.ui.admin_password_repeat
        self.error = self.ui.error
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
    """Creates the branch and the administrator; ``admin`` is set when accepted.

    With ``settings`` the first page asks where the data is (``ui.connection``); when
    the hall server is chosen the wizard ends with ``switch_requested`` and no admin.
    """

    def __init__(self, ops: OpRunner, parent: QWidget | None = None, settings=None,
                 on_server: bool = False):
        super().__init__(parent)
        self.ops = ops
        self.admin: Staff | None = None
        self.switch_requested = False
        self.setWindowTitle(self.tr("Set up the helpdesk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.connection_page = None
        if settings is not None:
            from helpdesk_gui.ui.connection.wizard_page import ConnectionPage

            self.connection_page = ConnectionPage(ops, settings, on_server)
            self.addPage(self.connection_page)
        self.branch_page = BranchPage()
        self.admin_page = AdminPage()
        self.addPage(self.branch_page)
        self.addPage(self.admin_page)
        self.setMinimumSize(560, 400)

    def accept_switch(self) -> None:
        """The hall server was chosen: end here, the application opens the server."""
        self.switch_requested = True
        QDialog.done(self, QDialog.DialogCode.Accepted)  # QWizard.done would validate again

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
