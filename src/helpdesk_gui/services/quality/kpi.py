"""Quality indicators of SERVICE_STANDARD §8, computed by SQL aggregates.

Figures come in families, each one aggregate pass over an indexed time range — never a
Python loop over tickets: created in the period (by type, channel and level at once),
resolved in it (and one ordered scan for the percentiles), history events, the backlog
at its end, survey answers. The cost follows the period, not the years of history. A *period* is a
half-open interval ``[start, end)`` of naive UTC instants; a *month* is the calendar
month in the branch's time zone. Rates are fractions 0–1 rounded to 4 places (a
percentage with two decimals) and ``None`` when the denominator is 0; averages and hours
are rounded to 2 places. The scope is optional: one branch and/or one staff member (the
ticket's assignee). Each function's docstring is its definition; the report's appendix
prints the same text (``DEFINITIONS``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import peewee as pw
from peewee import fn

from helpdesk_gui.db.partial import REOPEN_CLOSE, WITHDRAWN, listed
from helpdesk_gui.db.times import seconds_between
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Branch
from helpdesk_gui.domain.surveys.models import DIMENSIONS, Survey
from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent
from helpdesk_gui.domain.vocabulary import CHANNELS, LEVELS, OPEN_STATUSES, TICKET_TYPES

DEFAULT_TZ = "Asia/Shanghai"
BACKLOG_BUCKETS = (("lt1d", 0, 1), ("1_3d", 1, 3), ("3_7d", 3, 7), ("7_30d", 7, 30),
                   ("ge30d", 30, None))


@dataclass(frozen=True)
class Period:
    """``[start, end)`` in naive UTC, its label (``YYYY-MM``) and time zone."""

    start: datetime
    end: datetime
    label: str
    tz: str


@dataclass(frozen=True)
class Scope:
    """Which tickets count: all, one branch, one assignee."""

    branch_id: int | None = None
    staff_id: int | None = None

    def where(self, query: pw.Query, drive: bool = True) -> pw.Query:
        """Keep to the scope. ``drive=False``: the branch only filters the rows another
        index found (``branch_id + 0`` is no index's column), so a planner does not walk
        the branch's whole history through (branch, created_at) instead."""
        if self.branch_id is not None:
            column = Ticket.branch if drive else Ticket.branch + 0
            query = query.where(column == self.branch_id)
        if self.staff_id is not None:
            query = query.where(Ticket.assignee == self.staff_id)
        return query


def month_period(month: str, tz: str = DEFAULT_TZ) -> Period:
    """The calendar month ``YYYY-MM`` in time zone ``tz``, as UTC instants."""
    try:
        year, mon = (int(part) for part in month.split("-"))
        first = datetime(year, mon, 1, tzinfo=ZoneInfo(tz))
    except (ValueError, TypeError):
        raise ValidationError({"month": f"{month!r} is not a month like 2026-03"}) from None
    nxt = datetime(year + mon // 12, mon % 12 + 1, 1, tzinfo=ZoneInfo(tz))
    return Period(_utc(first), _utc(nxt), f"{year:04d}-{mon:02d}", tz)


def shift_month(month: str, delta: int) -> str:
    """``YYYY-MM`` moved by ``delta`` months."""
    year, mon = (int(part) for part in month.split("-"))
    index = year * 12 + mon - 1 + delta
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def branch_timezone(branch_id: int | None) -> str:
    """The branch's zone; for all branches, the first (headquarters) branch's zone."""
    query = Branch.select(Branch.timezone).order_by(Branch.id)
    if branch_id is not None:
        query = query.where(Branch.id == branch_id)
    row = query.first()
    return row.timezone if row else DEFAULT_TZ


def _utc(aware: datetime) -> datetime:
    return aware.astimezone(UTC).replace(tzinfo=None)


def _rate(part, whole) -> float | None:
    return None if not whole else round((part or 0) / whole, 4)


def _round(value, places: int = 2) -> float | None:
    return None if value is None else round(float(value), places)


def _rows() -> pw.Node:
    """``COUNT(*)``, not ``COUNT(id)``: a PostgreSQL index holds no ``id`` (SQLite's holds the
    rowid), so counting ids reads every counted row from the table, while ``COUNT(*)``
    lets a covering period index answer alone (a month's reopen and close events:
    7,600 pages read → 400)."""
    return fn.COUNT(pw.SQL("*"))


def _count_if(condition) -> pw.Node:
    return fn.COALESCE(fn.SUM(pw.Case(None, [(condition, 1)], 0)), 0)


def _in(field, period: Period):
    return (field >= period.start) & (field < period.end)


def hours_between(start, end) -> pw.Node:
    """Wall-clock hours from ``start`` to ``end`` as a portable SQL expression."""
    return seconds_between(start, end) / 3600.0


def _at(moment: datetime) -> pw.Node:
    """A time as an SQL value stored the way ticket times are (``db.times``)."""
    return pw.Value(moment, converter=Ticket.created_at.db_value)


def _intake(period: Period, scope: Scope) -> list[tuple]:
    """The created-in-the-period family in one pass: (type, channel, level, count,
    resolved at intake, first response due, on time) per combination (≤ 105 rows)."""
    due = Ticket.response_due.is_null(False) & (Ticket.response_due <= period.end)
    on_time = due & Ticket.first_response_at.is_null(False) & (
        Ticket.first_response_at <= Ticket.response_due)
    return list(scope.where(Ticket.select(
        Ticket.type, Ticket.channel, Ticket.level, _rows(),
        _count_if(Ticket.first_contact_resolved == True),  # noqa: E712
        _count_if(due), _count_if(on_time)).where(_in(Ticket.created_at, period))
        .group_by(Ticket.type, Ticket.channel, Ticket.level)).tuples())


def _tally(rows: list[tuple], column: int, vocabulary) -> dict[str, int]:
    counts: dict = {}
    for row in rows:
        counts[row[column]] = counts.get(row[column], 0) + int(row[3])
    result = {code: counts.pop(code, 0) for code in vocabulary}
    result.update({str(code): n for code, n in counts.items()})  # unknown codes kept
    return result


def received(period: Period, scope: Scope = Scope(), rows: list[tuple] | None = None) -> dict:
    """received = tickets created in the period (every status, cancelled and merged
    included); complaint_rate = complaints received ÷ received; first_contact_resolution_rate
    = tickets resolved at intake (首问解决) ÷ received; first_response_on_time_rate = of the
    tickets created in the period whose first-response deadline is not after the period's
    end, the share first responded at or before that deadline (no response = late; tickets
    with no deadline, e.g. answered on the spot, are not counted)."""
    rows = _intake(period, scope) if rows is None else rows
    total, fcr, due_n, on_time_n = (sum(int(r[i]) for r in rows) for i in (3, 4, 5, 6))
    complaints = sum(int(r[3]) for r in rows if r[0] == "complaint")
    return {"received": total, "by_type": _tally(rows, 0, TICKET_TYPES),
            "by_channel": _tally(rows, 1, CHANNELS),
            "complaints": complaints, "complaint_rate": _rate(complaints, total),
            "first_contact_resolved": fcr, "first_contact_resolution_rate": _rate(fcr, total),
            "first_response_due": due_n, "first_response_on_time": on_time_n,
            "first_response_on_time_rate": _rate(on_time_n, due_n)}


def _resolved_on_time():
    return Ticket.resolve_due.is_null(True) | (Ticket.resolved_at <= Ticket.resolve_due)


def _resolutions(period: Period, scope: Scope) -> list[tuple]:
    """The resolved-in-the-period family: (level, count, ≤ 3 contacts, on time)."""
    return list(scope.where(Ticket.select(
        Ticket.level, _rows(), _count_if(Ticket.contacts <= 3),
        _count_if(_resolved_on_time())).where(_in(Ticket.resolved_at, period))
        .group_by(Ticket.level)).tuples())


def resolved(period: Period, scope: Scope = Scope(), rows: list[tuple] | None = None,
             seconds: Sequence[int] | None = None) -> dict:
    """resolved = tickets whose resolution time falls in the period (a reopened ticket
    counts when it is resolved again); resolved_within_3_contacts_rate = share of those
    with ≤ 3 recorded customer contacts; resolution_on_time_rate = share resolved at or
    before their resolution deadline (a ticket with no deadline — answered on the spot —
    is on time); median/p90_resolution_hours = wall-clock hours from creation to
    resolution, nearest-rank percentile (the value at rank ⌈p·N⌉ of the sorted hours)."""
    rows = _resolutions(period, scope) if rows is None else rows
    total, within3, on_time = (sum(int(r[i]) for r in rows) for i in (1, 2, 3))
    median, p90 = percentiles(period, scope, (50, 90), seconds)
    return {"resolved": total, "resolved_within_3_contacts": within3,
            "resolved_within_3_contacts_rate": _rate(within3, total),
            "resolved_on_time": on_time, "resolution_on_time_rate": _rate(on_time, total),
            "median_resolution_hours": median, "p90_resolution_hours": p90}


def resolution_seconds(period: Period, scope: Scope) -> list[int]:
    """Seconds from creation to resolution of the tickets resolved in the period, sorted:
    one pass over the resolutions index (``ticket_resolved_period`` covers both times).
    A closed month keeps them (``snapshots.kept_seconds``), so a quarter's percentiles
    merge three kept lists instead of sorting the quarter again."""
    span = seconds_between(Ticket.created_at, Ticket.resolved_at)
    query = scope.where(Ticket.select(span.alias("seconds"))  # aliased: read as a number
                        .where(_in(Ticket.resolved_at, period)), drive=False)
    return sorted(round(float(s)) for (s,) in query.tuples())


def nearest_rank(seconds: Sequence[int], ranks: tuple[int, ...]) -> list[float | None]:
    """Nearest-rank percentiles in hours (the value at rank ⌈p·N⌉) of sorted seconds."""
    n = len(seconds)
    if not n:
        return [None for _ in ranks]
    return [_round(seconds[max(1, math.ceil(p * n / 100)) - 1] / 3600.0) for p in ranks]


def percentiles(period: Period, scope: Scope, ranks: tuple[int, ...],
                seconds: Sequence[int] | None = None) -> list[float | None]:
    """Nearest-rank percentiles of the resolution hours of the tickets resolved in the
    period, from ``seconds`` when the caller has them (``resolution_seconds``)."""
    return nearest_rank(resolution_seconds(period, scope) if seconds is None else seconds,
                        ranks)


def _answers(period: Period, scope: Scope) -> pw.Query:
    return scope.where(Survey.select().join(Ticket).where(
        _in(Ticket.resolved_at, period), Survey.status == "answered"))


def satisfaction(period: Period, scope: Scope = Scope()) -> dict:
    """Of the survey answers about tickets resolved in the period: avg_satisfaction = mean
    overall score (1–5) of the valid answers; satisfaction_rate = share of those scores ≥ 4;
    valid_answer_share = valid ÷ returned answers (analysable only when ≥ 0.8); each
    dimension = mean 0–10 score of the valid answers; nps = promoters (9–10) − detractors
    (0–6), in percent of valid answers with a recommend score."""
    valid = Survey.valid == True  # noqa: E712
    scores = [Survey.overall, *(getattr(Survey, d) for d in DIMENSIONS)]
    row = _answers(period, scope).select(
        fn.COUNT(Survey.id), _count_if(valid), _count_if(valid & (Survey.overall >= 4)),
        _count_if(valid & Survey.recommend.is_null(False)),
        _count_if(valid & (Survey.recommend >= 9)), _count_if(valid & (Survey.recommend <= 6)),
        *[fn.SUM(pw.Case(None, [(valid, score)])) for score in scores],
        *[_count_if(valid & score.is_null(False)) for score in scores],
    ).tuples()[0]
    returned, valid_n, satisfied, rec_n, promoters, detractors = (int(v or 0) for v in row[:6])
    sums = dict(zip(("overall", *DIMENSIONS), (int(v or 0) for v in row[6:6 + len(scores)]),
                    strict=True))
    answers = dict(zip(sums, (int(v) for v in row[6 + len(scores):]), strict=True))
    return satisfaction_figures({
        "answers_returned": returned, "answers_valid": valid_n, "satisfied": satisfied,
        "recommend_answers": rec_n, "promoters": promoters, "detractors": detractors,
        "score_sums": sums, "score_answers": answers})


def satisfaction_figures(counts: dict) -> dict:
    """The survey figures from their counts (``satisfaction``), so a quarter's figures
    can be pooled from its months' counts and equal the quarter computed at once."""
    returned, valid_n = counts["answers_returned"], counts["answers_valid"]
    sums, answers = counts["score_sums"], counts["score_answers"]
    mean = {k: _round(sums[k] / answers[k]) if answers[k] else None for k in sums}
    share = _rate(valid_n, returned)
    rec_n = counts["recommend_answers"]
    return {**counts, "valid_answer_share": share,
            "analysable": share is not None and share >= 0.8,
            "avg_satisfaction": mean["overall"],
            "satisfaction_rate": _rate(counts["satisfied"], valid_n),
            "dimensions": {d: mean[d] for d in DIMENSIONS},
            "nps": None if not rec_n else round(
                100 * (counts["promoters"] - counts["detractors"]) / rec_n, 2)}


def survey_activity(period: Period, scope: Scope = Scope()) -> dict:
    """Invitations sent, answers received and invitations abandoned in the period;
    response_rate = answered ÷ invited (by invitation time)."""
    base = scope.where(Survey.select().join(Ticket))
    invited = base.where(_in(Survey.invited_at, period))
    row = invited.select(fn.COUNT(Survey.id), _count_if(Survey.status == "answered")).tuples()[0]
    return {"invited": int(row[0] or 0), "invited_answered": int(row[1] or 0),
            "answered": base.where(_in(Survey.answered_at, period)).count(),
            "abandoned": base.where(_in(Survey.abandoned_at, period)).count(),
            "response_rate": _rate(row[1], row[0])}


def reopen_rate(period: Period, scope: Scope = Scope()) -> dict:
    """reopen_rate = reopen events in the period ÷ close events in the period."""
    query = TicketEvent.select(TicketEvent.kind, _rows()).where(
        listed(TicketEvent.kind, REOPEN_CLOSE), _in(TicketEvent.at, period))
    if scope != Scope():  # the ticket is read only when the scope needs it
        query = scope.where(query.join(Ticket))
    counts = dict(query.group_by(TicketEvent.kind).tuples())
    reopened, closed = (int(counts.get(kind, 0)) for kind in REOPEN_CLOSE)
    return {"reopened": reopened, "closed": closed, "reopen_rate": _rate(reopened, closed)}


def _open_parts(end: datetime) -> list[pw.Node]:
    """Open at ``end`` (created before, not resolved by then, not withdrawn before) as
    three disjoint parts, each read through one index, so the cost follows the tickets
    open or resolved since ``end`` — not the years of history before it:

    * resolved at or after ``end``                          resolutions (resolved_at, …)
    * in an open status, so not resolved                    (status, created_at)
    * withdrawn (cancelled, merged) at or after ``end``     withdrawn tickets (partial)

    The workflow makes them exact: a ticket is withdrawn only from an open status, and an
    open ticket has no resolution time (a reopen clears it), so no withdrawn ticket has one.
    """
    before = Ticket.created_at < end
    return [before & (Ticket.resolved_at >= end),
            before & Ticket.status.in_(OPEN_STATUSES),
            before & listed(Ticket.status, WITHDRAWN) & (Ticket.updated_at >= end)]


def backlog(period: Period, scope: Scope = Scope()) -> dict:
    """open_at_month_end = tickets created before the period's end and not resolved by
    then (cancelled or merged before the end are not open); backlog_by_age = the same
    tickets by age at the period's end: < 1 day, 1–3, 3–7, 7–30, ≥ 30 days."""
    age = hours_between(Ticket.created_at, _at(period.end)) / 24.0
    cases = [_count_if((age >= lo) & (age < hi) if hi else (age >= lo))
             for _, lo, hi in BACKLOG_BUCKETS]
    totals = [0] * (1 + len(cases))
    for part in _open_parts(period.end):
        row = scope.where(Ticket.select(_rows(), *cases).where(part),
                          drive=False).tuples()[0]
        totals = [t + int(v or 0) for t, v in zip(totals, row, strict=True)]
    return {"open_at_month_end": totals[0],
            "backlog_by_age": {key: n for (key, _, _), n in
                               zip(BACKLOG_BUCKETS, totals[1:], strict=True)}}


def by_level(period: Period, scope: Scope = Scope(), intake: list[tuple] | None = None,
             resolutions: list[tuple] | None = None) -> dict[str, dict]:
    """SLA compliance per urgency level: first response on time (as above) among the
    tickets received in the period, resolution on time among those resolved in it."""
    rec: dict[int, tuple[int, int]] = {}
    for _t, _c, level, _n, _f, due, on_time in (_intake(period, scope) if intake is None
                                                else intake):
        d, o = rec.get(level, (0, 0))
        rec[level] = (d + int(due), o + int(on_time))
    res = {level: (n, o) for level, n, _w, o in (
        _resolutions(period, scope) if resolutions is None else resolutions)}
    out = {}
    for level in LEVELS:
        d, o = rec.get(level, (0, 0))
        n, ro = res.get(level, (0, 0))
        out[str(level)] = {"first_response_due": int(d), "first_response_on_time_rate":
                           _rate(o, d), "resolved": int(n), "resolution_on_time_rate":
                           _rate(ro, n)}
    return out


def month_figures(month: str, branch_id: int | None = None,
                  staff_id: int | None = None) -> dict:
    """Every indicator for one month (the JSON of ``report monthly``), except per staff.
    Computed live, one pass per family: created, resolved, events, backlog, surveys
    (closed months are kept by ``services.quality.snapshots``)."""
    return month_parts(month, branch_id, staff_id)[0]


def month_parts(month: str, branch_id: int | None = None,
                staff_id: int | None = None) -> tuple[dict, list[int]]:
    """``month_figures`` and the month's sorted resolution seconds they were taken from."""
    period = month_period(month, branch_timezone(branch_id))
    scope = Scope(branch_id, staff_id)
    intake, resolutions = _intake(period, scope), _resolutions(period, scope)
    seconds = resolution_seconds(period, scope)
    figures = {"month": period.label, "timezone": period.tz,
               **received(period, scope, intake),
               **resolved(period, scope, resolutions, seconds)}
    for part in (satisfaction, reopen_rate, backlog):
        figures.update(part(period, scope))
    figures["sla_by_level"] = by_level(period, scope, intake, resolutions)
    figures["surveys"] = survey_activity(period, scope)
    figures["service_error_rate"] = _service_error_rate(period, scope, figures["received"])
    return figures, seconds


def _service_error_rate(period: Period, scope: Scope, received: int) -> float | None:
    """服务差错率 = recorded service errors ÷ tickets received (see ``service_errors``)."""
    from helpdesk_gui.services.quality import service_errors

    return service_errors.service_error_rate(period, scope, received)


def per_staff(period: Period, branch_id: int | None = None) -> list[dict]:
    """Per assignee: resolved in the period, resolution on time and within 3 contacts
    (as above), valid survey answers about those tickets, their mean overall score and
    praise = valid answers scoring 5. Sorted by employee number."""
    from helpdesk_gui.domain.hall import Staff

    scope = Scope(branch_id)
    work = {sid: (n, o, w) for sid, n, o, w in scope.where(Ticket.select(
        Ticket.assignee, _rows(), _count_if(_resolved_on_time()),
        _count_if(Ticket.contacts <= 3)).where(
        _in(Ticket.resolved_at, period), Ticket.assignee.is_null(False))
        .group_by(Ticket.assignee)).tuples()}
    valid = Survey.valid == True  # noqa: E712
    votes = {sid: (n, avg, praise) for sid, n, avg, praise in _answers(period, scope).select(
        Ticket.assignee, _count_if(valid), fn.AVG(pw.Case(None, [(valid, Survey.overall)])),
        _count_if(valid & (Survey.overall == 5))).where(Ticket.assignee.is_null(False))
        .group_by(Ticket.assignee).tuples()}
    people = Staff.select(Staff.id, Staff.employee_no, Staff.name).where(
        Staff.id.in_(list(set(work) | set(votes)) or [0])).order_by(Staff.employee_no)
    rows = []
    for sid, employee_no, name in people.tuples():
        n, on_time, within3 = work.get(sid, (0, 0, 0))
        answers, avg, praise = votes.get(sid, (0, None, 0))
        rows.append({"employee_no": employee_no, "name": name, "resolved": int(n),
                     "resolution_on_time_rate": _rate(on_time, n),
                     "resolved_within_3_contacts_rate": _rate(within3, n),
                     "answers": int(answers), "avg_satisfaction": _round(avg),
                     "praise": int(praise)})
    return rows


def service_star(staff_rows: list[dict]) -> dict | None:
    """服务之星: the most praise; ties go to the better on-time resolution rate, then to
    more tickets resolved. Nobody qualifies without any praise."""
    ranked = [r for r in staff_rows if r["praise"] > 0]
    if not ranked:
        return None
    return max(ranked, key=lambda r: (r["praise"], r["resolution_on_time_rate"] or 0,
                                      r["resolved"]))


def dashboard(branch_id: int | None, now: datetime, at_risk_limit: int = 50) -> dict:
    """Today's and this month's key figures (branch-local day and month) and the open
    tickets at risk of, or past, a deadline — the Dashboard page's single read."""
    tz = branch_timezone(branch_id)
    local = now.replace(tzinfo=UTC).astimezone(ZoneInfo(tz))
    midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
    tomorrow = midnight + timedelta(days=1)  # wall-clock: the next local midnight
    today = Period(_utc(midnight), _utc(tomorrow), local.strftime("%Y-%m-%d"), tz)
    month = month_period(local.strftime("%Y-%m"), tz)
    scope = Scope(branch_id)
    risky = scope.where(Ticket.select(
        Ticket.id, Ticket.ticket_no, Ticket.level, Ticket.customer_name, Ticket.status,
        Ticket.resolve_due, Ticket.sla_state).where(
        Ticket.sla_state.in_(("at_risk", "breached")),
        Ticket.status.in_(OPEN_STATUSES))  # read through (status, created_at): the open few
        # nulls last spelled as a sort key: the planner then reads the few open tickets
        # and sorts them, instead of walking a million deadlines in order
        .order_by(Ticket.resolve_due.is_null(), Ticket.resolve_due, Ticket.id)
        .limit(at_risk_limit))
    return {"today": {**received(today, scope), **resolved(today, scope)},
            "month": {**received(month, scope), **resolved(month, scope),
                      **satisfaction(month, scope), "service_error_rate": _service_error_rate(
                          month, scope, received(month, scope)["received"])},
            "at_risk": list(risky.tuples())}
