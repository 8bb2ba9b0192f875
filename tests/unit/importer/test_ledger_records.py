"""Ledger rows from before the software: unknown handlers kept as names, and complaint and
suggestion tickets with their records, as intake gives them."""

from __future__ import annotations

import json

from helpdesk_gui.domain.complaints.models import Complaint
from helpdesk_gui.domain.suggestions.models import Suggestion
from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent
from helpdesk_gui.services.ledger.imports import import_tickets
from tests.unit.importer.test_importer import ZH_HEADER, write_csv

ROWS = [
    ["LG-1", "2026-03-02 09:30", "柜台", "投诉", "3", "张伟", "13800138000", "", "多收水费",
     "三月水费多收", "2026-03-02 10:00", "2026-03-03 10:00", "2026-03-04 10:00", "2", "老周", ""],
    ["LG-2", "2026-03-05 09:30", "电话", "投诉", "2", "李娜", "13800138001", "", "抄表有误",
     "抄表读数比实际高", "", "", "", "", "老周", ""],
    ["LG-3", "2026-03-06 09:30", "柜台", "建议", "3", "王强", "13800138002", "", "延长营业",
     "周六也开门", "", "", "2026-03-08 10:00", "", "小陈", ""],
    ["LG-4", "2026-03-07 09:30", "柜台", "咨询", "3", "赵六", "13800138003", "", "问电价",
     "阶梯电价", "", "", "2026-03-07 09:40", "", "2001", ""],
]


def test_unknown_handlers_are_names_on_the_ticket(db, branch, handler, supervisor, tmp_path):
    result = import_tickets(write_csv(tmp_path / "old.csv", ZH_HEADER, ROWS), supervisor)
    assert result.imported == 4 and result.unknown_handlers == ["小陈", "老周"]
    first = Ticket.get(Ticket.ticket_no == "LG-1")
    assert first.assignee is None
    note = TicketEvent.get(TicketEvent.ticket == first, TicketEvent.kind == "note")
    assert "老周" in note.note and json.loads(note.data)["ledger_handler"] == "老周"
    known = Ticket.get(Ticket.ticket_no == "LG-4")
    assert known.assignee_id == handler.id
    assert not TicketEvent.select().where(TicketEvent.ticket == known,
                                          TicketEvent.kind == "note").exists()


def test_complaints_and_suggestions_get_their_records(db, branch, handler, supervisor,
                                                      tmp_path):
    import_tickets(write_csv(tmp_path / "old.csv", ZH_HEADER, ROWS), supervisor)
    closed = Complaint.get(Complaint.ticket == Ticket.get(Ticket.ticket_no == "LG-1"))
    assert closed.stage == "closed" and str(closed.closed_at) == "2026-03-04 02:00:00"
    open_one = Complaint.get(Complaint.ticket == Ticket.get(Ticket.ticket_no == "LG-2"))
    assert open_one.stage == "received" and open_one.complainant == "李娜"
    suggestion = Suggestion.get(Suggestion.ticket == Ticket.get(Ticket.ticket_no == "LG-3"))
    assert suggestion.title == "延长营业" and suggestion.acknowledged_at is not None
    assert Complaint.select().count() == 2 and Suggestion.select().count() == 1
