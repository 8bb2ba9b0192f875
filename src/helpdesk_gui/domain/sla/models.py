"""Tables of the service-level capability: policy versions, per-ticket clocks, alarms,
notifications and branch calendars.

Why a side table (``TicketSla``) instead of more ticket columns: the ticket keeps the
three deadlines every list shows (``response_due``, ``update_due``, ``resolve_due``,
``sla_state``); everything else a clock needs — the policy version the ticket was
created under, its pauses, each target's start, deadline, at-risk instant and state,
the number of extensions — lives here, one row per ticket. ``next_check_at`` is the
earliest instant at which one of the ticket's targets becomes at risk or breached and
has not been alarmed yet, so the periodic scan is one indexed range query however many
tickets are open.

``SlaAlarm`` has a unique key (ticket, target, kind, cycle): an alarm is raised once per
deadline, also across restarts and with two counters scanning the same database. A
target's ``cycle`` grows when its clock starts again (a new progress-update interval,
a reassignment, a reopen, an extension).
"""

from __future__ import annotations

import json
from datetime import datetime
from types import MappingProxyType
from typing import Any

import peewee as pw

from helpdesk_gui.domain.base import BaseModel, SyncedModel, utcnow
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.tickets.models import Ticket

_FMT = "%Y-%m-%dT%H:%M:%S"


def dt_text(value: datetime | None) -> str | None:
    """A naive UTC datetime as JSON text (None stays None)."""
    if value is None:
        return None
    if value.tzinfo is None and value.year >= 1000:  # the same text, without strftime
        return value.isoformat(timespec="seconds")
    return value.strftime(_FMT)


def dt_value(text: str | None) -> datetime | None:
    """The datetime of a ``dt_text`` (parsed in C: a scan reads thousands of these)."""
    if text is None:
        return None
    if len(text) == 19 and text[10] == "T":
        return datetime.fromisoformat(text)
    return datetime.strptime(text, _FMT)


class SlaPolicy(SyncedModel):
    """One version of the policy; the highest version is the one new tickets get."""

    version = pw.IntegerField(unique=True)
    data = pw.TextField()  # sla_policy.Policy.to_dict() as JSON
    note = pw.TextField(default="")
    created_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT", index=False)


class TicketSla(SyncedModel):
    """The service-level clocks of one ticket (see module docstring)."""

    ticket = pw.ForeignKeyField(Ticket, unique=True, backref="sla", on_delete="RESTRICT")
    policy_version = pw.IntegerField()
    pauses = pw.TextField(default="[]")  # [[start, end|null], ...] naive UTC
    states = pw.TextField(default="{}")  # target -> {start, due, risk, state, cycle, ...}
    extension_count = pw.IntegerField(default=0)
    next_check_at = pw.DateTimeField(null=True, index=True)

    def get_states(self) -> dict[str, dict[str, Any]]:
        return json.loads(self.states or "{}")

    def set_states(self, states: dict[str, dict[str, Any]]) -> None:
        self.states = json.dumps(states, sort_keys=True)

    def get_pauses(self) -> list[tuple[datetime, datetime | None]]:
        return [(dt_value(a), dt_value(b)) for a, b in json.loads(self.pauses or "[]")]

    def set_pauses(self, pauses: list[tuple[datetime, datetime | None]]) -> None:
        self.pauses = json.dumps([[dt_text(a), dt_text(b)] for a, b in pauses])


class SlaAlarm(BaseModel):
    """An alarm raised for one target of one ticket. Append-only."""

    ticket = pw.ForeignKeyField(Ticket, backref="sla_alarms", on_delete="RESTRICT",
                                index=False)  # the unique index below starts with it
    target = pw.CharField(max_length=16)  # sla_policy.TARGET_NAMES
    kind = pw.CharField(max_length=16)  # "at_risk" | "breached"
    cycle = pw.IntegerField(default=0)
    due = pw.DateTimeField(null=True)
    raised_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("ticket", "target", "kind", "cycle"), True),)


class Notification(BaseModel):
    """One alarm for one person; shown once ``deliver_at`` has come, until read."""

    recipient = pw.ForeignKeyField(Staff, backref="notifications", on_delete="RESTRICT",
                                   index=False)
    alarm = pw.ForeignKeyField(SlaAlarm, null=True, on_delete="RESTRICT", index=False)
    ticket = pw.ForeignKeyField(Ticket, null=True, on_delete="RESTRICT", index=False)
    target = pw.CharField(max_length=16, default="")
    kind = pw.CharField(max_length=16, default="")
    created_at = pw.DateTimeField(default=utcnow)
    deliver_at = pw.DateTimeField(default=utcnow)
    delivered = pw.BooleanField(default=False)  # released to the screen (tray message)
    read_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = (
            (("delivered", "deliver_at"), False),
            (("recipient", "read_at", "deliver_at"), False),
        )


class BranchCalendar(SyncedModel):
    """A branch's own opening hours and completed years; absent = China default."""

    branch = pw.ForeignKeyField(Branch, unique=True, on_delete="RESTRICT")
    hours = pw.TextField(default="")  # calendar "hours" JSON; "" = default hall hours
    covered_years = pw.TextField(default="[]")  # years whose schedule was imported
    revision = pw.IntegerField(default=0)  # bumped on every edit (cache key)


class CalendarOverride(SyncedModel):
    """An administrator's change to one day of a branch calendar.

    ``kind``: ``holiday`` (closed), ``workday`` (make-up day, Monday's hours) or
    ``normal`` (remove a built-in holiday or make-up day: the weekday's own hours).
    """

    branch = pw.ForeignKeyField(Branch, on_delete="RESTRICT", index=False)
    day = pw.DateField()
    kind = pw.CharField(max_length=8)
    note = pw.CharField(max_length=200, default="")
    created_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT", index=False)

    class Meta:
        indexes = ((("branch", "day"), True),)


OVERRIDE_KINDS = MappingProxyType({  # a vocabulary table: translated on screen
    "holiday": ("Holiday", "节假日"),
    "workday": ("Make-up working day", "调休上班"),
    "normal": ("Ordinary day", "普通日"),
})

MODELS = [SlaPolicy, TicketSla, SlaAlarm, Notification, BranchCalendar, CalendarOverride]
