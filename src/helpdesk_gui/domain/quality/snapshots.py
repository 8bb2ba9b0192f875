"""The kept figures of closed months (``services.quality.snapshots``).

Derived data, never synced: each site computes its own from the tickets it holds, so a
row has no UUID. One row per (branch, month); ``branch_key`` 0 is all branches (a real
value, not NULL, so the unique key holds). ``figures`` NULL with ``invalidated_at`` set
is a tombstone: a late change touched the month, and a computation that started before
it must not be kept.
"""

from __future__ import annotations

import peewee as pw

from helpdesk_gui.domain.base import BaseModel, utcnow

ALL_BRANCHES = 0


class KpiSnapshot(BaseModel):
    branch_key = pw.IntegerField()  # Branch.id, or ALL_BRANCHES
    month = pw.CharField(max_length=7)  # YYYY-MM in ``timezone``
    timezone = pw.CharField(max_length=64)
    version = pw.IntegerField()  # kpi.FIGURES_VERSION the figures were computed with
    figures = pw.TextField(null=True)  # kpi.month_figures as JSON
    # a month's sorted resolution seconds (services.quality.snapshots.pack_seconds): a
    # quarter's percentiles merge its months' lists instead of sorting the quarter again
    seconds = pw.BlobField(null=True)
    computed_at = pw.DateTimeField(default=utcnow)
    invalidated_at = pw.DateTimeField(null=True)

    class Meta:
        indexes = ((("branch_key", "month"), True),)


MODELS = [KpiSnapshot]
