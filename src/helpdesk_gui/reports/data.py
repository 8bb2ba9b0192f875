"""The monthly quality report as data: the JSON of ``report monthly`` and the PDF's input.

One function gathers every figure once (this month, last month, six-month trend,
per-staff table, improvement list, sections from other modules), so the JSON and the
PDF can never disagree: the PDF is drawn from exactly this dictionary.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import NotFound
from helpdesk_gui.domain.hall import Branch
from helpdesk_gui.domain.surveys.models import DIMENSIONS
from helpdesk_gui.reports import extras
from helpdesk_gui.services.quality import kpi, snapshots

TREND_MONTHS = 6
DIMENSION_TARGET = 7.0
# indicator -> (comparison, target): §8 defaults; a supervisor may pass other targets
TARGETS = {
    "first_response_on_time_rate": (">=", 0.90),
    "resolved_within_3_contacts_rate": (">=", 0.80),
    "avg_satisfaction": (">=", 4.2),
    "satisfaction_rate": (">=", 0.90),
    "complaint_rate": ("<", 0.03),
}
TREND_KEYS = ("received", "resolved", "complaint_rate", "first_response_on_time_rate",
              "resolved_within_3_contacts_rate", "first_contact_resolution_rate",
              "resolution_on_time_rate", "avg_satisfaction", "satisfaction_rate", "nps",
              "reopen_rate", "open_at_month_end", "median_resolution_hours",
              "p90_resolution_hours", "service_error_rate")
DEPARTMENTS = {  # who answers for a weak dimension (default; configurable later)
    "responsiveness": "调度中心", "problem_solving": "技术部", "attitude": "营业厅",
    "professionalism": "培训组", "clarity": "营业厅",
}

Progress = Callable[[int, str], None]


def resolve_branch(code: str | None) -> Branch | None:
    """The branch with this code, ``None`` for all branches, else ``NotFound``."""
    if not code:
        return None
    branch = Branch.get_or_none(Branch.code == code.strip().upper())
    if branch is None:
        raise NotFound(f"no branch with code {code}")
    return branch


def met(indicator: str, value, targets: dict = TARGETS) -> bool | None:
    """Whether a figure meets its target; ``None`` when there is no figure or target."""
    if value is None or indicator not in targets:
        return None
    op, target = targets[indicator]
    return value >= target if op == ">=" else value < target


def improvement_list(figures: dict, month: str) -> list[dict]:
    """满意度改进清单: dimensions averaging below 7, with a department and a deadline
    (the end of the following month)."""
    year, mon = (int(x) for x in kpi.shift_month(month, 2).split("-"))
    deadline = date(year, mon, 1) - timedelta(days=1)
    return [{"dimension": d, "name_zh": DIMENSIONS[d][1], "average": value,
             "target": DIMENSION_TARGET, "department": DEPARTMENTS[d],
             "deadline": deadline.isoformat()}
            for d, value in figures["dimensions"].items()
            if value is not None and value < DIMENSION_TARGET]


def monthly_report(month: str, branch_code: str | None = None, generated_by: str = "",
                   progress: Progress | None = None) -> dict:
    """Every figure of the monthly quality report for ``month`` (``YYYY-MM``)."""
    step = progress or (lambda pct, text: None)
    branch = resolve_branch(branch_code)
    branch_id = branch.id if branch else None
    step(5, "indicators")
    report = snapshots.month_figures(month, branch_id)
    period = kpi.month_period(report["month"], report["timezone"])
    report = {"branch": branch.code if branch else "ALL",
              "branch_name": branch.name if branch else "全部营业厅",
              "generated_at": utcnow().isoformat(sep=" "), "generated_by": generated_by,
              **report}
    step(25, "staff")
    report["per_staff"] = kpi.per_staff(period, branch_id)
    report["service_star"] = kpi.service_star(report["per_staff"])
    report["improvement_list"] = improvement_list(report, report["month"])
    report["targets"] = {k: {"op": op, "value": v} for k, (op, v) in TARGETS.items()}
    step(35, "trend")
    report["trend"] = _trend(report, branch_id, step)
    report["previous"] = {k: report["trend"][-2][k] for k in TREND_KEYS}
    step(80, "other modules")
    report["complaint_handling"] = extras.complaints(period, branch_id)
    report["suggestions"] = extras.suggestions(period, branch_id)
    report["training"] = extras.training(period, branch_id)
    return report


def _trend(current: dict, branch_id: int | None, step: Progress) -> list[dict]:
    """The key figures of the last six months, oldest first (this month included); the
    closed months' figures are kept, so a trend is computed once."""
    rows = []
    for back in range(TREND_MONTHS - 1, 0, -1):
        month = kpi.shift_month(current["month"], -back)
        figures = snapshots.month_figures(month, branch_id)
        rows.append({"month": month, **{k: figures[k] for k in TREND_KEYS}})
        step(35 + 8 * (TREND_MONTHS - back), f"trend {month}")
    rows.append({"month": current["month"], **{k: current[k] for k in TREND_KEYS}})
    return rows
