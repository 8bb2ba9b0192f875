"""The quarterly service-quality report as data (服务品质报告, SERVICE_STANDARD §8).

The quarter is the three calendar months ``YYYY-Qn`` in the branch's time zone. Its
figures are the §8 indicators of the quarter — the half-open union of its three months —
added up from the months' kept figures (``services.quality.snapshots``): every count is
exactly the sum of the three months' counts and every rate is the pooled rate (summed
numerators ÷ summed denominators), never an average of monthly percentages; only the
resolution-time percentiles are computed over the quarter itself. A closed quarter's
figures are kept like a closed month's. Month-based lists (reviews, call-backs, training)
are summed month by month. The same dictionary is the JSON and the PDF's input.
"""

from __future__ import annotations

import re
from dataclasses import asdict
from itertools import chain

from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.surveys.models import DIMENSIONS
from helpdesk_gui.reports import care_data, extras
from helpdesk_gui.reports.data import resolve_branch, targets_in_force, targets_version
from helpdesk_gui.services.customers import callbacks
from helpdesk_gui.services.quality import improvement_cycle, kpi, reviews, snapshots, targets

KEYS = ("received", "resolved", "complaints", "complaint_rate", "first_response_due",
        "first_response_on_time", "first_response_on_time_rate",
        "resolved_within_3_contacts_rate", "first_contact_resolution_rate",
        "resolved_on_time", "resolution_on_time_rate", "answers_returned", "answers_valid",
        "valid_answer_share", "avg_satisfaction", "satisfaction_rate", "nps", "reopened",
        "closed", "reopen_rate", "median_resolution_hours", "p90_resolution_hours",
        "service_error_rate")
SUMMED = ("listed", "reviewed", "handled_incorrectly", "record_incomplete", "not_confirmed",
          "errors_raised", "cases_promoted", "called", "reached", "not_reached",
          "wants_service", "complaints", "sessions", "attended", "assessments_passed")


def quarter_months(quarter: str) -> list[str]:
    """``2026-Q2`` → ["2026-04", "2026-05", "2026-06"]."""
    match = re.fullmatch(r"(\d{4})-[Qq]([1-4])", (quarter or "").strip())
    if not match:
        raise ValidationError({"quarter": f"{quarter!r} is not a quarter like 2026-Q1"})
    year, q = int(match.group(1)), int(match.group(2))
    return [f"{year:04d}-{3 * (q - 1) + m:02d}" for m in (1, 2, 3)]


def shift_quarter(quarter: str, delta: int) -> str:
    year, q = int(quarter[:4]), int(quarter[-1])
    index = year * 4 + q - 1 + delta
    return f"{index // 4:04d}-Q{index % 4 + 1}"


def quarter_period(months: list[str], tz: str) -> kpi.Period:
    """The quarter of these three months in ``tz``, labelled ``YYYY-Qn``."""
    first, last = kpi.month_period(months[0], tz), kpi.month_period(months[-1], tz)
    return kpi.Period(first.start, last.end, snapshots.quarter_of(months[0]), tz)


POOLED = ("received", "complaints", "first_contact_resolved", "first_response_due",
          "first_response_on_time", "resolved", "resolved_within_3_contacts",
          "resolved_on_time", "reopened", "closed")
SURVEY_COUNTS = ("answers_returned", "answers_valid", "satisfied", "recommend_answers",
                 "promoters", "detractors")


def _added(parts: list[dict]) -> dict:
    """Per-key sums of the months' count dictionaries (by type, by score…)."""
    keys = dict.fromkeys(k for part in parts for k in part)
    return {k: sum(int(part.get(k) or 0) for part in parts) for k in keys}


def pooled(months: list[dict]) -> dict:
    """The quarter's counts and rates from its months' kept figures: counts summed, each
    rate the summed numerator over the summed denominator (never a mean of the months'
    rates), so they equal the quarter computed at once. Percentiles cannot be added up;
    ``indicators`` computes them over the quarter."""
    f = {k: sum(int(m[k]) for m in months) for k in POOLED}
    f.update(by_type=_added([m["by_type"] for m in months]),
             by_channel=_added([m["by_channel"] for m in months]),
             complaint_rate=_rate(f["complaints"], f["received"]),
             first_contact_resolution_rate=_rate(f["first_contact_resolved"], f["received"]),
             first_response_on_time_rate=_rate(f["first_response_on_time"],
                                               f["first_response_due"]),
             resolved_within_3_contacts_rate=_rate(f["resolved_within_3_contacts"],
                                                   f["resolved"]),
             resolution_on_time_rate=_rate(f["resolved_on_time"], f["resolved"]),
             reopen_rate=_rate(f["reopened"], f["closed"]))
    f.update(kpi.satisfaction_figures({
        **{k: sum(int(m[k]) for m in months) for k in SURVEY_COUNTS},
        "score_sums": _added([m["score_sums"] for m in months]),
        "score_answers": _added([m["score_answers"] for m in months])}))
    surveys = _added([{k: v for k, v in m["surveys"].items() if k != "response_rate"}
                      for m in months])
    surveys["response_rate"] = _rate(surveys["invited_answered"], surveys["invited"])
    f["surveys"] = surveys
    return f


def indicators(months: list[str], branch_id: int | None, tz: str) -> dict:
    """The §8 indicators of a quarter, kept once it is over (``snapshots``)."""
    period = quarter_period(months, tz)
    return snapshots.period_figures(period, branch_id,
                                    lambda: _indicators(period, months, branch_id))


def _indicators(period: kpi.Period, months: list[str], branch_id: int | None) -> dict:
    """Pooled from the months' kept figures (computed once per closed month), with the
    percentiles, errors and VIP tickets over the quarter."""
    kept = [snapshots.month_figures(m, branch_id) for m in months]
    figures = pooled(kept)
    figures["median_resolution_hours"], figures["p90_resolution_hours"] = kpi.percentiles(
        period, kpi.Scope(branch_id), (50, 90), _seconds(months, branch_id, period.tz))
    figures["service_errors"] = care_data.errors(period, branch_id, figures["received"])
    figures["service_error_rate"] = figures["service_errors"]["rate"]
    figures["backlog_at_end"] = kept[-1]["open_at_month_end"]
    figures["vip"] = care_data.vip(period, branch_id)
    return figures


def _seconds(months: list[str], branch_id: int | None, tz: str) -> list[int] | None:
    """The quarter's sorted resolution seconds merged from its kept months (each sorted
    already), or None when a month was not kept with them (then the quarter is read)."""
    parts = [snapshots.kept_seconds(m, branch_id, tz) for m in months]
    # sorted() finds the three sorted runs and merges them: faster than heapq.merge
    return None if any(p is None for p in parts) else sorted(chain.from_iterable(parts))


def _summed(parts: list[dict | None]) -> dict | None:
    present = [p for p in parts if p]
    if not present:
        return None
    return {k: sum(int(p.get(k) or 0) for p in present) for k in SUMMED if k in present[0]}


def _rate(part: int, whole: int) -> float | None:
    return None if not whole else round(part / whole, 4)


def month_rows(months: list[str], branch_id: int | None) -> list[dict]:
    """Each month's key figures and five dimensions (the trend lines)."""
    rows = []
    for month in months:
        f = snapshots.month_figures(month, branch_id)
        rows.append({"month": month, **{k: f.get(k) for k in KEYS}, "dimensions":
                     f["dimensions"], "backlog": f["open_at_month_end"],
                     "service_errors": care_data.errors(kpi.month_period(month, f["timezone"]),
                                                        branch_id, f["received"])["count"]})
    return rows


def _lists(months: list[str], branch_id: int | None, tz: str) -> dict:
    review = _summed([reviews.completion(m, branch_id) for m in months])
    calls = _summed([callbacks.completion(m, branch_id) for m in months])
    training = _summed([extras.training(kpi.month_period(m, tz), branch_id) for m in months])
    review["completion_rate"] = _rate(review["reviewed"], review["listed"])
    calls["completion_rate"] = _rate(calls["called"], calls["listed"])
    return {"reviews": review, "callbacks": calls, "training": training}


def _actions(months: list[str], last: dict) -> list[dict]:
    """The survey improvement actions opened for the quarter's months, with their status
    and effect: the dimension's average in the quarter's last month beside the one that
    opened the action."""
    from helpdesk_gui.domain.suggestions.models import ImprovementAction

    out = []
    for a in (ImprovementAction.select().where(
            ImprovementAction.source == "survey",
            ImprovementAction.source_ref.between(f"{months[0]}:", f"{months[-1]}:~"))
            .order_by(ImprovementAction.source_ref)):
        month, _, dim = a.source_ref.partition(":")
        out.append({"month": month, "dimension": dim, "name_zh": DIMENSIONS.get(dim, ("", dim))[1],
                    "title": a.title, "department": a.department, "status": a.status,
                    "due_date": str(a.due_date), "effect_notes": a.effect_notes,
                    "average_at_quarter_end": last["dimensions"].get(dim)})
    return out


def _feedback(period: kpi.Period, branch_id: int | None) -> dict:
    complaints = extras.complaints(period, branch_id) or {}
    suggestions = extras.suggestions(period, branch_id) or {}
    causes = sorted((complaints.get("by_root_cause") or {}).items(), key=lambda kv: -kv[1])
    return {"complaints_received": complaints.get("received", 0),
            "top_complaint_causes": [{"cause": c, "count": n} for c, n in causes[:5]],
            "suggestions_received": suggestions.get("received", 0),
            "suggestions_adopted": suggestions.get("adopted", 0),
            "adopted": [s["title"] for s in suggestions.get("adopted_list", [])]}


def verdicts(figures: dict) -> dict[str, bool | None]:
    table = targets.current()
    return {k: targets.met(k, figures.get(k), table) for k in table if k in figures}


def quarterly_report(quarter: str, branch_code: str | None = None,
                     generated_by: str = "") -> dict:
    """Every figure of the quarterly service-quality report."""
    months = quarter_months(quarter)
    label = snapshots.quarter_of(months[0])
    branch = resolve_branch(branch_code)
    branch_id = branch.id if branch else None
    tz = kpi.branch_timezone(branch_id)
    period = quarter_period(months, tz)
    previous = shift_quarter(label, -1)
    current = indicators(months, branch_id, tz)
    before = indicators(quarter_months(previous), branch_id, tz)
    rows = month_rows(months, branch_id)
    return {
        "quarter": label, "months": months, "previous_quarter_label": previous,
        "branch": branch.code if branch else "ALL",
        "branch_name": branch.name if branch else "全部营业厅", "timezone": tz,
        "generated_at": utcnow().isoformat(sep=" "), "generated_by": generated_by,
        "targets": targets_in_force(), "targets_version": targets_version(),
        "figures": current, "met": verdicts(current),
        "previous_quarter": {k: before.get(k) for k in KEYS},
        "monthly": rows, "feedback": _feedback(period, branch_id),
        "improvement_actions": _actions(months, rows[-1]),
        "improvement_list_open": [asdict(a) for a in improvement_cycle.for_report(
            kpi.shift_month(months[-1], 1), period.end.date())],
        **_lists(months, branch_id, tz),
    }
