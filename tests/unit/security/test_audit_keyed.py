"""The keyed audit chain: a forger with plain hashlib and write access to the file fails.

The attacker of these tests can write the database (an ordinary counter account on a
shared PC) but cannot read the installation secret (owner-only, outside the database).
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime

import pytest

from helpdesk_gui.db import open_database, secret
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import Meta
from helpdesk_gui.domain.security import chain
from helpdesk_gui.domain.security.models import AuditEntry, AuditHead
from helpdesk_gui.services.security import audit


@pytest.fixture
def trail(clerk, handler):
    for i in range(6):
        audit.record(clerk if i % 2 else handler, f"ticket.action{i}", "ticket", 100 + i,
                     {"n": i}, now=datetime(2025, 1, 1 + i, 8, 0))
    return list(AuditEntry.select().order_by(AuditEntry.id))


def _plain(prev: str, row: AuditEntry, detail: str) -> str:
    """What an attacker computes: the row hash of the first version, plain SHA-256."""
    content = json.dumps([row.uuid, row.at.strftime("%Y-%m-%d %H:%M:%S"), row.actor_id,
                          row.actor_no, row.action, row.object_type, row.object_id, detail],
                         ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev + content).encode("utf-8")).hexdigest()


def test_a_chain_rewritten_with_plain_hashlib_is_detected(trail):
    prev = trail[2].prev_hash
    for row in trail[2:]:
        detail = '{"n":999}' if row.id == trail[2].id else row.detail
        new = _plain(prev, row, detail)
        AuditEntry.update(detail=detail, prev_hash=prev, hash=new).where(
            AuditEntry.id == row.id).execute()
        prev = new
    AuditHead.update(last_hash=prev).where(AuditHead.id == 1).execute()  # head made to agree
    result = audit.verify()
    assert not result.ok and result.kind == "edited" and result.first_bad_id == trail[2].id


def test_the_whole_chain_rewritten_from_genesis_with_plain_hashlib_is_detected(trail):
    prev = "0" * 64
    for row in trail:
        new = _plain(prev, row, row.detail)
        AuditEntry.update(prev_hash=prev, hash=new).where(AuditEntry.id == row.id).execute()
        prev = new
    AuditHead.update(last_hash=prev).where(AuditHead.id == 1).execute()
    result = audit.verify()
    assert not result.ok and result.first_bad_id == trail[0].id


def test_rows_cut_from_the_end_with_a_consistent_head_are_caught_by_the_anchor(trail):
    taken = audit.anchor("test")
    last = trail[-1]
    AuditEntry.delete().where(AuditEntry.id >= trail[-2].id).execute()
    AuditHead.update(last_id=trail[-3].id, last_hash=trail[-3].hash, count=len(trail) - 2
                     ).where(AuditHead.id == 1).execute()
    result = audit.verify()
    assert not result.ok and result.kind == "behind_anchor" and result.first_bad_id == last.id
    assert f"row #{taken['last_id']}" in result.message() and "(test)" in result.message()


def test_verify_names_the_anchor_it_checked_against(trail):
    assert "no anchor outside the database" in audit.verify().message()
    audit.anchor("backup")
    message = audit.verify().message()
    assert "intact" in message and "(backup)" in message and f"row #{trail[-1].id}" in message


@pytest.mark.sqlite_only  # reads the database file itself for the key
def test_the_secret_and_the_anchors_are_owner_only_files_outside_the_database(trail, db):
    audit.anchor("test")
    for path in (secret.secret_path(), secret.anchors_path()):
        assert oct(path.stat().st_mode & 0o777) == "0o600", path
        assert not str(path).startswith(str(db.database))
    key_text = secret.secret_path().read_text().strip()
    database_proxy.obj.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    assert key_text.encode() not in open(db.database, "rb").read()


def test_another_installations_secret_is_told_apart_from_tampering(trail, tmp_path,
                                                                   monkeypatch):
    monkeypatch.setenv(secret.SECRET_ENV, str(tmp_path / "other.key"))
    secret.forget_cached_key()
    try:
        result = audit.verify()
        assert not result.ok and result.kind == "wrong_key" and "other.key" in result.reason
    finally:
        monkeypatch.delenv(secret.SECRET_ENV)
        secret.forget_cached_key()
    assert audit.verify().ok


def test_a_plain_chain_from_the_first_version_is_keyed_by_the_upgrade(tmp_path):
    """The schema step re-chains the old rows with the key and says the old chain held."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    database = open_database(url)
    try:
        from helpdesk_gui.services.security import staff

        person = staff.create_staff(staff.ensure_branch(), "1001", "王芳", "counter")
        for i in range(3):
            audit.record(person, f"x.{i}", "ticket", i)
        prev = "0" * 64
        for row in AuditEntry.select().order_by(AuditEntry.id):  # back to the plain chain
            new = _plain(prev, row, row.detail)
            AuditEntry.update(prev_hash=prev, hash=new).where(AuditEntry.id == row.id).execute()
            prev = new
        AuditHead.update(last_hash=prev).where(AuditHead.id == 1).execute()
        assert not audit.verify().ok
        assert chain.rekey(secret.installation_key()).startswith("plain chain intact (3 rows)")
        assert audit.verify().ok
        assert Meta.get(Meta.key == chain.KEY_ID_KEY).value == chain.key_id(
            secret.installation_key())
    finally:
        database.close()
        database_proxy.initialize(None)
    assert os.environ.get(secret.CONFIG_ENV)


def test_audit_anchor_command_exports_an_anchor_verify_checks_against(tmp_path, monkeypatch,
                                                                      capsys):
    import io

    from helpdesk_gui import cli

    url = f"sqlite:///{tmp_path / 'hall.db'}"
    stdin = lambda text: monkeypatch.setattr("sys.stdin", io.StringIO(text))  # noqa: E731
    stdin("admin9001x\n")
    try:
        assert cli.main(["--db", url, "setup", "--branch-code", "BJ01", "--branch-name", "朝阳",
                         "--admin-no", "9001", "--admin-name", "孙丽", "--password-stdin"]) == 0
        out = tmp_path / "anchor.json"
        stdin("admin9001x\n")
        assert cli.main(["--db", url, "--user", "9001", "--password-stdin", "audit", "anchor",
                         "-o", str(out)]) == 0
        assert oct(out.stat().st_mode & 0o777) == "0o600"
        taken = json.loads(out.read_text())
        capsys.readouterr()
        stdin("admin9001x\n")
        assert cli.main(["--db", url, "--user", "9001", "--password-stdin", "audit", "verify",
                         "--anchor", str(out)]) == 0
        said = capsys.readouterr().out
        assert "intact" in said and f"row #{taken['last_id']}" in said
    finally:
        database_proxy.obj.close()
        database_proxy.initialize(None)


def test_the_monthly_report_carries_the_anchor_on_paper(supervisor, tmp_path):
    from helpdesk_gui.reports.quality_report import build_pdf
    from helpdesk_gui.services.quality import reporting

    report = reporting.monthly_figures("2026-03", None, supervisor)
    head = AuditHead.get_by_id(1)
    assert report["audit_anchor"].startswith("audit anchor ")
    assert f"row #{head.last_id}" in report["audit_anchor"]
    assert head.last_hash in report["audit_anchor"]
    assert build_pdf(report, tmp_path / "r.pdf").stat().st_size > 10_000
