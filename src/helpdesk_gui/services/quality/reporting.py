"""Producing the monthly quality report as a person: allowed by role, and audited (§12).

``reports.data`` computes the figures and ``reports.quality_report`` draws them; this is
the one entry the CLI, the Reports page and the scheduler go through.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.services.security import audit, permissions

Progress = Callable[[int, str], None]


def monthly_figures(month: str, branch: str | None, actor: Staff,
                    progress: Progress | None = None) -> dict:
    """The month's figures (the JSON of ``report monthly``), checked and audited."""
    from helpdesk_gui.reports.data import monthly_report

    permissions.require(actor, "report.run", "report", month)
    report = monthly_report(month, branch, f"{actor.name} ({actor.employee_no})", progress)
    with database_proxy.obj.atomic():
        audit.record(actor, "report.monthly", "report", month,
                     {"branch": report.get("branch"), "received": report.get("received")})
    # The chain's head goes on paper too: a printed report is an anchor no one can edit.
    report["audit_anchor"] = audit.anchor_line(audit.anchor(f"monthly report {month}"))
    return report


def monthly_pdf(month: str, branch: str | None, actor: Staff, path: str | Path,
                progress: Progress | None = None) -> Path:
    """Write the month's quality PDF to ``path``."""
    from helpdesk_gui.reports.quality_report import build_pdf
    from helpdesk_gui.services.security.cells import private_file

    report = monthly_figures(month, branch, actor, progress)
    target = Path(build_pdf(report, private_file(path), progress))
    record_pdf(actor, month, target)
    return target


def record_pdf(actor: Staff, month: str, target: Path) -> None:
    """The audit row of a written report file."""
    with database_proxy.obj.atomic():
        audit.record(actor, "report.pdf", "report", month, {"file": Path(target).name})
