"""Demo tickets: when they arrive, what they are about, and their rows.

Arrivals follow the hall's rhythm: more on working days (holidays and weekends from the
business calendar) and in office hours, few at night, a little more in winter (frozen
pipes, heating) and summer (air conditioning). Tickets are numbered in arrival order,
gap-free per branch and local day, and their ids grow with ``created_at`` as in a real
database.
"""

from __future__ import annotations

import bisect
import itertools
import random
from datetime import UTC, date, datetime, timedelta

from helpdesk_gui.db import search
from helpdesk_gui.db.connect import is_sqlite
from helpdesk_gui.demo import plan as demo_plan
from helpdesk_gui.demo.people import Hall
from helpdesk_gui.demo.sla import DemoDeadlines, day_range, local_midnight
from helpdesk_gui.demo.text import BRANCHES, COMMUNITIES, SLOTS, TEMPLATES
from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent, event_data
from helpdesk_gui.services.tickets.numbering import SEQ_WIDTH

TYPES = {"consultation": 35, "repair": 30, "request": 20, "complaint": 10, "suggestion": 5}
CHANNELS = {"counter": 38, "phone": 32, "online": 12, "sms": 5, "social": 5, "email": 4,
            "letter": 4}
LEVELS = {  # per type, chosen so the whole is about 5 % / 25 % / 70 %
    "repair": (9, 40, 51), "complaint": (5, 35, 60), "consultation": (0, 12, 88),
    "request": (1, 20, 79), "suggestion": (0, 5, 95)}
HOUR_WEIGHTS = (0.4, 0.2, 0.15, 0.15, 0.2, 0.4, 1, 3, 9, 14, 15, 13, 8, 10, 14, 14, 13, 9,
                5, 4, 3, 2, 1.5, 0.8)
MONTH_FACTOR = (1.2, 1.15, 1.0, 0.95, 0.95, 1.0, 1.1, 1.1, 1.0, 0.95, 1.0, 1.15)
CLOSED_DAY_FACTOR = 0.4
MERGE_WINDOW = 3 * 86400
TICKET_COLUMNS = (
    "id", "uuid", "created_at", "updated_at", "branch_id", "ticket_no", "channel", "type",
    "level", "status", "customer_id", "customer_name", "subject", "description", "request",
    "received_by_id", "assignee_id", "first_contact_resolved", "contacts", "first_response_at",
    "resolved_at", "closed_at", "resolution", "solution", "parts_replaced", "reopen_count",
    "merged_into_id", "response_due", "update_due", "resolve_due", "sla_state", "window_no")
EVENT_COLUMNS = ("id", "uuid", "ticket_id", "at", "actor_id", "kind", "from_status",
                 "to_status", "note", "data")


# the stored spelling of the vocabulary words (one-letter codes, ``db.codes``)
_CHANNEL, _TYPE, _STATUS, _SLA, _KIND = (
    Ticket.channel.db_value, Ticket.type.db_value, Ticket.status.db_value,
    Ticket.sla_state.db_value, TicketEvent.kind.db_value)


def _cum(weights) -> list[float]:
    return list(itertools.accumulate(weights))


def _pick(rng: random.Random, keys: list, cum: list[float]):
    return keys[bisect.bisect(cum, rng.random() * cum[-1])]


class TimeText:
    """Integer UTC seconds to the stored form of a ticket time: on SQLite the seconds
    themselves (``db.times``), for PostgreSQL's ``COPY`` the text, its date part cached."""

    def __init__(self, as_text: bool = True) -> None:
        self._days: dict[int, str] = {}
        self.as_text = as_text

    def __call__(self, ts: int | None) -> int | str | None:
        if ts is None or not self.as_text:
            return ts
        d, s = divmod(ts, 86400)
        day = self._days.get(d)
        if day is None:
            day = self._days[d] = datetime.fromtimestamp(d * 86400, UTC).strftime("%Y-%m-%d")
        return f"{day} {s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}"


def daily_counts(total: int, now_local: datetime, months: int, dl: DemoDeadlines
                 ) -> list[tuple[date, int]]:
    """Spread ``total`` tickets over the local days of the period (largest remainder)."""
    first = now_local.date() - timedelta(days=round(months * 30.44))
    days = day_range(first, now_local.date())
    today_share = sum(HOUR_WEIGHTS[:now_local.hour]) / sum(HOUR_WEIGHTS)
    weights = [(1.0 if dl.cal.is_working_day(d) else CLOSED_DAY_FACTOR)
               * MONTH_FACTOR[d.month - 1] for d in days]
    weights[-1] *= today_share
    scale = total / sum(weights)
    exact = [w * scale for w in weights]
    counts = [int(x) for x in exact]
    order = sorted(range(len(days)), key=lambda i: counts[i] - exact[i])
    for i in order[:total - sum(counts)]:
        counts[i] += 1
    return list(zip(days, counts, strict=True))


def _fill(text: str, values: dict[str, str]) -> str:
    return text.format_map(values) if "{" in text else text


def walk_in(rng: random.Random) -> dict[str, str]:
    """What one customer asks, written as the demo's tickets are (subject, description,
    request; the kind of request weighted as in the data). Why: tickets made on a
    generated database (the bench's intakes) then read like the ones they join, so they
    do not pile one sentence at the top of the list and change what every later search
    finds there (a fixed text had made 水压低 five times rarer among the newest tickets)."""
    kinds = list(TYPES)
    template = rng.choice(TEMPLATES[_pick(rng, kinds, _cum(TYPES[k] for k in kinds))])
    values = {k: rng.choice(v) for k, v in SLOTS.items()}
    values["community"] = rng.choice(COMMUNITIES)
    return {"subject": _fill(template.subject, values),
            "description": _fill(template.description, values),
            "request": _fill(template.request, values)}


class TicketFactory:
    """Builds ticket, history and search rows for one day at a time."""

    def __init__(self, rng: random.Random, hall: Hall, now: int, full: bool,
                 first_ids: tuple[int, int], counters: dict[tuple[int, str], int],
                 uuid_of) -> None:
        self.rng, self.hall, self.now, self.full, self.uuid_of = rng, hall, now, full, uuid_of
        self.ticket_id, self.event_id = first_ids
        self.counters = counters  # (branch id, yyyymmdd) -> last seq
        self.fmt = TimeText(as_text=not is_sqlite())
        self.deadlines = {b.timezone: DemoDeadlines(b.timezone) for b in hall.branches}
        self.people = {b.id: demo_plan.People(hall.role(b.id, "counter"),
                                              hall.role(b.id, "handler"),
                                              hall.role(b.id, "supervisor"),
                                              self._assign_data(b.id))
                       for b in hall.branches}
        self.branch_cum = _cum(w for *_x, w in BRANCHES[:len(hall.branches)])
        self.type_keys, self.type_cum = list(TYPES), _cum(TYPES.values())
        self.chan_keys, self.chan_cum = list(CHANNELS), _cum(CHANNELS.values())
        self.level_cum = {k: _cum(v) for k, v in LEVELS.items()}
        # (branch, subject) -> (id, number, created) of the latest such ticket: duplicates
        # (several neighbours reporting one outage) are merged into it
        self.last_ticket: dict[tuple[int, str], tuple[int, str, int]] = {}
        self.terms: dict[str, str] = {}
        self.tickets: list[tuple] = []
        self.events: list[tuple] = []
        self.search: list[tuple[int, str]] = []

    def _assign_data(self, branch_id: int) -> dict[int, str]:
        return {s.id: event_data({"assignee": s.employee_no, "assignee_name": s.name,
                                  "previous_assignee_id": None})
                for s in self.hall.staff[branch_id]}

    def day(self, day: date, count: int, now_local_minute: int | None) -> None:
        """Add ``count`` tickets arriving on local ``day`` (today: only before now)."""
        rng = self.rng
        hours = HOUR_WEIGHTS if now_local_minute is None else HOUR_WEIGHTS[:now_local_minute // 60]
        hour_cum = _cum(hours)
        seconds = sorted(bisect.bisect(hour_cum, rng.random() * hour_cum[-1]) * 3600
                         + rng.randrange(3600) for _ in range(count))
        stamp = day.strftime("%Y%m%d")
        for secs in seconds:
            index = bisect.bisect(self.branch_cum, rng.random() * self.branch_cum[-1])
            branch = self.hall.branches[index]
            dl = self.deadlines[branch.timezone]
            created = local_midnight(dl.cal, day) + secs
            key = (branch.id, stamp)
            seq = self.counters[key] = self.counters.get(key, 0) + 1
            self._ticket(branch, index, dl, created, day, secs // 60,
                         f"{branch.code}-{stamp}-{seq:0{SEQ_WIDTH}d}")

    def _customer(self, branch_index: int) -> int:
        first, end = self.hall.ranges[branch_index]
        return first + int((end - first) * self.rng.random() ** 1.4)

    def _ticket(self, branch, branch_index, dl, created, day, minute, ticket_no) -> None:
        rng, hall = self.rng, self.hall
        kind = _pick(rng, self.type_keys, self.type_cum)
        channel = _pick(rng, self.chan_keys, self.chan_cum)
        template = rng.choice(TEMPLATES[kind])
        level = 1 if template.subject == "燃气泄漏" else \
            bisect.bisect(self.level_cum[kind], rng.random() * 100) + 1
        cust = self._customer(branch_index)
        cust_id, name = hall.cust_ids[cust], hall.cust_names[cust]
        values = {k: rng.choice(v) for k, v in SLOTS.items()}
        values["community"] = hall.cust_places[cust]
        subject, description, request, resolution = (
            _fill(template.subject, values), _fill(template.description, values),
            _fill(template.request, values), _fill(template.resolution, values))
        people = self.people[branch.id]
        clerk = rng.choice(people.counter)
        tid = self.ticket_id
        self.ticket_id += 1
        fcr = demo_plan.first_contact(rng, kind, channel)
        target = None
        if fcr:
            level = 3
            life = demo_plan.intake_life(created, clerk, resolution)
        else:
            previous = self.last_ticket.get((branch.id, subject))
            target = previous if previous and created - previous[2] < MERGE_WINDOW else None
            life = demo_plan.plan(rng, created, self.now, level, clerk, people, resolution,
                                  self.full, target[1] if target else None)
            if life.merged:
                self._event(target[0], life.steps[-1].at, clerk, "merged_from", "", "",
                            "重复工单合并",
                            event_data({"duplicate": ticket_no}))
        self.last_ticket[(branch.id, subject)] = (tid, ticket_no, created)
        self._rows(tid, branch, ticket_no, channel, kind, level, cust_id, name, subject,
                   description, request, clerk, template, resolution, fcr, life,
                   None if fcr else dl.due(level, created, day, minute, life.paused),
                   target[0] if life.merged else None,
                   # received at the clerk's window (窗口), 1 to n; other channels have none
                   str(people.counter.index(clerk) + 1) if channel == "counter" else None)

    def _rows(self, tid, branch, ticket_no, channel, kind, level, cust_id, name, subject,
              description, request, clerk, template, resolution, fcr, life, dues,
              merged_into, window) -> None:
        fmt = self.fmt
        was_resolved = any(s.kind == "resolved" for s in life.steps)
        if dues is None:
            sla_state, dues = "met", (None, None, None)
        elif life.resolved_at is not None:
            sla_state = "met" if life.resolved_at <= dues[2] else "breached"
        elif life.status in ("cancelled", "merged"):
            sla_state = "on_track"
        else:
            sla_state = "breached" if self.now > dues[2] else "on_track"
        created, updated = life.steps[0].at, life.steps[-1].at
        self.tickets.append((
            tid, self.uuid_of("ticket", tid), fmt(created), fmt(updated), branch.id, ticket_no,
            _CHANNEL(channel), _TYPE(kind), level, _STATUS(life.status), cust_id, name, subject,
            description, request,
            clerk, life.assignee, fcr, life.contacts, fmt(life.first_response_at),
            fmt(life.resolved_at), fmt(life.closed_at), resolution if was_resolved else "",
            template.solution if was_resolved else "", template.parts if was_resolved else "",
            life.reopen_count, merged_into, fmt(dues[0]), fmt(dues[1]), fmt(dues[2]),
            _SLA(sla_state), window))
        for step in life.steps:
            if self.full or step.kind != "contact":
                self._event(tid, step.at, step.actor, step.kind, step.before, step.after,
                            step.note, step.data)
        self.search.append((tid, " ".join(filter(None, (
            self._terms(subject), self._terms(description), self._terms(request),
            self._terms(name))))))

    def _event(self, tid, at, actor, kind, before, after, note, data) -> None:
        eid = self.event_id
        self.event_id += 1
        self.events.append((eid, self.uuid_of("event", eid), tid, self.fmt(at), actor,
                            _KIND(kind), _STATUS(before), _STATUS(after), note, data))

    def _terms(self, text: str) -> str:
        """``search.terms`` of one text, cached: the words repeat across tickets."""
        found = self.terms.get(text)
        if found is None:
            found = self.terms[text] = search.terms(text)
        return found

    def take(self) -> tuple[list[tuple], list[tuple], list[tuple[int, str]]]:
        """The rows built since the last call (for one write transaction)."""
        out = (self.tickets, self.events, self.search)
        self.tickets, self.events, self.search = [], [], []
        return out


__all__ = ["TicketFactory", "daily_counts", "TICKET_COLUMNS", "EVENT_COLUMNS", "Ticket",
           "TicketEvent"]
