"""The seats of the hall: this PC's counter window, and who is signed in at which seat.

The window number (窗口号) is set per PC (``app.workplace.counter_window``) and given
to ``configure`` at start-up; tickets created in this process record it. ``open_seat`` at
sign-in, ``heartbeat`` while running (the scheduler tick), ``close_seat`` at sign-out.
A supervisor sees the seats seen within ``STALE_AFTER`` — a PC that died drops off the
list without anyone closing it.
"""

from __future__ import annotations

import socket
from dataclasses import dataclass
from datetime import datetime, timedelta

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.seats.models import Seat
from helpdesk_gui.services.security import audit, permissions

STALE_AFTER = timedelta(minutes=3)
_this = {"window": "", "computer": socket.gethostname()[:64] or "unknown"}


def configure(window_no: str, computer: str | None = None) -> None:
    """Set this PC's counter window (and computer name) for the tickets it creates."""
    window_no = (window_no or "").strip()
    if len(window_no) > 16:
        raise ValidationError({"window_no": "at most 16 characters"})
    _this["window"] = window_no
    if computer:
        _this["computer"] = computer[:64]


def current_window() -> str:
    """This PC's counter window ("" when none is set)."""
    return _this["window"]


def open_seat(actor: Staff, now: datetime | None = None) -> int:
    """Record that ``actor`` signed in at this PC; returns the seat id."""
    now = now or utcnow()
    with database_proxy.obj.atomic():
        seat = Seat.create(branch=actor.branch_id, computer=_this["computer"],
                           window_no=_this["window"], staff=actor, signed_in_at=now,
                           last_seen_at=now)
        audit.record(actor, "seat.open", "seat", seat.id,
                     {"computer": seat.computer, "window_no": seat.window_no})
    return seat.id


def heartbeat(seat_id: int, now: datetime | None = None) -> None:
    """The seat is still running."""
    with database_proxy.obj.atomic():
        Seat.update(last_seen_at=now or utcnow()).where(Seat.id == seat_id).execute()


def close_seat(seat_id: int, now: datetime | None = None) -> None:
    """The person signed out or the client closed."""
    with database_proxy.obj.atomic():
        Seat.update(closed_at=now or utcnow()).where(
            Seat.id == seat_id, Seat.closed_at.is_null()).execute()


@dataclass(frozen=True)
class SeatRow:
    window_no: str
    computer: str
    staff_no: str
    staff_name: str
    signed_in_at: datetime
    last_seen_at: datetime


def signed_in(actor: Staff, now: datetime | None = None) -> list[SeatRow]:
    """Who is signed in where, right now, in the actor's branch (supervisors)."""
    permissions.require(actor, "seat.view", "seat")
    since = (now or utcnow()) - STALE_AFTER
    query = (Seat.select(Seat, Staff).join(Staff)
             .where(Seat.branch == actor.branch_id, Seat.closed_at.is_null(),
                    Seat.last_seen_at >= since)
             .order_by(Seat.window_no, Seat.signed_in_at))
    return [SeatRow(s.window_no, s.computer, s.staff.employee_no, s.staff.name,
                    s.signed_in_at, s.last_seen_at) for s in query]


def windows(branch_id: int) -> list[str]:
    """The counter windows of the branch (the ticket list's window filter): every window a
    seat has served at, and this PC's own. Read from the small seat table, not from the
    tickets."""
    query = (Seat.select(Seat.window_no).distinct()
             .where(Seat.branch == branch_id, Seat.window_no != ""))
    found = {row.window_no for row in query}
    if _this["window"]:
        found.add(_this["window"])
    return sorted(found, key=lambda w: (len(w), w))
