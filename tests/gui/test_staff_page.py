"""The administrator's staff page: add, edit, deactivate, unlock — no command line."""

from __future__ import annotations

from datetime import timedelta

import pytest

from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import PermissionDenied
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.security.models import AuditEntry, StaffSecurity
from helpdesk_gui.services.security import auth, hall_settings, staff_admin
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.security.auth import SignInFailed
from helpdesk_gui.ui.security.staff_page import StaffPage


@pytest.fixture
def admin(branch):
    person = staff_service.create_staff(branch, "9001", "管理员", "admin")
    auth.set_password(person, "admin2024x")
    return person


@pytest.fixture
def page(ctx, qtbot, admin):
    ctx.actor = admin
    widget = StaffPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def row_of(page, employee_no: str) -> int:
    return [r.employee_no for r in page.rows].index(employee_no)


def actions(number: str) -> list[str]:
    person = Staff.get(Staff.employee_no == number)
    return [a for (a,) in AuditEntry.select(AuditEntry.action)
            .where(AuditEntry.object_id == str(person.id)).tuples()]


def test_add_a_counter_clerk_who_then_signs_in(page, qtbot):
    page.new_person()
    page.employee_no.setText("1010")
    page.name.setText("陈晨")
    page.role.setCurrentIndex(page.role.findData("counter"))
    page.post.setText("综合柜员")
    page.window_no.setText("4")
    page.password.setText("chen2024a")
    page.buttons["save"].click()
    assert page.message.text() == ""
    person = Staff.get(Staff.employee_no == "1010")
    assert (person.name, person.role, person.post) == ("陈晨", "counter", "综合柜员")
    assert hall_settings.staff_window(person.id) == "4"
    assert auth.sign_in("1010", "chen2024a").id == person.id
    assert auth.must_change_password(person)
    assert "staff.add" in actions("1010")
    texts = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert "1010" in texts


def test_bad_input_is_explained_and_kept(page):
    page.new_person()
    page.employee_no.setText("1011")
    page.name.setText("陈晨")
    page.password.setText("short")
    page.buttons["save"].click()
    assert "Password" in page.message.text() and "8" in page.message.text()
    assert page.name.text() == "陈晨"
    assert not Staff.select().where(Staff.employee_no == "1011").exists()


def test_edit_role_and_deactivate_then_sign_in_fails(page, clerk, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or
                        QMessageBox.StandardButton.No)
    auth.set_password(clerk, "wangfang1")
    page.refresh()
    page.table.selectRow(row_of(page, clerk.employee_no))
    page.role.setCurrentIndex(page.role.findData("handler"))
    page.buttons["save"].click()
    assert Staff.get_by_id(clerk.id).role == "handler"
    page.table.selectRow(row_of(page, clerk.employee_no))
    page.buttons["active"].click()  # asked, and the answer is no: nothing changes
    assert len(asked) == 1 and clerk.employee_no in asked[0]
    assert Staff.get_by_id(clerk.id).active
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.buttons["active"].click()
    assert not Staff.get_by_id(clerk.id).active
    assert "Deactivated" in page.table.item(row_of(page, clerk.employee_no), 6).text()
    with pytest.raises(SignInFailed):
        auth.sign_in(clerk.employee_no, "wangfang1")
    assert {"staff.edit", "staff.deactivate"} <= set(actions(clerk.employee_no))


def test_unlock_a_locked_account(page, clerk):
    auth.set_password(clerk, "wangfang1")
    for _ in range(auth.POLICY.max_failures):
        with pytest.raises(SignInFailed):
            auth.sign_in(clerk.employee_no, "wrong-pass1")
    assert auth.locked_until(Staff.get_by_id(clerk.id)) is not None
    page.refresh()
    page.table.selectRow(row_of(page, clerk.employee_no))
    assert page.buttons["unlock"].isEnabled()
    page.buttons["unlock"].click()
    assert StaffSecurity.get(StaffSecurity.staff == clerk.id).locked_until is None
    assert auth.sign_in(clerk.employee_no, "wangfang1").id == clerk.id
    assert "auth.unlocked" in actions(clerk.employee_no)


def test_guards_and_permissions(admin, clerk, branch):
    with pytest.raises(staff_admin.ValidationError, match="yourself"):
        staff_admin.set_active(admin, admin.id, False)
    form = staff_admin.StaffForm(admin.employee_no, admin.name, "supervisor", branch.id)
    with pytest.raises(staff_admin.ValidationError, match="last active administrator"):
        staff_admin.edit_staff(admin, admin.id, form)
    with pytest.raises(PermissionDenied):
        staff_admin.directory(clerk)
    hq = staff_admin.add_branch(admin, "SH02", "上海浦东营业厅")
    assert Branch.get(Branch.code == "SH02").id == hq.id
    assert utcnow() - timedelta(minutes=1) < AuditEntry.select().order_by(
        AuditEntry.id.desc()).first().at
