"""The survey jobs APScheduler runs (SERVICE_STANDARD §7), as pure functions of ``now``.

Each job reads the database, writes in one transaction and returns counts; it never
sleeps and never reads the clock itself, so tests drive it with an injected ``now`` and
a restart repeats nothing (what was sent is recorded on the survey row). Suggested
triggers for the scheduler: ``SCHEDULE`` below.

* ``send_due_invitations``: a routine invitation for every ticket closed in the last
  ``CATCH_UP`` (normally within minutes of closing, well inside the 24 h target; the
  catch-up covers a hall whose PC was off); a special invitation two days after a major
  complaint or a complex repair is closed (inside the one-week target).
* ``send_reminders``: one reminder 3 working days after the invitation.
* ``abandon_expired``: no answer 7 days after the invitation = abandoned.
* ``draw_monthly_sample``: at least 10 % of the month's customers, every type and channel,
  closed tickets only (``services.surveys.sample``).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.hall import Branch
from helpdesk_gui.domain.surveys.models import WAITING_STATUSES, Survey
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.quality import kpi
from helpdesk_gui.services.sla import calendars as sla_calendars
from helpdesk_gui.services.surveys import answers as surveys
from helpdesk_gui.services.surveys import sample

CATCH_UP = timedelta(days=2)
SPECIAL_AFTER = timedelta(days=2)
SPECIAL_WITHIN = timedelta(days=7)
REMIND_AFTER_WORKING_DAYS = 3
ABANDON_AFTER = timedelta(days=7)
SCHEDULE = {  # job name -> APScheduler trigger arguments
    "send_due_invitations": {"trigger": "interval", "minutes": 10},
    "send_reminders": {"trigger": "cron", "minute": 5},
    "abandon_expired": {"trigger": "cron", "hour": 1, "minute": 15},
    "draw_monthly_samples": {"trigger": "cron", "day": 1, "hour": 7, "minute": 30},
}

Notify = Callable[[list[Survey]], None]


def _no_survey(kind: str):
    return Ticket.id.not_in(Survey.select(Survey.ticket).where(Survey.kind == kind))


def _special_candidates(now: datetime):
    """Tickets due a special survey: complex repairs (level 1, more than 3 contacts or
    parts replaced) and major complaints (the complaints register's ``major`` flag, or a
    level 1–2 complaint ticket when that register is not installed)."""
    window = (Ticket.closed_at <= now - SPECIAL_AFTER) & (
        Ticket.closed_at > now - SPECIAL_WITHIN)
    complex_repair = (Ticket.type == "repair") & (
        (Ticket.level == 1) | (Ticket.contacts > 3) | (Ticket.parts_replaced != ""))
    major = (Ticket.type == "complaint") & (Ticket.level <= 2)
    if database_proxy.obj.table_exists("complaint"):
        from helpdesk_gui.domain.complaints.models import Complaint

        major = major | Ticket.id.in_(Complaint.select(Complaint.ticket)
                                      .where(Complaint.major == True))  # noqa: E712
    return Ticket.select().where(window, complex_repair | major, _no_survey("special"))


def send_due_invitations(now: datetime, notify: Notify | None = None) -> dict[str, int]:
    """Invite the customers of recently closed tickets; ``notify`` gets the new rows
    (the SMS gateway or outbox, when one is configured)."""
    created: list[Survey] = []
    with database_proxy.obj.atomic():
        routine = Ticket.select().where(Ticket.status == "closed", Ticket.closed_at <= now,
                                        Ticket.closed_at > now - CATCH_UP, _no_survey("routine"))
        created += [surveys.invite(t, "routine", now) for t in routine]
        specials = [surveys.invite(t, "special", now) for t in _special_candidates(now)]
    if notify and (created or specials):
        notify(created + specials)
    return {"routine": len(created), "special": len(specials)}


def reminder_due(invited_at: datetime, branch_id: int) -> datetime:
    """Same local time on the 3rd working day after the invitation day (naive UTC),
    on the branch's own business calendar."""
    cal = sla_calendars.calendar_for_branch(branch_id)
    aware = invited_at.replace(tzinfo=UTC)
    local = aware.astimezone(cal.tz)
    day = cal.working_day_after(local.date(), REMIND_AFTER_WORKING_DAYS)
    due = datetime.combine(day, local.timetz())
    return due.astimezone(UTC).replace(tzinfo=None)


def send_reminders(now: datetime, notify: Notify | None = None) -> int:
    """Remind once, 3 working days after inviting, those who have not answered."""
    with database_proxy.obj.atomic():
        candidates = (Survey.select(Survey.id, Survey.invited_at, Survey.branch).where(
            Survey.status == "invited", Survey.channel != "kiosk",
            Survey.invited_at <= now - timedelta(days=REMIND_AFTER_WORKING_DAYS)).tuples())
        due = [sid for sid, invited, branch in candidates if now >= reminder_due(invited, branch)]
        if due:
            Survey.update(status="reminded", reminded_at=now, updated_at=now).where(
                Survey.id.in_(due)).execute()
    if notify and due:
        notify(list(Survey.select().where(Survey.id.in_(due))))
    return len(due)


def abandon_expired(now: datetime) -> int:
    """No answer 7 days after the invitation: abandoned (kept, counted in the report)."""
    with database_proxy.obj.atomic():
        return (Survey.update(status="abandoned", abandoned_at=now, updated_at=now)
                .where(Survey.status.in_(WAITING_STATUSES),
                       Survey.invited_at <= now - ABANDON_AFTER).execute())


def draw_monthly_sample(month: str, branch_id: int, now: datetime,
                        rng: random.Random | None = None) -> int:
    """Invite the month's sample (``services.surveys.sample``: ≥ 10 % of the month's
    customers counting those already invited, every type and channel, closed tickets
    only). Returns the number of new invitations (0 if the month was already sampled)."""
    return draw_monthly_sample_plan(month, branch_id, now, rng).invited


@dataclass
class DrawnSample(sample.SamplePlan):
    invited: int = 0


def draw_monthly_sample_plan(month: str, branch_id: int, now: datetime,
                             rng: random.Random | None = None) -> DrawnSample:
    """The same draw, returning what was counted and chosen."""
    period = kpi.month_period(month, kpi.branch_timezone(branch_id))
    month_tickets = Ticket.select().where(
        Ticket.branch == branch_id, Ticket.created_at >= period.start,
        Ticket.created_at < period.end, Ticket.status.not_in(("cancelled", "merged")))
    with database_proxy.obj.atomic():
        if Survey.select().join(Ticket).where(
                Survey.kind == "sample", Ticket.id.in_(month_tickets.select(Ticket.id))).exists():
            return DrawnSample()
        drawn = DrawnSample(**vars(sample.plan(month_tickets, period, rng or random.Random())))
        for ticket in Ticket.select().where(Ticket.id.in_(drawn.chosen or [0])):
            surveys.invite(ticket, "sample", now)
        drawn.invited = len(drawn.chosen)
    return drawn


def draw_monthly_samples(now: datetime, rng: random.Random | None = None) -> int:
    """On the first of a month: sample the previous month (local time) in every branch."""
    total = 0
    for branch in Branch.select(Branch.id, Branch.timezone).order_by(Branch.id):
        local = now.replace(tzinfo=UTC).astimezone(ZoneInfo(branch.timezone))
        month = kpi.shift_month(local.strftime("%Y-%m"), -1)
        total += draw_monthly_sample(month, branch.id, now, rng)
    return total
