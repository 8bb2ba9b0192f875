"""The ticket state machine, cell by cell, through the services."""

from __future__ import annotations

import json

import pytest

from helpdesk_gui.domain.errors import IllegalTransition, ValidationError
from helpdesk_gui.domain.tickets import workflow
from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent
from helpdesk_gui.services.tickets import flow
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket


def _new(clerk, **extra):
    form = dict(channel="phone", type="repair", level=2, customer_name="张三",
                phone="13812345678", description="小区停电，整栋楼没电")
    form.update(extra)
    return create_ticket(IntakeForm(**form), clerk)


# How to bring a fresh ticket into each state, as a list of steps.
PATHS = {
    "pending_approval": [],  # a level-1 ticket, see _new_in
    "new": [],
    "assigned": ["assign"],
    "in_progress": ["assign", "start"],
    "waiting_customer": ["assign", "start", "wait_customer"],
    "resolved": ["assign", "start", "resolve"],
    "closed": ["assign", "start", "resolve", "close"],
    "cancelled": ["cancel"],
}


def _dispatcher(ticket_id, clerk, supervisor):
    """A clerk dispatches a new ticket; only a supervisor may change the assignee."""
    return clerk if Ticket.get_by_id(ticket_id).assignee_id is None else supervisor


def _do(action, ticket_id, handler, clerk, supervisor=None):
    from datetime import timedelta

    from helpdesk_gui.domain.base import utcnow
    from helpdesk_gui.services.tickets import approval, extensions

    calls = {
        "approve": lambda: approval.approve(ticket_id, supervisor, "同意直派"),
        "reject": lambda: approval.reject(ticket_id, supervisor, "非一级问题"),
        "extend": lambda: extensions.request_extension(
            ticket_id, handler, utcnow() + timedelta(days=2), "等待配件，已告知客户",
            customer_told=True),
        "assign": lambda: flow.assign(ticket_id, handler.id, _dispatcher(ticket_id, clerk,
                                                                          supervisor)),
        "start": lambda: flow.start(ticket_id, handler),
        "wait_customer": lambda: flow.wait_customer(ticket_id, handler, "等客户拍照"),
        "resume": lambda: flow.resume(ticket_id, handler),
        "record_contact": lambda: flow.record_contact(ticket_id, handler, "电话联系客户"),
        "add_note": lambda: flow.add_note(ticket_id, handler, "已联系抢修班"),
        "resolve": lambda: flow.resolve(ticket_id, handler, "更换保险丝，恢复供电"),
        "close": lambda: flow.close(ticket_id, handler, confirmed_by="phone"),
        "reopen": lambda: flow.reopen(ticket_id, clerk, "客户反映又停电"),
        "cancel": lambda: flow.cancel(ticket_id, clerk, "客户撤回"),
    }
    return calls[action]()


CELLS = [(state, action) for state in PATHS for action in workflow.ACTIONS if action != "merge"]


@pytest.mark.parametrize(("state", "action"), CELLS)
def test_every_state_action_cell(clerk, handler, supervisor, state, action):
    ticket = _new(clerk, level=1 if state == "pending_approval" else 2)
    for step in PATHS[state]:
        _do(step, ticket.id, handler, clerk, supervisor)
    assert Ticket.get_by_id(ticket.id).status == state
    events_before = TicketEvent.select().where(TicketEvent.ticket == ticket.id).count()
    if action in workflow.allowed_actions(state):
        _do(action, ticket.id, handler, clerk, supervisor)
        after = TicketEvent.select().where(TicketEvent.ticket == ticket.id).count()
        assert after == events_before + 1
    else:
        with pytest.raises(IllegalTransition) as info:
            _do(action, ticket.id, handler, clerk, supervisor)
        assert state in str(info.value) and action in str(info.value)
        assert ticket.ticket_no in str(info.value)
        assert Ticket.get_by_id(ticket.id).status == state  # nothing half-written
        after = TicketEvent.select().where(TicketEvent.ticket == ticket.id).count()
        assert after == events_before


def test_full_lifecycle_history_is_complete(clerk, handler):
    ticket = _new(clerk)
    for step in ["assign", "start", "wait_customer", "resume", "record_contact", "add_note",
                 "resolve", "close", "reopen", "resolve", "close"]:
        _do(step, ticket.id, handler, clerk)
    events = list(TicketEvent.select().where(TicketEvent.ticket == ticket.id)
                  .order_by(TicketEvent.id))
    assert [e.kind for e in events] == [
        "created", "assigned", "started", "waiting", "resumed", "contact", "note",
        "resolved", "closed", "reopened", "resolved", "closed"]
    assert [e.actor.employee_no for e in events][:2] == ["1001", "1001"]
    row = Ticket.get_by_id(ticket.id)
    assert (row.status, row.reopen_count, row.contacts) == ("closed", 1, 1)
    assert row.first_response_at is not None and row.closed_at >= row.resolved_at
    for before, after in zip(events, events[1:], strict=False):
        assert after.from_status == before.to_status


def test_resolve_requires_resolution_record(clerk, handler):
    ticket = _new(clerk)
    _do("assign", ticket.id, handler, clerk)
    _do("start", ticket.id, handler, clerk)
    with pytest.raises(ValidationError) as info:
        flow.resolve(ticket.id, handler, "   ")
    assert info.value.errors == {"resolution": "required"}
    assert Ticket.get_by_id(ticket.id).status == "in_progress"


def test_reopen_without_assignee_goes_back_to_queue(clerk):
    ticket = _new(clerk, type="consultation", first_contact_resolved=True, answer="营业厅可缴费")
    assert Ticket.get_by_id(ticket.id).status == "closed"
    flow.reopen(ticket.id, clerk, "客户还有疑问")
    assert Ticket.get_by_id(ticket.id).status == "new"


def test_merge_duplicate_keeps_both_rows_and_histories(clerk, handler):
    original, duplicate = _new(clerk), _new(clerk)
    flow.merge(duplicate.id, original.ticket_no, handler, "同一停电事件")
    dup = Ticket.get_by_id(duplicate.id)
    assert dup.status == "merged" and dup.merged_into_id == original.id
    kinds = [e.kind for e in TicketEvent.select().where(TicketEvent.ticket == original.id)]
    assert kinds[-1] == "merged_from"
    last = TicketEvent.select().where(TicketEvent.ticket == original.id).order_by(
        TicketEvent.id.desc()).first()
    assert json.loads(last.data) == {"duplicate": duplicate.ticket_no}
    with pytest.raises(ValidationError):
        flow.merge(original.id, original.ticket_no, handler)
    with pytest.raises(ValidationError):
        flow.merge(original.id, "NOPE-1", handler)
    with pytest.raises(IllegalTransition):
        flow.merge(duplicate.id, original.ticket_no, handler)


def test_assign_to_inactive_staff_is_refused(clerk, handler):
    ticket = _new(clerk)
    handler.active = False
    handler.save()
    with pytest.raises(ValidationError) as info:
        flow.assign(ticket.id, handler.id, clerk)
    assert "assignee" in info.value.errors


def test_only_staff_who_may_start_a_ticket_are_offered_as_assignees(clerk, handler, supervisor):
    from helpdesk_gui.services.security.staff import active_handlers

    offered = {number for _id, number, _name in active_handlers()}
    assert offered == {handler.employee_no, supervisor.employee_no}  # not the counter clerk
