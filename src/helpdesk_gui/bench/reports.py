"""Benchmark rows beyond the ticket list: the SLA scan and the monthly quality report.

* SLA scan (issue target ≤ 100 ms): 100,000 open tickets in a 1,000,000-ticket database,
  the scan that raises a burst of alarms and the idle scan (``sla_bench``).
* Monthly report (target ≤ 10 s for JSON and PDF, PDF ≤ 5 MB): a month with 100,000
  tickets, generated once into the user cache folder.
Both scale down with ``--tickets`` so the command also runs quickly on small data.
"""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from helpdesk_gui.bench.common import Row

SCAN_TARGET_MS = 100
REPORT_TARGET_MS = 10_000
PDF_TARGET_MB = 5


def sla_rows(tickets: int) -> list[Row]:
    """The SLA scan over a tenth of ``tickets`` open."""
    from helpdesk_gui.bench.sla import bench_sla_scan

    result = bench_sla_scan(n_open=max(tickets // 10, 100), n_total=tickets)
    note = f"{result['raised']} alarms raised; the same scan again raised {result['raised_again']}"
    return [Row("SLA scan, burst of alarms", result["busy_ms"], None, SCAN_TARGET_MS,
                note=note),
            Row("SLA scan, idle", result["idle_ms"], None, SCAN_TARGET_MS,
                note=f"{max(tickets // 10, 100)} open of {tickets}")]


def _month_database(tickets: int) -> Path:
    """A database whose last month holds ``tickets`` tickets (made once, then reused)."""
    from helpdesk_gui.db import open_database
    from helpdesk_gui.db.migrations import CURRENT_VERSION
    from helpdesk_gui.demo import generate as demo

    name = f"helpdesk-bench-month-{tickets}-v{CURRENT_VERSION}.db"  # other versions differ
    path = Path(tempfile.gettempdir()) / name
    if not path.exists():
        open_database(f"sqlite:///{path}")
        demo.generate(tickets, months=1, now=datetime(2026, 10, 31, 15, 30, tzinfo=UTC))
    return path


def report_rows(tickets: int) -> list[Row]:
    """The monthly report (JSON figures, then the PDF) for a month of ``tickets``."""
    from helpdesk_gui.db import open_database
    from helpdesk_gui.services.quality import reporting
    from helpdesk_gui.services.security.staff import system_actor

    path = _month_database(tickets)
    database = open_database(f"sqlite:///{path}")
    try:
        actor = system_actor()
        started = time.perf_counter()
        figures = reporting.monthly_figures("2026-10", None, actor)
        json_ms = (time.perf_counter() - started) * 1000
        target = Path(tempfile.gettempdir()) / "helpdesk-bench-report.pdf"
        from helpdesk_gui.reports.quality_report import build_pdf

        build_pdf(figures, target)
        total_ms = (time.perf_counter() - started) * 1000
    finally:
        database.close()
    size_mb = target.stat().st_size / 1_048_576
    month = f"{figures['received']} tickets in 2026-10"
    return [Row("monthly report, JSON", json_ms, None, REPORT_TARGET_MS, note=month),
            Row("monthly report, JSON + PDF", total_ms, None, REPORT_TARGET_MS, note=month),
            Row("monthly report PDF size", size_mb, None, PDF_TARGET_MB, "MB")]
