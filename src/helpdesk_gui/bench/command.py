"""The benchmark command (``python -m helpdesk_gui.bench``): the hall's software on a big
database, every figure beside its target.

Generates (or reuses) one demo database — 1,000,000 tickets over 12 months, or with
``--years 3`` 3,000,000 over 36 months, kept in the user cache dir — and measures every
row on it (never on a side database shaped to be easy), as the median of repeated runs:
cold start to the main window (a fresh ``python -m helpdesk_gui --bench-startup``
process), each ticket-list step, the monthly report (JSON, PDF), the dashboard, an export
of a month of tickets, the SLA alarm scan, creating tickets, peak memory and bytes per
ticket on disk. Where it means something, a row's raw twin — the same work as
hand-written SQL on a plain ``sqlite3`` connection — stands beside it as a ratio.

The benchmark writes to its database (about 1,000 new tickets per run): point it at a
scratch database, never at a hall's real one.

One module per measured area: ``tickets`` (the ticket list and search), ``startup``
(cold start, creating tickets), ``sla`` (the alarm scan), ``reports`` (report, dashboard,
export) with its raw twins in ``raw_reports``, ``imports`` (a ledger import while a
counter creates tickets), ``seats`` (several seats working one database at once, its own
sub-command), ``sync`` (branch bundles: ``python -m helpdesk_gui.bench sync``, on two
sites of its own); ``common`` holds the result row and the table.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
from dataclasses import asdict
from pathlib import Path

from helpdesk_gui.bench.common import Row, default_url, prepare, render
from helpdesk_gui.bench.startup import CREATE_TARGET_MS, STARTUP_TARGET_MS, cold_start, create_p95
from helpdesk_gui.bench.tickets import query_rows

MEMORY_TARGET_MB = 400
SCAN_TARGET_MS = 100
SCAN_OPEN = 100_000  # the burst: 200 alarms among 100,000 open tickets, at any size
SIZE_TARGET_B = 1200


def sla_rows(n_open: int, repeat: int) -> list[Row]:
    """The SLA scan with ``n_open`` tickets tracked, on the bench's database."""
    from helpdesk_gui.bench.sla import bench_sla_scan

    result = bench_sla_scan(n_open=n_open, repeats=max(repeat, 3))
    raised = (f"{result['raised']}" if result["raised"] == result["raised_most"]
              else f"{result['raised']}-{result['raised_most']}")
    note = (f"median of {result['bursts']} minutes, {raised} alarms each, slowest "
            f"{result['busy_worst_ms']:.1f} ms; the last scan again raised "
            f"{result['raised_again']}")
    return [Row("SLA scan, burst of alarms", result["busy_ms"], None, SCAN_TARGET_MS,
                note=note),
            Row("SLA scan, idle", result["idle_ms"], None, SCAN_TARGET_MS,
                note=f"{result['tracked']} tickets tracked")]


def _shown(rows: list[Row]) -> list[Row]:
    """Each row on stderr as soon as it is measured: a failure later keeps the earlier ones."""
    for r in rows:
        value = "-" if r.ours is None else f"{r.ours:.1f} {r.unit}"
        print(f"bench: {r.name}: {value} {r.note}".rstrip(), file=sys.stderr, flush=True)
    return rows


def run(args: argparse.Namespace) -> list[Row]:
    months = 12 * args.years
    tickets = args.tickets or 1_000_000 * args.years
    url = args.db or default_url(tickets, months)
    count = prepare(url, tickets, is_default=args.db is None, months=months)
    print(f"bench: {count} tickets over {months} months", file=sys.stderr)
    # The GUI first, while this process is small: a child inherits its parent's peak
    # memory at fork (Linux keeps ru_maxrss across exec), so later it would read high.
    launcher_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    startup, gui_peak = (cold_start(url, args.repeat) if not args.no_startup else
                         (Row("cold start to main window", None, None, STARTUP_TARGET_MS,
                              note="skipped"), None))
    rows = _shown([startup, *query_rows(url, args.repeat)])
    if not args.lists_only:
        from helpdesk_gui.bench import reports

        rows += _shown(reports.rows(url, args.report_repeat))
    try:
        rows += _shown([create_p95(args.create_runs)])
    except Exception as exc:  # noqa: BLE001 - e.g. another capability's table missing
        rows.append(Row("create ticket (p95)", None, None, CREATE_TARGET_MS,
                        note=f"error: {exc}"[:70]))
    # the size of the hall's file: its tickets, the reports' kept figures, the tickets just
    # created — before the SLA row adds and removes its 100,000 scratch clocks, whose
    # freed pages are not the hall's (new tickets reuse them)
    rows += _shown([size_row(url)])
    if not args.lists_only:
        rows += _shown(sla_rows(min(max(count // 10, 100), SCAN_OPEN), args.repeat))
    own_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if not args.lists_only:  # last: on a scratch database of its own
        from helpdesk_gui.bench.imports import import_rows

        rows += _shown(import_rows(count))
    rows.append(Row("peak memory (bench process)", own_peak, None, MEMORY_TARGET_MB, "MB"))
    rows.append(Row("peak memory (GUI start-up)", gui_peak, None, MEMORY_TARGET_MB, "MB",
                    note=f"at least the launcher's {launcher_mb:.0f} MB"))
    return rows


def size_row(url: str) -> Row:
    """Bytes on disk per ticket: the whole file (history and search index included)."""
    import peewee as pw

    from helpdesk_gui.db.connect import database_proxy, parse_url
    from helpdesk_gui.domain.tickets.models import Ticket

    target = parse_url(url)
    free = 0
    if target.kind == "sqlite":
        size = sum(p.stat().st_size for p in (target.path, Path(f"{target.path}-wal"))
                   if p.exists())
        free = _free_bytes(database_proxy.obj)
        what = "file"
    else:  # the database's tables, indexes and TOAST on the server (not its write-ahead log)
        size = pw.Select(columns=[pw.fn.pg_database_size(pw.fn.current_database())]).bind(
            database_proxy.obj).scalar()
        what = "database"
    tickets = Ticket.select().count()
    spare = f", {free / 1e6:.0f} MB of it free pages" if free else ""
    return Row("bytes per ticket on disk", (size - free) / max(tickets, 1), None,
               SIZE_TARGET_B, "B", note=f"{size / 1e6:.0f} MB {what}{spare}, {tickets} tickets")


def _free_bytes(database) -> int:
    """The file's free pages: what an earlier bench run's SLA row freed (its 100,000
    scratch clocks, written and deleted again) and new tickets fill first. A hall's
    file has next to none; on a freshly generated file this is 0."""
    page = database.execute_sql("PRAGMA page_size").fetchone()[0]
    return page * database.execute_sql("PRAGMA freelist_count").fetchone()[0]


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "seats":  # several seats on one database at once
        from helpdesk_gui.bench import seats

        return seats.main(argv[1:])
    if argv[:1] == ["sync"]:  # its own two sites, not the big database
        from helpdesk_gui.bench import sync

        return sync.main(argv[1:])
    parser = argparse.ArgumentParser(prog="python -m helpdesk_gui.bench",
                                     description="Benchmark the ticket list on demo data.")
    parser.add_argument("--db", help="database URL (default: a file in the user cache dir)")
    parser.add_argument("--tickets", type=int, default=None,
                        help="tickets in the database (default: 1,000,000 per year)")
    parser.add_argument("--years", type=int, default=1,
                        help="years of history: 1,000,000 tickets over 12 months a year")
    parser.add_argument("--report-repeat", type=int, default=3,
                        help="runs of each reporting row (median)")
    parser.add_argument("--create-runs", type=int, default=5,
                        help="runs of 200 ticket creations (median of their p95)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--no-startup", action="store_true", help="skip the cold start")
    parser.add_argument("--lists-only", action="store_true",
                        help="skip the reporting and SLA scan measurements")
    args = parser.parse_args(argv)
    rows = run(args)
    if args.json:
        print(json.dumps([{**asdict(r), "ratio": r.ratio, "result": r.verdict} for r in rows],
                         ensure_ascii=False, indent=1))
    else:
        print(render(rows))
    return 0 if all(r.verdict != "FAIL" for r in rows) else 1

