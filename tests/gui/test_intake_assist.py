"""Intake aids: knowledge suggestions while typing, repeat-complaint flags."""

from __future__ import annotations

import pytest

from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.tickets import intake as tickets
from helpdesk_gui.services.training import knowledge
from helpdesk_gui.ui.tickets.intake import IntakePage


@pytest.fixture
def page(qtbot, ctx, supervisor):
    knowledge.create_article(knowledge.ArticleForm(
        "script", "停电报修标准话术", "outage",
        "您好，请问停电范围是整栋楼还是只有您家？我们将在2小时内安排抢修。"), supervisor)
    knowledge.create_article(knowledge.ArticleForm(
        "article", "水费缴纳方式", "billing", "可在营业厅、银行或App缴纳水费。"), supervisor)
    widget = IntakePage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_knowledge_suggestions_follow_the_description(qtbot, page):
    page.ui.descriptionEdit.setPlainText("家里突然停电了")
    page.assist.suggestions.flush()
    items = page.assist.suggestions.list
    assert items.count() >= 1 and "停电" in items.item(0).text()
    page.ui.descriptionEdit.setPlainText("想问一下水费怎么交")
    page.assist.suggestions.flush()
    assert "水费" in items.item(0).text()


def test_knowledge_insert_into_reply_answers_a_consultation(qtbot, page):
    page.ui.typeCombo.setCurrentIndex(page.ui.typeCombo.findData("consultation"))
    page.ui.descriptionEdit.setPlainText("水费怎么交")
    page.assist.suggestions.flush()
    page.assist.suggestions.list.setCurrentRow(0)
    page.assist.suggestions.insert_current()
    assert page.ui.firstContactCheck.isChecked()
    assert "缴纳水费" in page.ui.answerEdit.toPlainText()


def test_repeat_complaint_is_flagged_before_saving(qtbot, page, clerk):
    earlier = tickets.create_ticket(tickets.IntakeForm(
        channel="phone", type="complaint", level=3, customer_name="张伟", phone="13812341234",
        description="水费多收"), clerk)
    page.ui.typeCombo.setCurrentIndex(page.ui.typeCombo.findData("complaint"))
    page.ui.phoneEdit.setText("13812341234")
    page.ui.phoneEdit.editingFinished.emit()
    label = page.assist.repeat_label
    assert label.isVisible() and earlier.ticket_no in label.text()
    page.ui.typeCombo.setCurrentIndex(page.ui.typeCombo.findData("repair"))
    assert not label.isVisible()
    assert Ticket.select().count() == 1  # nothing saved by looking
