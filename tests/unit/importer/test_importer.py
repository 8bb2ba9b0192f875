"""Ledger import: Chinese and English headers, csv (with/without BOM, GBK), xlsx, bad rows,
--skip-invalid, idempotent re-import, and an import followed by the monthly report."""

from __future__ import annotations

import argparse
import csv
import json
from datetime import datetime

import pytest

from helpdesk_gui.cli import imports as import_cli
from helpdesk_gui.cli import report as report_cli
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.ledger.models import LedgerRow
from helpdesk_gui.domain.surveys.models import MODELS, Survey
from helpdesk_gui.domain.tickets.models import Customer, Ticket, TicketEvent
from helpdesk_gui.services.ledger import imports as importer
from helpdesk_gui.services.ledger.imports import ImportRejected, import_tickets

ZH_HEADER = ["工单编号", "受理时间", "渠道", "类型", "等级", "客户姓名", "联系电话", "户号", "主题",
             "问题描述", "首次响应时间", "解决时间", "关闭时间", "沟通次数", "处理人", "满意度"]
ROWS = [
    ["", "2026-03-02 09:30", "柜台", "咨询", "3", "张伟", "13800138000", "", "水费查询",
     "询问本月水费", "2026-03-02 09:35", "2026-03-02 09:40", "2026-03-02 09:45", "1", "", "5"],
    ["LG-0002", "2026-03-03 14:00:00", "电话", "投诉", "2", "李娜", "", "A1234567", "抄表有误",
     "抄表读数比实际高", "2026-03-03 15:00", "2026-03-04 10:00", "", "3", "2001", "2"],
    ["", "2026-03-31T23:10:00", "online", "repair", "1", "王强", "13900139000", "", "停水",
     "整栋楼停水", "", "", "", "", "", ""],
]


def ensure_tables():
    """The survey tables (created by the schema step already; this is idempotent)."""
    database_proxy.obj.create_tables(MODELS)


@pytest.fixture
def hall(db, branch, clerk, handler, supervisor):
    ensure_tables()
    return supervisor  # importing ledgers is a supervisor's job (import.run)


def write_csv(path, header, rows, encoding="utf-8-sig"):
    with path.open("w", encoding=encoding, newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_chinese_headers_csv_with_bom(hall, tmp_path):
    result = import_tickets(write_csv(tmp_path / "台账.csv", ZH_HEADER, ROWS), hall)
    assert (result.imported, result.already_present, result.rejected) == (3, 0, [])
    first = Ticket.get(Ticket.customer_name == "张伟")
    assert first.created_at == datetime(2026, 3, 2, 1, 30)  # 09:30 Beijing = 01:30 UTC
    assert (first.channel, first.type, first.level, first.status) == (
        "counter", "consultation", 3, "closed")
    assert first.resolve_due is not None and first.response_due is not None
    assert first.sla_state == "met" and first.ticket_no.startswith("BJ01-20260302-")
    second = Ticket.get(Ticket.ticket_no == "LG-0002")
    assert (second.status, second.assignee.employee_no, second.contacts) == ("resolved",
                                                                             "2001", 3)
    assert second.customer.account_no == "A1234567"
    third = Ticket.get(Ticket.customer_name == "王强")
    assert (third.status, third.channel, third.level) == ("pending_approval", "online", 1)
    assert str(third.created_at) == "2026-03-31 15:10:00"
    surveys = {s.ticket.customer_name: s for s in Survey.select()}
    assert set(surveys) == {"张伟", "李娜"}
    assert surveys["张伟"].overall == 5 and surveys["张伟"].valid is True
    assert TicketEvent.select().where(TicketEvent.ticket == first).count() == 3
    assert Customer.select().count() == 3


def test_english_headers_csv_without_bom_and_gbk(hall, tmp_path):
    header = list(importer.COLUMNS)
    result = import_tickets(write_csv(tmp_path / "a.csv", header, ROWS[:1], "utf-8"), hall)
    assert result.imported == 1
    gbk = write_csv(tmp_path / "b.csv", ZH_HEADER, ROWS[1:2], "gbk")
    assert import_tickets(gbk, hall).imported == 1
    assert Ticket.select().count() == 2


def test_xlsx(hall, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(ZH_HEADER)
    row = list(ROWS[0])
    row[1] = datetime(2026, 3, 2, 9, 30)  # Excel stores a real date-time
    row[13], row[15] = 1, 5
    sheet.append(row)
    path = tmp_path / "ledger.xlsx"
    book.save(path)
    result = import_tickets(path, hall)
    assert result.imported == 1
    assert Ticket.get().created_at == datetime(2026, 3, 2, 1, 30)


def test_bad_rows_import_nothing_and_are_all_listed(hall, tmp_path):
    bad = [list(ROWS[0]), list(ROWS[1]), list(ROWS[2])]
    bad[0][1] = "昨天"
    bad[0][2] = "飞鸽"
    bad[1][15] = "6"
    bad[1][12] = "2026-03-01 00:00"  # closed before received
    bad[2][14] = "9999"  # an unknown handler is kept as a name, not refused
    path = write_csv(tmp_path / "bad.csv", ZH_HEADER, bad + [ROWS[0]])
    with pytest.raises(ImportRejected) as err:
        import_tickets(path, hall)
    found = {(e.row, e.column) for e in err.value.errors}
    assert found == {(2, "created_at"), (2, "channel"), (3, "satisfaction"),
                     (3, "closed_at")}
    assert Ticket.select().count() == 0 and LedgerRow.select().count() == 0


def test_skip_invalid_writes_side_file(hall, tmp_path):
    bad = list(ROWS[1])
    bad[6] = "12345"
    path = write_csv(tmp_path / "mixed.csv", ZH_HEADER, [ROWS[0], bad, ROWS[2]])
    result = import_tickets(path, hall, skip_invalid=True)
    assert (result.imported, result.rejected_rows) == (2, 1)
    with result.side_file.open(encoding="utf-8-sig", newline="") as side_file:
        side = list(csv.reader(side_file))
    assert side[0][:3] == ["row", "errors", "工单编号"] and len(side) == 2
    assert side[1][0] == "3" and side[1][1].startswith("phone: '12345' is not a valid")
    assert side[1][2:] == bad
    assert Ticket.select().count() == 2


def test_reimport_adds_nothing(hall, tmp_path):
    path = write_csv(tmp_path / "台账.csv", ZH_HEADER, ROWS)
    import_tickets(path, hall)
    again = import_tickets(path, hall)
    assert (again.imported, again.already_present) == (0, 3)
    assert Ticket.select().count() == 3


def test_missing_time_column_is_refused(hall, tmp_path):
    path = write_csv(tmp_path / "x.csv", ["客户姓名"], [["张伟"]])
    with pytest.raises(ImportRejected, match="受理时间"):
        import_tickets(path, hall)


def _cli(args, capsys, sign_in):
    """Run the commands signed in as the hall's supervisor (the command line signs in)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--user")
    parser.add_argument("--password-stdin", action="store_true")
    args = [*sign_in(), *args]
    sub = parser.add_subparsers()
    import_cli.add_commands(sub)
    report_cli.add_commands(sub)
    ns = parser.parse_args(args)
    code = ns.func(ns)
    return code, capsys.readouterr()


def test_import_then_monthly_report(hall, tmp_path, capsys, db_url, cli_sign_in):
    url = db_url
    path = write_csv(tmp_path / "台账.csv", ZH_HEADER, ROWS)
    code, out = _cli(["--db", url, "import", "tickets", str(path)], capsys,
                     lambda: cli_sign_in(hall))
    assert code == 0 and "imported 3, already present 0" in out.out
    code, out = _cli(["--db", url, "report", "monthly", "--month", "2026-03",
                      "--branch", "BJ01", "--format", "json"], capsys,
                     lambda: cli_sign_in(hall))
    figures = json.loads(out.out)
    assert figures["received"] == 3  # the third: 31 March 23:10 Beijing (15:10 UTC)
    assert figures["by_channel"] == {"counter": 1, "phone": 1, "online": 1, "email": 0,
                                     "letter": 0, "social": 0, "sms": 0}
    assert figures["by_type"]["complaint"] == 1 and figures["complaint_rate"] == 0.3333
    assert figures["first_response_on_time_rate"] == 1.0  # the third is due in April
    assert figures["resolved"] == 2 and figures["resolved_within_3_contacts_rate"] == 1.0
    assert figures["avg_satisfaction"] == 3.5 and figures["satisfaction_rate"] == 0.5
    assert figures["median_resolution_hours"] == 0.17  # 10 minutes; rank 1 of 2
    assert figures["p90_resolution_hours"] == 20.0
    assert figures["open_at_month_end"] == 1
    april = json.loads(_cli(["--db", url, "report", "monthly", "--month", "2026-04"],
                            capsys, lambda: cli_sign_in(hall))[1].out)
    assert april["received"] == 0 and april["open_at_month_end"] == 1


def test_cli_refusal_lists_rows(hall, tmp_path, capsys, db_url, cli_sign_in):
    url = db_url
    bad = list(ROWS[0])
    bad[4] = "9"
    path = write_csv(tmp_path / "bad.csv", ZH_HEADER, [bad])
    code, out = _cli(["--db", url, "import", "tickets", str(path)], capsys,
                     lambda: cli_sign_in(hall))
    assert code == 2 and "row 2, level:" in out.err
