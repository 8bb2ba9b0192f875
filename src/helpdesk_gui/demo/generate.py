"""Demo data for a utility service hall, and the ``demo`` command.

``generate`` fills the bound database with three Beijing branches, their staff,
customers and a year of tickets with complete histories, so the application can be
shown, tried and benchmarked on realistic data (a million tickets in a few minutes).
The same seed and ``now`` give the same data. See ``demo_tickets`` for arrivals,
``demo_plan`` for ticket lives, ``demo_sla`` for deadlines (level 3 is approximated)
and ``demo_store`` for the bulk writes.

History events: every step is recorded for up to ``FULL_HISTORY_LIMIT`` tickets; above
that the individual "customer contacted" events are left out (the ``contacts`` count on
the ticket stays right) to keep a million-ticket load to minutes.
"""

from __future__ import annotations

import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.db.uuids import to_blob
from helpdesk_gui.demo import people as demo_people
from helpdesk_gui.demo import tickets as demo_tickets
from helpdesk_gui.demo.store import BulkWriter
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets.models import Ticket, TicketCounter, TicketEvent

BATCH = 20_000
FULL_HISTORY_LIMIT = 100_000
CUSTOMERS_PER_TICKET = 0.25
DEMO_ROLES = ("counter", "handler", "supervisor", "admin")

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    """What ``generate`` added."""

    tickets: int
    customers: int
    staff: int
    branches: int
    events: int
    seconds: float


def _uuid_maker(seed: int) -> Callable[[str, int], bytes | int]:
    """Deterministic UUID-shaped ids: a per-seed, per-table prefix and the row id.

    Sequential per table, so the unique index is appended to, not scattered into
    (random UUIDs made a million-row load several times slower).
    """
    rng = random.Random(f"uuid-{seed}")
    prefixes = {table: f"{rng.getrandbits(32):08x}-{rng.getrandbits(16):04x}-4"
                       f"{rng.getrandbits(12):03x}-{0x8000 | rng.getrandbits(14):04x}-"
                for table in ("customer", "ticket", "event")}
    event_high = rng.getrandbits(22) << 40  # history keys: 8 bytes (db.uuids.ScopedUUIDField)
    stored_key = TicketEvent.uuid.db_value

    def uuid_of(table: str, row_id: int) -> bytes | int:  # as stored
        if table == "event":
            return stored_key(str(uuid.UUID(int=event_high | row_id)))
        return to_blob(f"{prefixes[table]}{row_id:012x}")
    return uuid_of


def _now(now: datetime | None) -> datetime:
    if now is None:
        return utcnow()
    return now.astimezone(UTC).replace(tzinfo=None) if now.tzinfo else now


def generate(tickets: int, seed: int = 1, months: int = 12, now: datetime | None = None,
             progress: Progress | None = None, full_history: bool | None = None
             ) -> DemoSummary:
    """Fill the bound database with demo branches, staff, customers and tickets."""
    started = time.perf_counter()
    rng = random.Random(seed)
    now_utc = _now(now)
    now_ts = int(now_utc.replace(tzinfo=UTC).timestamp())
    full = tickets <= FULL_HISTORY_LIMIT if full_history is None else full_history
    uuid_of = _uuid_maker(seed)
    db = database_proxy.obj
    with BulkWriter(db) as writer:
        hall = demo_people.Hall(demo_people.make_branches())
        with db.atomic():
            demo_people.make_staff(rng, hall)
        start = now_utc - timedelta(days=31 * months + 30)  # customers predate the period
        demo_people.make_customers(rng, hall, max(3, round(tickets * CUSTOMERS_PER_TICKET)),
                                   writer, str(start), uuid_of)
        counters = {(b, d): s for b, d, s in TicketCounter.select().tuples()}
        factory = demo_tickets.TicketFactory(
            rng, hall, now_ts, full, (writer.next_id(Ticket), writer.next_id(TicketEvent)),
            counters, uuid_of)
        events = _tickets(factory, writer, tickets, months, now_utc, progress)
        with db.atomic():
            writer.set_counters([(b, d, s) for (b, d), s in counters.items()])
            _mark_vip_tickets()
    return DemoSummary(tickets, len(hall.cust_ids), sum(len(s) for s in hall.staff.values()),
                       len(hall.branches), events, time.perf_counter() - started)


def _mark_vip_tickets() -> None:
    """The demo's VIP customers' tickets carry the VIP badge, as intake would have set it."""
    from helpdesk_gui.domain.tickets.models import Customer

    Ticket.update(vip=True).where(Ticket.customer.in_(
        Customer.select(Customer.id).where(Customer.is_vip == True))).execute()  # noqa: E712


def _tickets(factory: demo_tickets.TicketFactory, writer: BulkWriter, total: int,
             months: int, now_utc: datetime, progress: Progress | None) -> int:
    """Build tickets day by day and write them in batches; returns the event count."""
    first = factory.hall.branches[0]
    dl = factory.deadlines[first.timezone]
    now_local = now_utc.replace(tzinfo=UTC).astimezone(dl.cal.tz).replace(tzinfo=None)
    days = demo_tickets.daily_counts(total, now_local, months, dl)
    done = events = 0
    today = now_local.date()
    for day, count in days:
        minute = now_local.hour * 60 + now_local.minute if day == today else None
        factory.day(day, count, minute)
        if len(factory.tickets) >= BATCH or day == today:
            done, events = _flush(factory, writer, done, events)
            if progress:
                progress(done, total)
    return events


def _flush(factory, writer: BulkWriter, done: int, events: int) -> tuple[int, int]:
    tickets, history, terms = factory.take()
    with writer.db.atomic():
        writer.insert(Ticket, demo_tickets.TICKET_COLUMNS, tickets)
        writer.insert(TicketEvent, demo_tickets.EVENT_COLUMNS, history)
        writer.index(terms)
    return done + len(tickets), events + len(history)


def demo_users() -> list[Staff]:
    """One demo staff member per role (the first of each role), to sign in with."""
    found = []
    for role in DEMO_ROLES:
        person = (Staff.select().where(Staff.role == role, Staff.active,
                                       ~Staff.employee_no.startswith("os:"))
                  .order_by(Staff.branch, Staff.employee_no).first())
        if person is not None:
            found.append(person)
    return found
