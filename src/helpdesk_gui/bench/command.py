"""The benchmark command (``python -m helpdesk_gui.bench``): the hall's software on a big
database, every figure beside its target.

Generates (or reuses) a demo database, then measures, as the median of ``--repeat``
runs: cold start to the main window (a fresh ``python -m helpdesk_gui --bench-startup``
process), each ticket-list step through ``services.tickets.query`` and — beside it — the
same work as hand-written SQL on a plain ``sqlite3`` connection, peak memory, and the
95th percentile of creating a ticket through the intake service. Each figure is printed
beside its target with PASS/FAIL.


The benchmark writes to its database (about 200 new tickets per run): point it at a
scratch database, never at a hall's real one.

One module per measured area: ``tickets`` (the ticket list and search), ``startup``
(cold start, creating tickets), ``sla`` (the alarm scan), ``reports`` (the monthly
report), ``imports`` (a ledger import while a counter creates tickets); ``common``
holds the result row and the table.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
from dataclasses import asdict

from helpdesk_gui.bench.common import Row, default_url, prepare, render
from helpdesk_gui.bench.startup import CREATE_TARGET_MS, STARTUP_TARGET_MS, cold_start, create_p95
from helpdesk_gui.bench.tickets import query_rows

MEMORY_TARGET_MB = 400


def run(args: argparse.Namespace) -> list[Row]:
    url = args.db or default_url(args.tickets)
    count = prepare(url, args.tickets, is_default=args.db is None)
    print(f"bench: {count} tickets", file=sys.stderr)
    # The GUI first, while this process is small: a child inherits its parent's peak
    # memory at fork (Linux keeps ru_maxrss across exec), so later it would read high.
    launcher_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    startup, gui_peak = (cold_start(url, args.repeat) if not args.no_startup else
                         (Row("cold start to main window", None, None, STARTUP_TARGET_MS,
                              note="skipped"), None))
    rows = [startup, *query_rows(url, args.repeat)]
    try:
        rows.append(create_p95())
    except Exception as exc:  # noqa: BLE001 - e.g. another capability's table missing
        rows.append(Row("create ticket (p95)", None, None, CREATE_TARGET_MS,
                        note=f"error: {exc}"[:70]))
    own_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if not args.lists_only:
        from helpdesk_gui.bench import reports as bench_extra

        rows += bench_extra.sla_rows(args.tickets)
        rows += bench_extra.report_rows(max(args.tickets // 10, 1000))
        from helpdesk_gui.bench.imports import import_rows

        rows += import_rows(args.tickets)
    rows.append(Row("peak memory (bench process)", own_peak, None, MEMORY_TARGET_MB, "MB"))
    rows.append(Row("peak memory (GUI start-up)", gui_peak, None, MEMORY_TARGET_MB, "MB",
                    note=f"at least the launcher's {launcher_mb:.0f} MB"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpdesk_gui.bench",
                                     description="Benchmark the ticket list on demo data.")
    parser.add_argument("--db", help="database URL (default: a file in the user cache dir)")
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--no-startup", action="store_true", help="skip the cold start")
    parser.add_argument("--lists-only", action="store_true",
                        help="skip the SLA scan and monthly report measurements")
    args = parser.parse_args(argv)
    rows = run(args)
    if args.json:
        print(json.dumps([{**asdict(r), "ratio": r.ratio, "result": r.verdict} for r in rows],
                         ensure_ascii=False, indent=1))
    else:
        print(render(rows))
    return 0 if all(r.verdict != "FAIL" for r in rows) else 1

