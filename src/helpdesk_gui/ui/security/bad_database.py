"""At start-up, a database file that cannot be used: say why, offer a way out.

``open_or_recover`` opens the database; when the file is refused (``db.checks``:
random bytes, truncated, read-only, another program's file, newer schema) it shows a
dialog that names the reason and offers to choose another file, to restore a backup in
its place, or to quit — never a traceback, never a window that does not appear. The
restore copies a whole hall file and its audit row is a write: both run off the GUI
thread (``run_while_painting``), like the opening itself.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from helpdesk_gui.db.checks import UnusableDatabase
from helpdesk_gui.domain.errors import HelpdeskError
from helpdesk_gui.ui.waiting import run_while_painting

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BadDatabaseDialog", text)


def reason_text(error: UnusableDatabase) -> str:
    """The reason in the user's language (the English detail goes below it)."""
    reasons = {
        "not_sqlite": _tr("The file is not a helpdesk database: it is damaged, or another "
                          "kind of file."),
        "truncated": _tr("The database file is truncated: it was cut off while copying or "
                         "by a full disk."),
        "read_only": _tr("This Windows/Linux account may not write the database file."),
        "foreign": _tr("The file is another program's database. The helpdesk does not "
                       "change it."),
        "damaged": _tr("The database file is damaged."),
        "too_new": _tr("The database was written by a newer version of the helpdesk. "
                       "Install that version."),
    }
    return reasons.get(error.kind, _tr("The database file cannot be used."))


class BadDatabaseDialog(QMessageBox):
    """Why the file is refused, and three ways on: another file, a backup, quit."""

    def __init__(self, error: UnusableDatabase, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("bad_database")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(_tr("Database cannot be opened"))
        self.setText(reason_text(error))
        self.setInformativeText(str(error.path))
        self.setDetailedText(str(error))
        self.other_button = self.addButton(_tr("Choose another file…"),
                                           QMessageBox.ButtonRole.AcceptRole)
        self.restore_button = self.addButton(_tr("Restore a backup…"),
                                             QMessageBox.ButtonRole.ActionRole)
        self.quit_button = self.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button)

    def choice(self) -> str:
        clicked = self.clickedButton()
        if clicked is self.other_button:
            return "other"
        if clicked is self.restore_button:
            return "restore"
        return "quit"


def _ask(error: UnusableDatabase) -> str:
    dialog = BadDatabaseDialog(error)
    dialog.exec()
    return dialog.choice()


def _restore(error: UnusableDatabase) -> bool:
    from helpdesk_gui.services.security import backup

    start = str(backup.default_dir(error.path))
    chosen, _ = QFileDialog.getOpenFileName(None, _tr("Restore a backup"), start,
                                            _tr("Helpdesk backups (helpdesk-*.db)"))
    if not chosen:
        return False
    try:
        run_while_painting(lambda: backup.restore_over_unusable(Path(chosen), error.path),
                           _tr("Restoring the backup…"))
    except (HelpdeskError, OSError) as exc:
        QMessageBox.critical(None, _tr("Restore a backup"), str(exc))
        return False
    return True


def open_or_recover(open_database: Callable[[str | None], str], url: str | None,
                    ask: Callable[[UnusableDatabase], str] = _ask) -> str | None:
    """Open ``url``; on a refused file, let the user choose. Returns the display name of
    the database opened, or None when the user quits."""
    restored = False
    while True:
        try:
            shown = open_database(url)
        except UnusableDatabase as error:
            log.warning("database refused: %s", error)
            choice = ask(error)
            if choice == "quit":
                return None
            if choice == "restore":
                restored = _restore(error) or restored
                continue
            chosen, _ = QFileDialog.getSaveFileName(
                None, _tr("Choose another database file"), str(error.path.parent),
                _tr("Helpdesk database (*.db)"),
                options=QFileDialog.Option.DontConfirmOverwrite)
            if chosen:
                url = f"sqlite:///{chosen}"
            continue
        if restored:
            run_while_painting(_audit_startup_restore, _tr("Restoring the backup…"))
        return shown


def _audit_startup_restore() -> None:
    """The restore in the audit trail, once the restored file is open (it holds the trail)."""
    from helpdesk_gui.services.security import audit

    audit.record(None, "backup.restore", "backup", "", {"at": "start-up, file unusable"},
                 actor_no="start-up")
    audit.anchor("restore at start-up")
