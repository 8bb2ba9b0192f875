"""``helpdesk-gui customers …``: customer care without a screen (SERVICE_STANDARD §10).

* ``customers callbacks --month 2026-06 [--branch BJ01] [--format csv|json] [-o FILE]``:
  the month's churn-risk call-back list (drawn first if it was not yet), personal data
  masked as on paper; CSV carries a UTF-8 BOM so Excel reads the Chinese.
* ``customers import-accounts FILE``: the billing export (户号, name, phone, yearly amount).
* ``customers vip-refresh``: re-evaluate every customer against the VIP rules.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from dataclasses import asdict
from pathlib import Path

from helpdesk_gui.cli.common import open_as_actor

HEADER = {"customer_name": "客户", "phone": "电话", "last_interaction_at": "最近一次往来",
          "outcome": "回访结果", "note": "说明", "called_by": "回访人", "called_at": "回访时间",
          "ticket_no": "投诉工单"}


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    """Register ``customers`` on the main parser."""
    customers = subparsers.add_parser("customers", help="customer tiers and call-backs")
    kinds = customers.add_subparsers(dest="customers_command", metavar="COMMAND",
                                     required=True)
    callbacks = kinds.add_parser("callbacks", help="the month's call-back list (回访清单)")
    callbacks.add_argument("--month", required=True, help="calendar month, YYYY-MM")
    callbacks.add_argument("--branch", help="branch code (default: the first branch)")
    callbacks.add_argument("--format", choices=("csv", "json"), default="csv")
    callbacks.add_argument("-o", "--output", help="file to write (default: stdout)")
    callbacks.set_defaults(func=run_callbacks)
    imports = kinds.add_parser("import-accounts", help="import customer accounts (xlsx/csv)")
    imports.add_argument("file")
    imports.set_defaults(func=run_import_accounts)
    refresh = kinds.add_parser("vip-refresh", help="re-evaluate the VIP rules")
    refresh.set_defaults(func=run_vip_refresh)


def run_callbacks(args: argparse.Namespace) -> int:
    """Draw the list if needed, then print it with its completion."""
    from helpdesk_gui.domain.hall import Branch
    from helpdesk_gui.reports.data import resolve_branch
    from helpdesk_gui.services.customers import callbacks
    from helpdesk_gui.services.quality import kpi

    _, actor = open_as_actor(args)
    branch = resolve_branch(args.branch) or Branch.select().order_by(Branch.id).first()
    month = kpi.month_period(args.month, branch.timezone).label
    callbacks.draw(month, branch.id)
    rows = callbacks.rows(month, branch.id)
    if args.format == "json":
        text = json.dumps({"month": month, "branch": branch.code,
                           "completion": callbacks.completion(month, branch.id),
                           "rows": [asdict(r) for r in rows]},
                          ensure_ascii=False, indent=2, default=str) + "\n"
    else:
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(HEADER.values())
        for r in rows:
            writer.writerow(["" if getattr(r, k) is None else getattr(r, k) for k in HEADER])
        text = out.getvalue()
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8-sig" if args.format == "csv"
                                     else "utf-8")
        print(f"wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


def run_import_accounts(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.customers import accounts
    from helpdesk_gui.services.ledger.imports import ImportRejected

    _, actor = open_as_actor(args)
    try:
        result = accounts.import_accounts(args.file, actor)
    except ImportRejected as exc:
        for error in exc.errors:
            print(str(error), file=sys.stderr)
        return 1
    print(f"accounts added {result.added}, updated {result.updated}; "
          f"VIP customers now {result.vip_after}")
    return 0


def run_vip_refresh(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.customers import tiers

    open_as_actor(args)
    print(f"VIP customers: {tiers.refresh_all()}")
    return 0
