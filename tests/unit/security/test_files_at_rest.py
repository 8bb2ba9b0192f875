"""Files at rest: owner-only database, backups, manifests; tampered backups refused;
ticket numbers never given twice after a restore."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from helpdesk_gui.db import open_database
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.services.security import audit, backup
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

pytestmark = pytest.mark.sqlite_only  # the database file, its WAL and file backups


def _form() -> IntakeForm:
    return IntakeForm(channel="counter", type="consultation", level=3, customer_name="张三",
                      phone="13812345678", subject="水费", description="询问水费")


def _mode(path: Path) -> str:
    return oct(path.stat().st_mode & 0o777)


def test_database_wal_backup_and_manifest_are_owner_only(db, clerk, tmp_path):
    create_ticket(_form(), clerk)
    live = Path(db.database)
    assert _mode(live) == "0o600"
    assert _mode(live.with_name(live.name + "-wal")) == "0o600"
    info = backup.create(tmp_path / "bk")
    assert _mode(info.path) == "0o600"
    assert _mode(backup.manifest_path(info.path)) == "0o600"


def test_the_manifest_carries_the_sha256_and_the_audit_anchor(db, clerk, tmp_path):
    create_ticket(_form(), clerk)
    info = backup.create(tmp_path / "bk")
    manifest = json.loads(backup.manifest_path(info.path).read_text())
    assert manifest["sha256"] == backup.read_manifest(info.path)["sha256"]
    anchor = manifest["audit_anchor"]
    assert AuditEntry.get_by_id(anchor["last_id"]).hash == anchor["last_hash"]
    assert audit.verify(anchor).ok
    assert manifest["audit_anchor"]["database_id"] == audit.database_id()


def test_a_backup_altered_after_it_was_made_is_not_restored(db, clerk, tmp_path):
    create_ticket(_form(), clerk)
    info = backup.create(tmp_path / "bk")
    con = sqlite3.connect(info.path)
    con.execute("UPDATE customer SET name = '李四'")
    con.commit()
    con.close()
    with pytest.raises(backup.BackupError, match="changed after it was made"):
        backup.restore(info.path, Path(db.database))
    backup.manifest_path(info.path).unlink()
    with pytest.raises(backup.BackupError, match="has no manifest"):
        backup.restore(info.path, Path(db.database))


def test_numbers_given_out_after_a_backup_are_not_given_again_after_restoring_it(
        db, clerk, tmp_path):
    first = create_ticket(_form(), clerk).ticket_no
    info = backup.create(tmp_path / "bk")
    later = [create_ticket(_form(), clerk).ticket_no for _ in range(3)]
    url, live = f"sqlite:///{db.database}", Path(db.database)
    db.close()
    database_proxy.initialize(None)
    backup.restore(info.path, live)
    open_database(url)
    again = create_ticket(_form(), clerk).ticket_no
    assert first.endswith("-0001") and later[-1].endswith("-0004")
    assert again not in later + [first] and again.endswith("-0005")
