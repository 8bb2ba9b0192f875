"""Why is this ticket due on Tuesday? Each target's timeline, from the stored clocks.

For every target of a ticket the explanation replays ``sla_clock.explain`` with the same
calendar, start, amount and pauses the deadline was computed from: counted stretches,
nights and weekends (closed), public holidays, pauses while waiting for the customer,
and the deadline itself. A "N working days" target is explained as the counted time
from receipt to the close of business of the Nth working day, which is how it is
defined. An extension is shown as a note: its deadline was set by a person.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from helpdesk_gui.domain.sla import clock as sla_clock
from helpdesk_gui.domain.sla.clock import Segment
from helpdesk_gui.domain.sla.coverage import coverage_warning
from helpdesk_gui.domain.sla.models import dt_value
from helpdesk_gui.domain.sla.policy import TARGET_NAMES, Target
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.sla import setup as sla_setup
from helpdesk_gui.services.sla import state as ss
from helpdesk_gui.services.tickets.records import get_by_number, get_ticket


@dataclass(frozen=True)
class TargetTimeline:
    target: str  # code in sla_policy.TARGET_NAMES
    spec: Target
    start: datetime  # naive UTC
    due: datetime | None
    done: datetime | None
    state: str
    cycle: int
    segments: list[Segment]
    extended_due: datetime | None = None


@dataclass(frozen=True)
class TicketExplanation:
    ticket_id: int
    ticket_no: str
    level: int
    status: str
    timezone: str
    policy_version: int
    extension_count: int
    pauses: list[tuple[datetime, datetime | None]]
    timelines: list[TargetTimeline]
    unpublished_years: list[int]


def explain_ticket(ticket_id: int) -> TicketExplanation:
    """Lay out every target of the ticket (read-only; works for legacy tickets too)."""
    ticket = get_ticket(ticket_id)
    row = sla_setup.ticket_sla(ticket)
    policy = sla_setup.policy_version(row.policy_version)
    pauses = ss.aware_pauses(row)
    timelines, missing = [], set()
    states = row.get_states()
    for name in TARGET_NAMES:
        st = states.get(name)
        if not st or not st.get("start"):
            continue
        timeline = _timeline(ticket, name, st, policy, pauses)
        timelines.append(timeline)
        if timeline.spec.clock == "business" and timeline.segments:
            cal = ss.calendar_of(ticket, "business")
            missing.update(cal.uncovered_years(timeline.segments[0].start,
                                               timeline.segments[-1].start))
    return TicketExplanation(ticket.id, ticket.ticket_no, ticket.level, ticket.status,
                             ticket.branch.timezone, row.policy_version, row.extension_count,
                             row.get_pauses(), timelines, sorted(missing))


def explain_number(ticket_no: str) -> TicketExplanation:
    return explain_ticket(get_by_number(ticket_no).id)


def _timeline(ticket: Ticket, name: str, st: dict, policy, pauses: list) -> TargetTimeline:
    start = dt_value(st["start"])
    spec = ss.target_spec(ticket, name, policy, start)
    cal = ss.calendar_of(ticket, spec.clock)
    counted = pauses if name == "resolution" else []
    minutes: float = spec.minutes
    if spec.unit == "working_days":
        base = sla_clock.working_days_deadline(cal, ss.aware(start), spec.amount)
        minutes = sla_clock.elapsed(cal, ss.aware(start), base).total_seconds() / 60
    segments = sla_clock.explain(cal, ss.aware(start), minutes, counted)
    return TargetTimeline(name, spec, start, dt_value(st.get("due")), dt_value(st.get("done")),
                          st.get("state", ""), st.get("cycle", 0), segments,
                          dt_value(st.get("extended_due")))


def _when(value: datetime | None, tz: str) -> str:
    if value is None:
        return "—"
    return ss.aware(value).astimezone(ZoneInfo(tz)).strftime(
        "%Y-%m-%d %a %H:%M %Z")


def explanation_text(ex: TicketExplanation, chinese: bool = False) -> str:
    """The explanation as plain text (the CLI prints it; the dialog shows it)."""
    i = 1 if chinese else 0
    lines = [f"{ex.ticket_no}  level {ex.level}  {ex.status}  policy v{ex.policy_version}  "
             f"time zone {ex.timezone}  extensions {ex.extension_count}"]
    for a, b in ex.pauses:
        lines.append(f"pause (waiting for customer): {_when(a, ex.timezone)} → "
                     f"{_when(b, ex.timezone)}")
    for tl in ex.timelines:
        spec = f"{tl.spec.amount} {tl.spec.unit.replace('_', ' ')} ({tl.spec.clock})"
        lines += ["", f"== {TARGET_NAMES[tl.target][i]}: {spec}, cycle {tl.cycle}",
                  f"   start {_when(tl.start, ex.timezone)}   due {_when(tl.due, ex.timezone)}"
                  f"   done {_when(tl.done, ex.timezone)}   state {tl.state}"]
        if tl.extended_due is not None:
            lines.append(f"   extended by a handler to {_when(tl.extended_due, ex.timezone)}"
                         " (the computed timeline below is the original target)")
        lines += ["   " + seg.as_text(ex.timezone) for seg in tl.segments]
    if ex.unpublished_years:
        lines += ["", "warning: " + coverage_warning(ex.unpublished_years,
                                                     "zh" if chinese else "en")]
    return "\n".join(lines)
