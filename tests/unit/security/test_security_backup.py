"""Online backups, rotation, restore round trip, and refusing network storage."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from helpdesk_gui.db import open_database
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.errors import ConfigurationError, PermissionDenied
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.services.security import audit, backup
from helpdesk_gui.services.security import staff as staff_service

pytestmark = pytest.mark.sqlite_only  # backups of an SQLite file (a server has pg_dump)


def test_backup_is_online_verified_and_self_contained(db, admin, tmp_path):
    # an uncommitted-to-main-file change sits in the WAL: a file copy would miss it
    staff_service.create_staff(admin.branch, "5005", "周敏", "handler")
    live = Path(db.database)
    assert Path(str(live) + "-wal").exists()
    info = backup.create(tmp_path / "bk", keep=3, actor=admin)
    assert info.path.exists() and info.label == "manual"
    assert backup.integrity(info.path) == "ok"
    con = sqlite3.connect(info.path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert con.execute("SELECT name FROM staff WHERE employee_no='5005'").fetchone() == ("周敏",)
    con.close()
    row = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (row.action, row.actor_no) == ("backup.create", "9001")


def test_default_folder_is_beside_the_database(db, admin):
    info = backup.create(actor=admin)
    assert info.path.parent == Path(db.database).parent / "backups"


def test_generations_are_rotated(db, admin, tmp_path):
    start = datetime(2025, 5, 1, 2, 0)
    for i in range(5):
        backup.create(tmp_path, keep=3, actor=admin, now=start + timedelta(hours=i))
    names = [b.path.name for b in backup.list_backups(tmp_path)]
    assert names == [f"helpdesk-20250501-0{h}0000Z-manual.db" for h in (6, 5, 4)]


def test_same_second_backups_do_not_overwrite(db, admin, tmp_path):
    at = datetime(2025, 5, 1, 2, 0)
    a = backup.create(tmp_path, actor=admin, now=at)
    b = backup.create(tmp_path, actor=admin, now=at)
    assert a.path != b.path and len(backup.list_backups(tmp_path)) == 2


def test_only_administrators_back_up(db, supervisor, tmp_path):
    with pytest.raises(PermissionDenied):
        backup.create(tmp_path, actor=supervisor)
    assert backup.list_backups(tmp_path) == []


def test_restore_round_trip_with_safety_backup(db, admin, tmp_path):
    live = Path(db.database)
    saved = backup.create(tmp_path / "bk", actor=admin)
    later = staff_service.create_staff(admin.branch, "6006", "后来者", "counter")
    db.close()
    database_proxy.initialize(None)

    result = backup.restore(saved.path, live, actor=None, safety_dir=tmp_path / "bk")

    open_database(f"sqlite:///{live}")
    backup.record_restore(result, "9001")
    assert Staff.get_or_none(Staff.employee_no == "6006") is None
    assert Staff.get_or_none(Staff.employee_no == "9001") is not None
    assert result.safety is not None and result.safety.label == backup.SAFETY
    con = sqlite3.connect(result.safety.path)
    assert con.execute("SELECT name FROM staff WHERE id=?", (later.id,)).fetchone() == ("后来者",)
    con.close()
    assert audit.verify().ok
    assert AuditEntry.select().order_by(AuditEntry.id.desc()).first().action == "backup.restore"
    assert backup.integrity(live) == "ok"


def test_restore_refuses_a_damaged_or_foreign_file(db, tmp_path):
    damaged = tmp_path / "helpdesk-20250101-000000-manual.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(backup.BackupError, match="damaged"):
        backup.restore(damaged, Path(db.database))
    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("CREATE TABLE x (a)").connection.close()
    with pytest.raises(backup.BackupError, match="not a helpdesk database"):
        backup.restore(foreign, Path(db.database))
    assert list(tmp_path.glob("*pre-restore*")) == []


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
server:/export /mnt/hall nfs4 rw 0 0
//nas/share /media/share\\040drive cifs rw 0 0
/dev/sdb1 /mnt/hall/local ext4 rw 0 0
"""


@pytest.mark.parametrize(("path", "refused"), [
    ("/home/clerk/helpdesk.db", False),
    ("/mnt/hall/helpdesk.db", True),
    ("/mnt/hall/sub/dir/helpdesk.db", True),
    ("/mnt/hall/local/helpdesk.db", False),  # a local disk mounted inside the share
    ("/media/share drive/helpdesk.db", True),
    ("/mnt/hallway/helpdesk.db", False),
    ("\\\\server\\share\\helpdesk.db", True),
    ("//server/share/helpdesk.db", True),
])
def test_network_storage_is_refused(path, refused):
    if refused:
        with pytest.raises(ConfigurationError, match="PostgreSQL"):
            backup.refuse_network_storage(path, mounts_text=MOUNTS)
    else:
        backup.refuse_network_storage(path, mounts_text=MOUNTS)


def test_real_mount_table_accepts_the_temporary_folder(tmp_path):
    assert backup.network_reason(tmp_path / "helpdesk.db") is None


def test_backup_times_are_utc_whatever_the_pc_zone(db, admin, tmp_path, monkeypatch):
    """New names carry UTC ("Z"); older names were the PC's local time (nightly ones UTC)."""
    import os
    import time

    monkeypatch.setenv("TZ", "Etc/GMT-3")  # the PC three hours ahead of UTC
    time.tzset()
    try:
        made = backup.create(tmp_path, actor=admin, now=datetime(2026, 3, 1, 23, 30, 5))
        assert made.path.name == "helpdesk-20260301-233005Z-manual.db"
        for name in ("helpdesk-20260301-120000-manual.db", "helpdesk-20260301-120000-scheduled.db"):
            (tmp_path / name).write_bytes(b"")
        listed = {b.path.name: b.created_at for b in backup.list_backups(tmp_path)}
    finally:
        os.environ.pop("TZ", None)
        time.tzset()
    assert listed == {"helpdesk-20260301-233005Z-manual.db": datetime(2026, 3, 1, 23, 30, 5),
                      "helpdesk-20260301-120000-manual.db": datetime(2026, 3, 1, 9, 0),
                      "helpdesk-20260301-120000-scheduled.db": datetime(2026, 3, 1, 12, 0)}
