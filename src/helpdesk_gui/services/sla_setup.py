"""Stamping service-level deadlines on a ticket when it is received.

Levels 1–2 run on a 24×7 clock; level 3 on the branch's business calendar (mainland
China holidays and make-up working days). Deadlines are stored on the ticket so "about
to breach" is one indexed query.
"""

from __future__ import annotations

from datetime import UTC, datetime

from helpdesk_gui.domain import calendar as business_calendar
from helpdesk_gui.domain import sla_clock
from helpdesk_gui.domain.models import Ticket
from helpdesk_gui.domain.sla_policy import DEFAULT_TARGETS, Target, describe

_calendars: dict[str, business_calendar.BusinessCalendar] = {}


def calendar_for(timezone: str) -> business_calendar.BusinessCalendar:
    """The default business calendar of a branch time zone (cached: it is immutable)."""
    if timezone not in _calendars:
        _calendars[timezone] = business_calendar.china_default(tz=timezone)
    return _calendars[timezone]


def _due(target: Target, start: datetime, tz: str) -> datetime | None:
    aware = start.replace(tzinfo=UTC)
    if target.clock == "24x7":
        cal = business_calendar.BusinessCalendar.always_open(tz)
    else:
        cal = calendar_for(tz)
    if target.unit == "working_days":
        due = sla_clock.working_days_deadline(cal, aware, target.amount)
    else:
        due = sla_clock.deadline(cal, aware, target.minutes)
    return due.astimezone(UTC).replace(tzinfo=None) if due else None


def apply_deadlines(ticket: Ticket, received_at: datetime) -> None:
    """Set response, update and resolution deadlines from the level's targets."""
    if ticket.status in ("closed", "resolved"):
        ticket.sla_state = "met"
        return
    targets = DEFAULT_TARGETS[ticket.level]
    tz = ticket.branch.timezone
    ticket.response_due = _due(targets.response, received_at, tz)
    ticket.resolve_due = _due(targets.resolution, received_at, tz)
    ticket.update_due = _due(targets.update_every, received_at, tz)
    ticket.sla_state = "on_track"


def commitment_text(ticket: Ticket, chinese: bool = True) -> str:
    """What the clerk tells the customer, e.g. '工作人员将在2小时内与您联系…'."""
    if ticket.status == "closed":
        return "已当场答复（首问解决）" if chinese else "Answered on the spot (first contact)"
    targets = DEFAULT_TARGETS[ticket.level]
    response = describe(targets.response, chinese)
    resolution = describe(targets.resolution, chinese)
    if chinese:
        return f"工作人员将在{response}与您联系，{resolution}给出处理结果"
    return f"We will contact you {response} and give you a result {resolution}."


def on_transition(ticket: Ticket, previous_status: str, now: datetime) -> None:
    """Called inside every transition's transaction, after the state changed.

    Stamps the SLA state of finished tickets; pauses and full recomputation belong here.
    """
    if ticket.status in ("resolved", "closed") and ticket.resolve_due is not None:
        done = ticket.resolved_at or now
        ticket.sla_state = "met" if done <= ticket.resolve_due else "breached"
