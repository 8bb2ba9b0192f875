"""The headless commands sign in: setup, audit verify/list, backup, user add/reset, retention."""

from __future__ import annotations

import io

import pytest

from helpdesk_gui import cli
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.services.security import auth

ADMIN = ["--user", "9001", "--password-stdin"]
ADMIN_PW = "admin9001x"


@pytest.fixture
def run(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'hall.db'}"

    def run(*argv: str, stdin: str = "") -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        return cli.main(["--db", url, *argv])

    yield run
    if database_proxy.obj is not None:
        database_proxy.obj.close()
        database_proxy.initialize(None)


@pytest.fixture
def hall(run):
    """A database past first run, with administrator 9001."""
    assert run("setup", "--branch-code", "BJ01", "--branch-name", "北京朝阳营业厅",
               "--admin-no", "9001", "--admin-name", "孙丽", "--password-stdin",
               stdin=ADMIN_PW + "\n") == 0
    return run


def as_admin(run, *argv: str, more: str = "") -> int:
    return run(*ADMIN, *argv, stdin=f"{ADMIN_PW}\n{more}")


def test_an_empty_database_accepts_only_setup(run, capsys):
    assert run("audit", "verify") == 2
    assert "only command it accepts is helpdesk-gui setup" in capsys.readouterr().err
    assert run("user", "add", "1001", "王芳", "admin", "--password-stdin",
               stdin="counter123\n") == 2
    assert Staff.select().count() == 0


def test_setup_creates_the_administrator_once(hall, capsys):
    assert Staff.get(Staff.employee_no == "9001").branch.code == "BJ01"
    assert auth.sign_in("9001", ADMIN_PW).role == "admin"
    assert hall("setup", "--branch-code", "X1", "--branch-name", "x", "--admin-no", "9002",
                "--admin-name", "张三", "--password-stdin", stdin="other9002x\n") == 2
    assert Staff.get_or_none(Staff.employee_no == "9002") is None


def test_commands_without_credentials_are_refused(hall, capsys):
    capsys.readouterr()
    for argv in (["user", "add", "1001", "王芳", "admin"], ["audit", "list"],
                 ["backup", "create"], ["retention", "run"], ["audit", "verify"]):
        assert hall(*argv, stdin="counter123\n") == 2
        assert "needs a signed-in staff member" in capsys.readouterr().err
    assert Staff.select().count() == 1


def test_a_wrong_password_is_refused_counted_and_audited(hall, capsys):
    assert hall(*ADMIN, "audit", "list", stdin="wrong-password1\n") == 2
    assert auth.WRONG_CREDENTIALS in capsys.readouterr().err
    failed = AuditEntry.get(AuditEntry.action == "auth.sign_in_failed")
    assert failed.actor_no == "9001" and '"failures":1' in failed.detail


def test_user_add_and_reset_are_done_by_the_signed_in_administrator(hall, capsys):
    assert as_admin(hall, "user", "add", "1001", "王芳", "counter", more="counter123\n") == 0
    assert auth.sign_in("1001", "counter123").role == "counter"
    added = AuditEntry.get(AuditEntry.action == "staff.add")
    assert added.actor_no == "9001"
    cli_sign_in = AuditEntry.get(AuditEntry.action == "auth.sign_in",
                                 AuditEntry.actor_no == "9001")
    assert '"channel":"cli"' in cli_sign_in.detail
    assert as_admin(hall, "user", "reset-password", "1001", more="temp9876x\n") == 0
    assert auth.must_change_password(auth.sign_in("1001", "temp9876x"))
    assert "must be changed" in capsys.readouterr().out


def test_the_role_matrix_applies_to_a_counter_on_the_command_line(hall, capsys):
    as_admin(hall, "user", "add", "1001", "王芳", "counter", more="counter123\n")
    capsys.readouterr()
    assert hall("--user", "1001", "--password-stdin", "user", "add", "1002", "李雷", "admin",
                stdin="counter123\nsneaky123x\n") == 2
    assert "role counter) may not do staff.manage" in capsys.readouterr().err
    assert Staff.get_or_none(Staff.employee_no == "1002") is None
    denied = AuditEntry.get(AuditEntry.action == "permission.denied")
    assert denied.actor_no == "1001"


def test_a_reset_password_must_be_changed_before_the_command_line_accepts_it(hall, capsys):
    as_admin(hall, "user", "add", "1001", "王芳", "supervisor", more="super1234x\n")
    as_admin(hall, "user", "reset-password", "1001", more="temp9876x\n")
    capsys.readouterr()
    assert hall("--user", "1001", "--password-stdin", "retention", "run",
                stdin="temp9876x\n") == 2
    assert "choose your own password first" in capsys.readouterr().err


def test_audit_verify_fails_and_names_the_edited_row(hall, capsys):
    as_admin(hall, "user", "add", "1001", "王芳", "counter", more="counter123\n")
    auth.sign_in("1001", "counter123")
    target = AuditEntry.get(AuditEntry.action == "auth.sign_in", AuditEntry.actor_no == "1001")
    AuditEntry.update(actor_no="0000").where(AuditEntry.id == target.id).execute()
    assert as_admin(hall, "audit", "verify") == 1
    assert f"row #{target.id}" in capsys.readouterr().err


def test_audit_verify_fails_when_a_row_is_deleted(hall, capsys):
    as_admin(hall, "user", "add", "1001", "王芳", "counter", more="counter123\n")
    auth.sign_in("1001", "counter123")
    auth.sign_out(Staff.get(Staff.employee_no == "1001"))
    middle = AuditEntry.get(AuditEntry.action == "auth.sign_in", AuditEntry.actor_no == "1001")
    AuditEntry.delete().where(AuditEntry.id == middle.id).execute()
    assert as_admin(hall, "audit", "verify") == 1
    assert f"row #{middle.id + 1}" in capsys.readouterr().err


def test_audit_list_filters(hall, capsys):
    as_admin(hall, "user", "add", "1001", "王芳", "counter", more="counter123\n")
    capsys.readouterr()
    assert as_admin(hall, "audit", "list", "--action", "staff.") == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "staff.add" in out[0] and "1001" in out[0]


def test_backup_create_list_restore(hall, tmp_path, capsys):
    as_admin(hall, "user", "add", "1001", "王芳", "counter", more="counter123\n")
    assert as_admin(hall, "backup", "create", "--dir", str(tmp_path / "bk"), "--keep", "2") == 0
    as_admin(hall, "user", "add", "1002", "李雷", "handler", more="handler123\n")
    capsys.readouterr()
    assert as_admin(hall, "backup", "list", "--dir", str(tmp_path / "bk")) == 0
    listed = capsys.readouterr().out.strip().splitlines()
    assert len(listed) == 1 and "manual" in listed[0]
    backup_file = listed[0].split("\t")[-1]
    assert as_admin(hall, "backup", "restore", backup_file, "--yes") == 0
    assert Staff.get_or_none(Staff.employee_no == "1002") is None
    assert Staff.get_or_none(Staff.employee_no == "1001") is not None
    assert AuditEntry.select().order_by(AuditEntry.id.desc()).first().action == "backup.restore"
    assert "kept in" in capsys.readouterr().out
    assert as_admin(hall, "audit", "verify") == 0


def test_restore_asks_first(hall, tmp_path, monkeypatch, capsys):
    as_admin(hall, "backup", "create", "--dir", str(tmp_path / "bk"))
    path = next((tmp_path / "bk").glob("helpdesk-*.db"))
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    assert as_admin(hall, "backup", "restore", str(path)) == 2
    assert "cancelled" in capsys.readouterr().out


def test_retention_run_reports(hall, capsys):
    assert as_admin(hall, "retention", "run", "--years", "3") == 0
    assert "0 tickets" in capsys.readouterr().out
