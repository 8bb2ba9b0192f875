"""Access tokens for scheduled jobs, and a second process with no credentials."""

from __future__ import annotations

import io
import os
import subprocess
import sys

import pytest

from helpdesk_gui import cli
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.security.access import AccessToken
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.services.security import tokens

ADMIN_PW = "admin9001x"


@pytest.fixture
def run(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'hall.db'}"

    def run(*argv: str, stdin: str = "") -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        return cli.main(["--db", url, *argv])

    run.url = url
    assert run("setup", "--branch-code", "BJ01", "--branch-name", "北京朝阳营业厅",
               "--admin-no", "9001", "--admin-name", "孙丽", "--password-stdin",
               stdin=ADMIN_PW + "\n") == 0
    yield run
    if database_proxy.obj is not None:
        database_proxy.obj.close()
        database_proxy.initialize(None)


def make_token(run, tmp_path, name="monthly-report", role="supervisor"):
    path = tmp_path / f"{name}.token"
    assert run("--user", "9001", "--password-stdin", "token", "create", "--name", name,
               "--role", role, "-o", str(path), stdin=ADMIN_PW + "\n") == 0
    return path


def test_token_file_is_owner_only_and_only_its_hash_is_stored(run, tmp_path):
    path = make_token(run, tmp_path)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    token = path.read_text().strip()
    row = AccessToken.get(AccessToken.name == "monthly-report")
    assert row.token_hash == tokens.token_hash(token) and token not in row.token_hash
    database_proxy.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert token.encode() not in (tmp_path / "hall.db").read_bytes()


def test_a_scheduled_job_signs_in_with_its_token_and_keeps_its_role(run, tmp_path, capsys):
    path = make_token(run, tmp_path)
    capsys.readouterr()
    assert run("--token-file", str(path), "report", "monthly", "--month", "2026-03") == 0
    assert '"received": 0' in capsys.readouterr().out
    signed = AuditEntry.select().where(AuditEntry.action == "auth.sign_in",
                                       AuditEntry.actor_no == "token:monthly-report")
    assert signed.count() == 1
    assert run("--token-file", str(path), "retention", "run") == 2
    assert "role supervisor) may not do privacy.anonymize" in capsys.readouterr().err


def test_a_token_file_others_can_read_is_refused(run, tmp_path, capsys):
    path = make_token(run, tmp_path)
    os.chmod(path, 0o644)
    assert run("--token-file", str(path), "report", "monthly", "--month", "2026-03") == 2
    assert "chmod 600" in capsys.readouterr().err


def test_a_revoked_token_signs_in_no_more(run, tmp_path, capsys):
    path = make_token(run, tmp_path)
    assert run("--user", "9001", "--password-stdin", "token", "revoke", "monthly-report",
               stdin=ADMIN_PW + "\n") == 0
    assert not Staff.get(Staff.employee_no == "token:monthly-report").active
    capsys.readouterr()
    assert run("--token-file", str(path), "report", "monthly", "--month", "2026-03") == 2
    assert "unknown or revoked" in capsys.readouterr().err
    assert AuditEntry.select().where(AuditEntry.action == "token.revoke").count() == 1


def test_only_an_administrator_makes_tokens(run, tmp_path, capsys):
    path = make_token(run, tmp_path, role="supervisor")
    assert run("--token-file", str(path), "token", "create", "--name", "escalate",
               "--role", "admin") == 2
    assert "may not do token.manage" in capsys.readouterr().err
    assert AccessToken.select().count() == 1


def test_a_second_process_without_credentials_gets_no_admin_command(run, tmp_path):
    """Another OS account on the same file, even claiming the administrator's login name."""
    env = dict(os.environ, LOGNAME="9001", USER="9001", HELPDESK_DB=run.url)
    database_proxy.obj.close()
    for argv, stdin in ((["user", "add", "6666", "黑客", "admin", "--password-stdin"],
                         "hacker123x\n"),
                        (["user", "reset-password", "9001", "--password-stdin"], "hacker123x\n"),
                        (["retention", "run"], ""), (["audit", "list"], ""),
                        (["backup", "create", "--dir", str(tmp_path / "bk")], ""),
                        (["export", "complaints", "-o", str(tmp_path / "x.csv")], ""),
                        (["token", "create", "--name", "x", "--role", "admin"], ""),
                        (["demo", "--tickets", "5"], "")):
        done = subprocess.run([sys.executable, "-m", "helpdesk_gui", *argv], input=stdin,
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode != 0, argv
        assert "Traceback" not in done.stderr
    database_proxy.obj.connect(reuse_if_open=True)
    assert Staff.get_or_none(Staff.employee_no == "6666") is None
    assert AccessToken.select().count() == 0
    assert not (tmp_path / "bk").exists() and not (tmp_path / "x.csv").exists()
