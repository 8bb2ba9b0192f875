"""Staff (administrators): the directory, a form to add or edit, and account actions.

Left: every staff member with role, post, branch, window and whether the account is
active or locked. Right: the selected person's form (or a new one), with *Save*,
*Deactivate*/*Reactivate*, *Unlock* and *Reset password…*; *New branch…* opens another
hall. Every action runs in the background and is checked and audited by the service.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.vocabulary import ROLES
from helpdesk_gui.services.security import staff_admin
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.security.password_dialog import password_edit
from helpdesk_gui.ui.service_errors import error_text
from helpdesk_gui.ui.tickets.fmt import local_time


class StaffPage(QWidget):
    """The staff directory and its account actions."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[staff_admin.StaffRow] = []
        self.selected: staff_admin.StaffRow | None = None
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("staff_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("Employee no."), self.tr("Name"), self.tr("Role"), self.tr("Post"),
            self.tr("Branch"), self.tr("Window"), self.tr("Account")])
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._build_form()
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(self.side, 2)
        self.refresh()

    def _build_form(self) -> None:
        self.employee_no = QLineEdit()
        self.employee_no.setObjectName("staff_employee_no")
        self.name = QLineEdit()
        self.name.setObjectName("staff_name")
        self.role = QComboBox()
        self.role.setObjectName("staff_role")
        for code, text in labels.choices(ROLES):
            self.role.addItem(text, code)
        self.post = QLineEdit()
        self.branch = QComboBox()
        self.branch.setObjectName("staff_branch")
        self.window_no = QLineEdit()
        self.window_no.setObjectName("staff_window")
        self.password = password_edit("staff_password")
        form = QFormLayout()
        for text, widget in ((self.tr("Employee no."), self.employee_no),
                             (self.tr("Name"), self.name), (self.tr("Role"), self.role),
                             (self.tr("Post"), self.post), (self.tr("Branch"), self.branch),
                             (self.tr("Usual window"), self.window_no),
                             (self.tr("First password"), self.password)):
            form.addRow(text, widget)
        self.password_label = form.labelForField(self.password)
        self.state = QLabel()  # what the form is for: a new person, or who is chosen
        self.state.setObjectName("staff_state")
        self.state.setWordWrap(True)
        self.state.setStyleSheet("font-weight: bold")
        self.message = QLabel()
        self.message.setObjectName("staff_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b3261e")
        self.buttons = {}
        grid = QVBoxLayout()
        for key, text, slot in (
                ("new", self.tr("New staff member"), self.new_person),
                ("save", self.tr("Save"), self.save),
                ("active", self.tr("Deactivate"), self.toggle_active),
                ("unlock", self.tr("Unlock account"), self.unlock),
                ("reset", self.tr("Reset password…"), self.reset_password),
                ("branch", self.tr("New branch…"), self.new_branch)):
            button = QPushButton(text)
            button.setObjectName(f"staff_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            grid.addWidget(button)
        self.side = QVBoxLayout()
        self.side.addWidget(self.state)
        self.side.addLayout(form)
        self.side.addWidget(self.message)
        self.side.addLayout(grid)
        self.side.addStretch(1)
        self.new_person()

    # --- loading --------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        actor = self.ctx.actor
        self.ctx.ops.read(lambda: (staff_admin.directory(actor), staff_admin.branches()),
                          lambda result: self._show(*result, select_id), self._failed)

    def _show(self, rows, branches, select_id) -> None:
        self.rows = rows
        current = self.branch.currentData()
        self.branch.clear()
        for branch_id, code, name in branches:
            self.branch.addItem(f"{code} {name}", branch_id)
        self._select_combo(self.branch, current or self.ctx.branch.id)
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (row.employee_no, row.name, labels.role(row.role), row.post, row.branch,
                     row.window, self._account_text(row))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)
        self.table.resizeColumnsToContents()
        ids = [row.id for row in rows]
        if select_id in ids:
            self.table.selectRow(ids.index(select_id))

    def _account_text(self, row: staff_admin.StaffRow) -> str:
        if not row.active:
            return self.tr("Deactivated")
        if row.locked_until is not None:
            return self.tr("Locked until %1").replace(
                "%1", local_time(row.locked_until, self.ctx.branch.timezone)[11:])
        if row.must_change_password:
            return self.tr("Must change password")
        return self.tr("Active")

    @staticmethod
    def _select_combo(combo: QComboBox, data) -> None:
        index = combo.findData(data)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._pick(rows[0].row())

    def _pick(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        person = self.selected = self.rows[row]
        self.employee_no.setText(person.employee_no)
        self.employee_no.setReadOnly(True)
        self.name.setText(person.name)
        self._select_combo(self.role, person.role)
        self.post.setText(person.post)
        self._select_combo(self.branch, person.branch_id)
        self.window_no.setText(person.window)
        self.password.setVisible(False)
        self.password_label.setVisible(False)
        self.state.setText(f"{person.employee_no} {person.name} — {self._account_text(person)}")
        self.buttons["active"].setText(self.tr("Deactivate") if person.active
                                       else self.tr("Reactivate"))
        for key in ("active", "unlock", "reset"):
            self.buttons[key].setEnabled(True)
        self.buttons["unlock"].setEnabled(person.locked_until is not None)
        self.message.clear()

    def new_person(self) -> None:
        """An empty form for a new staff member (a first password is required)."""
        self.selected = None
        self.table.clearSelection()
        for edit in (self.employee_no, self.name, self.post, self.window_no, self.password):
            edit.clear()
        self.employee_no.setReadOnly(False)
        self._select_combo(self.role, "counter")
        self.password.setVisible(True)
        self.password_label.setVisible(True)
        self.state.setText(self.tr("New staff member: fill in the form, then Save"))
        for key in ("active", "unlock", "reset"):
            self.buttons[key].setEnabled(False)
        self.employee_no.setFocus()

    # --- actions --------------------------------------------------------------------------
    def form(self) -> staff_admin.StaffForm:
        return staff_admin.StaffForm(self.employee_no.text(), self.name.text(),
                                     self.role.currentData(), self.branch.currentData(),
                                     self.post.text(), self.window_no.text())

    def save(self) -> None:
        actor, form = self.ctx.actor, self.form()
        if self.selected is None:
            password = self.password.text()
            job = lambda: staff_admin.add_staff(actor, form, password)  # noqa: E731
        else:
            staff_id = self.selected.id
            job = lambda: staff_admin.edit_staff(actor, staff_id, form)  # noqa: E731
        self._write(job)

    def toggle_active(self) -> None:
        """Deactivate (asks first: the person can no longer sign in) or reactivate."""
        if self.selected is None:
            return
        person = self.selected
        if person.active:
            answer = QMessageBox.question(
                self, self.tr("Deactivate"),
                self.tr("Deactivate %1 %2? They can no longer sign in; their records stay.")
                .replace("%1", person.employee_no).replace("%2", person.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        actor, staff_id, active = self.ctx.actor, person.id, not person.active
        self._write(lambda: staff_admin.set_active(actor, staff_id, active))

    def unlock(self) -> None:
        if self.selected is not None:
            actor, staff_id = self.ctx.actor, self.selected.id
            self._write(lambda: staff_admin.unlock(actor, staff_id))

    def reset_password(self) -> None:
        from helpdesk_gui.ui.security.password_dialog import ResetPasswordDialog

        if self.selected is not None:
            dialog = ResetPasswordDialog(self.ctx.ops, self.ctx.actor,
                                         self.selected.employee_no, parent=self)
            dialog.exec()
            self.refresh(self.selected.id)

    def new_branch(self) -> None:
        code, ok = QInputDialog.getText(self, self.tr("New branch"),
                                        self.tr("Branch code (letters and digits):"))
        if not ok or not code.strip():
            return
        name, ok = QInputDialog.getText(self, self.tr("New branch"), self.tr("Branch name:"))
        if ok:
            actor, zone = self.ctx.actor, self.ctx.branch.timezone
            self._write(lambda: staff_admin.add_branch(actor, code, name, zone))

    def _write(self, job) -> None:
        self.message.clear()
        self.ctx.ops.write(job, self._done, self._failed)

    def _done(self, result) -> None:
        self.password.clear()
        self.refresh(getattr(result, "id", None) if hasattr(result, "employee_no") else None)

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))
