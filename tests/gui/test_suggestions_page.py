"""The Suggestions tab driven through capture → screen → adopt → action → tell the customer,
and through the improvement list, as a supervisor would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.db.migrations.v003_complaints import upgrade
from helpdesk_gui.domain.suggestions.models import ImprovementAction, Suggestion


def type_into(qtbot, widget, text: str) -> None:
    """Type ASCII key by key and Chinese as input-method commits (as a Pinyin IME does)."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QCoreApplication.sendEvent(widget, event)


@pytest.fixture
def page(qtbot, ctx, supervisor, handler):
    from helpdesk_gui.ui.suggestions.suggestions_page import SuggestionsPage

    upgrade(database_proxy.obj)
    ctx.actor = supervisor
    widget = SuggestionsPage(ctx)
    ctx.ops.changed.connect(widget.on_changes)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_adopted_suggestion_lifecycle(qtbot, page, handler, tmp_path):
    assert page.model.rowCount() == 0
    page.tabs.setCurrentIndex(1)
    click(qtbot, page.save_button)  # nothing typed: refused
    assert "title" in page.new_error.text() and Suggestion.select().count() == 0
    type_into(qtbot, page.new_title, "增加周末营业时间")
    type_into(qtbot, page.new_content, "上班族工作日没有时间办理业务")
    type_into(qtbot, page.new_name, "陈静")
    type_into(qtbot, page.new_phone, "13700001234")
    click(qtbot, page.save_button)
    s = Suggestion.get()
    assert (s.title, s.customer_name, s.status) == ("增加周末营业时间", "陈静", "new")
    assert page.tabs.currentIndex() == 0 and page.model.rowCount() == 1
    d = page.detail
    assert d.suggestion_id == s.id and not d.buttons["adopt"].isEnabled()

    click(qtbot, d.buttons["acknowledge"])
    d.importance.setValue(5)
    d.feasibility.setValue(4)
    click(qtbot, d.buttons["screen"])
    assert Suggestion.get_by_id(s.id).priority == 20
    assert page.model.data(page.model.index(0, 0)) == "20 (5×4)"
    click(qtbot, d.buttons["adopt"])  # no reason
    assert "reason" in d.error.text().lower() and Suggestion.get_by_id(s.id).status == "screened"
    type_into(qtbot, d.reason, "需求集中，可调整排班")
    click(qtbot, d.buttons["adopt"])
    assert Suggestion.get_by_id(s.id).status == "adopted"

    d.satisfaction.setCurrentIndex(d.satisfaction.findData(5))
    click(qtbot, d.buttons["inform"])  # no improvement action yet
    assert "action" in d.error.text()
    type_into(qtbot, d.action_title, "周六上午开放两个窗口")
    d.owner.setCurrentIndex(d.owner.findData(handler.id))
    click(qtbot, d.buttons["add_action"])
    assert ImprovementAction.get().owner_id == handler.id
    click(qtbot, d.buttons["inform"])
    s = Suggestion.get_by_id(s.id)
    assert (s.status, s.satisfaction) == ("informed", 5)
    assert not d.buttons["inform"].isEnabled()
    qtbot.wait(50)  # let pending layout requests run before looking
    page.grab().save(str(tmp_path / "suggestions.png"))

    page.tabs.setCurrentIndex(2)
    assert page.actions.rowCount() == 1
    page.actions.selectRow(0)
    click(qtbot, page.action_buttons["done"])  # effect required
    assert "note" in page.action_error.text().lower()
    type_into(qtbot, page.action_note, "周末办理量占全周15%")
    click(qtbot, page.action_buttons["done"])
    assert ImprovementAction.get().status == "done"
    assert "15%" in page.actions.item(0, 5).text()
    qtbot.wait(50)  # let pending layout requests run before looking
    page.grab().save(str(tmp_path / "actions.png"))

    page.tabs.setCurrentWidget(page.analysis)
    assert "100.0%" in page.analysis.figures.text()
    qtbot.wait(50)  # let pending layout requests run before looking
    page.grab().save(str(tmp_path / "analysis.png"))
