"""Reports page: the PDF is built through the op runner with progress; ledgers import."""

from __future__ import annotations

import csv
from pathlib import Path

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


def test_quarters_offered_start_with_the_one_just_ended(page):
    from helpdesk_gui.ui.quality.reports_page import QUARTERS_OFFERED, quarters_back

    assert quarters_back("2026-12", 3) == ["2026-Q3", "2026-Q2", "2026-Q1"]
    assert quarters_back("2027-01", 2) == ["2026-Q4", "2026-Q3"]
    offered = [page.quarter.itemText(i) for i in range(page.quarter.count())]
    assert len(offered) == QUARTERS_OFFERED and page.quarter.currentIndex() == 0
    assert offered == quarters_back(page.month.itemText(0), QUARTERS_OFFERED)


def test_build_quarterly_pdf(qtbot, page, tmp_path, monkeypatch):
    """The quarter's PDF from the same page: built off the GUI thread, owner-only on
    disk, and audited as a report and as a file."""
    from helpdesk_gui.domain.security.models import AuditEntry

    target = tmp_path / "quarter.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.quarter.setCurrentText("2026-Q1")
    ranges = []
    monkeypatch.setattr(page.bar, "setRange", lambda lo, hi: ranges.append((lo, hi)))
    qtbot.mouseClick(page.quarter_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o077 == 0
    assert (0, 0) in ranges  # a moving bar: the quarter reports no steps
    assert str(target) in page.status.text()
    assert page.quarter_button.isEnabled() and not page.bar.isVisible()
    actions = [(e.action, e.object_id) for e in AuditEntry.select().order_by(AuditEntry.id)]
    assert actions[-2:] == [("report.quarterly", "2026-Q1"), ("report.pdf", "2026-Q1")]


def test_save_dialog_opens_where_the_last_report_went(qtbot, page, tmp_path, monkeypatch):
    """Not in the folder the program was started from: Documents first, then the folder
    the last report was saved in (monthly and quarterly alike)."""
    from PySide6.QtCore import QStandardPaths

    offered = []
    folder = tmp_path / "reports"
    folder.mkdir()

    def dialog(_parent, _title, proposed, _filter):
        offered.append(proposed)
        return str(folder / "chosen.pdf"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    page.month.setCurrentText("2026-03")
    qtbot.mouseClick(page.build_button, Qt.MouseButton.LeftButton)
    page.quarter.setCurrentText("2026-Q1")
    qtbot.mouseClick(page.quarter_button, Qt.MouseButton.LeftButton)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    first = Path(documents) if Path(documents).is_dir() else Path.home()  # one that exists
    assert offered[0] == str(first / "quality-report-BJ01-2026-03.pdf")
    assert Path(offered[0]).parent.is_dir()
    assert offered[1] == str(folder / "quarterly-report-BJ01-2026-Q1.pdf")



def test_save_place_skips_folders_that_are_gone(tmp_path, monkeypatch):
    """A remembered folder that was removed, and a Documents folder not made yet, are
    passed over: the dialog would otherwise open in the program's working folder."""
    from PySide6.QtCore import QSettings, QStandardPaths

    from helpdesk_gui.ui.widgets import save_place

    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    save_place.remember(settings, "reports", tmp_path / "gone" / "old.pdf")
    monkeypatch.setattr(QStandardPaths, "writableLocation",
                        lambda _where: str(tmp_path / "no-documents"))
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    assert save_place.start_path(settings, "reports", "r.pdf") == str(tmp_path / "r.pdf")
