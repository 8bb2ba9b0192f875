"""The life of one demo ticket: which steps happened, when, by whom.

Why a plan and then "now": every ticket gets a complete, realistic life (assign, start,
contacts, maybe a wait for the customer, resolve, close, sometimes a reopen) drawn from
durations typical for its urgency level; the steps that lie after ``now`` are cut off.
So old tickets are closed, recent ones are open, in progress or waiting, and the
proportions follow from the clock instead of being dictated. Times are integer UTC
seconds (fast); the caller formats them.
"""

from __future__ import annotations

import random
from typing import NamedTuple

from helpdesk_gui.domain.tickets.models import event_data

H = 3600
DAY = 86400

# outcome probabilities (of tickets that are not closed at intake)
P_CANCEL, P_MERGE, P_REOPEN, P_WAIT, P_STUCK = 0.03, 0.015, 0.04, 0.12, 0.03
P_FIRST_CONTACT = 0.6  # consultations answered on the spot
CONTACTS = (0, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5)  # customer contacts while handling
# median minutes to assign, then hours to resolve, per level
ASSIGN_MIN = {1: 10, 2: 45, 3: 150}
RESOLVE_H = {1: 2.5, 2: 10.0, 3: 36.0}


class Step(NamedTuple):
    at: int
    kind: str
    before: str
    after: str
    actor: int  # staff id
    note: str = ""
    data: str = ""


class Life(NamedTuple):
    """Everything that varies with time on the ticket, as of ``now``."""

    status: str
    steps: list[Step]
    assignee: int | None
    first_response_at: int | None
    resolved_at: int | None
    closed_at: int | None
    contacts: int
    reopen_count: int
    paused: int  # seconds spent waiting for the customer (extends resolve_due)
    merged: bool


class People(NamedTuple):
    """Who in the branch does what (staff ids), and each handler's "assigned" event data."""

    counter: tuple[int, ...]
    handler: tuple[int, ...]
    supervisor: tuple[int, ...]
    assign_data: dict[int, str]


def _lognormal(rng: random.Random, median: float, sigma: float = 0.8) -> float:
    return median * rng.lognormvariate(0.0, sigma)


def first_contact(rng: random.Random, kind: str, channel: str) -> bool:
    """A consultation at the counter or on the phone is usually answered at once."""
    return kind == "consultation" and channel in ("counter", "phone") and \
        rng.random() < P_FIRST_CONTACT / 0.8


def plan(rng: random.Random, created: int, now: int, level: int, clerk: int,
         people: People, resolution: str, full: bool, merge_target: str | None) -> Life:
    """Draw a whole life and keep what happened up to ``now``."""
    steps: list[Step] = [Step(created, "created", "", "new", clerk)]
    handler = rng.choice(people.handler)
    dispatcher = rng.choice(people.supervisor) if level == 1 else clerk
    t = created + int(_lognormal(rng, ASSIGN_MIN[level] * 60))
    r = rng.random()
    if r < P_CANCEL:
        return _withdrawn(steps, created, now, rng, "cancelled", clerk, "客户撤回申请", "")
    if r < P_CANCEL + P_MERGE and merge_target:
        data = event_data({"into": merge_target})
        return _withdrawn(steps, created, now, rng, "merged", clerk, "重复报修，已合并", data)
    steps.append(Step(t, "assigned", "new", "assigned", dispatcher, "",
                      people.assign_data[handler]))
    t = _work(rng, steps, t, level, handler)
    paused = 0
    resolve_h = RESOLVE_H[level] * (15 if rng.random() < P_STUCK else 1)
    end = t + int(_lognormal(rng, resolve_h * H, 0.9))
    wait_at = t + (end - t) // 3 if rng.random() < P_WAIT else None
    contacts = _contacts(rng, steps, t, wait_at or end, handler, full)
    if wait_at is not None:
        paused = int(_lognormal(rng, 20 * H))
        steps.append(Step(wait_at, "waiting", "in_progress", "waiting_customer", handler,
                          "请客户补充资料"))
        steps.append(Step(wait_at + paused, "resumed", "waiting_customer", "in_progress",
                          handler))
        end += paused
    steps.append(Step(end, "resolved", "in_progress", "resolved", handler, resolution))
    closed = end + int(_lognormal(rng, 30 * H))
    steps.append(Step(closed, "closed", "resolved", "closed", clerk))
    if rng.random() < P_REOPEN:
        _reopen(rng, steps, closed, level, clerk, handler, resolution)
    return _as_of(steps, now, handler, contacts, paused)


def _withdrawn(steps, created, now, rng, kind, actor, note, data) -> Life:
    at = created + int(_lognormal(rng, 3 * H))
    steps.append(Step(at, kind, "new", kind, actor, note, data))
    life = _as_of(steps, now, None, 0, 0)
    return life._replace(merged=life.status == "merged")


def _work(rng, steps, t, level, handler) -> int:
    """Handling starts a little after assignment (the first response)."""
    t += int(_lognormal(rng, (20 if level == 1 else 60) * 60))
    steps.append(Step(t, "started", "assigned", "in_progress", handler))
    return t


def _contacts(rng, steps, start, end, handler, full) -> int:
    n = rng.choice(CONTACTS)
    if full:
        span = max(end - start, n + 1)
        for i in range(n):
            at = start + span * (i + 1) // (n + 1)
            steps.append(Step(at, "contact", "in_progress", "in_progress", handler,
                              "电话联系客户确认情况", '{"method": "phone"}'))
    return n


def _reopen(rng, steps, closed, level, clerk, handler, resolution) -> None:
    at = closed + int(_lognormal(rng, 30 * H))
    steps.append(Step(at, "reopened", "closed", "in_progress", clerk, "客户反映问题仍未解决",
                      '{"reopen_count": 1}'))
    end = at + int(_lognormal(rng, RESOLVE_H[level] * H))
    steps.append(Step(end, "resolved", "in_progress", "resolved", handler, resolution))
    steps.append(Step(end + int(_lognormal(rng, 10 * H)), "closed", "resolved", "closed", clerk))


def _as_of(steps: list[Step], now: int, handler, contacts: int, paused: int) -> Life:
    """Cut the life at ``now`` and derive the ticket's columns from what happened."""
    steps.sort(key=lambda s: s.at)  # stable: same-second steps keep their order
    done = [s for s in steps if s.at <= now]
    status = done[-1].after
    kinds = [s.kind for s in done]
    assignee = handler if "assigned" in kinds else None
    started = next((s.at for s in done if s.kind == "started"), None)
    resolved = closed = None
    for s in done:
        if s.kind == "resolved":
            resolved = s.at
        elif s.kind == "closed":
            closed = s.at
        elif s.kind == "reopened":
            resolved = closed = None
    if status in ("resolved", "closed"):
        shown = contacts
    elif status in ("in_progress", "waiting_customer"):
        shown = sum(1 for s in done if s.kind == "contact") or min(contacts, 1)
    else:
        shown = 0
    if any(s.kind == "waiting" for s in done) and status == "waiting_customer":
        paused = now - next(s.at for s in done if s.kind == "waiting")
    return Life(status, done, assignee, started, resolved, closed, shown,
                kinds.count("reopened"), paused, False)


def intake_life(created: int, clerk: int, answer: str) -> Life:
    """A consultation answered at the counter: resolved and closed at once (首问解决)."""
    steps = [Step(created, "created", "", "new", clerk),
             Step(created, "resolved", "new", "resolved", clerk, answer,
                  '{"first_contact": true}'),
             Step(created, "closed", "resolved", "closed", clerk)]
    return Life("closed", steps, None, created, created, created, 0, 0, 0, False)
