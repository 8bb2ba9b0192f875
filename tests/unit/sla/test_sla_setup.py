"""Ticket clocks: creation, transitions, pauses, reopen, policy versions, extensions."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from helpdesk_gui.domain.errors import IllegalTransition, PermissionDenied, ValidationError
from helpdesk_gui.domain.sla.models import TicketSla
from helpdesk_gui.domain.sla.policy import DEFAULT_POLICY, Target
from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent
from helpdesk_gui.services.sla import setup as sla_setup
from helpdesk_gui.services.tickets import approval, extensions, flow

from .conftest import MONDAY_10, new_ticket


def _row(ticket_id):
    return TicketSla.get(TicketSla.ticket == ticket_id)


def test_level2_deadlines_and_policy_version(clock, clerk):
    t = new_ticket(clerk)
    row = Ticket.get_by_id(t.id)
    assert row.status == "new"
    assert row.response_due == MONDAY_10 + timedelta(hours=4)
    assert row.resolve_due == MONDAY_10 + timedelta(hours=24)
    assert row.update_due is None  # starts with the first response
    sla = _row(t.id)
    assert sla.policy_version == 1
    states = sla.get_states()
    assert states["acknowledge"]["done"]  # phone: acknowledged on the spot
    assert sla.next_check_at == MONDAY_10 + timedelta(hours=4 * 0.8)


def test_level3_business_calendar_and_acknowledgement_at_night(clock, clerk):
    clock.now = datetime(2026, 5, 11, 13, 0)  # 21:00 Beijing: night
    t = new_ticket(clerk, level=3, channel="online")
    states = _row(t.id).get_states()
    assert states["acknowledge"]["due"] == "2026-05-11T13:30:00"  # 30 min at night
    # 3 working days after Monday -> close of business Thursday 17:30 CST = 09:30 UTC
    assert Ticket.get_by_id(t.id).resolve_due == datetime(2026, 5, 14, 9, 30)


def test_acknowledgement_by_day_is_ten_minutes_and_met_by_any_action(clock, clerk, handler):
    t = new_ticket(clerk, channel="online")
    assert _row(t.id).get_states()["acknowledge"]["due"] == "2026-05-11T02:10:00"
    clock.advance(minutes=5)
    flow.add_note(t.id, clerk, "已电话告知工单号")
    ack = _row(t.id).get_states()["acknowledge"]
    assert (ack["done"], ack["state"]) == ("2026-05-11T02:05:00", "met")


def test_waiting_customer_pauses_resolution(clock, clerk, handler):
    t = new_ticket(clerk)
    flow.assign(t.id, handler.id, clerk)
    flow.start(t.id, handler)
    flow.record_contact(t.id, handler, "电话确认地址")
    clock.advance(hours=1)
    flow.wait_customer(t.id, handler, "等客户拍照")
    row = Ticket.get_by_id(t.id)
    assert row.resolve_due is None and row.sla_state == "paused"
    clock.advance(hours=5)
    flow.resume(t.id, handler)
    row = Ticket.get_by_id(t.id)
    assert row.resolve_due == MONDAY_10 + timedelta(hours=29)
    assert _row(t.id).get_pauses() == [(MONDAY_10 + timedelta(hours=1),
                                        MONDAY_10 + timedelta(hours=6))]
    assert row.update_due == clock.now + timedelta(hours=6)  # resume restarts updates


def test_resolve_stamps_met_and_breached(clock, clerk, handler):
    t = new_ticket(clerk)
    flow.assign(t.id, handler.id, clerk)
    clock.advance(hours=5)  # response (4 h) is late
    flow.start(t.id, handler)
    flow.resolve(t.id, handler, "更换保险丝")
    states = _row(t.id).get_states()
    assert states["response"]["state"] == "breached"
    assert states["resolution"]["state"] == "met"
    assert Ticket.get_by_id(t.id).sla_state == "met"


def test_reopen_restarts_resolution(clock, clerk, handler):
    t = new_ticket(clerk)
    flow.assign(t.id, handler.id, clerk)
    flow.start(t.id, handler)
    flow.resolve(t.id, handler, "更换保险丝")
    clock.advance(days=2)
    flow.reopen(t.id, clerk, "又停电了")
    row = Ticket.get_by_id(t.id)
    assert row.resolve_due == clock.now + timedelta(hours=24)
    assert row.sla_state == "on_track"
    assert _row(t.id).get_states()["resolution"]["cycle"] == 1


def test_policy_is_versioned_and_tickets_keep_theirs(clock, clerk, supervisor):
    old = new_ticket(clerk)
    edited = DEFAULT_POLICY.with_target(2, "resolution", Target(8, "hours", "24x7"))
    assert sla_setup.save_policy(edited, supervisor, "faster") == 2
    new = new_ticket(clerk, phone="13900001111")
    assert Ticket.get_by_id(new.id).resolve_due == MONDAY_10 + timedelta(hours=8)
    assert _row(new.id).policy_version == 2
    flow.add_note(old.id, clerk, "进展")  # recomputed under version 1
    assert Ticket.get_by_id(old.id).resolve_due == MONDAY_10 + timedelta(hours=24)
    assert "8小时内" in sla_setup.commitment_text(Ticket.get_by_id(new.id))
    with pytest.raises(ValidationError):
        sla_setup.save_policy({"levels": {}}, supervisor)


def test_level1_needs_approval_before_dispatch(clock, clerk, handler, supervisor):
    t = new_ticket(clerk, level=1)
    assert Ticket.get_by_id(t.id).status == "pending_approval"
    with pytest.raises(IllegalTransition):
        flow.assign(t.id, handler.id, clerk)
    with pytest.raises(PermissionDenied):
        approval.approve(t.id, clerk)
    assert [p.ticket_no for p in approval.queue()] == [t.ticket_no]
    clock.advance(minutes=20)
    approval.approve(t.id, supervisor, "同意直派")
    assert Ticket.get_by_id(t.id).status == "new"
    assert _row(t.id).get_states()["approval"]["state"] == "met"
    assert approval.queue() == []
    flow.assign(t.id, handler.id, clerk)
    # the clock kept running: resolution still 4 h from receipt
    assert Ticket.get_by_id(t.id).resolve_due == MONDAY_10 + timedelta(hours=4)


def test_reject_needs_reason_and_lowers_level(clock, clerk, supervisor):
    t = new_ticket(clerk, level=1)
    with pytest.raises(ValidationError):
        approval.reject(t.id, supervisor, "  ")
    approval.reject(t.id, supervisor, "非核心业务中断")
    row = Ticket.get_by_id(t.id)
    assert (row.status, row.level) == ("new", 2)
    assert row.resolve_due == MONDAY_10 + timedelta(hours=24)
    last = TicketEvent.select().where(TicketEvent.ticket == t.id).order_by(
        TicketEvent.id.desc()).first()
    assert (last.kind, last.note) == ("rejected", "非核心业务中断")


def test_extension_is_recorded_and_counted(clock, clerk, handler):
    t = new_ticket(clerk)
    flow.assign(t.id, handler.id, clerk)
    flow.start(t.id, handler)
    new_due = MONDAY_10 + timedelta(hours=48)
    with pytest.raises(ValidationError):
        extensions.request_extension(t.id, handler, new_due, "等配件", customer_told=False)
    extensions.request_extension(t.id, handler, new_due, "等配件到货", customer_told=True)
    assert Ticket.get_by_id(t.id).resolve_due == new_due
    assert _row(t.id).extension_count == 1
    clock.advance(hours=30)
    flow.resolve(t.id, handler, "更换变压器")
    assert Ticket.get_by_id(t.id).sla_state == "extended"
    kinds = [e.kind for e in TicketEvent.select().where(TicketEvent.ticket == t.id)]
    assert "extended" in kinds


def test_extension_after_the_deadline_is_refused(clock, clerk, handler):
    t = new_ticket(clerk)
    flow.assign(t.id, handler.id, clerk)
    clock.advance(hours=25)
    with pytest.raises(ValidationError) as info:
        extensions.request_extension(t.id, handler, clock.now + timedelta(hours=5), "晚了",
                                     customer_told=True)
    assert "already passed" in str(info.value)
    assert _row(t.id).extension_count == 0


def test_extension_by_a_clerk_is_denied(clock, clerk, handler):
    t = new_ticket(clerk)
    flow.assign(t.id, handler.id, clerk)
    with pytest.raises(PermissionDenied):
        extensions.request_extension(t.id, clerk, MONDAY_10 + timedelta(hours=48), "等配件",
                                     customer_told=True)
    assert _row(t.id).extension_count == 0
