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
from helpdesk_gui.reports import branch_data, care_data, extras
from helpdesk_gui.services.quality import kpi, snapshots

TREND_MONTHS = 6
DIMENSION_TARGET = 7.0  # the standard's default; in force: services.quality.targets
# indicator -> (comparison, target): §8 defaults; the targets in force are the supervisor's
# versioned setting (services.quality.targets), which the report uses
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

Progress = Callable[[int, str], None]


def resolve_branch(code: str | None) -> Branch | None:
    """The branch with this code, ``None`` for all branches, else ``NotFound``."""
    if not code:
        return None
    branch = Branch.get_or_none(Branch.code == code.strip().upper())
    if branch is None:
        raise NotFound(f"no branch with code {code}")
    return branch


def met(indicator: str, value, targets: dict | None = None) -> bool | None:
    """Whether a figure meets its target; ``None`` when there is no figure or target.
    ``targets``: indicator -> (comparison, value); default the targets in force."""
    from helpdesk_gui.services.quality import targets as kpi_targets

    return kpi_targets.met(indicator, value, {k: list(v) for k, v in (
        targets or kpi_targets.as_tuples()).items()})


def improvement_list(figures: dict, month: str) -> list[dict]:
    """满意度改进清单: dimensions averaging below 7, with a department and a deadline
    (the end of the following month)."""
    from helpdesk_gui.services.quality import improvement_cycle, targets

    year, mon = (int(x) for x in kpi.shift_month(month, 2).split("-"))
    deadline = date(year, mon, 1) - timedelta(days=1)
    target = float(targets.current()["dimension_average"][1])
    return [{"dimension": d, "name_zh": DIMENSIONS[d][1], "average": value,
             "target": target, "department": improvement_cycle.department_for(d),
             "deadline": deadline.isoformat()}
            for d, value in figures["dimensions"].items()
            if value is not None and value < target]


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
    report["targets"] = targets_in_force()
    report["targets_version"] = targets_version()
    step(35, "trend")
    report["trend"] = _trend(report, branch_id, step)
    report["previous"] = {k: report["trend"][-2][k] for k in TREND_KEYS}
    step(80, "other modules")
    report["complaint_handling"] = extras.complaints(period, branch_id)
    report["suggestions"] = extras.suggestions(period, branch_id)
    report["training"] = extras.training(period, branch_id)
    report.update(care_data.monthly(period, branch_id, report))
    # headquarters: each branch beside the total (none in a branch's own report)
    report["branches"] = branch_data.comparison(report["month"]) if branch is None else []
    return report


def targets_in_force() -> dict[str, dict]:
    """indicator -> {"op", "value"}: the supervisor's targets (versioned setting)."""
    from helpdesk_gui.services.quality import targets

    return {k: {"op": op, "value": v} for k, (op, v) in targets.as_tuples().items()}


def targets_version() -> int:
    from helpdesk_gui.services.quality import targets

    return targets.version()


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
