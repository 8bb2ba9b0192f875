"""Kept figures of closed months: equal to the live figures, computed once, and computed
again after a late change to that month (a ledger import dated in it) — not otherwise."""

from __future__ import annotations

import csv
from datetime import datetime

import pytest

from helpdesk_gui.domain.quality.snapshots import ALL_BRANCHES, KpiSnapshot
from helpdesk_gui.services.ledger.imports import import_tickets
from helpdesk_gui.services.quality import kpi, snapshots

PARTS = kpi.month_parts  # the live computation, before ``computed`` wraps it


def LIVE(month, branch_id=None, staff_id=None):  # noqa: N802 - the live figures alone
    return PARTS(month, branch_id, staff_id)[0]


@pytest.fixture
def computed(monkeypatch):
    """The months computed live through the snapshot layer, in order."""
    months: list[str] = []

    def counting(month, branch_id=None, staff_id=None):
        months.append(month)
        return PARTS(month, branch_id, staff_id)
    monkeypatch.setattr(snapshots.kpi, "month_parts", counting)
    return months


def _ledger(path, created: str):
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["受理时间", "客户姓名", "联系电话", "主题", "问题描述", "解决时间"])
        writer.writerow([created, "赵六", "13700137000", "水表漏水", "水表接口漏水",
                         created])
    return path


def test_kept_figures_equal_the_live_ones(march_answers, branch, computed):
    for branch_id in (branch.id, None):
        live = LIVE("2026-03", branch_id)
        assert snapshots.month_figures("2026-03", branch_id) == live
        assert snapshots.month_figures("2026-03", branch_id) == live  # read back as JSON
    assert computed == ["2026-03", "2026-03"]  # once per scope, then read
    keys = {r.branch_key for r in KpiSnapshot.select()}
    assert keys == {branch.id, ALL_BRANCHES}


def test_a_month_not_over_is_never_kept(march, branch, computed):
    now = datetime(2026, 3, 20)
    snapshots.month_figures("2026-03", branch.id, now=now)
    snapshots.month_figures("2026-03", branch.id, now=now)
    assert computed == ["2026-03", "2026-03"]
    assert KpiSnapshot.select().count() == 0


def test_late_import_dated_in_the_month_recomputes_it(march, branch, supervisor, tmp_path,
                                                      computed):
    before = snapshots.month_figures("2026-03", branch.id)
    snapshots.month_figures("2026-01", branch.id)
    import_tickets(_ledger(tmp_path / "late.csv", "2026-03-15 10:00"), supervisor)
    after = snapshots.month_figures("2026-03", branch.id)
    assert after["received"] == before["received"] + 1
    assert after == LIVE("2026-03", branch.id)
    snapshots.month_figures("2026-01", branch.id)  # not touched: still kept
    assert computed == ["2026-03", "2026-01", "2026-03"]
    assert snapshots.month_figures(  # all branches together: touched as well
        "2026-03")["received"] == LIVE("2026-03")["received"]


def test_import_dated_elsewhere_leaves_the_month_kept(march, branch, supervisor, tmp_path,
                                                      computed):
    snapshots.month_figures("2026-03", branch.id)
    import_tickets(_ledger(tmp_path / "may.csv", "2026-05-06 09:00"), supervisor)
    snapshots.month_figures("2026-03", branch.id)
    assert computed == ["2026-03"]


def test_a_computation_overlapping_a_late_change_is_not_kept(march, branch, computed):
    period = kpi.month_period("2026-03", kpi.branch_timezone(branch.id))
    started = datetime(2026, 4, 1)
    snapshots.invalidate_month(branch, "2026-03")  # the change commits meanwhile
    snapshots._keep(branch.id, period, {"received": -1}, started)
    assert snapshots.kept_figures("2026-03", branch.id, period.tz) is None
    snapshots.month_figures("2026-03", branch.id)
    assert snapshots.kept_figures("2026-03", branch.id, period.tz)["received"] == 6


def test_touched_months_span_the_ticket_life_and_skip_open_months(branch):
    months = snapshots.touched_months(branch.id, datetime(2026, 1, 20), datetime(2026, 3, 2),
                                      now=datetime(2026, 3, 10))
    assert months == {"2026-01", "2026-02"}
    assert snapshots.touched_months(branch.id, datetime(2026, 2, 28, 15),
                                    None, now=datetime(2026, 3, 10)) == {"2026-02"}


def test_each_branch_keeps_its_own_month_at_headquarters(march, branch, clerk, computed):
    """HQ holds a second branch: each branch's month and the all-branch month are kept
    apart, and a late change in one branch drops its month and the total, not the other's."""
    from helpdesk_gui.services.security import staff as staff_service
    from kpi.conftest import make_ticket

    other = staff_service.ensure_branch("BJ02", "北京海淀营业厅")
    their_clerk = staff_service.create_staff(other, "5001", "陈静", "counter")
    for i in range(3):
        make_ticket(other, their_clerk, f"H{i}", f"2026-03-0{i + 2} 02:00", type="complaint")
    ours, theirs, both = (snapshots.month_figures("2026-03", b)
                          for b in (branch.id, other.id, None))
    assert (ours["received"], theirs["received"], both["received"]) == (6, 3, 9)
    assert theirs["complaint_rate"] == 1.0 and ours == LIVE("2026-03", branch.id)
    assert both == LIVE("2026-03") and theirs == LIVE("2026-03", other.id)
    assert {r.branch_key for r in KpiSnapshot.select().where(
        KpiSnapshot.figures.is_null(False))} == {branch.id, other.id, ALL_BRANCHES}
    del computed[:]
    for b in (branch.id, other.id, None):  # read back: none computed again
        snapshots.month_figures("2026-03", b)
    assert computed == []
    make_ticket(other, their_clerk, "H9", "2026-03-20 02:00")  # a late bundle from BJ02
    assert snapshots.invalidate_month(other, "2026-03") == 2
    assert snapshots.month_figures("2026-03", branch.id) == ours  # kept
    assert computed == []
    assert snapshots.month_figures("2026-03", other.id)["received"] == 4
    assert snapshots.month_figures("2026-03")["received"] == 10
    assert computed == ["2026-03", "2026-03"]
