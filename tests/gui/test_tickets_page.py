"""The tickets page: search, filters, header sort, detail and the ticket's lifecycle."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent
from helpdesk_gui.services.tickets import flow as ticket_flow
from helpdesk_gui.services.tickets import query as tq
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
from helpdesk_gui.ui.tickets import actions
from helpdesk_gui.ui.tickets.page import TicketsPage

TEXTS = ["朝阳路小区停电", "水费比上月高", "燃气表不走字", "电表箱门损坏", "申请过户办理"]


@pytest.fixture
def tickets(clerk):
    made = []
    for i in range(15):
        made.append(create_ticket(IntakeForm(
            channel="phone" if i % 2 else "counter",
            type=("repair", "complaint", "consultation")[i % 3], level=(2, 3)[i % 2],
            customer_name=("张伟", "李娜", "王秀英")[i % 3], description=TEXTS[i % 5],
            phone=f"139{i:08d}"), clerk).id)
    return made


def _page(qtbot, ctx) -> TicketsPage:
    page = TicketsPage(ctx)
    qtbot.addWidget(page)
    ctx.ops.changed.connect(page.on_changes)  # as the main window does
    page.resize(1400, 800)
    page.show()
    return page


@pytest.fixture
def page(qtbot, ctx, tickets):
    return _page(qtbot, ctx)


def _click_header(qtbot, page: TicketsPage, column: str) -> None:
    header = page.table.horizontalHeader()
    section = tq.COLUMNS.index(column)
    page.table.scrollTo(page.model.index(0, section))
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def test_shows_every_ticket_newest_first_with_a_count(page, tickets):
    assert page.model.rowCount() == 15
    assert page.model.ticket_id(0) == tickets[-1]
    assert page.count_label.text() == "15 tickets"


def test_typing_a_search_filters_after_a_pause_and_esc_clears(qtbot, page):
    qtbot.keyClicks(page.filters.search, "1390000001")  # phone prefix: i = 10..14
    assert page.model.rowCount() == 15  # debounced: nothing yet
    qtbot.waitUntil(lambda: page.model.rowCount() == 5, timeout=3000)
    assert page.count_label.text() == "5 tickets"
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Escape)
    assert page.filters.search.text() == ""
    assert page.model.rowCount() == 15
    page.filters.search.insert("停电")  # what an input method commits
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)  # Enter: at once
    assert page.model.rowCount() == 3


def test_choosing_filters(qtbot, page, ctx):
    combo = page.filters.type
    combo.setCurrentIndex(combo.findData("complaint"))
    assert page.model.rowCount() == 5
    page.filters.channel.setCurrentIndex(page.filters.channel.findData("phone"))
    assert page.model.rowCount() == 3  # complaints by phone: i = 1, 7, 13
    assert {Ticket.get_by_id(page.model.ticket_id(r)).type for r in range(3)} == {"complaint"}
    page.filters.status.setCurrentIndex(page.filters.status.findData("closed"))
    assert page.model.rowCount() == 0
    page.filters.status.setCurrentIndex(0)
    page.filters.mine.setChecked(True)
    assert page.model.ticket_filter().mine == ctx.actor.id
    assert page.model.rowCount() == 3  # the clerk received them all


def test_branch_selector_only_at_a_database_of_several_branches(qtbot, ctx, clerk, tickets):
    from helpdesk_gui.services.security import staff as staff_service

    single = _page(qtbot, ctx)
    assert not single.filters.branch.isVisible()  # a branch office holds one branch
    other = staff_service.ensure_branch("BJ02", "北京海淀营业厅")
    their_clerk = staff_service.create_staff(other, "5001", "陈静", "counter")
    theirs = [create_ticket(IntakeForm(channel="counter", type="repair", level=3,
                                       customer_name="周杰", description=text,
                                       phone=f"135{i:08d}"), their_clerk).id
              for i, text in enumerate(("海淀小区停电", "水费比上月高"))]
    page = _page(qtbot, ctx)  # headquarters: every branch's tickets side by side
    combo = page.filters.branch
    assert combo.isVisible() and combo.count() == 3
    assert page.model.rowCount() == 17
    combo.setCurrentIndex(combo.findData(other.id))
    assert page.model.ticket_filter().branch_id == other.id
    assert sorted(page.model.ticket_id(r) for r in range(2)) == sorted(theirs)
    assert page.count_label.text() == "2 tickets"
    page.filters.search.setText("水费")
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)
    assert [page.model.ticket_id(r) for r in range(page.model.rowCount())] == [theirs[1]]
    combo.setCurrentIndex(combo.findData(clerk.branch_id))
    assert page.model.rowCount() == 3  # 水费 in BJ01: i = 1, 6, 11
    combo.setCurrentIndex(0)
    assert page.model.rowCount() == 4


def test_clicking_headers_sorts_in_the_database(qtbot, page):
    _click_header(qtbot, page, "customer_name")
    sort = page.model.ticket_sort()
    assert sort.column == "customer_name"
    col = tq.COLUMNS.index("customer_name")
    names = [page.model.index(r, col).data() for r in range(15)]
    assert names == sorted(names, reverse=sort.descending)
    _click_header(qtbot, page, "customer_name")
    assert page.model.ticket_sort().descending != sort.descending
    before = page.model.ticket_sort()
    _click_header(qtbot, page, "subject")  # no index: the sort and its arrow stay
    assert page.model.ticket_sort() == before
    assert page.table.horizontalHeader().sortIndicatorSection() == col


def test_selecting_a_row_shows_the_ticket_and_its_history(qtbot, page, tickets):
    ticket_flow.add_note(tickets[-1], Ticket.get_by_id(tickets[-1]).received_by, "已电话联系")
    page.table.selectRow(0)
    detail = page.detail.detail
    assert detail is not None and detail.id == tickets[-1]
    assert page.detail.history.topLevelItemCount() == 2
    assert page.detail.history.topLevelItem(1).text(4) == "已电话联系"
    assert "139****0014" in [page.detail.customer.itemAt(i).widget().text()
                             for i in range(page.detail.customer.count())
                             if page.detail.customer.itemAt(i).widget()]


def _answers(monkeypatch, texts: dict[str, str]):
    """Dialogs answer with ``texts`` by field key (what the clerk would type)."""
    asked = []

    def ask(parent, title, fields):
        asked.append([f.key for f in fields])
        return {f.key: texts.get(f.key, "") for f in fields}
    monkeypatch.setattr(actions.TextFormDialog, "ask", staticmethod(ask))
    return asked


def _press(qtbot, page, action: str) -> None:
    buttons = page.detail.action_buttons()
    assert action in buttons, f"{action} not offered; offered: {sorted(buttons)}"
    qtbot.mouseClick(buttons[action], Qt.MouseButton.LeftButton)


def test_full_lifecycle_through_the_buttons(qtbot, page, ctx, clerk, handler, monkeypatch,
                                           tickets):
    tid = tickets[0]
    page.show_ticket(tid)
    assert "start" not in page.detail.action_buttons()  # new: must be assigned first
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(
        lambda parent, title, label, items, current, editable: (
            next(i for i in items if handler.name in i), True)))
    _answers(monkeypatch, {"reason": "等客户提供户号", "note": "客户已回电",
                           "resolution": "更换电表箱门", "confirmed_by": "phone"})
    steps = [("assign", "assigned", clerk), ("start", "in_progress", handler),
             ("wait_customer", "waiting_customer", handler), ("resume", "in_progress", handler),
             ("resolve", "resolved", handler), ("close", "closed", handler),
             ("reopen", "in_progress", clerk)]  # the counter takes "not satisfied"
    for action, status, person in steps:
        if ctx.actor is not person:
            ctx.actor = person  # another person at another window
            page.detail.reload()
        _press(qtbot, page, action)
        assert Ticket.get_by_id(tid).status == status, action
        assert page.detail.detail.status == status
        assert not page.detail.error.isVisible()
    ticket = Ticket.get_by_id(tid)
    assert ticket.assignee_id == handler.id and ticket.reopen_count == 1
    kinds = [e.kind for e in TicketEvent.select().where(TicketEvent.ticket == tid)
             .order_by(TicketEvent.id)]
    assert kinds == ["created", "assigned", "started", "waiting", "resumed", "resolved",
                     "closed", "reopened"]
    assert page.detail.history.topLevelItemCount() == 8
    row = next(r for r in range(15) if page.model.ticket_id(r) == tid)
    assert page.model.index(row, tq.COLUMNS.index("status")).data() == "In progress"


def test_only_legal_steps_are_offered(page, ctx, handler, tickets):
    page.show_ticket(tickets[0])
    offered = set(page.detail.action_buttons())
    assert {"assign", "cancel"} <= offered
    assert not offered & {"start", "resolve", "close", "reopen", "resume"}
    assert "merge" not in offered  # legal now, but not a counter clerk's step
    ctx.actor = handler
    page.detail.reload()
    offered = set(page.detail.action_buttons())
    assert "merge" in offered and "assign" not in offered


def test_an_empty_required_reason_shows_an_error(qtbot, page, monkeypatch, tickets):
    page.show_ticket(tickets[1])
    _answers(monkeypatch, {"reason": "   "})
    _press(qtbot, page, "cancel")
    assert page.detail.error.isVisible()
    assert "Reason" in page.detail.error.text()
    assert Ticket.get_by_id(tickets[1]).status == "new"


def test_the_service_refusal_is_shown_in_the_pane(qtbot, page, ctx, monkeypatch, tickets, clerk,
                                                  handler):
    page.show_ticket(tickets[2])
    ticket_flow.cancel(tickets[2], clerk, "客户撤回")  # another counter, no broadcast
    _answers(monkeypatch, {"reason": "重复"})
    _press(qtbot, page, "cancel")  # the stale button is still there
    assert page.detail.error.isVisible()
    assert "“Cancel” is not possible" in page.detail.error.text()
    _answers(monkeypatch, {"into": "BJ01-19990101-9999"})
    ctx.actor = handler
    page.show_ticket(tickets[3])
    _press(qtbot, page, "merge")
    assert "no ticket numbered" in page.detail.error.text()


def test_text_dialog_refuses_empty_required_text(qtbot):
    dialog = actions.TextFormDialog("Reopen", actions.fields_for("reopen"))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and dialog.result() != QDialog.DialogCode.Accepted
    dialog.editors["reason"].setPlainText("客户不满意")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values() == {"reason": "客户不满意"}


def test_header_layout_and_sort_are_restored(qtbot, ctx, page):
    header = page.table.horizontalHeader()
    header.resizeSection(tq.COLUMNS.index("subject"), 333)
    header.moveSection(header.visualIndex(tq.COLUMNS.index("customer_name")), 0)
    _click_header(qtbot, page, "customer_name")
    again = _page(qtbot, ctx)
    restored = again.table.horizontalHeader()
    assert restored.sectionSize(tq.COLUMNS.index("subject")) == 333
    assert restored.visualIndex(tq.COLUMNS.index("customer_name")) == 0
    assert again.model.ticket_sort() == page.model.ticket_sort()
    assert again.model.ticket_sort().column == "customer_name"


def test_phone_is_revealed_only_with_a_reason_and_audited(qtbot, page, ctx, handler, tickets,
                                                          monkeypatch):
    from helpdesk_gui.domain.security.models import AuditEntry

    page.show_ticket(tickets[0])
    assert not page.detail.reveal_button.isVisible()  # a counter clerk may not
    ctx.actor = handler
    page.detail.reload()
    assert page.detail.reveal_button.isVisible()
    assert "****" in page.detail.customer.itemAt(3).widget().text()  # masked by default
    _answers(monkeypatch, {"reason": "回访客户确认停电恢复"})
    qtbot.mouseClick(page.detail.reveal_button, Qt.MouseButton.LeftButton)
    customer = Ticket.get_by_id(tickets[0]).customer
    assert customer.phone in page.detail.revealed.text()
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert entry.action == "customer.reveal" and "回访客户确认停电恢复" in entry.detail
    assert customer.phone not in entry.detail  # the value itself is never written down


def test_handler_extends_the_resolution_time_with_a_reason(qtbot, page, ctx, clerk, handler,
                                                            tickets, monkeypatch):
    from helpdesk_gui.domain.tickets.models import TicketEvent as Event

    tid = tickets[0]
    ticket_flow.assign(tid, handler.id, clerk)
    ticket_flow.start(tid, handler)
    ctx.actor = handler
    page.show_ticket(tid)
    _answers(monkeypatch, {"new_due": "tomorrow", "reason": "等待配件"})
    _press(qtbot, page, "extend")
    assert "not a time" in page.detail.error.text()  # nothing written
    assert not Event.select().where(Event.ticket == tid, Event.kind == "extended").exists()
    _answers(monkeypatch, {"new_due": "2099-01-05 17:30", "reason": "等待配件，已电话告知客户"})
    _press(qtbot, page, "extend")
    assert Event.select().where(Event.ticket == tid, Event.kind == "extended").exists()
    assert Ticket.get_by_id(tid).resolve_due.year == 2099


def test_a_search_the_server_counts_slowly_shows_its_page_first(qtbot, page, monkeypatch):
    """On a server a common word is not counted before the first page shows: the label
    says "more than …, counting" until the exact count arrives and adds the rows."""
    from helpdesk_gui.db import search

    monkeypatch.setattr(tq, "dense_from", lambda limit: 1)
    monkeypatch.setattr(search.TICKETS, "count_upto", lambda text, cap: (cap + 1, False))
    counts, labels = [], []
    page.model.countChanged.connect(counts.append)
    page.model.countChanged.connect(lambda _n: labels.append(page.count_label.text()))
    page.filters.search.insert("停电")
    qtbot.keyClick(page.filters.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counts[-1:] == [3], timeout=3000)
    assert counts == [-1, 3]
    assert labels == ["More than 1 tickets, counting…", "3 tickets"]
    assert page.model.rowCount() == 3
    assert [page.model.ticket_id(r) for r in range(3)] == [
        t.id for t in Ticket.select().where(Ticket.description.contains("停电"))
        .order_by(Ticket.created_at.desc(), Ticket.id.desc())]
