"""Which month it is in each branch: the monthly lists are drawn on the branch's own
calendar month, not UTC's."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from helpdesk_gui.domain.hall import Branch
from helpdesk_gui.services.quality import kpi


def branch_months(now: datetime, delta: int = 0) -> list[tuple[int, str]]:
    """(branch id, ``YYYY-MM``) for every branch: the local month of ``now`` moved by
    ``delta`` months (-1: the month just ended)."""
    out = []
    for branch in Branch.select(Branch.id, Branch.timezone).order_by(Branch.id):
        local = now.replace(tzinfo=UTC).astimezone(ZoneInfo(branch.timezone))
        out.append((branch.id, kpi.shift_month(local.strftime("%Y-%m"), delta)))
    return out
