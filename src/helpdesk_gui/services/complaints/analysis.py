"""Analysis on the Complaints and Suggestions tabs (SERVICE_STANDARD §5–§6, §8).

Counts by stage, root cause, channel and month; top causes; average time spent reaching
each stage (from the append-only step logs, so reopened complaints count every pass);
the share of acknowledgements on time; the suggestion adoption rate. Complaints and
suggestions number in the thousands, not millions, so the figures are folded in Python
over one query each, keeping the SQL portable.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from helpdesk_gui.domain.complaints import models as cm
from helpdesk_gui.domain.complaints.models import Complaint, ComplaintStep, RootCause
from helpdesk_gui.domain.suggestions import models as sm
from helpdesk_gui.domain.suggestions.models import Suggestion, SuggestionStep
from helpdesk_gui.services.suggestions import improvements

DEFAULT_TZ = "Asia/Shanghai"


def utc_range(date_from: date | None, date_to: date | None,
              tz: str = DEFAULT_TZ) -> tuple[datetime | None, datetime | None]:
    """Local days [from, to] as naive-UTC [start, end) bounds (None = open)."""
    zone = ZoneInfo(tz)

    def at(day: date) -> datetime:
        return datetime.combine(day, time(), zone).astimezone(UTC).replace(tzinfo=None)
    return (at(date_from) if date_from else None,
            at(date_to + timedelta(days=1)) if date_to else None)


def _in_range(query, field, date_from, date_to, tz):
    start, end = utc_range(date_from, date_to, tz)
    if start:
        query = query.where(field >= start)
    if end:
        query = query.where(field < end)
    return query


def month_of(instant: datetime, tz: str = DEFAULT_TZ) -> str:
    """'2025-03': the local month of a naive-UTC instant."""
    return instant.replace(tzinfo=UTC).astimezone(ZoneInfo(tz)).strftime("%Y-%m")


@dataclass(frozen=True)
class ComplaintAnalysis:
    total: int
    major: int
    repeats: int
    by_stage: list[tuple[str, int]]
    by_cause: list[tuple[str, str, str, int]]  # code, English, Chinese, count (desc)
    by_channel: list[tuple[str, int]]
    by_month: list[tuple[str, int]]
    hours_per_stage: list[tuple[str, float]]  # stage reached, mean hours from the step before
    ack_on_time: float | None  # share of acknowledged complaints acknowledged in time


def complaint_analysis(date_from: date | None = None, date_to: date | None = None,
                       tz: str = DEFAULT_TZ) -> ComplaintAnalysis:
    """The figures of complaints received between two local dates (inclusive)."""
    rows = list(_in_range(Complaint.select(Complaint.id, Complaint.stage, Complaint.channel,
                                           Complaint.received_at, Complaint.major,
                                           Complaint.repeat_count, Complaint.root_cause,
                                           Complaint.acknowledged_at, Complaint.ack_due),
                          Complaint.received_at, date_from, date_to, tz).tuples())
    stages = Counter(r[1] for r in rows)
    causes = Counter(r[6] for r in rows if r[6] is not None)
    names = {rc.id: rc for rc in RootCause.select()}
    acked = [r for r in rows if r[7] is not None and r[8] is not None]
    return ComplaintAnalysis(
        total=len(rows), major=sum(1 for r in rows if r[4]),
        repeats=sum(1 for r in rows if r[5]),
        by_stage=[(s, stages[s]) for s in cm.STAGE_ORDER],
        by_cause=[(names[c].code, names[c].name_en, names[c].name_zh, n)
                  for c, n in causes.most_common()],
        by_channel=sorted(Counter(r[2] for r in rows).items(), key=lambda kv: -kv[1]),
        by_month=sorted(Counter(month_of(r[3], tz) for r in rows).items()),
        hours_per_stage=_hours_per_stage([r[0] for r in rows]),
        ack_on_time=(sum(1 for r in acked if r[7] <= r[8]) / len(acked)) if acked else None)


def _hours_per_stage(ids: list[int]) -> list[tuple[str, float]]:
    if not ids:
        return []
    spent: dict[str, list[float]] = defaultdict(list)
    last: dict[int, datetime] = {}
    chunk = 500  # keep IN lists short for SQLite's variable limit
    for i in range(0, len(ids), chunk):
        steps = (ComplaintStep.select(ComplaintStep.complaint, ComplaintStep.to_stage,
                                      ComplaintStep.at, ComplaintStep.action)
                 .where(ComplaintStep.complaint.in_(ids[i:i + chunk]))
                 .order_by(ComplaintStep.complaint, ComplaintStep.at, ComplaintStep.id).tuples())
        for cid, stage, at, action in steps:
            if cid in last and action != "reopen":
                spent[stage].append((at - last[cid]).total_seconds() / 3600)
            last[cid] = at
    return [(s, sum(spent[s]) / len(spent[s])) for s in cm.STAGE_ORDER if spent.get(s)]


@dataclass(frozen=True)
class SuggestionAnalysis:
    total: int
    by_status: list[tuple[str, int]]
    by_channel: list[tuple[str, int]]
    by_month: list[tuple[str, int]]
    adopted: int
    rejected: int
    adoption_rate: float | None  # adopted ÷ decided
    mean_satisfaction: float | None
    open_actions: int
    overdue_actions: int


def suggestion_analysis(date_from: date | None = None, date_to: date | None = None,
                        tz: str = DEFAULT_TZ) -> SuggestionAnalysis:
    """The figures of suggestions received between two local dates (inclusive)."""
    rows = list(_in_range(Suggestion.select(Suggestion.id, Suggestion.status,
                                            Suggestion.channel, Suggestion.received_at,
                                            Suggestion.satisfaction),
                          Suggestion.received_at, date_from, date_to, tz).tuples())
    ids = [r[0] for r in rows]
    decisions = Counter()
    for i in range(0, len(ids), 500):
        decisions.update(a for (a,) in SuggestionStep.select(SuggestionStep.action).where(
            SuggestionStep.suggestion.in_(ids[i:i + 500]),
            SuggestionStep.action.in_(("adopt", "reject"))).tuples())
    decided = decisions["adopt"] + decisions["reject"]
    scores = [r[4] for r in rows if r[4] is not None]
    statuses = Counter(r[1] for r in rows)
    actions = improvements.rows()
    return SuggestionAnalysis(
        total=len(rows), by_status=[(s, statuses[s]) for s in sm.SUGGESTION_STATUSES],
        by_channel=sorted(Counter(r[2] for r in rows).items(), key=lambda kv: -kv[1]),
        by_month=sorted(Counter(month_of(r[3], tz) for r in rows).items()),
        adopted=decisions["adopt"], rejected=decisions["reject"],
        adoption_rate=decisions["adopt"] / decided if decided else None,
        mean_satisfaction=sum(scores) / len(scores) if scores else None,
        open_actions=len(actions), overdue_actions=sum(1 for a in actions if a.overdue))
