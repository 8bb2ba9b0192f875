"""The branches side by side in the headquarters' monthly report.

Headquarters holds every branch's tickets (they arrive by sync bundle), so its report for
all branches also shows each branch on its own: one row of figures per branch beside the
total, and a short section per branch. Each branch's figures are exactly that branch's
own report for the month (``snapshots.month_figures`` with its id, in its time zone),
so a branch manager reading either sees the same numbers.
"""

from __future__ import annotations

from helpdesk_gui.domain.hall import Branch
from helpdesk_gui.services.quality import kpi, snapshots

ACTIVITY = ("received", "resolved", "open_at_month_end")  # "has tickets in the month"


def active(figures: dict) -> bool:
    """Whether a branch had tickets in the month: received, resolved or still open."""
    return any(figures.get(key) for key in ACTIVITY)


def branch_entry(branch: Branch, month: str) -> dict:
    """One branch's month: its figures, last month's and its staff table."""
    figures = snapshots.month_figures(month, branch.id)
    period = kpi.month_period(figures["month"], figures["timezone"])
    previous = snapshots.month_figures(kpi.shift_month(figures["month"], -1), branch.id)
    staff = kpi.per_staff(period, branch.id)
    return {"branch": branch.code, "branch_name": branch.name, **figures,
            "previous": previous, "per_staff": staff, "service_star": kpi.service_star(staff)}


def comparison(month: str) -> list[dict]:
    """Every branch with tickets in ``month``, in code order — or [] when fewer than two
    have any (a branch office's own database: nothing to compare)."""
    entries = [branch_entry(branch, month) for branch in
               Branch.select().order_by(Branch.code)]
    shown = [entry for entry in entries if active(entry)]
    return shown if len(shown) > 1 else []
