"""Headquarters' monthly report: each branch beside the total, equal to its own report.

Headquarters holds three branches' tickets (the demo generator's three Beijing branches,
with histories and survey answers). The consolidated PDF's comparison table and each
branch's section must show exactly what that branch's own report shows — the report
filtered to the branch at headquarters, and the report of a database that holds only
that branch.
"""

from __future__ import annotations

import json
import random
import re
from datetime import datetime

import pytest

from helpdesk_gui.cli import build_parser
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.demo import surveys as demo_surveys
from helpdesk_gui.demo.generate import generate
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.surveys.models import Survey
from helpdesk_gui.domain.tickets.models import Customer, Ticket, TicketCounter, TicketEvent
from helpdesk_gui.reports import data, sections
from helpdesk_gui.reports.quality_report import build_pdf
from helpdesk_gui.services.quality import quarterly, snapshots

from .test_quality_report import pdf_text

MONTH = "2026-03"
NOW = datetime(2026, 4, 10, 8, 0)  # March is over: its figures are kept
CODES = ("BJ01", "BJ02", "BJ03")


@pytest.fixture
def hq(survey_db):
    """Three branches' months side by side, as headquarters holds them."""
    generate(900, seed=16, months=3, now=NOW)
    demo_surveys.generate_surveys(random.Random(16), NOW)
    return {code: data.monthly_report(MONTH, code) for code in CODES}


def _section(text: str, start: str, *ends: str) -> str:
    begin = text.index(start)
    stops = [i for end in ends if (i := text.find(end, begin + len(start))) > 0]
    return text[begin:min(stops) if stops else len(text)]


def _rows(section: str) -> dict[str, list[str]]:
    """Indicator name -> the cells after it, from the layout text of a figures table."""
    names = {name for _, name, _ in sections.KPI_ROWS}
    rows = {}
    for line in section.splitlines():
        cells = line.split()
        if cells and cells[0] in names and cells[0] not in rows:
            rows[cells[0]] = cells[1:]
    return rows


def _expected(report: dict) -> dict[str, str]:
    return {name: sections.fmt(report[key], kind) for key, name, kind in sections.KPI_ROWS}


def _only_branch(code: str) -> None:
    """Turn the database into that branch's own: the other branches' rows go."""
    others = [b.id for b in Branch.select().where(Branch.code != code)]
    theirs = Ticket.select(Ticket.id).where(Ticket.branch.in_(others))
    with database_proxy.obj.atomic():
        for model in (Survey, TicketEvent):
            model.delete().where(model.ticket.in_(theirs)).execute()
        Ticket.update(merged_into=None).where(Ticket.branch.in_(others)).execute()
        for model in (Ticket, Customer, TicketCounter, Staff):
            model.delete().where(model.branch.in_(others)).execute()
        Branch.delete().where(Branch.id.in_(others)).execute()
    snapshots.forget_all()  # what a fresh database of that branch would hold


def test_each_branch_in_the_consolidated_pdf_equals_its_own_report(hq, tmp_path):
    total = data.monthly_report(MONTH, None, generated_by="总部")
    assert [b["branch"] for b in total["branches"]] == list(CODES)
    assert sum(b["received"] for b in total["branches"]) == total["received"] > 0
    assert total["answers_valid"] > 0 and all(hq[c]["answers_valid"] for c in CODES)
    for entry in total["branches"]:  # the data: the branch's own figures, every one
        own = hq[entry["branch"]]
        assert {k: entry[k] for k in data.TREND_KEYS} == {k: own[k] for k in data.TREND_KEYS}
        assert entry["per_staff"] == own["per_staff"]
    text = pdf_text(build_pdf(total, tmp_path / "hq.pdf"))
    table = _rows(_section(text, "各分支机构对比", "二、近6个月趋势"))
    assert len(table) == len(sections.KPI_ROWS)
    for name, value in _expected(total).items():
        assert table[name][len(CODES)] == value, name  # the total column
    for column, code in enumerate(CODES):
        own = _expected(hq[code])
        assert {name: cells[column] for name, cells in table.items()} == own, code
        name = hq[code]["branch_name"]
        pages = _section(text, f"分支机构：{name}（{code}）", "分支机构：", "附录：指标定义")
        shown = _rows(pages)
        assert {n: cells[0] for n, cells in shown.items()} == own, code  # 本月
        previous = {n: sections.fmt(hq[code]["previous"][k], kind)
                    for k, n, kind in sections.KPI_ROWS}
        assert {n: cells[1] for n, cells in shown.items()} == previous, code  # 上月
        star = hq[code]["service_star"]
        assert (f"本月服务之星：{star['name']}" if star else "本月服务之星：暂无") in pages
    # and a database holding only BJ02 reports the same figures as BJ02's column
    pdf_path = tmp_path / "hq.pdf"
    _only_branch("BJ02")
    alone = data.monthly_report(MONTH)
    assert alone["branches"] == []  # one branch: nothing to compare
    assert _expected(alone) == {n: cells[1] for n, cells in table.items()}
    assert alone["per_staff"] == hq["BJ02"]["per_staff"]
    alone_text = pdf_text(build_pdf(alone, tmp_path / "bj02.pdf"))
    assert "各分支机构对比" not in alone_text and "分支机构：" not in alone_text
    assert pdf_path.stat().st_size > 0


def test_a_branch_report_has_no_comparison(hq, tmp_path):
    assert hq["BJ01"]["branches"] == []
    text = pdf_text(build_pdf(hq["BJ01"], tmp_path / "bj01.pdf"))
    assert "各分支机构对比" not in text and "分支机构：" not in text


def test_one_branch_with_tickets_has_no_comparison(survey_db):
    """Branch rows arrive at a branch office too (headquarters' staff travel), but only
    branches with tickets in the month are compared."""
    from helpdesk_gui.services.security import staff as staff_service

    generate(300, seed=3, months=2, now=NOW)
    staff_service.ensure_branch("HQ", "总部")
    assert len(data.monthly_report(MONTH)["branches"]) == 3
    _only_branch("BJ03")
    staff_service.ensure_branch("HQ", "总部")
    assert data.monthly_report(MONTH)["branches"] == []


def test_cli_branch_option_at_headquarters(hq, db_url, cli_sign_in, capsys, tmp_path):
    supervisor = Staff.get(Staff.role == "supervisor")
    for code in ("BJ03", None):
        args = build_parser().parse_args(["--db", db_url, *cli_sign_in(supervisor), "report",
                                          "monthly", "--month", MONTH,
                                          *(["--branch", code] if code else [])])
        assert args.func(args) == 0
        shown = json.loads(capsys.readouterr().out)
        assert shown["branch"] == (code or "ALL")
        if code:
            assert shown["received"] == hq[code]["received"] and shown["branches"] == []
        else:
            assert [b["received"] for b in shown["branches"]] == [
                hq[c]["received"] for c in CODES]
    quarter = quarterly.quarterly_figures("2026-Q1", None, supervisor)
    assert quarter["figures"]["received"] == sum(
        quarterly.quarterly_figures("2026-Q1", c, supervisor)["figures"]["received"]
        for c in CODES)
    assert re.fullmatch(r"\d+", str(quarter["figures"]["received"]))
