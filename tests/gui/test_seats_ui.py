"""Seats on screen: the ticket list filters by the window where tickets were received;
supervisors see who is signed in at which seat and since when, kept current."""

from __future__ import annotations

import pytest

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.services.seats import registry as seats
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
from helpdesk_gui.ui.main_window import MainWindow, page_specs
from helpdesk_gui.ui.seats.seats_page import SeatsPage
from helpdesk_gui.ui.tickets.page import TicketsPage


@pytest.fixture
def window_no():
    yield seats.configure
    seats.configure("")


def _ticket(clerk, phone: str):
    return create_ticket(IntakeForm(channel="counter", type="repair", level=3,
                                    customer_name="刘洋", phone=phone,
                                    description="电表箱门坏了"), clerk)


def test_ticket_list_filters_by_window(qtbot, ctx, clerk, window_no):
    window_no("3", computer="HALL-PC-03")
    seats.open_seat(clerk)
    at3 = [_ticket(clerk, f"1381111000{i}").id for i in range(2)]
    window_no("5", computer="HALL-PC-05")
    seats.open_seat(clerk)
    _ticket(clerk, "13811110009")
    page = TicketsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    combo = page.filters.window
    assert [combo.itemData(i) for i in range(combo.count())] == [None, "3", "5"]
    assert page.model.rowCount() == 3
    combo.setCurrentIndex(combo.findData("3"))
    assert page.model.rowCount() == 2
    assert {page.model.ticket_id(r) for r in range(2)} == set(at3)
    combo.setCurrentIndex(0)
    assert page.model.rowCount() == 3


def test_supervisor_sees_seats_live(qtbot, ops, ctx, clerk, handler, supervisor, window_no):
    sup_ctx = AppContext(ops=ops, actor=supervisor, branch=ctx.branch,
                         database_display="x", settings=ctx.settings, language="en")
    assert "seats" in [s.key for s in page_specs(sup_ctx)]
    assert "seats" not in [s.key for s in page_specs(ctx)]  # not for the counter clerk
    window_no("2", computer="HALL-PC-02")
    seats.open_seat(clerk)
    page = SeatsPage(sup_ctx)
    qtbot.addWidget(page)
    page.show()
    cells = [[page.table.item(r, c).text() for c in range(3)]
             for r in range(page.table.rowCount())]
    assert cells == [["2", "HALL-PC-02", "王芳 (1001)"]]
    assert page.table.item(0, 3).text() not in ("", "—")  # since when
    window_no("", computer="DESK-7")
    handler_seat = seats.open_seat(handler)
    page.timer.setInterval(50)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=3000)  # without a click
    seats.close_seat(handler_seat)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=3000)


def test_supervisor_window_has_the_seats_page(qtbot, ops, ctx, supervisor):
    sup_ctx = AppContext(ops=ops, actor=supervisor, branch=ctx.branch,
                         database_display="x", settings=ctx.settings, language="en")
    window = MainWindow(sup_ctx)
    qtbot.addWidget(window)
    window.show_page("seats")
    assert isinstance(window.page("seats"), SeatsPage)
