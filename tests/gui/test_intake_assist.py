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


def test_repeat_flag_raised_at_intake_is_carried_onto_the_complaint(qtbot, page, ctx, clerk):
    """Worded differently, so the text match alone would not link it: the clerk's flag does."""
    from PySide6.QtCore import Qt

    from helpdesk_gui.domain.complaints.models import Complaint, ComplaintRepeat
    from helpdesk_gui.ui.complaints.complaint_detail import ComplaintDetail

    earlier = tickets.create_ticket(tickets.IntakeForm(
        channel="phone", type="complaint", level=3, customer_name="张伟", phone="13812341234",
        description="水费多收"), clerk)
    other = tickets.create_ticket(tickets.IntakeForm(
        channel="phone", type="complaint", level=3, customer_name="李娜", phone="13900002222",
        description="排队太久"), clerk)
    ui = page.ui
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData("complaint"))
    ui.nameEdit.setText("张伟")
    ui.phoneEdit.setText("13812341234")
    ui.phoneEdit.editingFinished.emit()
    assert page.assist.repeat_check.isVisible() and page.assist.repeat_check.isChecked()
    ui.descriptionEdit.setPlainText("上个月账单还是不对，要求退还")
    ui.requestEdit.setPlainText("退还多收的钱")
    with qtbot.waitSignal(page.ticket_created):
        qtbot.mouseClick(ui.submitButton, Qt.MouseButton.LeftButton)
    new = Complaint.get(Complaint.ticket == page.last_created.id)
    first = Complaint.get(Complaint.ticket == earlier.id)
    links = list(ComplaintRepeat.select().where(ComplaintRepeat.complaint == new.id))
    assert [(lk.earlier_id, lk.basis) for lk in links] == [(first.id, "intake")]
    assert new.repeat_count == 1
    assert Complaint.get(Complaint.ticket == other.id).id not in [lk.earlier_id for lk in links]
    detail = ComplaintDetail(ctx)
    qtbot.addWidget(detail)
    detail.load(new.id)
    assert detail.repeats.count() == 1 and earlier.ticket_no in detail.repeats.item(0).text()


def test_the_clerk_can_say_it_is_another_matter(qtbot, page, clerk):
    from PySide6.QtCore import Qt

    from helpdesk_gui.domain.complaints.models import Complaint

    tickets.create_ticket(tickets.IntakeForm(
        channel="phone", type="complaint", level=3, customer_name="张伟", phone="13812341234",
        description="水费多收"), clerk)
    ui = page.ui
    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData("complaint"))
    ui.nameEdit.setText("张伟")
    ui.phoneEdit.setText("13812341234")
    ui.phoneEdit.editingFinished.emit()
    page.assist.repeat_check.setChecked(False)
    ui.descriptionEdit.setPlainText("营业厅空调太冷")
    with qtbot.waitSignal(page.ticket_created):
        qtbot.mouseClick(ui.submitButton, Qt.MouseButton.LeftButton)
    assert Complaint.get(Complaint.ticket == page.last_created.id).repeat_count == 0
