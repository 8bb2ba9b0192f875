"""What an administrator needs to report a problem: versions, and a log file that stays.

``helpdesk-gui --version`` and Help → About show the same ``version_lines()``. Every run
(window or headless command) logs to a rotating file in the user's log folder
(``platformdirs.user_log_dir``; ``HELPDESK_LOG_DIR`` overrides it), so a counter PC that
misbehaved yesterday can still tell what happened; standard error gets warnings only,
or everything with ``-v``.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import sqlite3
import sys
from pathlib import Path

from helpdesk_gui import __version__

APP_NAME = "helpdesk_gui"
LOG_FILE_NAME = "helpdesk-gui.log"
LOG_DIR_VARIABLE = "HELPDESK_LOG_DIR"
LOG_MAX_BYTES = 1024 * 1024
LOG_BACKUPS = 5  # helpdesk-gui.log.1 … .5: at most ~6 MiB per user
LOG_FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
# Libraries that log every routine step at INFO (the scheduler runs a job every minute).
QUIET_LOGGERS = ("apscheduler", "peewee")
_OURS = "_helpdesk_handler"  # marks the handlers set up here, so a second call replaces them


def version_lines() -> list[str]:
    """Our version and those of the parts that decide how the program behaves."""
    import PySide6
    from PySide6.QtCore import qVersion

    return [
        f"helpdesk_gui {__version__}",
        f"Qt {qVersion()} (PySide6 {PySide6.__version__})",
        f"SQLite {sqlite3.sqlite_version}",
        f"Python {platform.python_version()} ({platform.python_implementation()}, "
        f"{sys.platform}{', bundled' if getattr(sys, 'frozen', False) else ''})",
    ]


def log_dir() -> Path:
    """The folder of the log file: ``HELPDESK_LOG_DIR``, else the user's log folder."""
    chosen = os.environ.get(LOG_DIR_VARIABLE)
    if chosen:
        return Path(chosen)
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    """The current log file (older ones beside it end in .1 … .5)."""
    return log_dir() / LOG_FILE_NAME


def setup_logging(verbose: bool = False) -> Path | None:
    """Log to standard error and to the rotating log file; returns the file, or None.

    A log folder that cannot be created (read-only profile) costs the file, not the run.
    """
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _OURS, False)]:
        root.removeHandler(handler)
        handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO if verbose else logging.WARNING)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    _add(root, console)
    path = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        to_file = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError as exc:
        logging.getLogger(__name__).warning("no log file in %s: %s", path.parent, exc)
        return None
    to_file.setFormatter(logging.Formatter(LOG_FORMAT))
    _add(root, to_file)
    return path


def _add(root: logging.Logger, handler: logging.Handler) -> None:
    setattr(handler, _OURS, True)
    root.addHandler(handler)
