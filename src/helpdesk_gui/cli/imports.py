"""``helpdesk-gui import tickets FILE.csv|FILE.xlsx [--skip-invalid] [--branch B]``.

Exit status 0 when imported (or nothing new), 2 when the file was refused; every bad row
is listed on standard error as ``row N, column: reason``.
"""

from __future__ import annotations

import argparse
import sys

from helpdesk_gui.cli.common import open_as_actor

EXIT_OK, EXIT_REFUSED = 0, 2


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register ``import`` (ledgers) on the main parser."""
    imp = subparsers.add_parser("import", help="import ledgers (台账)")
    what = imp.add_subparsers(dest="import_kind", metavar="KIND", required=True)
    tickets = what.add_parser("tickets", help="tickets from a .csv or .xlsx ledger")
    tickets.add_argument("file", help="the ledger file (.csv UTF-8, or .xlsx)")
    tickets.add_argument("--branch", help="branch code (default: the first branch)")
    tickets.add_argument("--skip-invalid", action="store_true",
                         help="import the good rows; write the bad ones to FILE.rejected.csv")
    tickets.set_defaults(func=run_import)




def run_import(args: argparse.Namespace) -> int:
    """Import a ledger and say what happened; refused files list every bad row."""
    from helpdesk_gui.reports.data import resolve_branch
    from helpdesk_gui.services.ledger.imports import ImportRejected, import_tickets

    _, actor = open_as_actor(args)
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
    if result.unknown_handlers:
        print("handlers not in the staff directory (kept as names on their tickets): "
              + ", ".join(result.unknown_handlers))
    if result.side_file:
        print(f"rejected rows written to {result.side_file}", file=sys.stderr)
    return EXIT_OK
