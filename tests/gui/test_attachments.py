"""Attachments on a ticket: add by dialog, paste and drop; thumbnails; viewer; limit."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog

from helpdesk_gui.domain.attachments.models import Attachment
from helpdesk_gui.domain.errors import PermissionDenied, ValidationError
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.domain.tickets.models import TicketEvent
from helpdesk_gui.services.attachments import files
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
from helpdesk_gui.ui.attachments.panel import AttachmentPanel, png_bytes
from helpdesk_gui.ui.attachments.viewer import AttachmentViewer


@pytest.fixture
def ticket(clerk):
    return create_ticket(IntakeForm(channel="counter", type="repair", level=3,
                                    customer_name="张三", description="水表被冻裂",
                                    phone="13812345678"), clerk)


@pytest.fixture
def panel(ctx, qtbot, ticket):
    widget = AttachmentPanel(ctx, "ticket")
    qtbot.addWidget(widget)
    widget.set_owner(ticket.id)
    widget.show()
    return widget


def photo(tmp_path: Path, name="meter.png", size=(640, 480)) -> Path:
    image = QImage(*size, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    path = tmp_path / name
    path.write_bytes(png_bytes(image))
    return path


def test_add_by_dialog_shows_thumbnail_and_records_history_and_audit(
        panel, qtbot, tmp_path, monkeypatch, ticket):
    path = photo(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    panel.add_button.click()
    assert panel.list.count() == 1
    item = panel.list.item(0)
    assert item.text() == "meter.png"
    icon_size = item.icon().availableSizes()[0]
    assert max(icon_size.width(), icon_size.height()) == 96  # a real thumbnail
    stored = Attachment.get()
    assert (stored.mime, stored.size, stored.ticket_id) == ("image/png", path.stat().st_size,
                                                            ticket.id)
    assert bytes(stored.content) == path.read_bytes()
    event = TicketEvent.get(TicketEvent.kind == "attached")
    assert "meter.png" in event.note
    assert AuditEntry.select().where(AuditEntry.action == "attachment.add").count() == 1


def test_paste_screenshot_and_drop_pdf_then_view_both(panel, qtbot, tmp_path):
    image = QImage(300, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    QGuiApplication.clipboard().setImage(image)
    panel.paste()
    pdf = tmp_path / "letter.pdf"
    from helpdesk_gui.ui.widgets.printing import document, render_pdf

    render_pdf(document("<p>来信：水表读数异常</p>"), pdf)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    panel._take(mime)
    names = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert names[0].startswith("screenshot-") and names[1] == "letter.pdf"
    panel.open_attachment(panel.rows[0].id)
    viewer = AttachmentViewer.opened[-1]
    qtbot.addWidget(viewer)
    assert viewer.view.widget().pixmap().width() == 300
    viewer.close()
    panel.open_attachment(panel.rows[1].id)
    viewer = AttachmentViewer.opened[-1]
    qtbot.addWidget(viewer)
    assert viewer.document.pageCount() == 1
    viewer.close()
    assert AuditEntry.select().where(AuditEntry.action == "attachment.view").count() == 2


def test_size_limit_is_refused_before_reading_with_a_clear_message(
        panel, tmp_path, monkeypatch):
    monkeypatch.setattr(files, "MAX_BYTES", 2000)
    big = photo(tmp_path, "damage.png", (900, 900))
    panel.add_paths([big])
    text = panel.message.text()
    assert "damage.png" in text and "MB" in text and panel.list.count() == 0
    assert Attachment.select().count() == 0


def test_service_refuses_other_kinds_and_other_roles(ticket, branch, clerk):
    with pytest.raises(ValidationError, match="not a photo"):
        files.add(clerk, "ticket", ticket.id, "setup.exe", b"MZ\x90\x00" * 10)
    admin = staff_service.create_staff(branch, "9001", "管理员", "admin")
    with pytest.raises(PermissionDenied):
        files.add(admin, "ticket", ticket.id, "a.png", b"\x89PNG\r\n\x1a\n" + b"0" * 10)
    assert files.list_for(admin, "ticket", ticket.id) == []
