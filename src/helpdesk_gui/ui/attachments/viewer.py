"""The attachment viewer: a photo at full size (scrollable, fit to window) or a PDF."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from helpdesk_gui.services.attachments.files import AttachmentRow, megabytes


class AttachmentViewer(QDialog):
    """Shows one attached file; opened from the thumbnails."""

    opened: list[AttachmentViewer] = []  # kept alive while shown (non-modal)

    def __init__(self, row: AttachmentRow, content: bytes, parent: QWidget | None = None):
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(f"{row.file_name} — {megabytes(row.size)}")
        self.resize(900, 700)
        layout = QVBoxLayout(self)
        self.view = self._pdf(content) if row.mime == "application/pdf" else self._image(content)
        layout.addWidget(self.view)
        caption = QLabel(self.tr("Added by %1").replace("%1", row.added_by))
        layout.addWidget(caption)

    def _image(self, content: bytes) -> QWidget:
        label = QLabel()
        label.setObjectName("attachment_image")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        image = QImage.fromData(content)
        label.setPixmap(QPixmap.fromImage(image))
        scroll = QScrollArea()
        scroll.setWidget(label)
        scroll.setWidgetResizable(True)
        return scroll

    def _pdf(self, content: bytes) -> QWidget:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self._bytes = QByteArray(content)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        view = QPdfView()
        view.setObjectName("attachment_pdf")
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setDocument(self.document)
        return view

    @classmethod
    def show_file(cls, parent: QWidget, row: AttachmentRow, content: bytes) -> AttachmentViewer:
        viewer = cls(row, content, parent)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        cls.opened.append(viewer)
        viewer.finished.connect(lambda *_: cls.opened.remove(viewer)
                                if viewer in cls.opened else None)
        viewer.show()
        return viewer
