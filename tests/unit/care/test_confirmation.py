"""§4: closing needs the customer's confirmation, or the confirmation period running out."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

import pytest

from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent
from helpdesk_gui.services.quality import settings
from helpdesk_gui.services.tickets import confirmation
from helpdesk_gui.services.tickets import flow as ticket_flow
from helpdesk_gui.services.tickets import intake as tickets


def _resolved(clerk, handler, resolved_at: datetime) -> int:
    tid = tickets.create_ticket(tickets.IntakeForm(
        channel="counter", type="repair", level=3, customer_name="张三", phone="13812345678",
        description="水表漏水"), clerk).id
    ticket_flow.assign(tid, handler.id, clerk)
    ticket_flow.start(tid, handler)
    ticket_flow.resolve(tid, handler, "更换水表接头")
    Ticket.update(resolved_at=resolved_at).where(Ticket.id == tid).execute()
    return tid


def test_closing_by_hand_says_how_the_customer_confirmed(db, branch, clerk, handler):
    tid = _resolved(clerk, handler, datetime(2026, 3, 2, 2))
    with pytest.raises(ValidationError) as err:
        ticket_flow.close(tid, handler)
    assert "confirmed_by" in err.value.errors
    with pytest.raises(ValidationError):
        ticket_flow.close(tid, handler, confirmed_by="telepathy")
    ticket_flow.close(tid, handler, confirmed_by="sms")
    event = TicketEvent.get(TicketEvent.ticket == tid, TicketEvent.kind == "closed")
    assert json.loads(event.data) == {"confirmed_by": "sms"}


def test_period_runs_out_after_three_working_days(db, branch, clerk, handler):
    """Resolved Friday 2026-03-06 10:00 Beijing. Working days after: Mon 9, Tue 10,
    Wed 11 → the period ends at close of business on Wednesday 11 March."""
    tid = _resolved(clerk, handler, datetime(2026, 3, 6, 2))
    due = confirmation.confirmation_due(datetime(2026, 3, 6, 2), branch.id, 3)
    assert due == datetime(2026, 3, 11, 9, 30)  # 17:30 Beijing, the hall's closing time
    assert confirmation.close_unconfirmed(due - timedelta(seconds=1)) == []
    assert Ticket.get_by_id(tid).status == "resolved"
    assert confirmation.close_unconfirmed(due) == [tid]
    ticket = Ticket.get_by_id(tid)
    assert (ticket.status, ticket.closed_at) == ("closed", due)
    event = TicketEvent.get(TicketEvent.ticket == tid, TicketEvent.kind == "closed")
    assert json.loads(event.data)["confirmed_by"] == "timeout"
    assert confirmation.close_unconfirmed(datetime(2026, 3, 20)) == []  # once


def test_period_is_a_setting(db, branch, clerk, handler, supervisor):
    tid = _resolved(clerk, handler, datetime(2026, 3, 6, 2))
    settings.change("confirmation", {"working_days": 1}, supervisor)  # Monday 9 March
    assert confirmation.close_unconfirmed(datetime(2026, 3, 9, 1)) == []
    assert confirmation.close_unconfirmed(datetime(2026, 3, 9, 12)) == [tid]
