"""Start-up with a refused database file: a dialog that says why and offers a way out."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from helpdesk_gui.db.checks import UnusableDatabase
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.services.security import backup, staff
from helpdesk_gui.ui.application import _open_database
from helpdesk_gui.ui.security import bad_database


@pytest.fixture(autouse=True)
def _close():
    yield
    if database_proxy.obj is not None:
        database_proxy.obj.close()
        database_proxy.initialize(None)


def _garbage(path: Path) -> Path:
    path.write_bytes(os.urandom(4096))
    return path


def test_the_dialog_names_the_reason_and_offers_three_ways(qtbot, tmp_path):
    error = UnusableDatabase("detail", tmp_path / "x.db", "foreign")
    dialog = bad_database.BadDatabaseDialog(error)
    qtbot.addWidget(dialog)
    assert "another program" in dialog.text() and str(tmp_path / "x.db") in dialog.informativeText()
    assert [b.text() for b in (dialog.other_button, dialog.restore_button,
                               dialog.quit_button)] == [
        "Choose another file…", "Restore a backup…", "Quit"]


def test_quit_returns_none_without_a_traceback(qtbot, tmp_path):
    url = f"sqlite:///{_garbage(tmp_path / 'x.db')}"
    seen = []
    assert bad_database.open_or_recover(_open_database, url,
                                        ask=lambda e: seen.append(e.kind) or "quit") is None
    assert seen == ["not_sqlite"]


def test_choosing_another_file_opens_it(qtbot, tmp_path, monkeypatch):
    url = f"sqlite:///{_garbage(tmp_path / 'x.db')}"
    fresh = tmp_path / "fresh.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    shown = bad_database.open_or_recover(_open_database, url, ask=lambda e: "other")
    assert shown == str(fresh) and fresh.exists()


def test_restoring_a_backup_in_place_of_the_unusable_file(qtbot, tmp_path, monkeypatch):
    live = tmp_path / "hall.db"
    _open_database(f"sqlite:///{live}")
    staff.ensure_branch("BJ01", "朝阳")
    made = backup.create(tmp_path / "bk")
    database_proxy.obj.close()
    database_proxy.initialize(None)
    for suffix in ("-wal", "-shm"):
        live.with_name(live.name + suffix).unlink(missing_ok=True)
    _garbage(live)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(made.path), ""))
    answers = iter(["restore"])
    shown = bad_database.open_or_recover(_open_database, f"sqlite:///{live}",
                                         ask=lambda e: next(answers))
    assert shown == str(live)
    from helpdesk_gui.domain.hall import Branch
    from helpdesk_gui.domain.security.models import AuditEntry

    assert [b.code for b in Branch.select()] == ["BJ01"]
    assert AuditEntry.select().order_by(AuditEntry.id.desc()).first().actor_no == "start-up"
    assert list(tmp_path.glob("hall.db.unusable-*"))
