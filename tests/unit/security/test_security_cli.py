"""The headless commands: audit verify/list, backup create/list/restore, user add/reset."""

from __future__ import annotations

import argparse
import getpass
import io

import pytest

from helpdesk_gui.cli import audit, backup, retention, user
from helpdesk_gui.cli.options import CommandParser
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.services.security import auth


def _parser() -> argparse.ArgumentParser:
    parser = CommandParser(prog="helpdesk-gui", main=True)
    sub = parser.add_subparsers(dest="command")
    for group in (audit, backup, user, retention):
        group.add_commands(sub)
    return parser


@pytest.fixture
def run(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'hall.db'}"

    def run(*argv: str, stdin: str = "") -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        args = _parser().parse_args(["--db", url, *argv])
        return args.func(args)

    yield run
    if database_proxy.obj is not None:
        database_proxy.obj.close()
        database_proxy.initialize(None)


def test_commands_on_an_empty_database_create_the_default_branch(run, capsys):
    assert run("audit", "verify") == 0
    assert [b.code for b in Branch.select()] == ["HQ"]
    assert "intact" in capsys.readouterr().out


def test_user_add_and_reset_run_as_the_os_user(run, capsys):
    assert run("user", "add", "1001", "王芳", "counter", "--password-stdin",
               stdin="counter123\n") == 0
    assert auth.sign_in("1001", "counter123").role == "counter"
    added = AuditEntry.get(AuditEntry.action == "staff.add")
    assert added.actor_no == f"os:{getpass.getuser()}"[:32]
    assert run("user", "reset-password", "1001", "--password-stdin", stdin="temp9876\n") == 0
    signed = auth.sign_in("1001", "temp9876")
    assert auth.must_change_password(signed)
    assert "must be changed" in capsys.readouterr().out


def test_audit_verify_fails_and_names_the_edited_row(run, capsys):
    run("user", "add", "1001", "王芳", "counter", "--password-stdin", stdin="counter123\n")
    auth.sign_in("1001", "counter123")
    target = AuditEntry.get(AuditEntry.action == "auth.sign_in")
    AuditEntry.update(actor_no="0000").where(AuditEntry.id == target.id).execute()
    assert run("audit", "verify") == 1
    assert f"row #{target.id}" in capsys.readouterr().err


def test_audit_verify_fails_when_a_row_is_deleted(run, capsys):
    run("user", "add", "1001", "王芳", "counter", "--password-stdin", stdin="counter123\n")
    auth.sign_in("1001", "counter123")
    auth.sign_out(Staff.get(Staff.employee_no == "1001"))
    middle = AuditEntry.get(AuditEntry.action == "auth.sign_in")
    AuditEntry.delete().where(AuditEntry.id == middle.id).execute()
    assert run("audit", "verify") == 1
    assert f"row #{middle.id + 1}" in capsys.readouterr().err


def test_audit_list_filters(run, capsys):
    run("user", "add", "1001", "王芳", "counter", "--password-stdin", stdin="counter123\n")
    capsys.readouterr()
    assert run("audit", "list", "--action", "staff.") == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and "staff.add" in out[0] and "1001" in out[0]


def test_backup_create_list_restore(run, tmp_path, capsys):
    run("user", "add", "1001", "王芳", "counter", "--password-stdin", stdin="counter123\n")
    assert run("backup", "create", "--dir", str(tmp_path / "bk"), "--keep", "2") == 0
    run("user", "add", "1002", "李雷", "handler", "--password-stdin", stdin="handler123\n")
    capsys.readouterr()
    assert run("backup", "list", "--dir", str(tmp_path / "bk")) == 0
    listed = capsys.readouterr().out.strip().splitlines()
    assert len(listed) == 1 and "manual" in listed[0]
    backup_file = listed[0].split("\t")[-1]
    assert run("backup", "restore", backup_file, "--yes") == 0
    assert Staff.get_or_none(Staff.employee_no == "1002") is None
    assert Staff.get_or_none(Staff.employee_no == "1001") is not None
    assert AuditEntry.select().order_by(AuditEntry.id.desc()).first().action == "backup.restore"
    assert "kept in" in capsys.readouterr().out
    assert run("audit", "verify") == 0


def test_restore_asks_first(run, tmp_path, monkeypatch, capsys):
    run("backup", "create", "--dir", str(tmp_path / "bk"))
    path = next((tmp_path / "bk").glob("helpdesk-*.db"))
    monkeypatch.setattr("builtins.input", lambda prompt: "n")
    assert run("backup", "restore", str(path)) == 2
    assert "cancelled" in capsys.readouterr().out


def test_retention_run_reports(run, capsys):
    assert run("retention", "run", "--years", "3") == 0
    assert "0 tickets" in capsys.readouterr().out
