"""Bad database files: each refused with its own clear message, none converted."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from helpdesk_gui.db import open_database
from helpdesk_gui.db.checks import UnusableDatabase
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.services.security import staff


@pytest.fixture
def url_of():
    yield lambda path: f"sqlite:///{path}"
    if database_proxy.obj is not None:
        database_proxy.obj.close()
        database_proxy.initialize(None)


def _good(path):
    database = open_database(f"sqlite:///{path}")
    staff.ensure_branch("BJ01", "朝阳")
    for n in range(300):
        database.execute_sql("INSERT INTO meta (key, value) VALUES (?, ?)", (f"k{n}", "x" * 500))
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    database_proxy.initialize(None)


def _refused(url, kind, words):
    with pytest.raises(UnusableDatabase) as err:
        open_database(url)
    assert err.value.kind == kind and words in str(err.value)


def test_random_bytes_are_not_a_database(tmp_path, url_of):
    path = tmp_path / "x.db"
    path.write_bytes(os.urandom(8192))
    _refused(url_of(path), "not_sqlite", "not an SQLite file")


def test_a_truncated_file_is_named_truncated(tmp_path, url_of):
    path = tmp_path / "t.db"
    _good(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _refused(url_of(path), "truncated", "truncated")


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root writes read-only files; see the subprocess test")
def test_a_read_only_file_is_named_read_only(tmp_path, url_of):
    path = tmp_path / "r.db"
    _good(path)
    path.chmod(0o400)
    _refused(url_of(path), "read_only", "read-only")


def test_a_read_only_file_is_refused_for_an_ordinary_user(tmp_path):
    """Run as an unprivileged account (nobody) when the tests run as root."""
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    shared = Path(tempfile.mkdtemp(prefix="hd-shared-"))  # a folder every account can enter
    shared.chmod(0o755)
    path = shared / "r.db"
    _good(path)
    path.chmod(0o644)
    code = ("import sys; from helpdesk_gui.db import open_database\n"
            "from helpdesk_gui.db.checks import UnusableDatabase\n"
            "try:\n open_database(sys.argv[1])\n"
            "except UnusableDatabase as e:\n print(e.kind); print(e)\n")
    command = [sys.executable, "-c", code, f"sqlite:///{path}"]
    if os.geteuid() == 0:
        command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
    env = dict(os.environ, HELPDESK_CONFIG_DIR=str(tmp_path / "cfg-nobody"))
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.stdout.startswith("read_only") and "read-only" in done.stdout


def test_a_foreign_sqlite_file_is_refused_and_left_unchanged(tmp_path, url_of):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    con.execute("INSERT INTO invoices (total) VALUES (12.5)")
    con.commit()
    con.close()
    before = path.read_bytes()
    _refused(url_of(path), "foreign", "tables: invoices")
    assert path.read_bytes() == before


def test_a_newer_schema_is_refused(tmp_path, url_of):
    path = tmp_path / "new.db"
    _good(path)
    con = sqlite3.connect(path)
    con.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    _refused(url_of(path), "too_new", "newer than this application")


def test_the_command_line_says_why_without_a_traceback(tmp_path):
    path = tmp_path / "x.db"
    path.write_bytes(os.urandom(4096))
    done = subprocess.run([sys.executable, "-m", "helpdesk_gui", "--db", f"sqlite:///{path}",
                           "db", "info"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "not an SQLite file" in done.stderr


def test_a_database_in_use_by_another_counter_is_not_taken_for_truncated(tmp_path):
    """Mid-checkpoint a live WAL database may be shorter than page 1 says: not truncated."""
    from helpdesk_gui.db.checks import _header, _truncated

    path = tmp_path / "live.db"
    _good(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])  # as a checkpoint in progress may leave it
    assert _truncated(path, _header(path))
    path.with_name("live.db-wal").write_bytes(b"\x37\x7f\x06\x82" + b"\x00" * 28)
    assert not _truncated(path, _header(path))
