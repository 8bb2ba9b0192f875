"""Handlers at work: the full address for a field visit, history notes read in full."""

from __future__ import annotations

from PySide6.QtCore import Qt

from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.services.tickets import flow
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
from helpdesk_gui.ui.tickets import actions
from helpdesk_gui.ui.tickets.detail import TicketDetailPane

ADDRESS = "北京市朝阳区建国路88号院3号楼2单元1101"
LONG_NOTE = ("已联系客户，约定明天上午九点到十一点之间上门检查水表，客户要求师傅到达前半小时"
             "电话通知，小区东门施工需从北门进入，物业电话已记录在案。")


def test_address_revealed_with_a_reason_and_long_notes_readable(ctx, qtbot, clerk, handler,
                                                                monkeypatch):
    created = create_ticket(IntakeForm(channel="counter", type="repair", level=3,
                                       customer_name="张三", description="水表漏水",
                                       phone="13812345678", address=ADDRESS), clerk)
    flow.add_note(created.id, handler, LONG_NOTE)
    ctx.actor = handler
    pane = TicketDetailPane(ctx)
    qtbot.addWidget(pane)
    pane.resize(600, 800)
    pane.show()
    pane.load(created.id)
    assert pane.reveal_address_button.isVisible()
    assert ADDRESS not in "".join(pane.customer.itemAt(i).widget().text()
                                  for i in range(pane.customer.count()))
    monkeypatch.setattr(actions.TextFormDialog, "ask",
                        lambda *a, **k: {"reason": "上门维修需要完整地址"})
    qtbot.mouseClick(pane.reveal_address_button, Qt.MouseButton.LeftButton)
    assert ADDRESS in pane.revealed.text()
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert entry.action == "customer.reveal" and '"field":"address"' in entry.detail
    assert ADDRESS not in entry.detail
    note_item = pane.history.topLevelItem(pane.history.topLevelItemCount() - 1)
    assert note_item.toolTip(4) == LONG_NOTE
    assert pane.history.wordWrap()
    qtbot.wait(50)
    row_height = pane.history.visualItemRect(note_item).height()
    first_height = pane.history.visualItemRect(pane.history.topLevelItem(0)).height()
    assert row_height > first_height  # wrapped onto several lines, not cut off


def test_reveal_and_edit_buttons_are_disabled_until_a_ticket_is_shown(ctx, qtbot, clerk,
                                                                      handler):
    from helpdesk_gui.ui.tickets.page import TicketsPage

    created = create_ticket(IntakeForm(channel="counter", type="repair", level=3,
                                       customer_name="张三", description="水表漏水",
                                       phone="13812345678", address=ADDRESS), clerk)
    ctx.actor = handler
    page = TicketsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    pane = page.detail
    buttons = (pane.reveal_button, pane.reveal_address_button, pane.edit_customer_button)
    assert pane.ticket_id is None
    assert not any(b.isEnabled() for b in buttons)  # nothing selected: nothing to reveal
    page.table.selectRow(0)
    assert pane.ticket_id == created.id and all(b.isEnabled() for b in buttons)
    page.table.selectionModel().clearCurrentIndex()
    page.table.clearSelection()
    assert pane.ticket_id is None and not any(b.isEnabled() for b in buttons)
    assert pane.revealed.text() == ""
