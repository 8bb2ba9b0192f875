"""Benchmark rows of reporting, on the bench's own big database (never a side database):
the monthly and quarterly reports (JSON, JSON + PDF), the dashboard refresh and an export
of a month of tickets, each beside its raw twin (``raw_reports``: the same period's main
aggregates as hand-written SQL on a plain connection, ``sqlite3`` or psycopg).

The measured month is the last full month before the newest ticket (≈ 80,000 tickets in
the 1,000,000-ticket, 12-month database). The report's first run is shown on its own row:
it is what a hall pays the first time a month is reported (closed months are then kept);
the other rows are medians of ``repeat`` runs.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from helpdesk_gui.bench import raw_reports as raw
from helpdesk_gui.bench.common import Row, median_ms, timed_ms

FIRST_RUN_TARGET_MS = 10_000
JSON_TARGET_MS, PDF_TARGET_MS, PDF_TARGET_MB = 1_500, 2_500, 5
QUARTER_TARGET_MS = 2_000
QUARTER_PDF_TARGET_MS = 3_000  # ours: the issue sets JSON only; the PDF adds what the month's adds
DASHBOARD_TARGET_MS = 300
EXPORT_TARGET_MS = 5_000
EXCEL_TARGET_MS = 30_000  # ours: a month's workbook while the supervisor waits


def _newest() -> datetime:
    from helpdesk_gui.domain.tickets.models import Ticket

    return Ticket.select(Ticket.created_at).order_by(Ticket.created_at.desc()).first().created_at


def report_month() -> str:
    """The last full month before the newest ticket, in the headquarters' time zone."""
    from helpdesk_gui.services.quality import kpi

    newest = _newest().replace(tzinfo=UTC).astimezone(ZoneInfo(kpi.branch_timezone(None)))
    return kpi.shift_month(newest.strftime("%Y-%m"), -1)


def _forget_snapshots() -> None:
    """Drop kept month figures (if this version keeps any), so the first run is cold."""
    try:
        from helpdesk_gui.services.quality import snapshots
    except ImportError:
        return
    snapshots.forget_all()


def report_rows(twin: raw.Raw, repeat: int) -> list[Row]:
    """Monthly report JSON (first run and median), JSON + PDF, PDF size."""
    from helpdesk_gui.reports.quality_report import build_pdf
    from helpdesk_gui.services.quality import kpi, reporting
    from helpdesk_gui.services.security.staff import system_actor

    month, actor = report_month(), system_actor()
    period = kpi.month_period(month, kpi.branch_timezone(None))
    target = Path(tempfile.gettempdir()) / "helpdesk-bench-report.pdf"
    _forget_snapshots()
    first_ms, figures = timed_ms(lambda: reporting.monthly_figures(month, None, actor))
    json_ms = median_ms(lambda: reporting.monthly_figures(month, None, actor), repeat)
    pdf_ms = median_ms(lambda: build_pdf(reporting.monthly_figures(month, None, actor),
                                         target), repeat)
    raw_ms = median_ms(lambda: raw.month(twin, period.start, period.end), repeat)
    note = f"{figures['received']} tickets in {month}"
    return [Row("monthly report JSON, first run", first_ms, raw_ms, FIRST_RUN_TARGET_MS,
                note=note + ", 6 months computed"),
            Row("monthly report JSON", json_ms, raw_ms, JSON_TARGET_MS, note=note),
            Row("monthly report JSON + PDF", pdf_ms, raw_ms, PDF_TARGET_MS, note=note),
            Row("monthly report PDF size", target.stat().st_size / 1_048_576, None,
                PDF_TARGET_MB, "MB")]


def report_quarter() -> str:
    """The last full quarter before the newest ticket (``YYYY-Qn``)."""
    year, month = (int(x) for x in report_month().split("-"))
    quarter = (month - 1) // 3 + 1
    if month % 3:  # the report month's quarter is not over yet: the one before
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    return f"{year:04d}-Q{quarter}"


def quarter_rows(twin: raw.Raw, repeat: int) -> list[Row]:
    """The quarterly report, JSON and JSON + PDF (its months' figures are kept by then,
    as in a hall that printed each monthly report), beside the quarter's raw aggregates."""
    from helpdesk_gui.reports.quarterly_data import quarter_months
    from helpdesk_gui.reports.quarterly_report import build_pdf
    from helpdesk_gui.services.quality import kpi, quarterly
    from helpdesk_gui.services.security.staff import system_actor

    quarter, actor, tz = report_quarter(), system_actor(), kpi.branch_timezone(None)
    months = quarter_months(quarter)
    start, end = kpi.month_period(months[0], tz).start, kpi.month_period(months[-1], tz).end
    target = Path(tempfile.gettempdir()) / "helpdesk-bench-quarter.pdf"
    first_ms, report = timed_ms(lambda: quarterly.quarterly_figures(quarter, None, actor))
    json_ms = median_ms(lambda: quarterly.quarterly_figures(quarter, None, actor), repeat)
    pdf_ms = median_ms(lambda: build_pdf(quarterly.quarterly_figures(quarter, None, actor),
                                         target), repeat)
    raw_ms = median_ms(lambda: raw.month(twin, start, end), repeat)
    note = f"{report['figures']['received']} tickets in {quarter}"
    return [Row("quarterly report JSON, first run", first_ms, raw_ms, QUARTER_TARGET_MS,
                note=note),
            Row("quarterly report JSON", json_ms, raw_ms, QUARTER_TARGET_MS, note=note),
            Row("quarterly report JSON + PDF", pdf_ms, raw_ms, QUARTER_PDF_TARGET_MS, note=note)]


def dashboard_row(twin: raw.Raw, repeat: int) -> Row:
    """The Dashboard page's single read, at the newest ticket's time."""
    from helpdesk_gui.services.quality import kpi

    now = _newest()
    tz = ZoneInfo(kpi.branch_timezone(None))
    local = now.replace(tzinfo=UTC).astimezone(tz)
    midnight = local.replace(hour=0, minute=0, second=0)
    utc = lambda moment: moment.astimezone(UTC).replace(tzinfo=None)  # noqa: E731
    month = kpi.month_period(local.strftime("%Y-%m"), str(tz))
    today = (utc(midnight), utc(midnight + timedelta(days=1)))
    ours = median_ms(lambda: kpi.dashboard(None, now), repeat)
    raw_ms = median_ms(lambda: raw.dashboard(twin, today, (month.start, month.end)),
                       repeat)
    return Row("dashboard refresh", ours, raw_ms, DASHBOARD_TARGET_MS,
               note=f"today {local:%Y-%m-%d} and month {month.label}")


def export_rows(twin: raw.Raw, repeat: int) -> list[Row]:
    """The report month's tickets as a ledger (masked), through the export service: as CSV,
    and once as an Excel workbook (a million cells; its time is what the supervisor
    waits for a month in Excel)."""
    from datetime import date

    from helpdesk_gui.services.ledger import exports
    from helpdesk_gui.services.quality import kpi

    month = report_month()
    year, mon = (int(x) for x in month.split("-"))
    first = date(year, mon, 1)
    last = date(year + mon // 12, mon % 12 + 1, 1) - timedelta(days=1)
    period = kpi.month_period(month, kpi.branch_timezone(None))
    folder = Path(tempfile.gettempdir())
    counts = []

    def ours(fmt: str) -> None:
        counts.append(exports.export("tickets", folder / f"helpdesk-bench-export.{fmt}",
                                     date_from=first, date_to=last))
    csv_ms = median_ms(lambda: ours("csv"), repeat)
    raw_ms = median_ms(lambda: raw.export(twin, period.start, period.end), repeat)
    xlsx_ms, _ = timed_ms(lambda: ours("xlsx"))
    note = f"{statistics.median(counts):.0f} rows of {month}"
    return [Row("export a month of tickets (CSV)", csv_ms, raw_ms, EXPORT_TARGET_MS, note=note),
            Row("export a month of tickets (Excel)", xlsx_ms, raw_ms, EXCEL_TARGET_MS,
                note=f"{note}, one run")]


def rows(url: str, repeat: int) -> list[Row]:
    """Every reporting row, each beside its raw twin on a plain connection of its own."""
    conn = _plain_connection(url)
    try:
        twin = raw.Raw(conn)
        return [*report_rows(twin, repeat), *quarter_rows(twin, repeat),
                dashboard_row(twin, repeat), *export_rows(twin, repeat)]
    finally:
        conn.close()


def _plain_connection(url: str):
    """A read-only connection beside the application's: the file with the application's
    read pragmas, or a psycopg session on the hall server."""
    from helpdesk_gui.db.connect import SQLITE_PRAGMAS, parse_url

    target = parse_url(url)
    if target.kind != "sqlite":
        from helpdesk_gui.bench import tickets_pg

        return tickets_pg.connect(url)
    conn = sqlite3.connect(f"file:{target.path}?mode=ro", uri=True)
    for name in ("cache_size", "temp_store"):
        conn.execute(f"PRAGMA {name} = {SQLITE_PRAGMAS[name]}")
    return conn
