"""The first-run wizard: the branch, then its first administrator.

Shown instead of the sign-in dialog while the database has no administrator with a
password (``auth.needs_first_run``). Finishing runs ``auth.first_run`` on the writer
thread; the wizard closes only when the service accepted everything, otherwise it shows
the reasons and keeps what was typed (except the passwords). Each page is checked by the
service's own rules before *Next* (``auth.check_first_branch`` / ``check_first_admin``),
with the reason beside the field. The pages' layouts are
forms/first_run_branch.ui and forms/first_run_admin.ui.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QWidget, QWizard, QWizardPage

from helpdesk_gui.app.ops import OpRunner
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.ui.generated.ui_first_run_admin import Ui_AdminPage
from helpdesk_gui.ui.generated.ui_first_run_branch import Ui_BranchPage
from helpdesk_gui.ui.service_errors import error_text, reason_text

TIMEZONES = ("Asia/Shanghai", "Asia/Urumqi", "Asia/Hong_Kong", "Asia/Macau", "Asia/Taipei")


class CheckedPage(QWizardPage):
    """A wizard page whose fields are checked by the service's rules before *Next*.

    Each reason is shown in red beside its field and the first bad field gets the focus;
    what was typed stays. ``fields`` maps the service's field names to (input, label).
    """

    fields: dict[str, tuple[QWidget, QLabel]]

    def _watch(self) -> None:
        for name, (edit, label) in self.fields.items():
            label.hide()
            signal = edit.editTextChanged if isinstance(edit, QComboBox) else edit.textChanged
            signal.connect(lambda *_a, n=name: self.clear_error(n))

    def clear_error(self, name: str) -> None:
        label = self.fields[name][1]
        label.clear()
        label.hide()

    def show_errors(self, errors: dict[str, str]) -> dict[str, str]:
        """Show the reasons for this page's fields; return the others."""
        first, rest = None, {}
        for name, reason in errors.items():
            if name not in self.fields:
                rest[name] = reason
                continue
            edit, label = self.fields[name]
            label.setText(reason_text(reason))
            label.show()
            first = first or edit
        if first is not None:
            first.setFocus()
        return rest

    def check(self, rule) -> bool:
        for name in self.fields:
            self.clear_error(name)
        try:
            rule()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return False
        return True


class BranchPage(CheckedPage):
    def __init__(self):
        super().__init__()
        self.ui = ui = Ui_BranchPage()
        ui.setupUi(self)
        self.code, self.name = ui.branch_code, ui.branch_name
        self.timezone = ui.timezone
        self.timezone.addItems(TIMEZONES)
        self.fields = {"branch_code": (self.code, ui.branch_code_error),
                       "branch_name": (self.name, ui.branch_name_error),
                       "timezone": (self.timezone, ui.timezone_error)}
        self._watch()

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        from helpdesk_gui.services.security import auth

        code, name, zone = (self.code.text(), self.name.text(),
                            self.timezone.currentText().strip())
        return self.check(lambda: auth.check_first_branch(code, name, zone))


class AdminPage(CheckedPage):
    def __init__(self):
        super().__init__()
        self.ui = ui = Ui_AdminPage()
        ui.setupUi(self)
        self.employee_no, self.name = ui.admin_employee_no, ui.admin_name
        self.password, self.repeat = ui.admin_password, ui.admin_password_repeat
        self.error = ui.error
        self.fields = {"employee_no": (self.employee_no, ui.employee_no_error),
                       "name": (self.name, ui.name_error),
                       "password": (self.password, ui.password_error)}
        self._watch()

    def validatePage(self) -> bool:  # noqa: N802 (Qt override)
        from helpdesk_gui.services.security import auth

        self.error.clear()
        number, name, password = (self.employee_no.text(), self.name.text(),
                                  self.password.text())
        if not self.check(lambda: auth.check_first_admin(number, name, password)):
            if self.fields["password"][1].text():  # a refused password is typed again
                self.clear_passwords()
            return False
        if password != self.repeat.text():
            self.fields["password"][1].setText(self.tr("The two passwords differ."))
            self.fields["password"][1].show()
            self.error.setText(self.tr("The two passwords differ."))
            self.clear_passwords()
            self.password.setFocus()
            return False
        return True

    def clear_passwords(self) -> None:
        """Empty both password fields, keeping the reason shown beside them."""
        for edit in (self.password, self.repeat):
            edit.blockSignals(True)
            edit.clear()
            edit.blockSignals(False)


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
        if isinstance(exc, ValidationError):  # beside the field, on whichever page it is
            self.admin_page.show_errors(self.branch_page.show_errors(exc.errors))
        self.admin_page.error.setText(error_text(exc))
        if "password" in getattr(exc, "errors", {}):
            self.admin_page.clear_passwords()


def _first_run_job(code: str, name: str, employee_no: str, admin_name: str, password: str,
                   timezone: str) -> Staff:
    from helpdesk_gui.services.security import auth

    admin = auth.first_run(code, name, employee_no, admin_name, password, timezone)
    admin.branch  # noqa: B018 - load the branch here, not later in the GUI thread
    return admin
