"""Review of closed tickets (§4): the sample per type, findings, errors, cases, completion."""

from __future__ import annotations

import random

import pytest

from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.quality.models import ReviewItem, ServiceError
from helpdesk_gui.domain.training.models import LibraryCase
from helpdesk_gui.services.quality import kpi, reviews, settings
from helpdesk_gui.services.quality.reviews import Findings
from tests.unit.kpi.conftest import make_ticket


@pytest.fixture
def closed_march(db, branch, clerk, handler):
    """Closed in March (Beijing): 3 repairs, 1 complaint, 5 consultations; one repair
    closed on 1 April Beijing time and one open repair."""
    for i in range(3):
        make_ticket(branch, clerk, f"R{i}", "2026-03-02 02:00", type="repair", status="closed",
                    closed_at="2026-03-10 02:00", assignee=handler, resolution="更换水表")
    make_ticket(branch, clerk, "C0", "2026-03-02 02:00", type="complaint", status="closed",
                closed_at="2026-03-12 02:00")
    for i in range(5):
        make_ticket(branch, clerk, f"Q{i}", "2026-03-03 02:00", status="closed",
                    closed_at="2026-03-03 02:10")
    make_ticket(branch, clerk, "R9", "2026-03-20 02:00", type="repair", status="closed",
                closed_at="2026-03-31 16:00")  # 1 April 00:00 Beijing
    make_ticket(branch, clerk, "R8", "2026-03-20 02:00", type="repair")


def test_sample_per_type(closed_march, branch):
    # 2 repairs of 3, the only complaint, 2 consultations of 5 → 5
    assert reviews.draw("2026-03", branch.id, random.Random(5)) == 5
    by_type = {}
    for row in reviews.rows("2026-03"):
        by_type[row.type] = by_type.get(row.type, 0) + 1
    assert by_type == {"complaint": 1, "consultation": 2, "repair": 2}
    assert "R9" not in {r.ticket_no for r in reviews.rows("2026-03")}
    assert reviews.draw("2026-03", branch.id) == 0


def test_sample_size_is_a_setting(closed_march, branch, supervisor):
    settings.change("review", {"per_type": 1}, supervisor)
    assert reviews.draw("2026-03", branch.id) == 3


def test_findings_raise_an_error_and_promote_a_case(closed_march, branch, handler,
                                                    supervisor):
    reviews.draw("2026-03", branch.id, random.Random(5))
    repair = next(r for r in reviews.rows("2026-03") if r.type == "repair")
    with pytest.raises(ValidationError):  # a finding of wrong handling needs a note
        reviews.record(repair.id, Findings(False, True, True), supervisor)
    reviews.record(repair.id, Findings(False, True, False, "未核实表计读数就更换了水表",
                                       error_kind="wrong_procedure", promote="failure"),
                   supervisor)
    error = ServiceError.get()
    assert (error.found_by, error.staff_id, error.kind) == ("review", handler.id,
                                                            "wrong_procedure")
    assert LibraryCase.select().count() == 1
    assert ReviewItem.get_by_id(repair.id).service_error_id == error.id
    other = next(r for r in reviews.rows("2026-03") if r.type == "complaint")
    reviews.record(other.id, Findings(True, True, True), supervisor)
    assert reviews.completion("2026-03", branch.id) == {
        "listed": 5, "reviewed": 2, "handled_incorrectly": 1, "record_incomplete": 0,
        "not_confirmed": 1, "errors_raised": 1, "cases_promoted": 1, "completion_rate": 0.4}
    # the error counts in March's service error rate: 1 ÷ 11 tickets received in March
    assert kpi.month_figures("2026-03")["service_error_rate"] == round(1 / 11, 4)
