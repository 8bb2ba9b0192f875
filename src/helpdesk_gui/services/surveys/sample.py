"""The monthly survey sample (SERVICE_STANDARD §7): at least 10 % of the month's customers,
covering every type and channel, closed tickets only.

How it is counted, so the hall can check it by hand:

* the month's customers = distinct customers (the customer record, or the name given when
  there is none) of the tickets received in the month, cancelled and merged left out;
* customers already invited that month (any survey sent in the month about one of the
  month's tickets — routine, special, kiosk) already count toward the share, so a busy
  month is not surveyed twice over;
* the share needed is ``ceil(share × customers)`` (share 10 % by default, a setting);
* coverage: each ticket type and channel that occurred among the month's tickets must be
  present among the invited (old or new); tickets that bring both a missing type and a
  missing channel are drawn first, so coverage costs as few customers' time as it can; a
  type or channel with no closed, unsurveyed ticket left cannot be covered and is
  reported in ``uncovered``;
* the draw depends only on the rows and the random generator, not on the order the
  database returns them in (rows are read by id), so both backends draw alike;
* only tickets that are closed (the customer confirmed or the period ran out) are drawn —
  one ticket per customer, never a ticket that already has a survey.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field

from helpdesk_gui.domain.surveys.models import Survey
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.quality import settings

TYPE, CHANNEL = 3, 4  # positions in a candidate row (id, customer, name, type, channel)


@dataclass
class SamplePlan:
    """What the draw found and chose (the counts a supervisor checks)."""

    customers: int = 0
    needed: int = 0
    already_invited: int = 0
    chosen: list[int] = field(default_factory=list)  # ticket ids to invite
    uncovered: list[str] = field(default_factory=list)  # "type:x" / "channel:y"


def _who(row: tuple) -> object:
    return row[1] or f"name:{row[2]}"


def plan(month_tickets, period, rng: random.Random) -> SamplePlan:
    """The draw for one month's tickets (a peewee query of ``Ticket``)."""
    share = float(settings.current("surveys")["sample_share"])
    rows = list(month_tickets.select(Ticket.id, Ticket.customer, Ticket.customer_name,
                                     Ticket.type, Ticket.channel).order_by(Ticket.id).tuples())
    invited_ids = {sid for (sid,) in Survey.select(Survey.ticket).where(
        Survey.ticket.in_([r[0] for r in rows] or [0]),
        Survey.invited_at >= period.start, Survey.invited_at < period.end).tuples()}
    surveyed = {sid for (sid,) in Survey.select(Survey.ticket).where(
        Survey.ticket.in_([r[0] for r in rows] or [0])).tuples()}
    closed = {tid for (tid,) in month_tickets.select(Ticket.id).where(
        Ticket.status == "closed").tuples()}
    result = SamplePlan(customers=len({_who(r) for r in rows}))
    result.needed = math.ceil(share * result.customers)
    invited = [r for r in rows if r[0] in invited_ids]
    covered_people = {_who(r) for r in invited}
    result.already_invited = len(covered_people)
    pool = [r for r in rows if r[0] in closed and r[0] not in surveyed
            and _who(r) not in covered_people]
    rng.shuffle(pool)
    picked: list[tuple] = []

    def take(row: tuple) -> None:
        picked.append(row)
        covered_people.add(_who(row))
        pool[:] = [r for r in pool if _who(r) != _who(row)]

    needs = {(column, value) for column in (TYPE, CHANNEL) for value in {r[column] for r in rows}
             if not any(r[column] == value for r in invited)}
    while needs:  # greedy cover: a ticket of a missing type AND channel counts twice
        row = max(pool, key=lambda r: ((TYPE, r[TYPE]) in needs) + ((CHANNEL, r[CHANNEL]) in needs),
                  default=None)
        if row is None or (TYPE, row[TYPE]) not in needs and (CHANNEL, row[CHANNEL]) not in needs:
            break
        take(row)
        needs -= {(TYPE, row[TYPE]), (CHANNEL, row[CHANNEL])}
    result.uncovered = [f"{'type' if column == TYPE else 'channel'}:{value}"
                        for column, value in sorted(needs)]
    while len(covered_people) < result.needed and pool:
        take(pool[0])
    result.chosen = sorted(r[0] for r in picked)
    return result
