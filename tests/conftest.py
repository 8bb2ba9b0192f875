"""Shared test set-up: headless Qt, and a fresh temporary database per test.

Every test under ``tests/unit`` that uses ``db`` runs twice: on an SQLite file and on a
private PostgreSQL server started once for the session (``tests/pghall.py``). Tests that
are about SQLite itself (file pragmas, WAL, file backups) carry ``@pytest.mark.sqlite_only``.
GUI tests run on SQLite.
"""

from __future__ import annotations

import io
import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Commands run by tests log here, not into the developer's own log folder.
os.environ.setdefault("HELPDESK_LOG_DIR", tempfile.mkdtemp(prefix="helpdesk-test-logs-"))
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# The installation secret and audit anchors of the test run, never the developer's own.
os.environ.setdefault("HELPDESK_CONFIG_DIR", __import__("tempfile").mkdtemp(prefix="hd-cfg-"))

import pghall  # noqa: E402
import pytest  # noqa: E402

from helpdesk_gui.db import open_database  # noqa: E402
from helpdesk_gui.db.connect import database_proxy  # noqa: E402
from helpdesk_gui.services.security import staff as staff_service  # noqa: E402

pytest_report_header = pghall.report_header
pytest_terminal_summary = pghall.terminal_summary
pytest_sessionfinish = pghall.session_finish


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "sqlite_only: about SQLite itself; not run against PostgreSQL")


def pytest_generate_tests(metafunc):
    """Run each unit test that uses ``db`` on both backends (PostgreSQL when available)."""
    if "backend" not in metafunc.fixturenames:
        return
    if any("backend" in str(m.args[0]) for m in metafunc.definition.iter_markers("parametrize")):
        return  # the test picks its backend itself
    metafunc.parametrize("backend", pghall.backends_for(metafunc), indirect=True)


@pytest.fixture
def backend(request):
    """Which database the test runs on: ``sqlite`` or ``postgresql``."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def db(backend, tmp_path):
    """A fresh database with the current schema, bound to the models."""
    if backend == "postgresql":
        url = pghall.fresh_database()
    else:
        url = f"sqlite:///{tmp_path / 'helpdesk.db'}"
    database = open_database(url, migrate=True)
    database.test_url = url
    yield database
    database.close()
    database_proxy.initialize(None)


@pytest.fixture
def sql_seen(db, monkeypatch) -> list[str]:
    """The SQL the test database runs from here on, in order (``clear()`` it to start
    looking later): which statement a service chose, not only what it returned."""
    seen: list[str] = []
    execute = db.execute_sql

    def spy(sql, params=None, *args, **kwargs):
        seen.append(sql)
        return execute(sql, params, *args, **kwargs)

    monkeypatch.setattr(db, "execute_sql", spy)
    return seen


@pytest.fixture
def db_url(db):
    """The URL the test database was opened with (for commands and other processes)."""
    return db.test_url


@pytest.fixture
def branch(db):
    return staff_service.ensure_branch("BJ01", "北京朝阳营业厅")


@pytest.fixture
def clerk(branch):
    return staff_service.create_staff(branch, "1001", "王芳", "counter")


@pytest.fixture
def handler(branch):
    return staff_service.create_staff(branch, "2001", "李强", "handler")


@pytest.fixture
def supervisor(branch):
    return staff_service.create_staff(branch, "3001", "赵敏", "supervisor")


@pytest.fixture
def ops(qapp):
    """A background-op runner that runs everything at once (deterministic GUI tests)."""
    from helpdesk_gui.app.ops import OpRunner

    return OpRunner(synchronous=True)


@pytest.fixture
def ctx(ops, branch, clerk, tmp_path):
    """The context a page gets, with settings kept in a temporary file."""
    from PySide6.QtCore import QSettings

    from helpdesk_gui.app.context import AppContext

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(ops=ops, actor=clerk, branch=branch,
                      database_display=str(tmp_path / "helpdesk.db"), settings=settings,
                      language="zh_CN")


CLI_PASSWORD = "signin2026"


@pytest.fixture
def cli_sign_in(monkeypatch):
    """Sign command-line runs in as ``person`` (as the command line requires).

    Gives ``person`` a password once (and the database an administrator, so it is past
    first run), feeds that password as the first line of standard input followed by
    ``more``, and returns the global options ``--user NO --password-stdin``.
    """
    from helpdesk_gui.services.security import auth

    prepared: set[int] = set()

    def sign(person, more: str = "") -> list[str]:
        if person.id not in prepared:
            if auth.needs_first_run() and person.role != "admin":
                keeper = staff_service.create_staff(person.branch, "9999", "管理员", "admin")
                auth.set_password(keeper, CLI_PASSWORD)
            auth.set_password(person, CLI_PASSWORD)
            prepared.add(person.id)
        monkeypatch.setattr("sys.stdin", io.StringIO(CLI_PASSWORD + "\n" + more))
        return ["--user", person.employee_no, "--password-stdin"]

    return sign


@pytest.fixture(autouse=True)
def _no_import_pauses(monkeypatch):
    """Imports pause between batches to let counters in; tests need not wait for that."""
    from helpdesk_gui.services.ledger import staging

    monkeypatch.setattr(staging, "PAUSE_SECONDS", 0)
