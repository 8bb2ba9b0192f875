"""Dimensions below target become tracked improvement actions (§7); targets are a
supervisor's versioned setting used by the report and the dashboard (§8)."""

from __future__ import annotations

from datetime import date

import pytest

from helpdesk_gui.domain.errors import PermissionDenied, ValidationError
from helpdesk_gui.domain.suggestions.models import ImprovementAction
from helpdesk_gui.reports import data
from helpdesk_gui.services.quality import improvement_cycle, settings, targets
from helpdesk_gui.services.suggestions import improvements
from tests.unit.kpi.conftest import answer, make_ticket


@pytest.fixture
def april(db, branch, clerk, handler, supervisor):
    """Two valid answers about tickets resolved in April 2026: responsiveness (6+7)/2 = 6.5
    and clarity (5+8)/2 = 6.5 are below 7; the rest are not."""
    for i, dims in enumerate(((6, 8, 9, 8, 5), (7, 9, 8, 9, 8))):
        ticket = make_ticket(branch, clerk, f"A{i}", "2026-04-03 02:00", status="closed",
                             resolved_at="2026-04-04 02:00", closed_at="2026-04-05 02:00")
        answer(ticket, 4, dims, 8, when="2026-04-06 02:00")
    return supervisor


def test_weak_dimensions_become_actions_with_department_and_due_date(april, branch, clerk):
    ids = improvement_cycle.open_for_month("2026-04", branch.id, april)
    actions = list(ImprovementAction.select().where(ImprovementAction.id.in_(ids))
                   .order_by(ImprovementAction.source_ref))
    assert [a.source_ref for a in actions] == ["2026-04:clarity", "2026-04:responsiveness"]
    assert [a.department for a in actions] == ["营业厅", "调度中心"]
    assert all(a.due_date == date(2026, 5, 31) and a.owner_id == april.id for a in actions)
    assert improvement_cycle.open_for_month("2026-04", branch.id, april) == []  # once
    with pytest.raises(PermissionDenied):
        improvement_cycle.open_for_month("2026-04", branch.id, clerk)


def test_followed_until_done_and_shown_next_month(april, branch):
    first, second = improvement_cycle.open_for_month("2026-04", branch.id, april)
    improvement_cycle.set_department(first, "客服中心", april)
    with pytest.raises(ValidationError):
        improvement_cycle.set_department(first, "不存在的部门", april)
    improvements.set_status(second, april, "done", "调度员回电时限缩短到15分钟")
    shown = improvement_cycle.for_report("2026-05", date(2026, 6, 3))
    # by dimension: clarity (done), responsiveness (open and past 31 May)
    assert [(a.status, a.overdue) for a in shown] == [("done", False), ("open", True)]
    assert shown[1].department == "客服中心"
    # June's report still shows April's action while it is open
    assert [a.id for a in improvement_cycle.for_report("2026-06", date(2026, 6, 3))] == [first]
    report = data.monthly_report("2026-05", "BJ01")
    assert [a["status"] for a in report["improvement_actions"]] == ["done", "open"]


def test_targets_are_versioned_and_used_by_the_report(april, branch):
    assert targets.version() == 0 and data.met("complaint_rate", 0.025) is True
    before = data.monthly_report("2026-04", "BJ01")
    assert before["targets"]["complaint_rate"] == {"op": "<", "value": 0.03}
    targets.change({"complaint_rate": ["<", 0.02], "dimension_average": [">=", 6.0]}, april,
                   note="2026年度目标")
    assert targets.version() == 1 and data.met("complaint_rate", 0.025) is False
    after = data.monthly_report("2026-04", "BJ01")
    assert after["targets"]["complaint_rate"] == {"op": "<", "value": 0.02}
    assert after["targets_version"] == 1 and after["improvement_list"] == []  # 6.5 ≥ 6
    assert settings.history("kpi_targets")[0].note == "2026年度目标"
    with pytest.raises(ValidationError):
        targets.change({"complaint_rate": ["about", 3]}, april)
