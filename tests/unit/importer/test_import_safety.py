"""Imports: numbers never collide with live numbering, batches commit yet a failed run
leaves nothing, and oversized files are refused with a clear reason."""

from __future__ import annotations

import csv
import sqlite3
import zipfile
from datetime import datetime

import pytest

from helpdesk_gui.domain.ledger.models import LedgerRow
from helpdesk_gui.domain.ledger.runs import ImportRun
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.domain.tickets.models import Customer, Ticket, TicketEvent
from helpdesk_gui.services.ledger import imports as importer
from helpdesk_gui.services.ledger import limits, staging
from helpdesk_gui.services.ledger.imports import ImportRejected, import_tickets
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
from helpdesk_gui.services.tickets.numbering import local_day

from .test_importer import ZH_HEADER, ensure_tables

HEADER = ["工单编号", "受理时间", "客户姓名", "联系电话", "主题"]


@pytest.fixture
def hall(db, branch, clerk, handler, supervisor):
    ensure_tables()
    return supervisor


def _ledger(path, rows):
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def _name(i: int) -> str:
    return ("张王李赵刘陈杨黄周吴"[i % 10] + "甲乙丙丁戊己庚辛壬癸"[i // 10 % 10]
            + "一二三四五六七八九十"[i // 100 % 10])


def _rows(n, start=0):
    return [["", f"2026-03-02 09:{(i % 60):02d}", _name(i), f"138{(start + i):08d}", "水费"]
            for i in range(start, start + n)]


def _form():
    return IntakeForm(channel="counter", type="consultation", level=3, customer_name="张三",
                      phone="13900001111", subject="水费", description="询问水费")


def test_live_numbering_skips_a_number_an_import_already_took(hall, clerk, branch, tmp_path):
    today = local_day(branch, datetime.utcnow())
    taken = f"{branch.code}-{today}-0002"
    import_tickets(_ledger(tmp_path / "l.csv", [[taken, "2026-03-02 09:00", "王五",
                                                  "13700001111", "水费"]]), hall)
    numbers = [create_ticket(_form(), clerk).ticket_no for _ in range(3)]
    assert taken not in numbers
    assert [n[-4:] for n in numbers] == ["0001", "0003", "0004"]


def test_a_ledger_number_a_live_ticket_carries_is_rejected_not_merged(hall, clerk, tmp_path):
    live = create_ticket(_form(), clerk).ticket_no
    path = _ledger(tmp_path / "l.csv", [[live, "2026-03-02 09:00", "王五", "13700001111", "x"]])
    with pytest.raises(ImportRejected, match="already the number of another ticket"):
        import_tickets(path, hall)


@pytest.mark.sqlite_only  # a second sqlite3 connection watches the file
def test_rows_commit_in_batches_that_other_counters_see(hall, db, tmp_path, monkeypatch):
    """Another connection (a counter) sees the first batch committed while the import runs."""
    seen = []
    monkeypatch.setattr(staging, "BATCH", 50)
    monkeypatch.setattr(staging, "BATCH_SECONDS", 60)
    monkeypatch.setattr(staging, "PAUSE_SECONDS", 0)

    real, written = importer.write_row, []

    def write_row(*args, **kwargs):
        ticket = real(*args, **kwargs)
        written.append(ticket.id)
        if len(written) == 60:  # in the second batch
            other = sqlite3.connect(db.database, timeout=0.1)
            seen.append(other.execute("SELECT COUNT(*) FROM ticket").fetchone()[0])
            other.close()
        return ticket
    monkeypatch.setattr(importer, "write_row", write_row)
    result = import_tickets(_ledger(tmp_path / "l.csv", _rows(130)), hall)
    assert result.imported == 130 and seen == [50]
    run = ImportRun.get()
    assert run.status == "committed" and run.rows == 130


def test_a_run_failing_in_a_later_batch_leaves_nothing(hall, tmp_path, monkeypatch):
    """Row 95 fails after earlier batches were committed: everything is removed again."""
    before = (Ticket.select().count(), Customer.select().count(), TicketEvent.select().count())
    monkeypatch.setattr(staging, "BATCH", 40)
    monkeypatch.setattr(staging, "PAUSE_SECONDS", 0)
    real, calls = importer.write_row, []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 95:  # in the third batch: two batches are committed already
            raise RuntimeError("disk full")
        return real(*args, **kwargs)
    monkeypatch.setattr(importer, "write_row", failing)
    with pytest.raises(RuntimeError, match="disk full"):
        import_tickets(_ledger(tmp_path / "l.csv", _rows(120)), hall)
    after = (Ticket.select().count(), Customer.select().count(), TicketEvent.select().count())
    assert after == before and LedgerRow.select().count() == 0
    assert ImportRun.get().status == "rolled_back"
    assert AuditEntry.select().where(AuditEntry.action == "import.rolled_back").count() == 1
    monkeypatch.setattr(importer, "write_row", real)  # the same file imports fully later
    assert import_tickets(tmp_path / "l.csv", hall).imported == 120


def test_an_import_interrupted_by_a_killed_process_is_removed_by_the_next(hall, tmp_path):
    run = staging.start("old.csv", hall)
    ImportRun.update(pid=2 ** 22 + 12345).where(ImportRun.id == run.id).execute()  # no such
    importer.write_row(importer.check_row(2, {"created_at": "2026-03-02 09:00",
                                              "customer_name": "王五", "phone": "13700002222"},
                                          hall.branch)[0], "h:x", hall, hall.branch, "old.csv",
                       run)
    assert Ticket.select().count() == 1
    import_tickets(_ledger(tmp_path / "l.csv", _rows(2)), hall)
    assert ImportRun.get_by_id(run.id).status == "rolled_back"
    assert Ticket.select().count() == 2
    assert not Customer.select().where(Customer.phone == "13700002222").exists()


def test_a_file_over_the_size_limit_is_refused(hall, tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1000)
    with pytest.raises(limits.ImportRefused, match="split the file"):
        import_tickets(_ledger(tmp_path / "l.csv", _rows(100)), hall)
    assert Ticket.select().count() == 0


def test_a_file_over_the_row_limit_is_refused(hall, tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "MAX_ROWS", 10)
    with pytest.raises(limits.ImportRefused, match="more than 10 rows"):
        import_tickets(_ledger(tmp_path / "l.csv", _rows(11)), hall)
    assert import_tickets(_ledger(tmp_path / "ok.csv", _rows(10)), hall).imported == 10


def test_an_xlsx_that_unpacks_to_far_more_than_its_size_is_refused(hall, tmp_path):
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * (50 * 1024 * 1024) + b"</a>")
    assert bomb.stat().st_size < 1024 * 1024
    with pytest.raises(limits.ImportRefused, match="unpacks to 50 MB"):
        import_tickets(bomb, hall)


def test_header_constant_is_the_importers(hall):
    assert set(HEADER) <= set(ZH_HEADER)
