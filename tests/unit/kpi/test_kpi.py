"""Every JSON key of the monthly figures against values computed by hand.

The fixture (conftest.march) is March 2026 in Asia/Shanghai; T2 and T7 sit on the month
boundaries in local time, T3 was created in February and resolved in March, T5 was
created in March and resolved in April.
"""

from __future__ import annotations

import pytest

from helpdesk_gui.services.quality import kpi

NO_TICKETS = {
    "received": 0, "complaint_rate": None, "resolved": 0,
    "resolved_within_3_contacts_rate": None, "first_response_on_time_rate": None,
    "resolution_on_time_rate": None, "avg_satisfaction": None, "satisfaction_rate": None,
    "open_at_month_end": 0, "median_resolution_hours": None, "p90_resolution_hours": None,
    "nps": None, "reopen_rate": None, "first_contact_resolution_rate": None,
}


def test_month_period_is_local_calendar_month():
    period = kpi.month_period("2026-03", "Asia/Shanghai")
    assert str(period.start) == "2026-02-28 16:00:00"
    assert str(period.end) == "2026-03-31 16:00:00"
    assert kpi.month_period("2026-12", "UTC").end.year == 2027
    assert kpi.shift_month("2026-01", -1) == "2025-12"


def test_bad_month_is_refused():
    from helpdesk_gui.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        kpi.month_period("2026-13")


def test_every_key_of_march(march_answers, branch):
    f = kpi.month_figures("2026-03", branch.id)
    assert f["received"] == 6  # T1 T2 T4 T5 T6 T8
    assert f["by_type"] == {"consultation": 1, "complaint": 2, "suggestion": 1, "repair": 1,
                            "request": 1}
    assert f["by_channel"] == {"counter": 2, "phone": 1, "online": 1, "email": 1,
                               "letter": 0, "social": 0, "sms": 1}
    assert f["complaint_rate"] == 0.3333
    assert f["first_contact_resolution_rate"] == 0.1667
    assert (f["first_response_due"], f["first_response_on_time"]) == (4, 1)  # T1 T5 T6 T8
    assert f["first_response_on_time_rate"] == 0.25
    assert f["resolved"] == 4  # T1 T2 T3 T6
    assert f["resolved_within_3_contacts_rate"] == 0.75
    assert f["resolution_on_time_rate"] == 0.5
    assert f["median_resolution_hours"] == 10.0  # 0 10 12 120 → rank 2
    assert f["p90_resolution_hours"] == 120.0  # rank ⌈3.6⌉ = 4
    assert f["avg_satisfaction"] == 4.0  # valid: T1 5, T2 3
    assert f["satisfaction_rate"] == 0.5
    assert (f["answers_returned"], f["answers_valid"]) == (3, 2)
    assert f["valid_answer_share"] == 0.6667 and f["analysable"] is False
    assert f["dimensions"] == {"responsiveness": 7.5, "problem_solving": 7.0,
                               "attitude": 8.5, "professionalism": 7.5, "clarity": 7.5}
    assert f["nps"] == 50.0  # one promoter (10), one passive (7)
    assert (f["reopened"], f["closed"], f["reopen_rate"]) == (1, 2, 0.5)
    assert f["open_at_month_end"] == 2  # T4, T5 (T8 cancelled before the end)
    assert f["backlog_by_age"] == {"lt1d": 1, "1_3d": 0, "3_7d": 0, "7_30d": 1, "ge30d": 0}
    assert f["service_error_rate"] == 0.0  # the register exists and has no error


def test_sla_by_level(march_answers, branch):
    levels = kpi.month_figures("2026-03", branch.id)["sla_by_level"]
    assert levels["1"] == {"first_response_due": 0, "first_response_on_time_rate": None,
                           "resolved": 1, "resolution_on_time_rate": 0.0}
    assert levels["2"] == {"first_response_due": 2, "first_response_on_time_rate": 0.5,
                           "resolved": 1, "resolution_on_time_rate": 1.0}
    assert levels["3"] == {"first_response_due": 2, "first_response_on_time_rate": 0.0,
                           "resolved": 2, "resolution_on_time_rate": 0.5}


def test_survey_activity(march_answers, branch):
    s = kpi.month_figures("2026-03", branch.id)["surveys"]
    assert s == {"invited": 5, "invited_answered": 4, "answered": 4, "abandoned": 0,
                 "response_rate": 0.8}


def test_no_answers(march, branch):
    f = kpi.month_figures("2026-03", branch.id)
    assert f["received"] == 6 and f["resolved"] == 4
    assert f["avg_satisfaction"] is None and f["satisfaction_rate"] is None
    assert f["nps"] is None and f["valid_answer_share"] is None
    assert f["dimensions"] == dict.fromkeys(f["dimensions"])


def test_no_tickets(survey_db, branch):
    f = kpi.month_figures("2026-03", branch.id)
    for key, value in NO_TICKETS.items():
        assert f[key] == value, key
    assert set(f["by_type"].values()) == {0} and set(f["by_channel"].values()) == {0}


def test_month_boundaries_in_local_time(march, branch):
    february = kpi.month_figures("2026-02", branch.id)
    assert february["received"] == 1  # T3 only: T2 is 1 March 01:00 local
    assert february["open_at_month_end"] == 1  # T3 open at the end of February
    april = kpi.month_figures("2026-04", branch.id)
    assert april["received"] == 1 and april["by_type"]["complaint"] == 1  # T7
    assert april["resolved"] == 1  # T5
    assert april["median_resolution_hours"] == 552.0  # 23 days


def test_staff_scope_and_table(march_answers, branch, handler, supervisor):
    mine = kpi.month_figures("2026-03", branch.id, staff_id=handler.id)
    assert mine["resolved"] == 2 and mine["resolution_on_time_rate"] == 0.5
    assert mine["avg_satisfaction"] == 5.0  # T3's answer is invalid
    period = kpi.month_period("2026-03", "Asia/Shanghai")
    rows = kpi.per_staff(period, branch.id)
    assert [r["employee_no"] for r in rows] == ["2001", "3001"]
    assert rows[0] | {} == {"employee_no": "2001", "name": "李强", "resolved": 2,
                            "resolution_on_time_rate": 0.5,
                            "resolved_within_3_contacts_rate": 0.5, "answers": 1,
                            "avg_satisfaction": 5.0, "praise": 1}
    assert rows[1]["resolved"] == 1 and rows[1]["answers"] == 0
    assert kpi.service_star(rows)["name"] == "李强"
    assert kpi.service_star([dict(rows[1])]) is None


def test_other_branch_is_excluded(march, branch):
    from helpdesk_gui.services.security import staff

    other = staff.ensure_branch("SH01", "上海营业厅")
    assert kpi.month_figures("2026-03", other.id)["received"] == 0
    assert kpi.month_figures("2026-03")["received"] == 6  # all branches
