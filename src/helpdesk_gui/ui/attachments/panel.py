"""Attachments of one record: thumbnails, add by dialog, drag and drop or paste, viewer.

The file is checked against the size limit before it is read, so a 40 MB scan is
refused at once with its size and the limit; reading, storing and thumbnail bytes all
come and go through background operations. Images show as thumbnails; a PDF as an icon,
opened in the viewer (Qt PDF).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.services.attachments import files
from helpdesk_gui.services.security import permissions
from helpdesk_gui.ui import branch_time
from helpdesk_gui.ui.service_errors import error_text

THUMB = 96
FILTER = " (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf)"


def png_bytes(image: QImage) -> bytes:
    """A pasted screenshot as PNG bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _read(path: Path) -> bytes:
    return path.read_bytes()


class AttachmentPanel(QGroupBox):
    """The files of one ticket, complaint or suggestion (``set_owner`` chooses which)."""

    added = Signal()

    def __init__(self, ctx, owner_type: str, parent: QWidget | None = None):
        super().__init__(self.tr("Attachments"), parent)
        self.setObjectName(f"attachments_{owner_type}")
        self.ctx, self.owner_type = ctx, owner_type
        self.owner_id: int | None = None
        self.rows: list[files.AttachmentRow] = []
        self.list = QListWidget(self)
        self.list.setObjectName("attachment_list")
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMaximumHeight(THUMB + 48)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.add_button = QPushButton(self.tr("Add file…"), self)
        self.add_button.setObjectName("add_attachment")
        self.add_button.clicked.connect(self.choose_files)
        self.message = QLabel(self)
        self.message.setObjectName("attachment_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#b3261e")
        hint = QLabel(self.tr("Drop files here or paste a screenshot (Ctrl+V)."), self)
        hint.setStyleSheet("color:#666")
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.setAcceptDrops(True)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        paste.activated.connect(self.paste)
        self.may_add = permissions.allowed(ctx.actor, "attachment.add")
        self.add_button.setEnabled(False)  # until there is a record to attach to
        self.setVisible(permissions.allowed(ctx.actor, "attachment.view"))

    # --- loading --------------------------------------------------------------------------
    def set_owner(self, owner_id: int | None) -> None:
        self.owner_id = owner_id
        self.add_button.setEnabled(self.may_add and owner_id is not None)
        self.message.clear()
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        if self.owner_id is None:
            return
        actor, kind, owner = self.ctx.actor, self.owner_type, self.owner_id
        self.ctx.ops.read(lambda: files.list_for(actor, kind, owner),
                          lambda rows: self._show(owner, rows), self._failed)

    def _show(self, owner: int, rows: list[files.AttachmentRow]) -> None:
        if owner != self.owner_id:
            return
        self.rows = rows
        self.list.clear()
        pdf_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        for row in rows:
            item = QListWidgetItem(pdf_icon, row.file_name)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(f"{row.file_name}\n{files.megabytes(row.size)} · {row.added_by}")
            self.list.addItem(item)
        images = [r.id for r in rows if r.is_image]
        if images:
            actor = self.ctx.actor
            self.ctx.ops.read(lambda: files.thumbnails(actor, images), self._thumbnails)

    def _thumbnails(self, data: dict[int, bytes]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            content = data.get(item.data(Qt.ItemDataRole.UserRole))
            if content:
                image = QImage.fromData(content)
                if not image.isNull():
                    thumb = image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation)
                    item.setIcon(QIcon(QPixmap.fromImage(thumb)))

    # --- adding ---------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"), "",
                                                self.tr("Images and PDF") + FILTER)
        self.add_paths([Path(p) for p in paths])

    def add_paths(self, paths: list[Path]) -> None:
        """Attach files from disk: over-size files are refused before they are read."""
        for path in paths:
            try:
                size = path.stat().st_size
            except OSError as exc:
                self.message.setText(self.tr("Cannot read %1: %2").replace("%1", path.name)
                                     .replace("%2", exc.strerror or str(exc)))
                continue
            if size > files.MAX_BYTES:
                self.message.setText(self.too_big(path.name, size))
                continue
            self._store(path.name, lambda p=path: _read(p))

    def too_big(self, name: str, size: int) -> str:
        return (self.tr("%1 is %2; files up to %3 can be attached. Take the photo at a "
                        "lower resolution or scan at 150 dpi.")
                .replace("%1", name).replace("%2", files.megabytes(size))
                .replace("%3", files.megabytes(files.MAX_BYTES)))

    def add_bytes(self, name: str, data: bytes) -> None:
        if len(data) > files.MAX_BYTES:
            self.message.setText(self.too_big(name, len(data)))
            return
        self._store(name, lambda: data)

    def _store(self, name: str, read) -> None:
        if self.owner_id is None or not self.add_button.isEnabled():
            return
        actor, kind, owner = self.ctx.actor, self.owner_type, self.owner_id
        self.message.clear()
        self.ctx.ops.write(lambda: files.add(actor, kind, owner, name, read()),
                           lambda _: (self.reload(), self.added.emit()), self._failed)

    def paste(self) -> None:
        """A screenshot or copied files from the clipboard."""
        mime = QGuiApplication.clipboard().mimeData()
        self._take(mime)

    def _take(self, mime) -> None:
        if mime is None:
            return
        if mime.hasUrls() and any(u.isLocalFile() for u in mime.urls()):
            self.add_paths([Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()])
        elif mime.hasImage():
            image = QImage(mime.imageData())
            stamp = branch_time.file_stamp(self.ctx.branch.timezone)
            self.add_bytes(f"screenshot-{stamp}.png", png_bytes(image))

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt override)
        self._take(event.mimeData())
        event.acceptProposedAction()

    # --- viewing --------------------------------------------------------------------------
    def _activated(self, item: QListWidgetItem) -> None:
        self.open_attachment(item.data(Qt.ItemDataRole.UserRole))

    def open_attachment(self, attachment_id: int) -> None:
        from helpdesk_gui.ui.attachments.viewer import AttachmentViewer

        actor = self.ctx.actor
        self.ctx.ops.write(lambda: files.open_file(actor, attachment_id),
                           lambda result: AttachmentViewer.show_file(self, *result),
                           self._failed)

    def _failed(self, exc: Exception) -> None:
        self.message.setText(error_text(exc))
