"""Producing the quarterly service-quality report (§8): permission, audit, schedule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.services.quality import reporting, snapshots
from helpdesk_gui.services.security import audit, permissions
from helpdesk_gui.services.sla import calendars as sla_calendars


def quarterly_figures(quarter: str, branch: str | None, actor: Staff) -> dict:
    """The quarter's figures (the JSON of ``report quarterly``), checked and audited."""
    from helpdesk_gui.reports.quarterly_data import quarterly_report

    permissions.require(actor, "report.run", "report", quarter)
    report = quarterly_report(quarter, branch, f"{actor.name} ({actor.employee_no})")
    with database_proxy.obj.atomic():
        audit.record(actor, "report.quarterly", "report", report["quarter"],
                     {"branch": report["branch"], "received": report["figures"]["received"]})
    # as on the monthly report: the chain's head on paper, an anchor no one can edit later
    report["audit_anchor"] = audit.anchor_line(audit.anchor(f"quarterly report {quarter}"))
    return report


def quarterly_pdf(quarter: str, branch: str | None, actor: Staff, path: str | Path) -> Path:
    """Write the quarter's quality PDF to ``path``: readable by its owner only, like the
    monthly one (it names staff), and audited."""
    from helpdesk_gui.reports.quarterly_report import build_pdf
    from helpdesk_gui.services.security.cells import private_file

    target = Path(build_pdf(quarterly_figures(quarter, branch, actor), private_file(path)))
    reporting.record_pdf(actor, quarter, target)
    return target


def first_working_day_of_quarter(branch: Branch, now: datetime) -> str | None:
    """The quarter just ended (``YYYY-Qn``) when ``now`` is the branch's first working day
    of a quarter (January, April, July, October), else None."""
    local = now.replace(tzinfo=UTC).astimezone(ZoneInfo(branch.timezone)).date()
    if local.month not in (1, 4, 7, 10):
        return None
    calendar = sla_calendars.calendar_for_branch(branch.id)
    day = local.replace(day=1)
    while not calendar.is_working_day(day):
        day += timedelta(days=1)
    if day != local:
        return None
    ended = local.replace(day=1) - timedelta(days=1)
    return snapshots.quarter_of(ended.strftime("%Y-%m"))
