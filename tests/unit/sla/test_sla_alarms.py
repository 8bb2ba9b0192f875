"""The alarm scan with an injected clock: once per line, restarts, deferral, level 1."""

from __future__ import annotations

from datetime import datetime, timedelta

from helpdesk_gui.domain.sla.models import Notification, SlaAlarm, TicketSla
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.sla import alarms as sla_alarms
from helpdesk_gui.services.tickets import flow

from .conftest import MONDAY_10, new_ticket


def _kinds(alarms, target):
    return [a.kind for a in alarms if a.target == target]


def test_at_risk_then_breached_each_once(clock, clerk, handler, supervisor):
    t = new_ticket(clerk, level=1)  # resolution 4 h on the 24x7 clock, alarms immediate
    flow_approve(t.id, supervisor)
    flow.assign(t.id, handler.id, clerk)
    assert sla_alarms.scan(MONDAY_10 + timedelta(minutes=10)) == []
    at_risk = sla_alarms.scan(MONDAY_10 + timedelta(hours=3, minutes=12))
    assert _kinds(at_risk, "resolution") == ["at_risk"]
    res = [a for a in at_risk if a.target == "resolution"][0]
    assert res.recipient_ids == (handler.id,)
    assert Ticket.get_by_id(t.id).sla_state == "breached"  # the response (2 h) already is
    assert _kinds(sla_alarms.scan(MONDAY_10 + timedelta(hours=3, minutes=30)),
                  "resolution") == []
    breached = sla_alarms.scan(MONDAY_10 + timedelta(hours=4))
    assert _kinds(breached, "resolution") == ["breached"]
    res = [a for a in breached if a.target == "resolution"][0]
    assert set(res.recipient_ids) == {handler.id, supervisor.id}
    assert sla_alarms.scan(MONDAY_10 + timedelta(hours=30)) == []
    assert SlaAlarm.select().where(SlaAlarm.target == "resolution").count() == 2
    # the response crossed both lines between two scans: only the breach is raised
    assert [a.kind for a in SlaAlarm.select().where(SlaAlarm.target == "response")] == [
        "breached"]


def test_ticket_state_follows_the_scan(clock, clerk, handler):
    t = new_ticket(clerk, level=2, channel="counter")
    flow.assign(t.id, handler.id, clerk)
    flow.record_contact(t.id, handler, "已联系")  # first response and contact met
    flow.add_note(t.id, handler, "进展")
    assert Ticket.get_by_id(t.id).sla_state == "on_track"
    sla_alarms.scan(MONDAY_10 + timedelta(hours=4, minutes=50))  # update 6 h: 80 %
    assert Ticket.get_by_id(t.id).sla_state == "at_risk"


def flow_approve(ticket_id, supervisor):
    from helpdesk_gui.services.tickets import approval

    approval.approve(ticket_id, supervisor)


def test_a_restart_raises_nothing_new(clock, clerk, handler, monkeypatch):
    t = new_ticket(clerk, level=1)
    first = sla_alarms.scan(MONDAY_10 + timedelta(minutes=25))
    assert _kinds(first, "approval") == ["at_risk"]
    # "restart": forget every in-memory cache, make the row look unscanned
    monkeypatch.setattr(sla_alarms, "_Supervisors", sla_alarms._Supervisors)
    TicketSla.update(next_check_at=MONDAY_10).where(TicketSla.ticket == t.id).execute()
    again = sla_alarms.scan(MONDAY_10 + timedelta(minutes=26))
    assert again == []
    assert SlaAlarm.select().count() == 1


def test_alarm_key_protects_against_a_lost_state(clock, clerk, handler):
    """Even if the side row lost its 'alarmed' marks, the unique alarm key holds."""
    t = new_ticket(clerk, level=1)
    sla_alarms.scan(MONDAY_10 + timedelta(minutes=25))
    row = TicketSla.get(TicketSla.ticket == t.id)
    states = row.get_states()
    states["approval"]["alarmed"] = []
    row.set_states(states)
    row.next_check_at = MONDAY_10
    row.save()
    assert sla_alarms.scan(MONDAY_10 + timedelta(minutes=26)) == []


def test_level1_is_immediate_at_night(clock, clerk, supervisor):
    clock.now = datetime(2026, 5, 11, 14, 0)  # 22:00 Beijing, hall closed
    t = new_ticket(clerk, level=1)
    alarms = sla_alarms.scan(clock.now + timedelta(minutes=25))
    approval = [a for a in alarms if a.target == "approval"]
    assert approval and approval[0].recipient_ids == (supervisor.id,)
    assert approval[0].deferred_ids == ()
    note = Notification.get(Notification.ticket == t.id)
    assert note.delivered and note.deliver_at == clock.now + timedelta(minutes=25)


def test_off_hours_alarm_is_deferred_to_next_opening(clock, clerk, handler, supervisor):
    clock.now = datetime(2026, 5, 11, 9, 0)  # Monday 17:00 Beijing
    t = new_ticket(clerk, level=2)
    flow.assign(t.id, handler.id, clerk)
    flow.record_contact(t.id, handler, "已联系")
    # resolution at risk after 19.2 h: Tuesday 12:12 Beijing (lunch break: closed)
    at = clock.now + timedelta(hours=19, minutes=12)
    alarms = sla_alarms.scan(at)
    res = [a for a in alarms if a.target == "resolution"]
    assert res[0].recipient_ids == () and res[0].deferred_ids == (handler.id,)
    assert sla_alarms.notifications_for(handler.id, at) == []
    opening = datetime(2026, 5, 12, 5, 30)  # Tuesday 13:30 Beijing
    assert sla_alarms.scan(opening - timedelta(minutes=1)) == []
    released = sla_alarms.scan(opening)
    assert [(a.target, a.kind, a.recipient_ids) for a in released
            if a.target == "resolution"] == [("resolution", "at_risk", (handler.id,))]
    assert sla_alarms.scan(opening + timedelta(minutes=1)) == []
    rows = sla_alarms.notifications_for(handler.id, opening)
    assert ("resolution", "at_risk", False) in [(r.target, r.kind, r.read) for r in rows]
    assert {r.ticket_no for r in rows} == {t.ticket_no}
    assert sla_alarms.unread_count(handler.id, opening) == len(rows)
    assert sla_alarms.mark_read(handler.id, [rows[0].id], opening) == 1
    assert sla_alarms.unread_count(handler.id, opening) == len(rows) - 1


def test_update_interval_alarms_again_in_a_new_cycle(clock, clerk, handler):
    t = new_ticket(clerk)
    flow.assign(t.id, handler.id, clerk)
    flow.start(t.id, handler)
    flow.record_contact(t.id, handler, "已联系")
    first = sla_alarms.scan(MONDAY_10 + timedelta(hours=6, minutes=1))
    assert "breached" in _kinds(first, "update")
    clock.now = MONDAY_10 + timedelta(hours=7)
    flow.add_note(t.id, handler, "抢修中")
    second = sla_alarms.scan(MONDAY_10 + timedelta(hours=13, minutes=1))
    assert "breached" in _kinds(second, "update")
    assert SlaAlarm.select().where(SlaAlarm.target == "update",
                                   SlaAlarm.kind == "breached").count() == 2


def test_finished_ticket_raises_nothing(clock, clerk, handler):
    t = new_ticket(clerk)
    flow.assign(t.id, handler.id, clerk)
    flow.start(t.id, handler)
    flow.record_contact(t.id, handler, "已联系")
    flow.resolve(t.id, handler, "已修复")
    assert TicketSla.get(TicketSla.ticket == t.id).next_check_at is None
    assert sla_alarms.scan(MONDAY_10 + timedelta(days=3)) == []
