"""``helpdesk-gui report monthly`` and ``helpdesk-gui import tickets``: headless quality work.

``report monthly --month 2026-03 [--branch BJ01] --format json|pdf [-o FILE]``: without
``-o`` the JSON alone goes to standard output (logs to standard error), so scripts can
pipe it; a PDF without ``-o`` is written to ``quality-report-<branch>-<month>.pdf``.

``import tickets FILE.csv|FILE.xlsx [--skip-invalid] [--branch B]``: exit status 0 when
imported (or nothing new), 2 when the file was refused; every bad row is listed on
standard error as ``row N, column: reason``.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

log = logging.getLogger(__name__)
EXIT_OK, EXIT_REFUSED = 0, 2


def add_report_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register ``report`` and ``import`` on the main parser."""
    report = subparsers.add_parser("report", help="quality reports")
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    monthly = kinds.add_parser("monthly", help="the monthly quality report (JSON or PDF)")
    monthly.add_argument("--month", required=True, help="calendar month, YYYY-MM")
    monthly.add_argument("--branch", help="branch code (default: all branches)")
    monthly.add_argument("--format", choices=("json", "pdf"), default="json")
    monthly.add_argument("-o", "--output", help="file to write (default: JSON to stdout)")
    monthly.set_defaults(func=run_monthly)
    imp = subparsers.add_parser("import", help="import ledgers (台账)")
    what = imp.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    tickets = what.add_parser("tickets", help="tickets from a .csv or .xlsx ledger")
    tickets.add_argument("file", help="the ledger file (.csv UTF-8, or .xlsx)")
    tickets.add_argument("--branch", help="branch code (default: the first branch)")
    tickets.add_argument("--skip-invalid", action="store_true",
                         help="import the good rows; write the bad ones to FILE.rejected.csv")
    tickets.set_defaults(func=run_import)


def _open(args: argparse.Namespace):
    from helpdesk_gui.db import open_database
    from helpdesk_gui.services.security.staff import system_actor

    open_database(args.db)
    return system_actor()


def run_monthly(args: argparse.Namespace) -> int:
    """Build the month's figures, then write JSON or PDF."""
    from helpdesk_gui.services.quality import reporting

    actor = _open(args)
    report = reporting.monthly_figures(args.month, args.branch, actor)
    if args.format == "json":
        text = json.dumps(report, ensure_ascii=False, indent=2, default=str)
        if args.output:
            Path(args.output).write_text(text + "\n", encoding="utf-8")
            log.info("wrote %s", args.output)
        else:
            sys.stdout.write(text + "\n")
        return EXIT_OK
    from helpdesk_gui.reports.quality_report import build_pdf

    target = Path(args.output or f"quality-report-{report['branch']}-{report['month']}.pdf")
    build_pdf(report, target)
    reporting.record_pdf(actor, args.month, target)
    print(f"wrote {target}", file=sys.stderr)
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    """Import a ledger and say what happened; refused files list every bad row."""
    from helpdesk_gui.reports.data import resolve_branch
    from helpdesk_gui.services.ledger.imports import ImportRejected, import_tickets

    actor = _open(args)
    branch = resolve_branch(args.branch)
    try:
        result = import_tickets(args.file, actor, branch, skip_invalid=args.skip_invalid)
    except ImportRejected as exc:
        for error in exc.errors:
            print(f"row {error.row}, {error.column}: {error.reason}", file=sys.stderr)
        print(f"import: {len({e.row for e in exc.errors})} invalid row(s); nothing imported "
              "(use --skip-invalid to import the good rows)", file=sys.stderr)
        return EXIT_REFUSED
    if result.ignored_columns:
        print("ignored columns: " + ", ".join(result.ignored_columns), file=sys.stderr)
    print(f"imported {result.imported}, already present {result.already_present}, "
          f"rejected {result.rejected_rows}")
    if result.side_file:
        print(f"rejected rows written to {result.side_file}", file=sys.stderr)
    return EXIT_OK
