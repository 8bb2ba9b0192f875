"""Shared test set-up: headless Qt, and a fresh temporary database per test."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Commands run by tests log here, not into the developer's own log folder.
os.environ.setdefault("HELPDESK_LOG_DIR", tempfile.mkdtemp(prefix="helpdesk-test-logs-"))
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

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
