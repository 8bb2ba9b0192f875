"""The Complaints tab driven through a whole complaint lifecycle, as a handler would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.db.migrations.v003_complaints import upgrade
from helpdesk_gui.domain.complaints.models import Complaint
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.complaints import process as complaints
from helpdesk_gui.services.tickets import intake as tickets


@pytest.fixture
def complaint_id(ctx, clerk, handler):
    upgrade(database_proxy.obj)
    form = tickets.IntakeForm(channel="phone", type="complaint", level=3, customer_name="张伟",
                              description="本月水费比平时高三倍", phone="13812341234",
                              subject="水费账单异常", request="核查并退费")
    first = tickets.create_ticket(form, clerk)
    complaints.open_for_ticket(first.id, clerk)
    second = tickets.create_ticket(form, clerk)
    return complaints.open_for_ticket(second.id, clerk).complaint_id


@pytest.fixture
def page(qtbot, ctx, complaint_id):
    from helpdesk_gui.ui.complaints.complaints_page import ComplaintsPage

    widget = ComplaintsPage(ctx)
    ctx.ops.changed.connect(widget.on_changes)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


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


def _click(qtbot, page, action):
    qtbot.mouseClick(page.detail.buttons[action], Qt.MouseButton.LeftButton)


def _field(page, action, name):
    return page.detail.forms[action].fields[name]


def _stage(complaint_id):
    return Complaint.get_by_id(complaint_id).stage


def test_whole_lifecycle(qtbot, page, ctx, complaint_id, clerk, handler, supervisor, tmp_path):
    assert page.model.rowCount() == 2
    assert page.model.data(page.model.index(0, 0)).startswith("⚠")  # newest is a repeat
    page.table.selectRow(0)
    detail = page.detail
    assert detail.view.id == complaint_id and detail.repeats.count() == 1
    assert detail.buttons["acknowledge"].isVisible()
    assert not detail.buttons["close"].isVisible()

    type_into(qtbot, _field(page, "acknowledge", "note"), "已电话告知受理")
    _click(qtbot, page, "acknowledge")
    assert _stage(complaint_id) == "acknowledged"

    category = _field(page, "classify", "category")
    category.setCurrentIndex(category.findData("billing"))
    assignee = _field(page, "classify", "assignee")
    assignee.setCurrentIndex(assignee.findData(handler.id))
    _field(page, "classify", "major").setChecked(True)
    _click(qtbot, page, "classify")
    assert _stage(complaint_id) == "assigned"

    ctx.actor = handler  # investigation onwards is the handler's work
    _click(qtbot, page, "investigate")  # no findings typed: refused, shown in red
    assert "findings" in detail.error.text() and _stage(complaint_id) == "assigned"
    type_into(qtbot, _field(page, "investigate", "findings"), "抄表读数录入错误")
    cause = _field(page, "investigate", "root_cause")
    cause.setCurrentIndex(cause.findData("meter_fault"))
    _click(qtbot, page, "investigate")
    assert _stage(complaint_id) == "investigated" and detail.error.text() == ""

    type_into(qtbot, _field(page, "propose", "solution"), "更正读数，退还差额")
    type_into(qtbot, _field(page, "propose", "corrective_action"), "抄表数据双人复核")
    _click(qtbot, page, "propose")
    type_into(qtbot, _field(page, "carry_out", "note"), "已退费96元")
    _click(qtbot, page, "carry_out")
    method = _field(page, "feedback", "method")
    method.setCurrentIndex(method.findData("phone"))
    score = _field(page, "feedback", "satisfaction")
    score.setCurrentIndex(score.findData(2))
    _click(qtbot, page, "feedback")
    assert _stage(complaint_id) == "feedback"
    assert detail.buttons["reopen"].isVisible() and detail.buttons["close"].isVisible()

    ctx.actor = clerk  # the counter takes the customer's "not satisfied"
    _click(qtbot, page, "reopen")  # no reason yet: asked for one
    assert _stage(complaint_id) == "feedback" and detail.error.text()
    type_into(qtbot, _field(page, "reopen", "reason"), "客户认为退费金额不足")
    _click(qtbot, page, "reopen")
    assert Complaint.get_by_id(complaint_id).reopen_count == 1
    assert _stage(complaint_id) == "assigned"

    ctx.actor = handler
    for action, name, text in (("investigate", "findings", "复核发现少退一个月"),
                               ("propose", "solution", "补退差额"),
                               ("propose", "corrective_action", "系统核算校验"),
                               ("carry_out", "note", "已补退")):
        type_into(qtbot, _field(page, action, name), text)
        if action != "propose" or name == "corrective_action":
            _click(qtbot, page, action)
    score.setCurrentIndex(score.findData(5))
    _click(qtbot, page, "feedback")
    _click(qtbot, page, "close")  # a handler may not close a complaint
    assert "supervisor" in detail.error.text().lower() and _stage(complaint_id) == "feedback"
    ctx.actor = supervisor
    _click(qtbot, page, "close")
    assert _stage(complaint_id) == "closed"
    assert Ticket.get_by_id(Complaint.get_by_id(complaint_id).ticket_id).status == "closed"
    assert detail.stage_labels["closed"].styleSheet().startswith("background:#1565c0")
    assert detail.steps.rowCount() == 13
    assert "结案" in page.model.data(page.model.index(0, 2)) or \
        page.model.data(page.model.index(0, 2)) == "Closed"
    qtbot.wait(50)  # let pending layout requests run before looking
    page.grab().save(str(tmp_path / "complaints.png"))


def test_stage_filter_and_analysis(qtbot, page, complaint_id, clerk):
    complaints.acknowledge(complaint_id, clerk)
    page.stage_filter.setCurrentIndex(page.stage_filter.findData("acknowledged"))
    assert page.model.rowCount() == 1 and page.model.rows[0][0] == complaint_id
    page.tabs.setCurrentWidget(page.analysis)
    stage_chart = page.analysis.charts[0]
    counts = dict(stage_chart.pairs)
    assert sum(counts.values()) == 2
    assert "2" in page.analysis.figures.text()


def test_branch_filter_at_headquarters(qtbot, ctx, complaint_id, clerk):
    from helpdesk_gui.services.security import staff as staff_service
    from helpdesk_gui.ui.complaints.complaints_page import ComplaintsPage

    single = ComplaintsPage(ctx)
    qtbot.addWidget(single)
    single.show()
    assert not single.branch_filter.isVisible()  # a branch office: its own complaints only
    other = staff_service.ensure_branch("BJ02", "北京海淀营业厅")
    their_clerk = staff_service.create_staff(other, "5001", "陈静", "counter")
    theirs = tickets.create_ticket(tickets.IntakeForm(
        channel="counter", type="complaint", level=3, customer_name="周杰",
        description="营业厅排队太久", phone="13511112222"), their_clerk)
    their_id = complaints.open_for_ticket(theirs.id, their_clerk).complaint_id
    page = ComplaintsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    combo = page.branch_filter
    assert combo.isVisible() and page.model.rowCount() == 3
    combo.setCurrentIndex(combo.findData(other.id))
    assert [row[0] for row in page.model.rows] == [their_id]
    assert page.count_label.text().startswith("1")
    combo.setCurrentIndex(combo.findData(clerk.branch_id))
    assert page.model.rowCount() == 2 and their_id not in [r[0] for r in page.model.rows]
