"""The role × action matrix, every cell, at the service layer.

``EXPECTED`` is the specification written out by hand (it mirrors the table in
``services/permissions.py``); the cells are generated from it and from the service's own
action list, so adding an action without deciding who may do it fails here.
"""

from __future__ import annotations

import inspect
from datetime import timedelta

import pytest

from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import PermissionDenied
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.security import permissions
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.tickets import extensions
from helpdesk_gui.services.tickets import flow as ticket_flow
from helpdesk_gui.services.tickets import intake as tickets

# C counter, H handler, S supervisor, A admin
EXPECTED = {
    "ticket.create": "CHS", "ticket.assign": "CS", "ticket.reassign": "S",
    "ticket.start": "HS", "ticket.wait_customer": "HS", "ticket.resume": "CHS",
    "ticket.record_contact": "CHS", "ticket.add_note": "CHS", "ticket.resolve": "HS",
    "ticket.close": "CHS", "ticket.reopen": "CS", "ticket.cancel": "CS",
    "ticket.merge": "HS", "ticket.edit": "CS", "customer.reveal": "HS",
    "approval.decide": "S", "export.run": "SA", "report.run": "SA", "settings.edit": "SA",
    "audit.view": "A", "audit.verify": "A", "staff.manage": "A", "password.reset": "A",
    "backup.create": "A", "backup.restore": "A", "privacy.anonymize": "A",
    "ticket.extend": "HS", "import.run": "SA", "survey.answer": "CHS",
    "training.manage": "SA", "knowledge.edit": "SA", "case.promote": "S",
    "complaint.close": "S", "suggestion.decide": "S",
    "service_error.record": "S", "review.record": "S", "customer.tier": "S",
    "callback.record": "CHS", "seat.view": "SA",
    "token.manage": "A", "complaint.handle": "CHS", "suggestion.handle": "CHS",
    "improvement.manage": "HS", "customer.lookup": "CHS",
    "receipt.print": "CHS", "attachment.add": "CHS", "attachment.view": "CHS",
    "customer.edit": "CHS",
    "sync.manage": "A", "sync.view": "A", "sync.export": "A", "sync.import": "A",
}
LETTER = {"counter": "C", "handler": "H", "supervisor": "S", "admin": "A"}
CELLS = [(role, action) for action in permissions.ACTIONS for role in permissions.ROLES]


def test_matrix_covers_exactly_the_specified_actions():
    assert set(permissions.ACTIONS) == set(EXPECTED)
    assert set(permissions.ROLES) == set(LETTER)


def _person(branch, role, no="7001"):
    return staff_service.create_staff(branch, no, "测试员", role)


@pytest.mark.parametrize(("role", "action"), CELLS)
def test_require_enforces_cell(branch, role, action):
    actor = _person(branch, role)
    expected = LETTER[role] in EXPECTED[action]
    assert permissions.allowed(actor, action) is expected
    before = AuditEntry.select().count()
    if expected:
        permissions.require(actor, action)
        assert AuditEntry.select().count() == before
        return
    with pytest.raises(PermissionDenied) as caught:
        permissions.require(actor, action, "ticket", 42)
    assert role in str(caught.value) and action in str(caught.value)
    denial = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (denial.action, denial.actor_no, denial.object_id) == \
        ("permission.denied", "7001", "42")
    assert action in denial.detail


def test_inactive_staff_may_do_nothing(branch):
    actor = _person(branch, "supervisor")
    actor.active = False
    assert not any(permissions.allowed(actor, a) for a in permissions.ACTIONS)
    with pytest.raises(PermissionDenied, match="deactivated"):
        permissions.require(actor, "ticket.create")


def test_unknown_action_is_a_programming_error(branch):
    with pytest.raises(KeyError):
        permissions.allowed(_person(branch, "admin"), "ticket.explode")


def test_nobody_signed_in_is_denied(db):
    with pytest.raises(PermissionDenied, match="not signed in"):
        permissions.require(None, "ticket.create")


# ---- the real ticket services -------------------------------------------------------

WIRED = "permissions" in inspect.getsource(ticket_flow) and \
    "permissions" in inspect.getsource(tickets)
wiring = pytest.mark.xfail(not WIRED, strict=False,
                           reason="permissions.require not yet called in the ticket services")


def _form(**extra):
    values = dict(channel="counter", type="repair", level=3, customer_name="张三",
                  description="水表漏水", phone="13812341234")
    values.update(extra)
    return tickets.IntakeForm(**values)


def _ticket(boss, worker, state: str) -> int:
    """A ticket in ``state``, prepared by a supervisor (allowed every ticket action)."""
    tid = tickets.create_ticket(_form(), boss).id
    steps = {"new": [], "assigned": ["assign"], "in_progress": ["assign", "start"],
             "waiting_customer": ["assign", "start", "wait"],
             "resolved": ["assign", "start", "resolve"],
             "closed": ["assign", "start", "resolve", "close"]}[state]
    for step in steps:
        {"assign": lambda: ticket_flow.assign(tid, worker.id, boss),
         "start": lambda: ticket_flow.start(tid, boss),
         "wait": lambda: ticket_flow.wait_customer(tid, boss, "缺少资料"),
         "resolve": lambda: ticket_flow.resolve(tid, boss, "已更换水表"),
         "close": lambda: ticket_flow.close(tid, boss, confirmed_by="phone")}[step]()
    return tid


# action -> (state the ticket must be in, how to call the service)
TICKET_CALLS = {
    "ticket.assign": ("new", lambda t, a, w, b: ticket_flow.assign(t, w.id, a)),
    "ticket.reassign": ("assigned", lambda t, a, w, b: ticket_flow.assign(t, b.id, a)),
    "ticket.start": ("assigned", lambda t, a, w, b: ticket_flow.start(t, a)),
    "ticket.wait_customer": ("in_progress",
                             lambda t, a, w, b: ticket_flow.wait_customer(t, a, "等待")),
    "ticket.resume": ("waiting_customer", lambda t, a, w, b: ticket_flow.resume(t, a)),
    "ticket.record_contact": ("in_progress",
                              lambda t, a, w, b: ticket_flow.record_contact(t, a, "已电话联系")),
    "ticket.add_note": ("new", lambda t, a, w, b: ticket_flow.add_note(t, a, "进展")),
    "ticket.resolve": ("in_progress", lambda t, a, w, b: ticket_flow.resolve(t, a, "已修复")),
    "ticket.close": ("resolved", lambda t, a, w, b: ticket_flow.close(t, a, confirmed_by="sms")),
    "ticket.reopen": ("closed", lambda t, a, w, b: ticket_flow.reopen(t, a, "客户不满意")),
    "ticket.cancel": ("new", lambda t, a, w, b: ticket_flow.cancel(t, a, "客户撤回")),
    "ticket.edit": ("new", lambda t, a, w, b: ticket_flow.edit_description(t, a, "新描述")),
    "ticket.extend": ("in_progress", lambda t, a, w, b: extensions.request_extension(
        t, a, (Ticket.get_by_id(t).resolve_due or utcnow()) + timedelta(days=1),
        "等待配件，已告知客户", customer_told=True)),
}
SERVICE_CELLS = [
    pytest.param(role, action, marks=() if LETTER[role] in EXPECTED[action] else wiring)
    for action in permissions.ACTIONS if action.startswith("ticket.")
    for role in permissions.ROLES]


def _call(action, tid, actor, worker, boss):
    if action == "ticket.create":
        return tickets.create_ticket(_form(phone="13912345678"), actor)
    if action == "ticket.merge":
        other = tickets.create_ticket(_form(phone="13912345678"), boss)
        return ticket_flow.merge(tid, other.ticket_no, actor)
    return TICKET_CALLS[action][1](tid, actor, worker, boss)


@pytest.mark.parametrize(("role", "action"), SERVICE_CELLS)
def test_ticket_service_enforces_cell(branch, role, action):
    boss = _person(branch, "supervisor", "8001")
    worker = _person(branch, "handler", "8002")
    spare = _person(branch, "handler", "8003")
    actor = boss if role == "supervisor" else _person(branch, role)
    state = TICKET_CALLS.get(action, ("new",))[0]
    tid = _ticket(boss, worker, state)
    expected = LETTER[role] in EXPECTED[action]
    before = Ticket.get_by_id(tid)
    if expected:
        _call(action, tid, actor, worker, spare)
        return
    with pytest.raises(PermissionDenied):
        _call(action, tid, actor, worker, spare)
    after = Ticket.get_by_id(tid)
    assert (after.status, after.updated_at, after.assignee_id) == \
        (before.status, before.updated_at, before.assignee_id)
    denial = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert denial.action == "permission.denied" and action in denial.detail
