"""The quarterly service-quality report: its figures are the sum of its months."""

from __future__ import annotations

import json
import subprocess

import pytest

from helpdesk_gui.cli import build_parser
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.hall import Branch
from helpdesk_gui.domain.quality.snapshots import KpiSnapshot
from helpdesk_gui.domain.tickets.models import Customer
from helpdesk_gui.reports import quarterly_data
from helpdesk_gui.services.customers import callbacks
from helpdesk_gui.services.quality import kpi, quarterly, reviews, service_errors, snapshots
from helpdesk_gui.services.quality.service_errors import ErrorForm
from tests.unit.kpi.conftest import answer, make_ticket

MONTHS = {"2026-01": 4, "2026-02": 3, "2026-03": 5}  # tickets received (Beijing months)


@pytest.fixture
def q1(db, branch, clerk, handler, supervisor):
    n = 0
    for month, count in MONTHS.items():
        for i in range(count):
            n += 1
            kind = "complaint" if i == 0 else "repair"
            t = make_ticket(branch, clerk, f"Q{n}", f"{month}-1{i} 02:00", type=kind,
                            status="closed", assignee=handler, contacts=i,
                            response_due=f"{month}-1{i} 06:00",
                            first_response_at=f"{month}-1{i} 0{3 + 2 * (i % 2)}:00",
                            resolve_due=f"{month}-1{i} 20:00",
                            resolved_at=f"{month}-1{i} {10 + 6 * (i % 3)}:00",
                            closed_at=f"{month}-2{i} 02:00", resolution="已处理")
            answer(t, 3 + i % 3, (6 + i % 4, 7, 8, 7, 5 + i), 6 + i, when=f"{month}-2{i} 03:00")
            if i == 1:
                service_errors.record(ErrorForm("wrong_information", "告知有误",
                                                ticket_no=t.ticket_no), supervisor)
        reviews.draw(month, branch.id)
    old = Customer.create(branch=branch, name="钱七", phone="13800000009")
    make_ticket(branch, clerk, "OLD", "2025-09-01 02:00", customer=old)
    callbacks.draw("2026-01", branch.id)
    callbacks.draw("2026-03", branch.id)
    make_ticket(branch, clerk, "Q4-1", "2025-12-10 02:00")  # previous quarter
    return supervisor


def test_quarter_is_the_sum_of_its_months(q1, branch):
    report = quarterly_data.quarterly_report("2026-Q1", "BJ01")
    f, months = report["figures"], report["monthly"]
    assert report["months"] == list(MONTHS)
    for key in ("received", "resolved", "complaints", "first_response_due",
                "first_response_on_time", "resolved_on_time", "answers_returned",
                "answers_valid", "reopened", "closed"):
        assert f[key] == sum(m[key] for m in months), key
    assert f["received"] == 12 and f["complaints"] == 3
    assert f["complaint_rate"] == 0.25  # pooled 3 / 12, not a mean of monthly rates
    assert f["service_errors"]["count"] == sum(m["service_errors"] for m in months) == 3
    assert f["service_error_rate"] == 0.25
    each = [kpi.month_figures(m, branch.id) for m in MONTHS]
    assert [m["received"] for m in each] == list(MONTHS.values())
    on_time = sum(m["first_response_on_time"] for m in each)
    due = sum(m["first_response_due"] for m in each)
    assert f["first_response_on_time_rate"] == round(on_time / due, 4)
    assert report["reviews"]["listed"] == sum(
        reviews.completion(m, branch.id)["listed"] for m in MONTHS) == 9  # 1 + 2 a month
    assert report["callbacks"]["listed"] == 2  # January and March lists, one customer each
    assert report["previous_quarter"]["received"] == 1  # Q4-1 (OLD is September, Q3)
    assert len(report["monthly"][0]["dimensions"]) == 5


def _direct(months: list[str], branch_id: int) -> dict:
    """The quarter's indicators computed at once over its three months (no kept months)."""
    period = quarterly_data.quarter_period(months, kpi.branch_timezone(branch_id))
    scope = kpi.Scope(branch_id)
    figures = {}
    for part in (kpi.received, kpi.resolved, kpi.satisfaction, kpi.reopen_rate):
        figures.update(part(period, scope))
    figures["surveys"] = kpi.survey_activity(period, scope)
    return figures


def test_pooled_quarter_equals_the_quarter_computed_at_once(q1, branch):
    f = quarterly_data.quarterly_report("2026-Q1", "BJ01")["figures"]
    direct = _direct(list(MONTHS), branch.id)
    for key in (*quarterly_data.KEYS[:-1], "by_type", "by_channel", "dimensions", "surveys"):
        assert f[key] == direct[key], key
    assert f["avg_satisfaction"] is not None and f["median_resolution_hours"] is not None
    for key in ("median_resolution_hours", "p90_resolution_hours"):  # merged kept months
        assert f[key] == direct[key], key


def test_quarter_reads_its_months_kept_figures(q1, branch, monkeypatch):
    first = quarterly_data.quarterly_report("2026-Q1", "BJ01")
    computed = []
    live, sorted_live = kpi.month_parts, kpi.resolution_seconds
    monkeypatch.setattr(kpi, "month_parts",
                        lambda month, *a, **k: computed.append(month) or live(month, *a, **k))
    monkeypatch.setattr(kpi, "resolution_seconds", lambda period, scope: computed.append(
        period.label) or sorted_live(period, scope))
    KpiSnapshot.delete().where(KpiSnapshot.month.contains("Q")).execute()
    again = quarterly_data.quarterly_report("2026-Q1", "BJ01")
    # the six months (this quarter and the one before) were kept, with their resolution
    # seconds: the quarters' percentiles merge them, no period is read again
    assert computed == []
    assert again["figures"] == first["figures"] and again["monthly"] == first["monthly"]


def test_kept_seconds_pack_and_unpack():
    for seconds in ([], [5], [-30, 0, 0, 7, 86_400 * 400]):
        assert snapshots.unpack_seconds(snapshots.pack_seconds(seconds)) == seconds


def test_a_kept_quarter_is_recomputed_after_a_late_change_to_one_of_its_months(
        q1, branch, clerk):
    first = quarterly_data.quarterly_report("2026-Q1", "BJ01")["figures"]
    assert snapshots.kept_figures("2026-Q1", branch.id, "Asia/Shanghai") is not None
    with database_proxy.obj.atomic():  # in the change's own transaction
        make_ticket(branch, clerk, "LATE", "2026-02-20 02:00")
        snapshots.invalidate_month(branch, "2026-02")  # as a late import does
    assert snapshots.kept_figures("2026-Q1", branch.id, "Asia/Shanghai") is None
    assert snapshots.kept_figures("2025-Q4", branch.id, "Asia/Shanghai") is not None
    again = quarterly_data.quarterly_report("2026-Q1", "BJ01")["figures"]
    assert again["received"] == first["received"] + 1


def test_quarter_labels_are_checked(db):
    with pytest.raises(Exception) as err:
        quarterly_data.quarter_months("2026-Q5")
    assert "2026-Q5" in str(err.value)


def test_cli_json_and_pdf_carry_the_same_figures(q1, tmp_path, capsys, db_url, supervisor,
                                                 cli_sign_in):
    url = db_url
    args = build_parser().parse_args(["--db", url, *cli_sign_in(supervisor), "report",
                                      "quarterly", "--quarter",
                                      "2026-Q1", "--branch", "BJ01"])
    assert args.func(args) == 0
    data = json.loads(capsys.readouterr().out)
    pdf = tmp_path / "q1.pdf"
    args = build_parser().parse_args(["--db", url, *cli_sign_in(supervisor), "report",
                                      "quarterly", "--quarter",
                                      "2026-Q1", "--branch", "BJ01", "--format", "pdf",
                                      "-o", str(pdf)])
    assert args.func(args) == 0
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    f = data["figures"]
    assert "季度服务品质报告" in text and "2026-Q1" in text
    assert f"本季度受理 {f['received']} 件" in text
    assert f"{f['complaint_rate'] * 100:.2f}%" in text
    assert f"{f['service_error_rate'] * 100:.2f}%" in text
    assert f"登记服务差错 {f['service_errors']['count']} 件" in text
    assert f"{data['previous_quarter']['received']}" in text
    for month in data["monthly"]:
        assert month["month"] in text
    assert f"抽取 {data['reviews']['listed']} 件" in text
    assert f"列入 {data['callbacks']['listed']} 户" in text
    # the audit chain's head on paper, as on the monthly report (each run takes its own)
    assert data["audit_anchor"].startswith("audit anchor ") and "audit anchor " in text
    assert "row #" in text.split("audit anchor", 1)[1]


def test_scheduled_on_the_first_working_day_after_the_quarter(db, branch):
    from datetime import datetime

    b = Branch.get_by_id(branch.id)
    # 1 April 2026 is a Wednesday (a working day); 08:15 Beijing = 00:15 UTC
    assert quarterly.first_working_day_of_quarter(b, datetime(2026, 4, 1, 0, 15)) == "2026-Q1"
    assert quarterly.first_working_day_of_quarter(b, datetime(2026, 4, 2, 0, 15)) is None
    # 1–3 January 2026 are the New Year holiday; Sunday 4 January is a make-up working day
    first = [d for d in range(1, 8) if quarterly.first_working_day_of_quarter(
        b, datetime(2026, 1, d, 0, 15)) == "2025-Q4"]
    assert len(first) == 1 and first[0] >= 4
