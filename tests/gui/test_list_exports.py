"""Lists out of the GUI: export from a page, with its filter, masked and audited."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
from helpdesk_gui.ui.tickets.page import TicketsPage


@pytest.fixture
def tickets(clerk):
    made = []
    for name, phone, kind in (("张三", "13812345678", "repair"),
                              ("李四", "13900001111", "consultation"),
                              ("王五", "13700002222", "repair")):
        made.append(create_ticket(IntakeForm(channel="counter", type=kind, level=3,
                                             customer_name=name, description="停水了",
                                             phone=phone), clerk))
    return made


def save_as(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def test_ticket_list_exports_the_current_filter_masked(ctx, qtbot, tickets, supervisor,
                                                       tmp_path, monkeypatch):
    ctx.actor = supervisor
    page = TicketsPage(ctx)
    qtbot.addWidget(page)
    assert page.export_button.isVisibleTo(page)
    from helpdesk_gui.services.tickets.query import TicketFilter

    monkeypatch.setattr(page.filters, "ticket_filter",  # as if "Fault / repair" were ticked
                        lambda: TicketFilter(types=("repair",), tz=ctx.branch.timezone))
    target = tmp_path / "工单.xlsx"
    save_as(monkeypatch, target)
    page.export()
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "工单编号" and len(rows) == 3  # header + the two repairs
    numbers = {r[0] for r in rows[1:]}
    assert numbers == {tickets[0].ticket_no, tickets[2].ticket_no}
    flat = " ".join(str(c) for r in rows for c in r if c)
    assert "138****5678" in flat and "13812345678" not in flat and "张*" in flat
    assert "张三" not in flat
    assert "2" in page.count_label.text() and str(target) in page.count_label.text()
    actions = [a for (a,) in AuditEntry.select(AuditEntry.action).tuples()]
    assert "export.tickets" in actions and "export.tickets.filter" in actions


def test_counter_clerk_has_no_export_and_is_refused(ctx, qtbot, tickets, tmp_path):
    from helpdesk_gui.domain.errors import PermissionDenied
    from helpdesk_gui.services.ledger import list_exports
    from helpdesk_gui.services.tickets.query import TicketFilter

    page = TicketsPage(ctx)
    qtbot.addWidget(page)
    assert not page.export_button.isVisibleTo(page)
    with pytest.raises(PermissionDenied):
        list_exports.export_tickets(ctx.actor, TicketFilter(), tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()


def test_call_back_list_exports_as_shown(ctx, qtbot, tickets, supervisor, tmp_path,
                                         monkeypatch):
    from helpdesk_gui.domain.base import utcnow
    from helpdesk_gui.domain.tickets.models import Ticket
    from helpdesk_gui.services.surveys import answers
    from helpdesk_gui.ui.surveys.answers_page import SurveyAnswersPage

    answers.invite(Ticket.get_by_id(tickets[0].id), "routine", utcnow())
    ctx.actor = supervisor
    page = SurveyAnswersPage(ctx)
    qtbot.addWidget(page)
    target = tmp_path / "callback.csv"
    save_as(monkeypatch, target)
    page.findChild(type(page.print_button), "export").click()
    with target.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 2 and rows[1][1] == tickets[0].ticket_no and rows[1][2] == "张*"
    assert AuditEntry.select().where(AuditEntry.action == "export.callback_list").exists()
