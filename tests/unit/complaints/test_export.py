"""Exports read back: Chinese intact, personal data masked, date range applied."""

from __future__ import annotations

import argparse
import csv
import json
from datetime import timedelta

import pytest
from openpyxl import load_workbook

from helpdesk_gui.domain.complaints.models import Complaint
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.services.complaints import analysis as complaints_analysis
from helpdesk_gui.services.complaints import process as complaints
from helpdesk_gui.services.ledger import exports as complaints_export
from helpdesk_gui.services.suggestions import process as suggestions
from helpdesk_gui.services.suggestions.process import SuggestionForm

from .conftest import complaint_ticket


@pytest.fixture
def filled(cdb, clerk, handler):
    t = complaint_ticket(clerk, name="张伟", phone="13812341234", account="SH100200")
    cid = complaints.open_for_ticket(t.id, clerk).complaint_id
    complaints.acknowledge(cid, clerk)
    complaints.classify(cid, clerk, "billing", handler.id, major=True)
    suggestions.create(SuggestionForm("counter", "增加自助缴费机", "大厅排队太久",
                                      customer_name="欧阳娜娜", phone="13900005678"), clerk)
    return cid


def test_complaints_xlsx_reads_back_masked(filled, tmp_path):
    path = tmp_path / "c.xlsx"
    assert complaints_export.export("complaints", path) == 1
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    row = dict(zip(header, [c.value for c in sheet[2]], strict=True))
    assert header[0] == "工单编号" and sheet.title == "投诉"
    assert row["投诉人"] == "张*" and row["联系电话"] == "138****1234"
    assert row["户号"] == "SH**0200"
    assert row["投诉事项"] == "水费账单金额异常" and row["当前阶段"] == "分类分派"
    assert row["分类"] == "收费/账单" and row["重大投诉"] == "是" and row["处理人"] == "李强"
    assert "13812341234" not in str([c.value for c in sheet[2]])


def test_suggestions_csv_reads_back_masked(filled, tmp_path):
    path = tmp_path / "s.csv"
    complaints_export.export("suggestions", path, fmt="csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM for Excel
    rows = list(csv.reader(path.open(encoding="utf-8-sig")))
    assert rows[0][:3] == ["编号", "受理时间", "渠道"]
    data = dict(zip(rows[0], rows[1], strict=True))
    assert data["客户"] == "欧***" and data["联系电话"] == "139****5678"
    assert data["建议标题"] == "增加自助缴费机" and data["状态"] == "待筛选"


def test_date_range_and_bad_input(filled, tmp_path):
    c = Complaint.get_by_id(filled)
    day = complaints_analysis.utc_range(None, None)  # open range
    assert day == (None, None)
    local_day = (c.received_at + timedelta(hours=8)).date()
    assert complaints_export.export("complaints", tmp_path / "a.csv", date_from=local_day,
                                    date_to=local_day) == 1
    assert complaints_export.export("complaints", tmp_path / "b.csv",
                                    date_from=local_day + timedelta(days=1)) == 0
    with pytest.raises(ValidationError):
        complaints_export.export("complaints", tmp_path / "x.pdf")
    with pytest.raises(ValidationError):
        complaints_export.export("invoices", tmp_path / "x.csv")


def test_cli_export_command(filled, db, tmp_path, db_url, supervisor, cli_sign_in):
    from helpdesk_gui.cli.export import add_commands

    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--user")
    parser.add_argument("--password-stdin", action="store_true")
    add_commands(parser.add_subparsers())
    out = tmp_path / "cli.xlsx"
    args = parser.parse_args(["--db", db_url, *cli_sign_in(supervisor),
                              "export", "complaints",
                              "--from", "2000-01-01", "--to", "2100-12-31",
                              "--format", "xlsx", "-o", str(out)])
    assert args.func(args) == 0
    sheet = load_workbook(out).active
    assert sheet.max_row == 2 and sheet["D2"].value == "张*"
    with pytest.raises(SystemExit):
        parser.parse_args(["export", "complaints", "--from", "31/03/2025", "-o", "x"])


def test_analysis_counts(filled, clerk, supervisor):
    a = complaints_analysis.complaint_analysis()
    assert a.total == 1 and a.major == 1
    assert dict(a.by_stage)["assigned"] == 1 and a.by_channel == [("phone", 1)]
    assert [s for s, _ in a.hours_per_stage] == ["acknowledged", "assigned"]
    assert a.ack_on_time == 1.0
    sid = suggestions.page()[0][0]
    suggestions.screen(sid, supervisor, 3, 3)
    suggestions.reject(sid, supervisor, "场地不足")
    s = complaints_analysis.suggestion_analysis()
    assert (s.total, s.adopted, s.rejected, s.adoption_rate) == (1, 0, 1, 0.0)


def test_headquarters_exports_one_branch(filled, tmp_path, clerk, supervisor):
    """HQ holds every branch's records: ``branch_id`` keeps an export to one of them."""
    from helpdesk_gui.domain.security.models import AuditEntry
    from helpdesk_gui.services.security import staff as staff_service

    other = staff_service.ensure_branch("BJ02", "北京海淀营业厅")
    their_clerk = staff_service.create_staff(other, "5001", "陈静", "counter")
    theirs = complaint_ticket(their_clerk, name="周杰", phone="13511112222")
    complaints.open_for_ticket(theirs.id, their_clerk)
    for kind, everywhere, ours, others in (("complaints", 2, 1, 1), ("tickets", 2, 1, 1),
                                           ("suggestions", 1, 1, 0)):
        assert complaints_export.export(kind, tmp_path / f"{kind}.csv") == everywhere
        assert complaints_export.export(kind, tmp_path / f"{kind}1.csv",
                                        branch_id=clerk.branch_id) == ours
        assert complaints_export.export(kind, tmp_path / f"{kind}2.csv", actor=supervisor,
                                        branch_id=other.id) == others
    with (tmp_path / "complaints2.csv").open(encoding="utf-8-sig") as data:
        rows = list(csv.reader(data))
    assert rows[1][0] == theirs.ticket_no and rows[1][4] == "135****2222"
    entry = AuditEntry.select().where(AuditEntry.action == "export.complaints").get()
    assert json.loads(entry.detail)["branch"] == other.id


def test_complaint_list_keeps_to_one_branch(filled, clerk):
    from helpdesk_gui.services.complaints import query as complaints_query
    from helpdesk_gui.services.security import staff as staff_service

    other = staff_service.ensure_branch("BJ02", "北京海淀营业厅")
    their_clerk = staff_service.create_staff(other, "5001", "陈静", "counter")
    theirs = complaint_ticket(their_clerk, name="周杰", phone="13511112222")
    their_id = complaints.open_for_ticket(theirs.id, their_clerk).complaint_id
    assert complaints_query.count() == 2
    assert complaints_query.count(branch_id=other.id) == 1
    assert [r[0] for r in complaints_query.page(branch_id=other.id)] == [their_id]
    assert [r[0] for r in complaints_query.page(branch_id=clerk.branch_id)] == [filled]
    assert complaints_query.count("assigned", branch_id=other.id) == 0
    assert complaints_query.count("assigned", branch_id=clerk.branch_id) == 1
