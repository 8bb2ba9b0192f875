"""The backup page (administrators): back up now, see the generations, restore one.

Backing up and restoring run on the writer thread. A restore asks for confirmation,
keeps a safety copy of the database as it was, and then emits ``restored``: the data
this window shows (and the signed-in staff member) may no longer exist, so the
application must restart — the main window connects ``restored`` to closing itself.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.services.security import permissions
from helpdesk_gui.ui.branch_time import SECONDS, local_text
from helpdesk_gui.ui.security.password_dialog import ERROR_STYLE
from helpdesk_gui.ui.service_errors import error_text

log = logging.getLogger(__name__)
DIR_SETTING = "backup/dir"
KEEP_SETTING = "backup/keep"


def _restore_job(path: Path, actor):
    from helpdesk_gui.services.security import backup

    employee_no = actor.employee_no
    result = backup.restore(path, backup.live_path(), actor=actor)
    try:
        backup.record_restore(result, employee_no)
    except Exception:  # an old schema has no audit table until the next start upgrades it
        log.warning("restore not audited in the restored database", exc_info=True)
    return result


class BackupPage(QWidget):
    restored = Signal(object)  # services.security.backup.RestoreResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.directory: Path | None = None
        self.backups: list = []
        layout = QVBoxLayout(self)
        if not permissions.allowed(ctx.actor, "backup.create"):
            layout.addWidget(QLabel(self.tr("Only administrators manage backups.")))
            layout.addStretch(1)
            return
        self.folder = QLabel()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Back up now"))
        self.create_button.setObjectName("backup_now")
        self.restore_button = QPushButton(self.tr("Restore selected…"))
        self.restore_button.setObjectName("restore")
        self.create_button.clicked.connect(self.create_backup)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Made at"), self.tr("Kind"),
                                              self.tr("Size"), self.tr("File")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((160, 130, 80)):
            self.table.setColumnWidth(column, width)
        self.table.verticalHeader().hide()
        self.restore_button.setEnabled(False)  # until a backup is chosen in the list
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(bool(self.table.selectedItems())))
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout.addWidget(self.folder)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.refresh()

    def _folder(self) -> Path:
        from helpdesk_gui.services.security import backup

        saved = str(self.ctx.settings.value(DIR_SETTING, "") or "")
        return Path(saved) if saved else backup.default_dir(backup.live_path())

    def _keep(self) -> int:
        from helpdesk_gui.services.security import backup

        try:
            return max(1, int(self.ctx.settings.value(KEEP_SETTING, backup.DEFAULT_KEEP)))
        except (TypeError, ValueError):
            return backup.DEFAULT_KEEP

    def refresh(self) -> None:
        from helpdesk_gui.services.security import backup

        try:
            self.directory = self._folder()
        except Exception as exc:  # PostgreSQL: no file to back up here
            self._error(exc)
            self.create_button.setEnabled(False)
            self.restore_button.setEnabled(False)
            return
        self.folder.setText(self.tr("Backup folder: %1").replace("%1", str(self.directory)))
        directory = self.directory
        self.ctx.ops.read(lambda: backup.list_backups(directory), self._show, self._error)

    def _show(self, backups: list) -> None:
        tz = self.ctx.branch.timezone
        kinds = {"manual": self.tr("on demand"), "scheduled": self.tr("scheduled"),
                 "pre-restore": self.tr("before a restore")}
        self.table.setRowCount(len(backups))
        for row, info in enumerate(backups):
            values = (local_text(info.created_at, tz, SECONDS),
                      kinds.get(info.label, info.label),
                      f"{info.size / 1_048_576:.1f} MB", str(info.path))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.backups = backups

    def create_backup(self) -> None:
        from helpdesk_gui.services.security import backup

        directory, keep, actor = self.directory, self._keep(), self.ctx.actor
        self.create_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Backing up…"))
        self.ctx.ops.write(lambda: backup.create(directory, keep, actor=actor),
                           self._created, self._error)

    def _created(self, info) -> None:
        self.create_button.setEnabled(True)
        self.status.setText(self.tr("Backup written and verified: %1")
                            .replace("%1", info.path.name))
        self.refresh()

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.status.setText(self.tr("Choose the backup to restore."))
            return
        info = self.backups[rows[0].row()]
        answer = QMessageBox.question(
            self, self.tr("Restore backup"),
            self.tr("Replace the database with the backup made at %1? Everything entered "
                    "since then is replaced (a safety copy of the current database is kept). "
                    "The application closes afterwards.").replace(
                "%1", local_text(info.created_at, self.ctx.branch.timezone, SECONDS)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = self.ctx.actor
        self.restore_button.setEnabled(False)
        self.ctx.ops.write(lambda: _restore_job(info.path, actor), self._restored, self._error)

    def _restored(self, result) -> None:
        self.restore_button.setEnabled(True)
        QMessageBox.information(self, self.tr("Restore backup"), self.tr(
            "The database was restored. The application closes now; start it again."))
        self.restored.emit(result)

    def _error(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        self.restore_button.setEnabled(True)
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(exc))
