"""A walk through every page in zh_CN: no English text left on screen.

Each role's main window is built with the shipped Chinese catalogue installed; every
page is visited and every visible label, button, group, tab, check box, header and combo
entry is read. A text with an English word in it (three or more Latin letters, apart
from the names the hall uses as they are: VIP, PDF, Excel, CSV, SLA…) fails the test
with the page and the text, so a missing ``tr()`` or translation is found at once.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTabWidget,
)

from helpdesk_gui.app import i18n
from helpdesk_gui.app.context import AppContext
from helpdesk_gui.services.security import staff as staff_service

ALLOWED = {"VIP", "PDF", "Excel", "CSV", "SLA", "NPS", "Ctrl", "Shift", "Alt", "Enter",
           "Esc", "Tab", "F10", "F11", "dpi", "min", "xlsx", "csv", "pdf", "png", "jpg",
           "jpeg", "gif", "bmp", "webp", "https", "code", "Helpdesk", "helpdesk", "gui",
           "sqlite", "postgresql", "UTC", "Asia", "Shanghai", "ISO", "GB", "db", "test",
           "Del", "Home", "End", "PgUp", "PgDown", "Ins", "Space", "Backspace", "Print",
           "English"}
WORD = re.compile(r"[A-Za-z]{3,}")


PATH = re.compile(r"(/[\w.-]+)+/?|[A-Za-z]:\\\S+")
COMMAND = re.compile(r"helpdesk-gui(\s+-{0,2}[\w|-]+)*")  # a command to type stays as it is


def english_words(text: str) -> list[str]:
    """English words of a text; folder paths (the backup folder) are not words."""
    plain = COMMAND.sub("", PATH.sub("", text.replace("&", "")))
    return [w for w in WORD.findall(plain) if w not in ALLOWED]


def visible_texts(widget) -> list[str]:
    texts = []
    for child in widget.findChildren(QLabel):
        if child.isVisibleTo(widget) and child.text():
            texts.append(re.sub(r"<[^>]+>", " ", child.text()))
    for child in widget.findChildren(QAbstractButton):
        if child.isVisibleTo(widget):
            texts += [child.text(), child.toolTip()]
    for child in widget.findChildren(QGroupBox):
        texts.append(child.title())
    for child in widget.findChildren(QTabWidget):
        texts += [child.tabText(i) for i in range(child.count())]
    for child in widget.findChildren(QComboBox):
        texts += [child.itemText(i) for i in range(child.count())]
    for header in widget.findChildren(QHeaderView):
        model = header.model()
        if model is not None:
            texts += [str(model.headerData(i, header.orientation()) or "")
                      for i in range(header.count())]
    return [t for t in texts if t]


@pytest.fixture
def chinese(qapp):
    installed = i18n.install_translators(qapp, "zh_CN")
    yield
    for translator in installed:
        QApplication.removeTranslator(translator)


@pytest.mark.parametrize("role", ["counter", "handler", "supervisor", "admin"])
def test_every_page_speaks_chinese(chinese, qtbot, ops, branch, tmp_path, role):
    from helpdesk_gui.ui.main_window import MainWindow

    number = {"counter": "8001", "handler": "8002", "supervisor": "8003", "admin": "8004"}
    person = staff_service.create_staff(branch, number[role], "测试员", role)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(ops=ops, actor=person, branch=branch, database_display="test.db",
                     settings=settings, language="zh_CN")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    found = []
    for key in window.page_keys:
        window.show_page(key)
        page = window.page(key)
        for text in visible_texts(page):
            words = english_words(text)
            if words:
                found.append(f"{key}: {text!r}")
    for action in window.menuBar().actions():
        found += [f"menu: {a.text()!r}" for a in [action, *action.menu().actions()]
                  if english_words(a.text())]
    assert not found, "\n".join(sorted(set(found)))


def test_the_walk_sees_english_when_there_is_some(qtbot, ctx):
    """Without the catalogue the same walk finds English: the check can fail."""
    from helpdesk_gui.ui.tickets.intake import IntakePage

    page = IntakePage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert any(english_words(text) for text in visible_texts(page))
    assert english_words("备份目录：/var/lib/helpdesk/backups") == []
    assert english_words("Holiday") == ["Holiday"]
