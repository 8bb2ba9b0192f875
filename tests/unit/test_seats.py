"""Seats: tickets record the counter window they were received at; the ticket list
filters by it; a supervisor sees who is signed in where (stale seats drop off)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import PermissionDenied, ValidationError
from helpdesk_gui.services.seats import registry as seats
from helpdesk_gui.services.tickets import query as q
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket


@pytest.fixture
def window():
    yield seats.configure
    seats.configure("")


def _new(clerk, phone):
    return create_ticket(IntakeForm(channel="counter", type="repair", level=3,
                                    customer_name="刘洋", phone=phone,
                                    description="电表箱门坏了"), clerk)


def test_tickets_record_their_window_and_filter_by_it(clerk, window):
    window("3")
    at3 = _new(clerk, "13811110001")
    window("5")
    at5 = _new(clerk, "13811110002")
    rows = q.fetch_page(q.TicketFilter(windows=("3",)), q.TicketSort(), None, 50)
    assert [r[0] for r in rows] == [at3.id]
    assert q.count_tickets(q.TicketFilter(windows=("3", "5"))) == 2
    assert at5.id != at3.id


def test_supervisor_sees_who_is_signed_in_where(clerk, handler, supervisor, window):
    window("2", computer="HALL-PC-02")
    seat = seats.open_seat(clerk)
    window("", computer="DESK-7")
    gone = seats.open_seat(handler, now=utcnow() - timedelta(minutes=10))  # PC died
    rows = seats.signed_in(supervisor)
    assert [(r.window_no, r.computer, r.staff_no) for r in rows] == [("2", "HALL-PC-02", "1001")]
    seats.heartbeat(gone)
    assert {r.staff_no for r in seats.signed_in(supervisor)} == {"1001", "2001"}
    seats.close_seat(seat)
    assert [r.staff_no for r in seats.signed_in(supervisor)] == ["2001"]
    with pytest.raises(PermissionDenied):
        seats.signed_in(clerk)
    with pytest.raises(ValidationError):
        seats.configure("x" * 17)


def test_window_choices_come_from_the_seats(clerk, window):
    assert seats.windows(clerk.branch_id) == []
    for number in ("10", "2", "3"):
        window(number, computer=f"PC-{number}")
        seats.open_seat(clerk)
    window("", computer="DESK")
    seats.open_seat(clerk)  # a back-office desk has no window
    assert seats.windows(clerk.branch_id) == ["2", "3", "10"]
    window("7")
    assert seats.windows(clerk.branch_id) == ["2", "3", "7", "10"]  # this PC's own too
