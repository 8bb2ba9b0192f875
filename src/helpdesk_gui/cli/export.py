"""``helpdesk-gui export tickets|complaints|suggestions --from DATE --to DATE -o FILE``.

Headless export for supervisors and headquarters (signed in, ``export.run``). Personal
data is always masked here: a file on disk outlives the screen it was made for.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2025-03-31") from None


def add_commands(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``export`` (tickets, complaints or suggestions)."""
    parser = subparsers.add_parser(
        "export",
        help="export tickets, complaints or suggestions to CSV or Excel (personal data masked)")
    parser.add_argument("kind", choices=["tickets", "complaints", "suggestions"])
    parser.add_argument("--from", dest="date_from", type=_date, help="first day received (local)")
    parser.add_argument("--to", dest="date_to", type=_date, help="last day received (local)")
    parser.add_argument("--branch", help="branch code (default: all branches)")
    parser.add_argument("--format", dest="fmt", choices=["csv", "xlsx"],
                        help="file format (default: from the file name)")
    parser.add_argument("-o", "--output", required=True, help="file to write")
    parser.set_defaults(func=run_export)
    return parser


def run_export(args: argparse.Namespace) -> int:
    from helpdesk_gui.cli.common import open_as_actor
    from helpdesk_gui.reports.data import resolve_branch
    from helpdesk_gui.services.ledger import exports as complaints_export

    _, actor = open_as_actor(args)
    branch = resolve_branch(args.branch)
    count = complaints_export.export(args.kind, args.output, date_from=args.date_from,
                                     date_to=args.date_to, fmt=args.fmt, mask=True,
                                     actor=actor, branch_id=branch.id if branch else None)
    print(f"{count} {args.kind} written to {args.output}", file=sys.stderr)
    return 0
