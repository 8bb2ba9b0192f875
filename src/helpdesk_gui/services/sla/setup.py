"""Service-level clocks of a ticket: stamped when it is received, recomputed on every
transition (SERVICE_STANDARD §3).

``apply_deadlines`` runs inside the creation transaction and ``on_transition`` inside
every transition's transaction (``ticket_flow._act``), so the ticket's deadlines, its
``TicketSla`` row and its history are always written together. The policy is data
(``SlaPolicy`` versions); a ticket keeps the version it was created under.

What a transition does to the clocks (read from the ticket's state change, or from the
``_sla_event`` a service of this capability sets on the ticket):

* any action acknowledges the request (the intake acknowledgement is met);
* leaving ``pending_approval`` meets the level-1 approval target;
* entering ``waiting_customer`` opens a pause of the resolution clock and suspends the
  progress-update clock; leaving it closes the pause and restarts the update clock;
* a (re)assignment starts the handler-contact clock; a customer contact meets it;
* the first response meets the response target and starts the progress-update clock;
  a note, contact or resume restarts the update clock (a new cycle);
* resolve/close stamp met/breached on the remaining targets; reopen restarts the
  resolution and update clocks from the reopening.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.sla.models import SlaPolicy, TicketSla, dt_text, dt_value
from helpdesk_gui.domain.sla.policy import DEFAULT_POLICY, Policy, describe
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.security import audit, permissions
from helpdesk_gui.services.sla import state as ss
from helpdesk_gui.services.sla.state import DONE_STATUSES, new_state

ACK_AT_INTAKE = ("counter", "phone")  # the customer is told the number on the spot
_policies: dict[tuple[str, int], Policy] = {}  # (database, version): versions never change
log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- policy


def current_policy() -> tuple[int, Policy]:
    """(version, policy) that new tickets get: the highest stored version."""
    row = SlaPolicy.select().order_by(SlaPolicy.version.desc()).first()
    if row is None:
        return 0, DEFAULT_POLICY
    return row.version, policy_version(row.version, row.data)


def policy_version(version: int, data: str | None = None) -> Policy:
    """A stored policy version (cached: versions never change once written)."""
    key = (str(database_proxy.obj.database), version)
    if key not in _policies:
        if data is None:
            row = SlaPolicy.get_or_none(SlaPolicy.version == version)
            if row is None:
                return DEFAULT_POLICY
            data = row.data
        _policies[key] = Policy.from_dict(json.loads(data))
    return _policies[key]


def save_policy(policy: Policy | dict, actor: Staff, note: str = "") -> int:
    """Store an edited policy as a new version; existing tickets keep theirs."""
    checked = policy if isinstance(policy, Policy) else Policy.from_dict(policy)
    permissions.require(actor, "settings.edit", "sla_policy", "")
    with database_proxy.obj.atomic():
        version = current_policy()[0] + 1
        SlaPolicy.create(version=version, data=json.dumps(checked.to_dict()), note=note,
                         created_by=actor)
        audit.record(actor, "sla.policy", "sla_policy", version, {"note": note})
    return version


def policy_history() -> list[tuple[int, datetime, str, str]]:
    """(version, created_at, by, note) of every stored policy, newest first."""
    rows = SlaPolicy.select().order_by(SlaPolicy.version.desc())
    return [(r.version, r.created_at, r.created_by.name if r.created_by_id else "", r.note)
            for r in rows]


# --------------------------------------------------------------------------- creation


def initial_status(level: int) -> str:
    """A level-1 ticket waits for a supervisor's approval before it can be dispatched."""
    return "pending_approval" if level == 1 else "new"


def apply_deadlines(ticket: Ticket, received_at: datetime) -> None:
    """Create the ticket's clocks under the current policy and stamp its deadlines."""
    new_clocks(ticket, received_at).save()


def new_clocks(ticket: Ticket, received_at: datetime,
               current: tuple[int, Policy] | None = None) -> TicketSla:
    """The ticket's clocks under the current policy (or ``current``), its deadlines
    stamped on it, the row not yet saved: a caller that writes many tickets computes
    them before it takes the write lock (``replayed_clocks``)."""
    if ticket.status == "new":
        ticket.status = initial_status(ticket.level)
    version, policy = current or current_policy()
    row = TicketSla(ticket=ticket, policy_version=version)
    row.set_states(_initial_states(ticket, received_at))
    ss.refresh(ticket, row, policy, received_at)
    return row


def replayed_clocks(ticket: Ticket, received_at: datetime,
                    steps: list[tuple[datetime, str, str | None]],
                    current: tuple[int, Policy] | None = None) -> TicketSla:
    """The clocks of a ticket recorded with its whole life at once (a ledger row), in
    memory and without reading the database: created at ``received_at``, then each
    step ``(at, new status, stamp field or None)`` as ``on_transition`` would see it.
    The ticket need not be saved yet; the caller saves it, then the row."""
    ticket._dirty.clear()  # as after ``Ticket.create``: only the steps' changes count
    row = new_clocks(ticket, received_at, current)
    for at, status, stamp in steps:
        previous = ticket.status
        ticket.status = status
        if stamp:
            setattr(ticket, stamp, at)
        on_transition(ticket, previous, at, row=row, save=False)
    return row


def _initial_states(ticket: Ticket, received: datetime) -> dict[str, dict]:
    finished = ticket.status in DONE_STATUSES
    on_spot = finished or ticket.channel in ACK_AT_INTAKE
    states = {"acknowledge": new_state(received, done=received if on_spot else None),
              "response": new_state(received, done=ticket.first_response_at),
              "resolution": new_state(received, done=ticket.resolved_at)}
    if ticket.status == "pending_approval":
        states["approval"] = new_state(received)
    if ticket.first_response_at and not finished:
        states["update"] = new_state(ticket.first_response_at)
    return states


def ticket_sla(ticket: Ticket) -> TicketSla:
    """The ticket's clock row; tickets older than this capability get one on first use."""
    row = TicketSla.get_or_none(TicketSla.ticket == ticket.id)
    if row is None:
        version = current_policy()[0]
        row = TicketSla(ticket=ticket, policy_version=version)
        row.set_states(_initial_states(ticket, ticket.created_at))
    return row


def commitment_text(ticket: Ticket, chinese: bool = True, version: int | None = None) -> str:
    """What the clerk tells the customer, e.g. '工作人员将在2小时内与您联系…'
    (``version``: the ticket's policy version when the caller knows it: no read)."""
    if ticket.status == "closed":
        return "已当场答复（首问解决）" if chinese else "Answered on the spot (first contact)"
    if version is None:
        row = TicketSla.get_or_none(TicketSla.ticket == ticket.id)
        version = row.policy_version if row else None
    policy = current_policy()[1] if version is None else policy_version(version)
    response = describe(policy.target(ticket.level, "response"), chinese)
    resolution = describe(policy.target(ticket.level, "resolution"), chinese)
    if chinese:
        return f"工作人员将在{response}与您联系，{resolution}给出处理结果"
    return f"We will contact you {response} and give you a result {resolution}."


# --------------------------------------------------------------------------- transitions


def on_transition(ticket: Ticket, previous_status: str, now: datetime,
                  action: str | None = None, row: TicketSla | None = None,
                  save: bool = True) -> None:
    """Called inside every transition's transaction, after the state changed (``row``:
    the ticket's clocks when the caller holds them; ``save=False`` leaves them unsaved)."""
    row = row or ticket_sla(ticket)
    states = row.get_states()
    event = action or getattr(ticket, "_sla_event", None)
    _ack_and_approval(ticket, states, previous_status, now)
    _pauses(ticket, row, states, previous_status, now)
    _handler(ticket, states, now)
    _progress(ticket, states, previous_status, now, event)
    _finish_or_reopen(ticket, row, states, previous_status, now)
    if event == "extend":
        _extend(row, states, ticket._sla_extend_to)
    row.set_states(states)
    ss.refresh(ticket, row, policy_version(row.policy_version), now)
    row.touch()
    if save:
        row.save()


def _done(states: dict, name: str, at: datetime) -> None:
    if name in states and not states[name].get("done"):
        states[name]["done"] = dt_text(at)


def _ack_and_approval(ticket: Ticket, states: dict, previous: str, now: datetime) -> None:
    _done(states, "acknowledge", now)
    if previous == "pending_approval" and ticket.status != "pending_approval":
        _done(states, "approval", now)


def _pauses(ticket: Ticket, row: TicketSla, states: dict, previous: str,
            now: datetime) -> None:
    waiting = ticket.status == "waiting_customer"
    if waiting and previous != "waiting_customer":
        row.set_pauses([*row.get_pauses(), (now, None)])
        if "update" in states and not states["update"].get("done"):
            states["update"] = new_state(None, states["update"])  # suspended
    elif previous == "waiting_customer" and not waiting:
        row.set_pauses([(a, now if b is None else b) for a, b in row.get_pauses()])


def _handler(ticket: Ticket, states: dict, now: datetime) -> None:
    if "assignee" in ticket._dirty and ticket.assignee_id is not None:
        states["contact"] = new_state(now, states.get("contact"))
    if "contacts" in ticket._dirty:
        _done(states, "contact", now)
    if ticket.first_response_at is not None and "response" in states:
        _done(states, "response", ticket.first_response_at)
        if "update" not in states:
            states["update"] = new_state(ticket.first_response_at)


def _progress(ticket: Ticket, states: dict, previous: str, now: datetime,
              event: str | None) -> None:
    """A note, contact, resume or extension restarts the progress-update clock."""
    if ticket.status not in ("assigned", "in_progress") or "update" not in states:
        return
    same = previous == ticket.status and "assignee" not in ticket._dirty
    resumed = previous == "waiting_customer"
    if same or resumed or event == "extend":
        states["update"] = new_state(now, states["update"])


def _finish_or_reopen(ticket: Ticket, row: TicketSla, states: dict, previous: str,
                      now: datetime) -> None:
    if ticket.status in DONE_STATUSES and previous not in DONE_STATUSES:
        _done(states, "resolution", ticket.resolved_at or now)
        for name in ("update", "contact", "response"):
            _done(states, name, now)
    elif previous in DONE_STATUSES and ticket.status not in DONE_STATUSES:
        states["resolution"] = new_state(now, states.get("resolution"))
        if "update" in states:
            states["update"] = new_state(now, states["update"])


def _extend(row: TicketSla, states: dict, new_due: datetime) -> None:
    """An extension: a new absolute resolution deadline, counted as an extension."""
    res = new_state(dt_value(states["resolution"]["start"]), states["resolution"])
    res["extended_due"] = dt_text(new_due)
    states["resolution"] = res
    row.extension_count += 1
