"""First-run wizard, sign-in, idle lock, password dialogs, audit and backup pages."""

from __future__ import annotations

import dataclasses
import re

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow, QMessageBox, QWizard

from helpdesk_gui.app.ops import OpRunner
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.services.security import auth
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.ui.security import login
from helpdesk_gui.ui.security.audit_page import AuditPage
from helpdesk_gui.ui.security.backup_page import BackupPage
from helpdesk_gui.ui.security.first_run import FirstRunWizard
from helpdesk_gui.ui.security.lock_screen import IdleLock, idle_minutes
from helpdesk_gui.ui.security.login import SignInDialog
from helpdesk_gui.ui.security.password_dialog import ChangePasswordDialog, ResetPasswordDialog


@pytest.fixture(autouse=True)
def fast_hasher():
    previous = auth.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))
    yield
    auth.use_hasher(previous)


@pytest.fixture
def clerk_pw(clerk):
    auth.set_password(clerk, "counter123")
    return clerk


@pytest.fixture
def admin(branch):
    person = staff_service.create_staff(branch, "9001", "孙丽", "admin")
    auth.set_password(person, "admin1234")
    return person


class _LaterOps(OpRunner):
    """Answers a write only after the key press that asked for it has been handled, as
    the writer thread does in the running program."""

    def write(self, fn, on_done=None, on_error=None):
        QTimer.singleShot(0, lambda: OpRunner.write(self, fn, on_done, on_error))


def _click_finish(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)


def test_first_run_wizard_creates_branch_and_admin(qtbot, ops, db):
    wizard = FirstRunWizard(ops)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.branch_page
    qtbot.keyClicks(page.code, "bj01")
    page.name.setText("北京朝阳营业厅")  # QTest.keyClicks cannot type CJK
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    admin_page = wizard.admin_page
    assert wizard.currentPage() is admin_page
    admin_page.name.setText("陈静")
    for edit, text in ((admin_page.employee_no, "A001"), (admin_page.password, "setup1234"),
                       (admin_page.repeat, "setup9999")):
        qtbot.keyClicks(edit, text)
    _click_finish(qtbot, wizard)
    assert "differ" in admin_page.error.text() and wizard.isVisible()
    assert Staff.select().count() == 0
    qtbot.keyClicks(admin_page.password, "short")
    qtbot.keyClicks(admin_page.repeat, "short")
    _click_finish(qtbot, wizard)
    assert "at least 8 characters" in admin_page.ui.password_error.text() and wizard.isVisible()
    qtbot.keyClicks(admin_page.password, "setup1234")
    qtbot.keyClicks(admin_page.repeat, "setup1234")
    with qtbot.waitSignal(wizard.accepted):
        _click_finish(qtbot, wizard)
    assert wizard.admin is not None and wizard.admin.role == "admin"
    assert Branch.get().code == "BJ01" and not auth.needs_first_run()
    assert auth.sign_in("A001", "setup1234").id == wizard.admin.id


def _next(qtbot, wizard):
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)


def test_first_run_wizard_checks_each_page_before_next(qtbot, ops, db):
    """The reason beside the field, the page kept, nothing typed lost."""
    wizard = FirstRunWizard(ops)
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.branch_page
    _next(qtbot, wizard)
    assert wizard.currentPage() is page
    assert page.ui.branch_code_error.isVisible() and page.ui.branch_code_error.text()
    assert page.ui.branch_name_error.isVisible()
    qtbot.keyClicks(page.code, "bj-01")
    page.name.setText("北京朝阳营业厅")
    _next(qtbot, wizard)
    assert wizard.currentPage() is page
    assert "letters and digits" in page.ui.branch_code_error.text()
    assert not page.ui.branch_name_error.isVisible()  # that one is fine now
    assert (page.code.text(), page.name.text()) == ("bj-01", "北京朝阳营业厅")
    page.timezone.setEditText("Mars/Olympus")
    page.code.setText("bj01")
    assert not page.ui.branch_code_error.isVisible()  # cleared as soon as it is edited
    _next(qtbot, wizard)
    assert wizard.currentPage() is page and "Mars/Olympus" in page.ui.timezone_error.text()
    page.timezone.setCurrentIndex(0)
    _next(qtbot, wizard)
    admin = wizard.admin_page
    assert wizard.currentPage() is admin
    admin.name.setText("陈静1")
    qtbot.keyClicks(admin.password, "short")
    qtbot.keyClicks(admin.repeat, "short")
    _click_finish(qtbot, wizard)
    assert wizard.isVisible() and Staff.select().count() == 0
    assert admin.ui.employee_no_error.isVisible() and admin.ui.name_error.isVisible()
    assert "8 characters" in admin.ui.password_error.text()
    assert admin.name.text() == "陈静1"


def test_sign_in_dialog_shows_errors_and_signs_in(qtbot, ops, clerk_pw):
    dialog = SignInDialog(ops, "北京朝阳营业厅")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert "Enter your employee number" in dialog.error.text()
    qtbot.keyClicks(dialog.employee_no, "1001")
    qtbot.keyClicks(dialog.password, "wrong999")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error.text() == "Wrong employee number or password."
    assert dialog.password.text() == "" and dialog.result() == 0 and dialog.staff is None
    qtbot.keyClicks(dialog.password, "counter123")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.staff.id == clerk_pw.id


def test_sign_in_dialog_enter_from_the_focused_field_signs_in(qtbot, clerk_pw):
    dialog = SignInDialog(_LaterOps(synchronous=True), employee_no="1001")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.password)
    assert dialog.sign_in_button.isDefault()
    QTest.keyClicks(dialog.password, "counter123")
    with qtbot.waitSignal(dialog.accepted):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.staff.id == clerk_pw.id


def test_sign_in_dialog_tells_until_when_the_account_is_locked(qtbot, ops, clerk_pw):
    dialog = SignInDialog(ops)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.employee_no, "1001")
    for _ in range(5):
        qtbot.keyClicks(dialog.password, "wrong999")
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert "locked until" in dialog.error.text()
    assert auth.locked_until(clerk_pw) is not None


def test_sign_in_after_reset_forces_a_new_password(qtbot, ops, clerk_pw, admin, monkeypatch):
    auth.reset_password(admin, clerk_pw.id, "temp1234")

    def fill_and_submit(self):
        self.old.setText("temp1234")
        self.new.setText("mine5678")
        self.repeat.setText("mine5678")
        self._submit()
        return self.result()
    monkeypatch.setattr(login.ChangePasswordDialog, "exec", fill_and_submit)
    dialog = SignInDialog(ops)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.employee_no, "1001")
    qtbot.keyClicks(dialog.password, "temp1234")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.staff is not None
    assert auth.sign_in("1001", "mine5678").id == clerk_pw.id


def test_change_password_dialog(qtbot, ops, clerk_pw):
    dialog = ChangePasswordDialog(ops, clerk_pw)
    qtbot.addWidget(dialog)
    dialog.old.setText("counter123")
    dialog.new.setText("better456")
    dialog.repeat.setText("better457")
    dialog._submit()
    assert "differ" in dialog.error.text() and dialog.result() == 0
    dialog.new.setText("better456")
    dialog.repeat.setText("better456")
    dialog._submit()
    assert dialog.result() == 1
    assert auth.sign_in("1001", "better456").id == clerk_pw.id


def test_denied_reset_shows_the_reason_and_is_audited(qtbot, ops, clerk_pw, supervisor):
    dialog = ResetPasswordDialog(ops, supervisor, "1001")
    qtbot.addWidget(dialog)
    dialog.new.setText("temp1234")
    dialog.repeat.setText("temp1234")
    dialog._submit()
    assert "may not do this: password.reset" in dialog.error.text()
    assert dialog.result() == 0
    denial = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (denial.action, denial.actor_no) == ("permission.denied", "3001")
    assert auth.sign_in("1001", "counter123").id == clerk_pw.id


@pytest.fixture
def window(qtbot):
    main = QMainWindow()
    main.setCentralWidget(QLineEdit())
    main.resize(800, 600)
    qtbot.addWidget(main)
    main.show()
    return main


def test_idle_lock_keeps_unsaved_input_and_needs_the_password(qtbot, ops, clerk_pw, window):
    now = [0.0]
    lock = IdleLock(ops, clerk_pw, window, minutes=10, clock=lambda: now[0])
    lock.start()
    draft = window.centralWidget()
    draft.setText("客户说水压低")  # unsaved input
    now[0] = 599
    lock.watcher.check()
    assert not lock.locked
    qtbot.keyClick(draft, Qt.Key.Key_End)  # activity restarts the clock
    now[0] = 1100
    lock.watcher.check()
    assert not lock.locked
    now[0] = 1200
    lock.watcher.check()
    assert lock.locked and lock.screen.geometry() == window.geometry()
    qtbot.keyClick(lock.screen, Qt.Key.Key_Escape)
    assert lock.locked
    qtbot.keyClicks(lock.screen.password, "wrong999")
    qtbot.keyClick(lock.screen.password, Qt.Key.Key_Return)
    assert lock.locked and "Wrong" in lock.screen.error.text()
    qtbot.keyClicks(lock.screen.password, "counter123")
    qtbot.keyClick(lock.screen.password, Qt.Key.Key_Return)
    assert not lock.locked and draft.text() == "客户说水压低"
    assert not lock.watcher.paused
    assert AuditEntry.select().order_by(AuditEntry.id.desc()).first().action == "auth.unlock"
    lock.watcher.stop()


@pytest.mark.parametrize("key, modifier", [
    (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier),
], ids=["return", "keypad-enter"])
def test_enter_on_the_lock_screen_unlocks_and_never_signs_out(qtbot, clerk_pw, window, key,
                                                              modifier):
    lock = IdleLock(_LaterOps(synchronous=True), clerk_pw, window, minutes=10)
    signed_out = []
    lock.screen.sign_out_requested.connect(lambda: signed_out.append(True))
    draft = window.centralWidget()
    draft.setText("客户说水压低")  # unsaved input
    lock.lock_now()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is lock.screen.password)
    typed_into = QApplication.focusWidget()  # keys go where the focus is, as on a counter PC
    QTest.keyClicks(typed_into, "wrong999")
    QTest.keyClick(typed_into, key, modifier)
    qtbot.waitUntil(lambda: "Wrong" in lock.screen.error.text())
    assert lock.locked and not signed_out
    QTest.keyClicks(typed_into, "counter123")
    QTest.keyClick(typed_into, key, modifier)
    qtbot.waitUntil(lambda: not lock.locked)
    assert not signed_out and window.isVisible() and draft.text() == "客户说水压低"


def test_idle_minutes_setting(ctx):
    assert idle_minutes(ctx.settings) == 10
    ctx.settings.setValue("security/idle_lock_minutes", "5")
    assert idle_minutes(ctx.settings) == 5
    ctx.settings.setValue("security/idle_lock_minutes", "x")
    assert idle_minutes(ctx.settings) == 10


def test_audit_page_is_for_administrators_only(qtbot, ctx):
    page = AuditPage(ctx)  # ctx.actor is a counter clerk
    qtbot.addWidget(page)
    assert page.model is None
    assert not page.findChildren(QLineEdit)


def test_audit_page_lists_filters_and_verifies(qtbot, ctx, admin, clerk_pw):
    auth.sign_in("1001", "counter123")
    with pytest.raises(auth.SignInFailed):
        auth.sign_in("1001", "nope")
    page = AuditPage(dataclasses.replace(ctx, actor=admin))
    qtbot.addWidget(page)
    actions = [page.model.rows[i].action for i in range(len(page.model.rows))]
    assert actions == ["auth.sign_in_failed", "auth.sign_in"]
    assert page.action.findData("auth.") >= 0
    assert page.model.data(page.model.index(1, 2)) == "Sign-in · signed in"  # in words
    assert page.model.data(page.model.index(1, 2), Qt.ItemDataRole.ToolTipRole) == \
        "auth.sign_in"
    page.action.setCurrentIndex(page.action.findData("auth.sign_in"))  # chosen by its words
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    assert [r.action for r in page.model.rows] == ["auth.sign_in"]
    page.action.setEditText("")
    qtbot.keyClicks(page.action.lineEdit(), "auth.sign_in")  # or typed as a code
    qtbot.mouseClick(page.search_button, Qt.MouseButton.LeftButton)
    assert [r.action for r in page.model.rows] == ["auth.sign_in"]
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert "intact" in page.status.text()
    bad = page.model.rows[0].id
    AuditEntry.update(actor_no="0000").where(AuditEntry.id == bad).execute()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert f"broken at row #{bad}" in page.status.text()


def test_backup_page_backs_up_and_restores(qtbot, ctx, admin, monkeypatch, tmp_path):
    ctx.settings.setValue("backup/dir", str(tmp_path / "bk"))
    page = BackupPage(dataclasses.replace(ctx, actor=admin))
    qtbot.addWidget(page)
    assert page.table.rowCount() == 0
    assert not page.restore_button.isEnabled()  # nothing chosen to restore
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 1 and "verified" in page.status.text()
    staff_service.create_staff(admin.branch, "6006", "后来者", "counter")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page.table.selectRow(0)
    assert page.restore_button.isEnabled()
    with qtbot.waitSignal(page.restored):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert Staff.get_or_none(Staff.employee_no == "6006") is None
    assert AuditEntry.select().order_by(AuditEntry.id.desc()).first().action == "backup.restore"


def test_audit_codes_read_in_chinese(qapp):
    from helpdesk_gui.app import i18n
    from helpdesk_gui.ui.security.audit_names import action_text, kind_text

    installed = i18n.install_translators(qapp, "zh_CN")
    try:
        assert action_text("ticket.created") == "工单 · 创建"
        assert action_text("complaint.acknowledge").startswith("投诉 · ")
        assert action_text("export.tickets.filter") == "导出 · 工单清单"
        assert kind_text("knowledge_article") == "知识条目"
        assert action_text("unknown.code") == "unknown.code"  # shown as stored, not hidden
    finally:
        for translator in installed:
            QApplication.removeTranslator(translator)


def _audited_actions() -> set[str]:
    """Every action code a service or command writes as a literal: the second argument of
    ``audit.record`` or of a module's ``trail`` wrapper (process steps come from f-strings
    over their own vocabularies, checked by the process pages)."""
    import ast
    from pathlib import Path

    import helpdesk_gui

    code = re.compile(r"^[a-z_]+\.[a-z_]+(\.[a-z_]+)?$")
    package = Path(helpdesk_gui.__file__).parent
    found: set[str] = set()
    sources = [*package.joinpath("services").rglob("*.py"), *package.joinpath("cli").rglob("*.py")]
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            arg = node.args[1]
            if (name in ("record", "trail") and isinstance(arg, ast.Constant)
                    and isinstance(arg.value, str) and code.match(arg.value)):
                found.add(arg.value)
    return found


def test_every_audited_action_reads_in_chinese(qapp):
    """The audit page shows each action as "kind · step" in the reader's words: a new
    action written without its words showed as 培训 · certificate_add."""
    from helpdesk_gui.app import i18n
    from helpdesk_gui.ui.security.audit_names import action_text

    actions = _audited_actions()
    assert {"training.certificate_add", "sync.import", "ticket.receipt_printed"} <= actions
    installed = i18n.install_translators(qapp, "zh_CN")
    try:
        shown = {a: action_text(a) for a in actions}
    finally:
        for translator in installed:
            QApplication.removeTranslator(translator)
    # a step left in its code shows lower-case Latin letters ("PDF" is a word of its own)
    raw = {a: text for a, text in shown.items()
           if re.search(r"[a-z]", text) and "PDF" not in text}
    assert raw == {}
