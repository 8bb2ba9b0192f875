"""Shared test set-up: headless Qt, and a fresh temporary database per test."""

from __future__ import annotations

import io
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
# The installation secret and audit anchors of the test run, never the developer's own.
os.environ.setdefault("HELPDESK_CONFIG_DIR", __import__("tempfile").mkdtemp(prefix="hd-cfg-"))

import pytest  # noqa: E402

from helpdesk_gui.db import open_database  # noqa: E402
from helpdesk_gui.db.connect import database_proxy  # noqa: E402
from helpdesk_gui.services.security import staff as staff_service


@pytest.fixture
def db(tmp_path):
    """A fresh SQLite database file with the current schema, bound to the models."""
    database = open_database(f"sqlite:///{tmp_path / 'helpdesk.db'}")
    yield database
    database.close()
    database_proxy.initialize(None)


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
