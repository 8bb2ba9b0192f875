"""Reports page: the PDF is built through the op runner with progress; ledgers import."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.surveys.models import MODELS
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.ui.quality.reports_page import ReportsPage


@pytest.fixture
def page(qtbot, ctx, supervisor):
    ctx.actor = supervisor  # reports are a supervisor's (report.run)
    database_proxy.obj.create_tables(MODELS)
    if not database_proxy.obj.table_exists("sla_policy"):
        from helpdesk_gui.db.migrations import v006_sla as migration_sla

        migration_sla.upgrade(database_proxy.obj)
    widget = ReportsPage(ctx)
    qtbot.addWidget(widget)
    return widget


def test_build_pdf_with_progress(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert page.branch.currentData() == "BJ01"
    page.month.setCurrentText("2026-03")
    values = []
    page._progress.moved.connect(values.append)
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert values and values[-1] == 100 and values == sorted(values)
    assert str(target) in page.status.text()
    assert page.build_button.isEnabled() and not page.bar.isVisible()


def test_cancelled_save_builds_nothing(qtbot, page, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == ""


def _ledger(path, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["受理时间", "渠道", "类型", "客户姓名", "联系电话", "问题描述"])
        writer.writerows(rows)
    return path


def test_import_ledger(qtbot, page, tmp_path, monkeypatch):
    good = _ledger(tmp_path / "good.csv", [["2026-03-02 09:30", "柜台", "咨询", "张伟",
                                             "13800138000", "水费查询"]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert Ticket.select().count() == 1
    assert "1" in page.status.text()
    bad = _ledger(tmp_path / "bad.csv", [["昨天", "柜台", "咨询", "张伟", "13800138000", "x"]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert "row 2, created_at" in page.status.text()
    assert Ticket.select().count() == 1


def test_headquarters_reports_every_branch_first(qtbot, ctx, page):
    ctx.branch.is_headquarters = True
    hq = ReportsPage(ctx)
    qtbot.addWidget(hq)
    assert hq.branch.currentData() is None  # the consolidated report
    assert hq.branch.findData("BJ01") > 0  # each branch's own is one choice away
