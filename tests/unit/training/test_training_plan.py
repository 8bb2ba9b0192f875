"""Quarterly plans, the etiquette rule, completion per branch and quarter."""

from __future__ import annotations

from datetime import date

import pytest

from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.services.training import (
    assessments as training_assess,
)
from helpdesk_gui.services.training import (
    courses as training,
)
from helpdesk_gui.services.training import (
    plan as training_plan,
)
from helpdesk_gui.services.training.assessments import ScoreEntry


def test_training_quarter_range():
    assert training_plan.quarter_range(2024, 1) == (date(2024, 1, 1), date(2024, 3, 31))
    assert training_plan.quarter_range(2024, 4) == (date(2024, 10, 1), date(2024, 12, 31))
    with pytest.raises(ValidationError):
        training_plan.quarter_range(2024, 5)


def test_training_plan_compliance_needs_etiquette_planned_and_held(make_course, people, branch):
    boss = people["supervisor"]
    etiquette = make_course(boss, "LY-01", "etiquette")
    product = make_course(boss, "CP-01", "product_knowledge")
    training_plan.plan_course(branch.id, 2024, 2, product.id, boss, planned_month=4)
    result = training_plan.compliance(branch.id, 2024, 2)
    assert not result.compliant and not result.etiquette_planned
    training_plan.plan_course(branch.id, 2024, 2, etiquette.id, boss, planned_month=5)
    with pytest.raises(ValidationError):
        training_plan.plan_course(branch.id, 2024, 2, etiquette.id, boss)
    with pytest.raises(ValidationError):
        training_plan.plan_course(branch.id, 2024, 2, product.id, boss, planned_month=7)
    result = training_plan.compliance(branch.id, 2024, 2)
    assert result.etiquette_planned and not result.etiquette_held
    assert result.problems == ("no service-etiquette training held",)
    # held in the quarter but nobody came: still not a training
    sid = training.create_session(etiquette.id, branch.id, "2024-05-10", "赵敏", "三楼",
                                  [people["handler"].id], boss)
    assert not training_plan.compliance(branch.id, 2024, 2).compliant
    training.record_attendance(sid, {people["handler"].id: "present"}, boss)
    result = training_plan.compliance(branch.id, 2024, 2)
    assert result.compliant
    assert [(line.code, line.sessions_held) for line in result.lines] == [
        ("CP-01", 0), ("LY-01", 1)]
    # a session in the next quarter does not count for this one
    assert not training_plan.compliance(branch.id, 2024, 3).compliant


def test_training_completion_per_branch_and_quarter(make_course, people, branch):
    boss = people["supervisor"]
    course = make_course(boss, "LY-01", "etiquette")
    h, s = people["handler"].id, people["second"].id
    sid = training.create_session(course.id, branch.id, "2024-08-01", "赵敏", "三楼", [h, s],
                                  boss)
    training.record_attendance(sid, {h: "present", s: "late"}, boss)
    training_assess.record_scores(sid, [ScoreEntry(h, "test", 88), ScoreEntry(s, "test", 40)],
                                  boss)
    done = training_plan.training_completion(branch.id, 2024, 3)
    assert (done.sessions, done.planned_places, done.attended, done.completed) == (1, 2, 2, 1)
    assert done.hours == 4 and done.people_trained == 2
    assert done.completion_rate == 0.5
    assert not done.etiquette_compliant  # held, but never planned
    empty = training_plan.training_completion(branch.id, 2024, 1)
    assert empty.planned_places == 0 and empty.completion_rate is None
