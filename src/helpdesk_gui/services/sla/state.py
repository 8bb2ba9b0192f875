"""The clock arithmetic of one ticket's targets: deadlines, at-risk instants, states.

A target's record (in ``TicketSla.states``) is a dict: ``start`` (when its clock began),
``due`` and ``risk`` (computed), ``done`` (when it was met, or None), ``cycle`` (grows
each time the clock starts again, so alarms of the new cycle are raised afresh),
``alarmed`` (alarm kinds already raised in this cycle) and ``extended_due`` (an
extension's absolute deadline). Everything here is recomputed from ``start``, the
pauses and the ticket's policy version, so a recomputation is always complete.
Times are naive UTC on the way in and out, aware UTC inside ``sla_clock``.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from helpdesk_gui.domain.sla import calendar as bc
from helpdesk_gui.domain.sla import clock as sla_clock
from helpdesk_gui.domain.sla.models import TicketSla, dt_text, dt_value
from helpdesk_gui.domain.sla.policy import Policy, Target, is_night
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.sla import calendars as sla_calendars

ALWAYS_OPEN = bc.BusinessCalendar.always_open("UTC")
DONE_STATUSES = ("resolved", "closed")
STOPPED_STATUSES = ("cancelled", "merged")
RANK = {"on_track": 1, "paused": 2, "at_risk": 3, "breached": 4}

State = dict[str, Any]


def aware(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC)


def naive(value: datetime | None) -> datetime | None:
    return None if value is None else value.astimezone(UTC).replace(tzinfo=None)


def new_state(start: datetime | None, previous: State | None = None,
              done: datetime | None = None) -> State:
    """A fresh cycle of a target's clock (the cycle number continues from ``previous``)."""
    cycle = (previous or {}).get("cycle", -1) + 1
    return {"start": dt_text(start), "done": dt_text(done), "cycle": cycle, "alarmed": [],
            "due": None, "risk": None, "state": "on_track"}


def calendar_of(ticket: Ticket, clock: str) -> bc.BusinessCalendar:
    """The 24×7 clock, or the ticket's branch business calendar."""
    if clock == "24x7":
        return ALWAYS_OPEN
    return sla_calendars.calendar_for_branch(ticket.branch_id)


def ack_minutes(ticket: Ticket, policy: Policy, received: datetime) -> int:
    """10 minutes by day, 30 at night or on a day the branch is closed (holidays)."""
    cal = sla_calendars.calendar_for_branch(ticket.branch_id)
    local = aware(received).astimezone(cal.tz)
    ack = policy.acknowledge
    off = is_night(ack, local.hour * 60 + local.minute) or not cal.is_working_day(local.date())
    return ack.night_minutes if off else ack.day_minutes


def target_spec(ticket: Ticket, name: str, policy: Policy, start: datetime) -> Target:
    """The policy target of ``name`` for this ticket (acknowledgement: by time of day)."""
    if name == "acknowledge":
        return Target(ack_minutes(ticket, policy, start), "minutes", "24x7")
    return policy.target(ticket.level, name)


def due_of(target: Target, cal: bc.BusinessCalendar, start: datetime,
           pauses: list) -> datetime | None:
    """Aware deadline of a target started at aware ``start`` (None while paused)."""
    if target.unit == "working_days":
        return sla_clock.working_days_deadline(cal, start, target.amount, pauses)
    return sla_clock.deadline(cal, start, target.minutes, pauses)


def risk_of(cal: bc.BusinessCalendar, start: datetime, due: datetime, share: float,
            pauses: list) -> datetime:
    """When ``share`` of the counted time between start and deadline is used up."""
    budget = sla_clock.elapsed(cal, start, max(due, start), pauses)
    at = sla_clock.deadline(cal, start, budget / timedelta(minutes=1) * share, pauses)
    return at or due


def aware_pauses(row: TicketSla) -> list[tuple[datetime, datetime | None]]:
    return [(aware(a), None if b is None else aware(b)) for a, b in row.get_pauses()]


def compute(ticket: Ticket, name: str, st: State, policy: Policy, pauses: list) -> None:
    """Recompute ``due`` and ``risk`` of an unfinished target in place."""
    start = dt_value(st.get("start"))
    if start is None:
        st["due"] = st["risk"] = None
        return
    spec = target_spec(ticket, name, policy, start)
    cal = calendar_of(ticket, spec.clock)
    counted = pauses if name == "resolution" else []
    if st.get("extended_due"):
        due = aware(dt_value(st["extended_due"]))
    else:
        due = due_of(spec, cal, aware(start), counted)
    risk = risk_of(cal, aware(start), due, policy.at_risk_share, counted) if due else None
    st["due"], st["risk"] = dt_text(naive(due)), dt_text(naive(risk))


def state_at(st: State, now: datetime) -> str:
    """on_track / at_risk / breached / paused, or met / extended once done."""
    due, risk, done = dt_value(st.get("due")), dt_value(st.get("risk")), dt_value(st.get("done"))
    if done is not None:
        if due is not None and done > due:
            return "breached"
        return "extended" if st.get("extended_due") else "met"
    if due is None:
        return "paused"
    if now >= due:
        return "breached"
    return "at_risk" if risk is not None and now >= risk else "on_track"


def next_check(states: dict[str, State], now: datetime) -> datetime | None:
    """The next instant a running target crosses its at-risk or breach line, or a line
    already crossed whose alarm has not been raised yet (the scan picks it up at once)."""
    candidates = []
    for st in states.values():
        if st.get("done") or not st.get("due"):
            continue
        alarmed = st.get("alarmed", [])
        for key, kind in (("risk", "at_risk"), ("due", "breached")):
            at = dt_value(st.get(key))
            if at is not None and (at > now or kind not in alarmed):
                candidates.append(at)
                break
    return min(candidates) if candidates else None


def overall(ticket: Ticket, states: dict[str, State]) -> str:
    """The ticket's one-word SLA state for lists and colours."""
    if ticket.status in DONE_STATUSES:
        res = states.get("resolution")
        return res["state"] if res else "met"
    worst = "on_track"
    for st in states.values():
        if RANK.get(st["state"], 0) > RANK[worst]:
            worst = st["state"]
    return worst


def refresh(ticket: Ticket, row: TicketSla, policy: Policy, now: datetime) -> None:
    """Full recomputation: every running target's deadline and state, the ticket's
    deadline columns and SLA state, and the row's next check."""
    states, pauses = row.get_states(), aware_pauses(row)
    stopped = ticket.status in STOPPED_STATUSES
    for name, st in states.items():
        if (not st.get("done") and not stopped) or (st.get("start") and not st.get("due")
                                                    and st.get("done")):
            compute(ticket, name, st, policy, pauses)
        st["state"] = state_at(st, now)
    row.set_states(states)
    row.next_check_at = None if stopped else next_check(states, now)
    ticket.response_due = _due(states, "response")
    ticket.update_due = _due(states, "update")
    ticket.resolve_due = _due(states, "resolution")
    if not stopped:
        ticket.sla_state = overall(ticket, states)


def _due(states: dict[str, State], name: str) -> datetime | None:
    return dt_value(states[name].get("due")) if name in states else None
