"""The sign-in dialog: employee number (工号) and password, before the main window opens.

The check runs on the writer thread (argon2 is deliberately slow, and failures are
written to the audit trail). A wrong password and an unknown employee number read the
same; a locked account says until when. After an administrator's reset the user must
choose a new password before the window opens. The layout is forms/sign_in.ui.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from helpdesk_gui.app.ops import OpRunner
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.ui.generated.ui_sign_in import Ui_SignInDialog
from helpdesk_gui.ui.security.password_dialog import ChangePasswordDialog
from helpdesk_gui.ui.service_errors import error_text


def _sign_in_job(employee_no: str, password: str) -> tuple[Staff, bool]:
    from helpdesk_gui.services.security import auth

    staff = auth.sign_in(employee_no, password)
    staff.branch  # noqa: B018 - load the branch here, not later in the GUI thread
    return staff, auth.must_change_password(staff)


class SignInDialog(QDialog):
    """Asks for employee number and password; ``staff`` is set when accepted."""

    def __init__(self, ops: OpRunner, subtitle: str = "", employee_no: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.staff: Staff | None = None
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.subtitle, self.error = self.ui.subtitleLabel, self.ui.error
        self.employee_no, self.password = self.ui.employee_no, self.ui.password
        self.sign_in_button = self.ui.sign_in
        self.subtitle.setText(subtitle)
        self.employee_no.setText(employee_no)
        if employee_no:  # e.g. --user: prefilled, the password is still asked
            self.password.setFocus()
        buttons = self.ui.buttonBox  # Sign in joins Cancel there, in the platform's order
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)

    def _submit(self) -> None:
        number, password = self.employee_no.text().strip(), self.password.text()
        if not number or not password:
            self.error.setText(self.tr("Enter your employee number and password."))
            (self.employee_no if not number else self.password).setFocus()
            return
        self.error.clear()
        self.sign_in_button.setEnabled(False)
        self.ops.write(lambda: _sign_in_job(number, password), self._signed_in, self._failed)

    def _signed_in(self, result: tuple[Staff, bool]) -> None:
        self.sign_in_button.setEnabled(True)
        staff, must_change = result
        if must_change and not self._forced_change(staff):
            self.password.clear()
            self._show_error(self.tr("You must choose a new password before you can "
                                     "continue."))
            return
        self.staff = staff
        self.accept()

    def _forced_change(self, staff: Staff) -> bool:
        dialog = ChangePasswordDialog(self.ops, staff, forced=True, parent=self)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _failed(self, exc: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        self._show_error(error_text(exc))
        self.password.clear()
        self.password.setFocus()

    def _show_error(self, text: str) -> None:
        """Show the reason in full: a wrapped label does not grow its dialog by itself."""
        self.error.setText(text)
        self.error.setMinimumHeight(self.error.heightForWidth(self.error.width()))
        self.adjustSize()
