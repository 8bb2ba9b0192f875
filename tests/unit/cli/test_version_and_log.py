"""``--version`` names every part that matters; every run leaves a rotating log file."""

from __future__ import annotations

import logging
import logging.handlers
import sqlite3

import PySide6
import pytest

from helpdesk_gui import __version__, cli
from helpdesk_gui.app import diagnostics


@pytest.fixture(autouse=True)
def _root_logger_restored():
    """Leave the root logger as the other tests expect it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def test_version_prints_program_qt_sqlite_and_python(capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--version"])
    assert stopped.value.code == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == f"helpdesk_gui {__version__}"
    assert out[1].startswith("Qt 6.") and f"PySide6 {PySide6.__version__}" in out[1]
    assert out[2] == f"SQLite {sqlite3.sqlite_version}"
    assert out[3].startswith("Python 3.")


def test_a_command_logs_to_the_file_in_the_log_folder(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(diagnostics.LOG_DIR_VARIABLE, str(tmp_path / "logs"))
    url = f"sqlite:///{tmp_path / 'hall.db'}"
    assert cli.main(["db", "info", "--db", url]) == 0
    logged = (tmp_path / "logs" / diagnostics.LOG_FILE_NAME).read_text(encoding="utf-8")
    assert f"helpdesk-gui {__version__}: db" in logged
    assert "INFO" in logged and "INFO" not in capsys.readouterr().err


def test_the_log_file_rotates_and_a_second_setup_replaces_the_first(tmp_path, monkeypatch):
    monkeypatch.setenv(diagnostics.LOG_DIR_VARIABLE, str(tmp_path))
    diagnostics.setup_logging()
    path = diagnostics.setup_logging(verbose=True)
    ours = [h for h in logging.getLogger().handlers
            if isinstance(h, logging.handlers.RotatingFileHandler)
            and h.baseFilename == str(path)]
    assert len(ours) == 1
    assert (ours[0].maxBytes, ours[0].backupCount) == (diagnostics.LOG_MAX_BYTES,
                                                       diagnostics.LOG_BACKUPS)
    chunk = "x" * 1000
    for _ in range(diagnostics.LOG_MAX_BYTES // 1000 + 50):
        logging.getLogger("helpdesk_gui.test").info(chunk)
    assert (tmp_path / f"{diagnostics.LOG_FILE_NAME}.1").exists()
    assert path.stat().st_size < diagnostics.LOG_MAX_BYTES


def test_an_unwritable_log_folder_costs_the_file_not_the_run(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(diagnostics.LOG_DIR_VARIABLE, str(blocker / "logs"))
    assert diagnostics.setup_logging() is None
