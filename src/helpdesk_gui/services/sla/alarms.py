"""SLA alarms: the periodic scan, who hears about it, and when (SERVICE_STANDARD §3).

``scan(now)`` finds the tickets whose acknowledgement, approval, response, contact,
update or resolution target crossed its at-risk line (a share of the target, default
80 %) or its deadline, with one indexed range query on ``TicketSla.next_check_at``
(the earliest such crossing per ticket, kept up to date by every transition). It costs
the same with 100 open tickets or 100,000: only tickets with something to say are read.

Each alarm is raised once per ticket, target, kind and clock cycle (``SlaAlarm``'s unique
key), recorded in the same transaction as the ticket's new SLA state, so a restart or a
second counter scanning the same database repeats nothing. Recipients: the assignee
(or, before dispatch, the clerk who received the ticket); breaches also every active
supervisor of the branch; the level-1 approval target goes to the supervisors. A level
2–3 alarm that falls outside the recipient's working hours (their branch calendar) is
delivered at the next opening; level 1 is delivered at once.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

import peewee as pw

from helpdesk_gui.db.bulk import chunks, insert_rows
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.sla.models import Notification, SlaAlarm, TicketSla, dt_value
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.sla import calendars as sla_calendars
from helpdesk_gui.services.sla.state import aware, naive, next_check, overall, state_at


@dataclass(frozen=True)
class Alarm:
    """One raised alarm and the people it reaches now (and later)."""

    alarm_id: int
    ticket_id: int
    ticket_no: str
    level: int
    target: str
    kind: str  # "at_risk" | "breached"
    due: datetime | None
    recipient_ids: tuple[int, ...]  # delivered by this scan
    deferred_ids: tuple[int, ...] = ()  # waiting for their next opening


# What a scan reads of each due ticket: its clocks and the few ticket columns that decide
# the alarm and its recipients. A ticket row has some forty columns; turning all of them
# into Python values was most of a busy minute's cost (200 alarms: 8 of 35 ms).
SCAN_COLUMNS = (TicketSla.id, TicketSla.ticket, TicketSla.states, TicketSla.next_check_at,
                Ticket.id, Ticket.ticket_no, Ticket.level, Ticket.status, Ticket.sla_state,
                Ticket.branch, Ticket.assignee, Ticket.received_by)


# No clock is checked before this: the lower bound changes no answer, but it makes the due
# clocks a range. The scheduler's connection runs the scan every minute, so the server
# soon plans it once for any time ("generic plan"); for ``next_check_at <= $1`` alone it
# then guesses a third of the table and reads all 100,000 clocks (30 ms), for a range
# it guesses a few hundred and uses the index (1-2 ms).
EARLIEST_CHECK = datetime(2000, 1, 1)


def _due(now: datetime) -> pw.Expression:
    return TicketSla.next_check_at.between(EARLIEST_CHECK, now)


def scan(now: datetime | None = None) -> list[Alarm]:
    """Raise what became due since the last scan and release deferred deliveries."""
    now = now or utcnow()
    due_rows = TicketSla.select(TicketSla.id).where(_due(now))
    waiting = Notification.select(Notification.id).where(
        ~Notification.delivered, Notification.deliver_at <= now)
    if not due_rows.exists() and not waiting.exists():
        return []
    with database_proxy.obj.atomic():
        rows = list(TicketSla.select(*SCAN_COLUMNS).join(Ticket).where(_due(now)))
        batch = _Supervisors()
        batch.load_existing([row.ticket_id for row in rows])
        for row in rows:
            _check(row, now, batch)
        raised = batch.raise_all(now)
        batch.flush(rows)
        released = _release(now)
    return raised + released


def _check(row: TicketSla, now: datetime, supervisors: _Supervisors) -> None:
    """Evaluate one ticket's targets at ``now``; queue the lines newly crossed."""
    ticket, states = row.ticket, row.get_states()
    for name, st in states.items():
        if st.get("done") or not st.get("due"):
            continue
        kind = _crossed(st, now)
        st["state"] = state_at(st, now)
        if kind:
            supervisors.queue(ticket, name, st, kind)
    row.set_states(states)
    row.next_check_at = next_check(states, now)
    state = overall(ticket, states)
    if state != ticket.sla_state:
        supervisors.new_states[state].append(ticket.id)


def _crossed(st: dict, now: datetime) -> str | None:
    """The alarm kind newly due; a breach found first also counts as the warning."""
    alarmed, due, risk = st.setdefault("alarmed", []), dt_value(st["due"]), dt_value(st["risk"])
    if now >= due and "breached" not in alarmed:
        alarmed.extend(k for k in ("at_risk", "breached") if k not in alarmed)
        return "breached"
    if risk is not None and now >= risk and "at_risk" not in alarmed:
        alarmed.append("at_risk")
        return "at_risk"
    return None


class _Supervisors:
    """One scan's caches (supervisors per branch, staff, calendars) and batched writes:
    alarms already raised are read in one query; new alarms inserted, their ids read
    back and their notifications inserted 500 at a time; side rows and ticket states
    updated in a few — a busy minute costs a handful of queries, not one per alarm."""

    def __init__(self) -> None:
        self._by_branch: dict[int, list[Staff]] = {}
        self._staff: dict[int, Staff | None] = {}
        self._calendars: dict[int, object] = {}
        self.openings: dict[tuple[int, datetime], datetime] = {}  # deliver_at per branch
        self.existing: set[tuple[int, str, str, int]] = set()
        self.notes: list[dict] = []
        self.new_states: dict[str, list[int]] = defaultdict(list)
        self.queued: list[tuple[Ticket, str, dict, str]] = []

    def queue(self, ticket: Ticket, target: str, st: dict, kind: str) -> None:
        """An alarm to raise, unless raised before (same ticket, target, kind, cycle)."""
        key = (ticket.id, target, kind, st.get("cycle", 0))
        if key not in self.existing:
            self.existing.add(key)
            self.queued.append((ticket, target, st, kind))

    def raise_all(self, now: datetime) -> list[Alarm]:
        """Insert the queued alarms (500 a statement), then their notifications."""
        raised = []
        self.load_staff({t.assignee_id or t.received_by_id for t, *_ in self.queued})
        for chunk in chunks(self.queued):
            insert_rows(SlaAlarm, [
                {"ticket": t.id, "target": target, "kind": kind, "cycle": st.get("cycle", 0),
                 "due": dt_value(st.get("due")), "raised_at": now}
                for t, target, st, kind in chunk])
            ids = {(tid, target, kind, cycle): aid for aid, tid, target, kind, cycle in
                   SlaAlarm.select(SlaAlarm.id, SlaAlarm.ticket, SlaAlarm.target,
                                   SlaAlarm.kind, SlaAlarm.cycle)
                   .where(SlaAlarm.ticket.in_([t.id for t, *_ in chunk]),
                          SlaAlarm.raised_at == now).tuples()}
            raised += [_raise(t, target, st, kind, now, self,
                              ids[(t.id, target, kind, st.get("cycle", 0))])
                       for t, target, st, kind in chunk]
        return raised

    def load_existing(self, ticket_ids: list[int]) -> None:
        for chunk in chunks(ticket_ids):
            self.existing.update(
                SlaAlarm.select(SlaAlarm.ticket, SlaAlarm.target, SlaAlarm.kind, SlaAlarm.cycle)
                .where(SlaAlarm.ticket.in_(chunk)).tuples())

    def flush(self, rows: list[TicketSla]) -> None:
        insert_rows(Notification, self.notes)
        if rows:  # one prepared statement run for every row (no CASE of 200 branches)
            db = database_proxy.obj
            states, check = TicketSla.states, TicketSla.next_check_at
            db.cursor().executemany(
                f"UPDATE ticket_sla SET states = {db.param}, next_check_at = {db.param} "
                f"WHERE id = {db.param}",
                [(states.db_value(r.states), check.db_value(r.next_check_at), r.id)
                 for r in rows])
        for state, ids in self.new_states.items():
            for chunk in chunks(ids):
                Ticket.update(sla_state=state).where(Ticket.id.in_(chunk)).execute()

    def of(self, branch_id: int) -> list[Staff]:
        if branch_id not in self._by_branch:
            self._by_branch[branch_id] = list(Staff.select().where(
                Staff.branch == branch_id, Staff.role == "supervisor", Staff.active))
        return self._by_branch[branch_id]

    def load_staff(self, staff_ids: set[int | None]) -> None:
        """Read the people alarms go to in one query (``staff`` then finds them here)."""
        wanted = [i for i in staff_ids if i is not None and i not in self._staff]
        for chunk in chunks(wanted):
            found = {p.id: p for p in Staff.select().where(Staff.id.in_(chunk))}
            self._staff.update({i: found.get(i) for i in chunk})

    def staff(self, staff_id: int | None) -> Staff | None:
        if staff_id is None:
            return None
        if staff_id not in self._staff:
            self._staff[staff_id] = Staff.get_or_none(Staff.id == staff_id)
        return self._staff[staff_id]

    def calendar(self, branch_id: int):
        if branch_id not in self._calendars:
            self._calendars[branch_id] = sla_calendars.calendar_for_branch(branch_id)
        return self._calendars[branch_id]


def recipients(ticket: Ticket, target: str, kind: str,
               supervisors: _Supervisors | None = None) -> list[Staff]:
    """Who hears about an alarm (active staff, each once)."""
    cache = supervisors or _Supervisors()
    bosses = cache.of(ticket.branch_id)
    if target == "approval":
        people = list(bosses)
    else:
        people = [cache.staff(ticket.assignee_id or ticket.received_by_id)]
        if kind == "breached":
            people += bosses
    unique = {p.id: p for p in people if p is not None and p.active}
    return list(unique.values())


def deliver_at(recipient: Staff, level: int, now: datetime,
               cache: _Supervisors | None = None) -> datetime:
    """Now for level 1 or during the recipient's working hours, else the next opening."""
    if level == 1:
        return now
    cache = cache or _Supervisors()
    key = (recipient.branch_id, now)  # one scan: one instant, a few branches
    if key not in cache.openings:
        cache.openings[key] = now
        for begin, _end in cache.calendar(recipient.branch_id).open_intervals(aware(now)):
            cache.openings[key] = naive(begin)
            break
    return cache.openings[key]


def _raise(ticket: Ticket, target: str, st: dict, kind: str, now: datetime,
           supervisors: _Supervisors, alarm_id: int) -> Alarm:
    """The notifications of one inserted alarm (queued for one insert) and its summary."""
    now_ids, later_ids, rows = [], [], []
    for person in recipients(ticket, target, kind, supervisors):
        at = deliver_at(person, ticket.level, now, supervisors)
        rows.append({"recipient": person.id, "alarm": alarm_id, "ticket": ticket.id,
                     "target": target, "kind": kind, "created_at": now, "deliver_at": at,
                     "delivered": at <= now})
        (now_ids if at <= now else later_ids).append(person.id)
    supervisors.notes.extend(rows)
    return Alarm(alarm_id, ticket.id, ticket.ticket_no, ticket.level, target, kind,
                 dt_value(st.get("due")), tuple(now_ids), tuple(later_ids))


def _release(now: datetime) -> list[Alarm]:
    """Deferred notifications whose time has come, grouped back into their alarms.

    The due notifications are found first, through their own (delivered, deliver_at)
    index, and their alarms (with the ticket) read by id only when there are any: most
    minutes there are none. One join of notifications, alarms and tickets let a planner
    whose statistics still saw empty tables (a new hall server, a busy first hour) walk
    every alarm against every notification — 1,000 × 1,000 rows, 70 ms a minute."""
    due = list(Notification.select(Notification.id, Notification.recipient, Notification.alarm)
               .where(~Notification.delivered, Notification.deliver_at <= now).tuples())
    wanted = sorted({alarm_id for _, _, alarm_id in due if alarm_id is not None})
    alarms = {a.id: a for part in chunks(wanted) for a in SlaAlarm.select(
        SlaAlarm, Ticket.id, Ticket.ticket_no, Ticket.level).join(Ticket)
        .where(SlaAlarm.id.in_(part))}
    grouped: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for note_id, recipient_id, alarm_id in due:
        if alarm_id in alarms:
            grouped[alarm_id].append((note_id, recipient_id))
    delivered = [note_id for notes in grouped.values() for note_id, _ in notes]
    for part in chunks(delivered):
        Notification.update(delivered=True).where(Notification.id.in_(part)).execute()
    return [Alarm(a.id, a.ticket.id, a.ticket.ticket_no, a.ticket.level, a.target, a.kind,
                  a.due, tuple(recipient for _, recipient in grouped[a.id]))
            for a in (alarms[alarm_id] for alarm_id in grouped)]


# --------------------------------------------------------------------------- notification centre


@dataclass(frozen=True)
class NotificationRow:
    """One line of a person's notification centre."""

    id: int
    ticket_id: int | None
    ticket_no: str
    level: int
    subject: str
    target: str
    kind: str
    due: datetime | None
    at: datetime  # when it reached the person
    read: bool


def notifications_for(staff_id: int, now: datetime | None = None,
                      limit: int = 200) -> list[NotificationRow]:
    """The person's delivered notifications, newest first (unread and read)."""
    now = now or utcnow()
    query = (Notification.select(Notification, Ticket.id, Ticket.ticket_no, Ticket.level,
                                 Ticket.subject, SlaAlarm.id, SlaAlarm.due)
             .join(Ticket).switch(Notification).join(SlaAlarm)
             .where(Notification.recipient == staff_id, Notification.deliver_at <= now)
             .order_by(Notification.deliver_at.desc(), Notification.id.desc())
             .limit(limit))
    return [NotificationRow(n.id, n.ticket_id, n.ticket.ticket_no, n.ticket.level,
                            n.ticket.subject, n.target, n.kind, n.alarm.due, n.deliver_at,
                            n.read_at is not None) for n in query]


def unread_count(staff_id: int, now: datetime | None = None) -> int:
    """How many delivered notifications the person has not read (the badge)."""
    now = now or utcnow()
    return (Notification.select()
            .where(Notification.recipient == staff_id, Notification.read_at.is_null(),
                   Notification.deliver_at <= now).count())


def mark_read(staff_id: int, notification_ids: list[int] | None = None,
              now: datetime | None = None) -> int:
    """Mark some (or all, with None) of the person's notifications read; returns how many."""
    now = now or utcnow()
    with database_proxy.obj.atomic():
        query = Notification.update(read_at=now).where(
            Notification.recipient == staff_id, Notification.read_at.is_null(),
            Notification.deliver_at <= now)
        if notification_ids is not None:
            query = query.where(Notification.id.in_(list(notification_ids)))
        return query.execute()
