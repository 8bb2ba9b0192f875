"""``helpdesk-gui report monthly``: the monthly quality report without a screen.

``report monthly --month 2026-03 [--branch BJ01] --format json|pdf [-o FILE]`` (and
``report quarterly --quarter 2026-Q1 …`` the same way): without
``-o`` the JSON alone goes to standard output (logs to standard error), so scripts can
pipe it; a PDF without ``-o`` is written to ``quality-report-<branch>-<month>.pdf``.

"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from helpdesk_gui.cli.common import open_as_actor
from helpdesk_gui.services.security.cells import private_file

log = logging.getLogger(__name__)
EXIT_OK = 0


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register ``report`` on the main parser."""
    report = subparsers.add_parser("report", help="quality reports")
    kinds = report.add_subparsers(dest="report_kind", metavar="KIND", required=True)
    monthly = kinds.add_parser("monthly", help="the monthly quality report (JSON or PDF)")
    monthly.add_argument("--month", required=True, help="calendar month, YYYY-MM")
    monthly.add_argument("--branch", help="branch code (default: all branches)")
    monthly.add_argument("--format", choices=("json", "pdf"), default="json")
    monthly.add_argument("-o", "--output", help="file to write (default: JSON to stdout)")
    monthly.set_defaults(func=run_monthly)
    quarterly = kinds.add_parser("quarterly", help="the quarterly service-quality report")
    quarterly.add_argument("--quarter", required=True, help="quarter, YYYY-Qn")
    quarterly.add_argument("--branch", help="branch code (default: all branches)")
    quarterly.add_argument("--format", choices=("json", "pdf"), default="json")
    quarterly.add_argument("-o", "--output", help="file to write (default: JSON to stdout)")
    quarterly.set_defaults(func=run_quarterly)


def run_monthly(args: argparse.Namespace) -> int:
    """Build the month's figures, then write JSON or PDF."""
    from helpdesk_gui.services.quality import reporting

    _, actor = open_as_actor(args)
    report = reporting.monthly_figures(args.month, args.branch, actor)
    if args.format == "json":
        return write_json(report, args.output)
    from helpdesk_gui.reports.quality_report import build_pdf

    target = Path(args.output or f"quality-report-{report['branch']}-{report['month']}.pdf")
    build_pdf(report, private_file(target))
    reporting.record_pdf(actor, args.month, target)
    print(f"wrote {target}", file=sys.stderr)
    return EXIT_OK


def run_quarterly(args: argparse.Namespace) -> int:
    """Build the quarter's figures, then write JSON or PDF."""
    from helpdesk_gui.services.quality import quarterly

    _, actor = open_as_actor(args)
    if args.format == "json":
        return write_json(quarterly.quarterly_figures(args.quarter, args.branch, actor),
                          args.output)
    target = Path(args.output or f"quality-report-{args.branch or 'ALL'}-{args.quarter}.pdf")
    quarterly.quarterly_pdf(args.quarter, args.branch, actor, target)
    print(f"wrote {target}", file=sys.stderr)
    return EXIT_OK


def write_json(report: dict, output: str | None) -> int:
    """The report's JSON to ``output``, or to standard output (for pipes)."""
    text = json.dumps(report, ensure_ascii=False, indent=2, default=str)
    if output:
        private_file(output)
        Path(output).write_text(text + "\n", encoding="utf-8")
        log.info("wrote %s", output)
    else:
        sys.stdout.write(text + "\n")
    return EXIT_OK
