"""Changing one's own password, and an administrator resetting someone else's.

Both run the service on the writer thread (argon2 takes a moment and writes the audit
trail); the dialog stays open with the reason shown when the service refuses, and
keeps what was typed except the password fields. The layouts come from
forms/change_password.ui and forms/reset_password.ui.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from helpdesk_gui.app.ops import OpRunner
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.ui.generated.ui_change_password import Ui_ChangePasswordDialog
from helpdesk_gui.ui.generated.ui_reset_password import Ui_ResetPasswordDialog
from helpdesk_gui.ui.service_errors import error_text

ERROR_STYLE = "color: #b3261e;"


def password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(128)
    return edit


class _PasswordForm(QDialog):
    """A form, a red error line and OK/Cancel; subclasses say what OK does."""

    def __init__(self, ops: OpRunner, form, parent: QWidget | None = None):
        super().__init__(parent)
        self.ops = ops
        self.ui = form()
        self.ui.setupUi(self)
        self.intro, self.error, self.buttons = self.ui.intro, self.ui.error, self.ui.buttonBox
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def _submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _run(self, fn) -> None:
        self.error.clear()
        self.buttons.setEnabled(False)
        self.ops.write(fn, self._done, self._failed)

    def _done(self, _result) -> None:
        self.buttons.setEnabled(True)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(error_text(exc))
        for edit in self.findChildren(QLineEdit):
            if edit.echoMode() == QLineEdit.EchoMode.Password:
                edit.clear()


class ChangePasswordDialog(_PasswordForm):
    """The signed-in user picks a new password (forced after an administrator's reset)."""

    def __init__(self, ops: OpRunner, staff: Staff, forced: bool = False,
                 parent: QWidget | None = None):
        super().__init__(ops, Ui_ChangePasswordDialog, parent)
        self.staff = staff
        self.intro.setText(
            self.tr("An administrator has reset your password. Choose your own password "
                    "to continue.") if forced
            else self.tr("Change the password of %1 %2.").replace("%1", staff.employee_no)
            .replace("%2", staff.name))
        self.old, self.new = self.ui.old_password, self.ui.new_password
        self.repeat = self.ui.repeat_password

    def _submit(self) -> None:
        old, new = self.old.text(), self.new.text()
        if new != self.repeat.text():
            self.error.setText(self.tr("The two new passwords differ."))
            self.new.clear()
            self.repeat.clear()
            self.new.setFocus()
            return
        from helpdesk_gui.services.security import auth

        staff = self.staff
        self._run(lambda: auth.change_password(staff, old, new))


class ResetPasswordDialog(_PasswordForm):
    """An administrator gives a staff member a temporary password (and lifts a lock)."""

    def __init__(self, ops: OpRunner, actor: Staff, employee_no: str = "",
                 parent: QWidget | None = None):
        super().__init__(ops, Ui_ResetPasswordDialog, parent)
        self.actor = actor
        self.reset_employee_no = ""
        self.employee_no, self.new = self.ui.employee_no, self.ui.new_password
        self.repeat = self.ui.repeat_password
        self.employee_no.setText(employee_no)

    def _submit(self) -> None:
        number, new = self.employee_no.text().strip(), self.new.text()
        if new != self.repeat.text():
            self.error.setText(self.tr("The two new passwords differ."))
            self.new.clear()
            self.repeat.clear()
            return
        from helpdesk_gui.services.security import auth, permissions
        from helpdesk_gui.services.security import staff as staff_service

        actor = self.actor

        def job():
            permissions.require(actor, "password.reset")  # before saying who exists
            return auth.reset_password(actor, staff_service.by_employee_no(number).id, new)
        self.reset_employee_no = number
        self._run(job)
