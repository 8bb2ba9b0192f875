"""``helpdesk-gui audit verify|list``: check and read the audit trail.

Exit codes: 0 done, 1 the audit trail is broken, 2 an error the user must fix.
"""

from __future__ import annotations

import argparse
import sys
from datetime import timedelta

from helpdesk_gui.cli.common import open_as_actor, parse_day


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register this command group on the main parser's sub-parsers."""
    audit = sub.add_parser("audit", help="check and list the audit trail")
    actions = audit.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check the hash chain (exit 1 when broken)")
    verify.set_defaults(func=_audit_verify)
    listing = actions.add_parser("list", help="show the newest audit rows")
    listing.add_argument("--since", help="from this date (YYYY-MM-DD, UTC)")
    listing.add_argument("--until", help="up to and including this date (YYYY-MM-DD, UTC)")
    listing.add_argument("--actor", default="", help="employee number")
    listing.add_argument("--action", default="", help="action, or a prefix ending in '.'")
    listing.add_argument("--limit", type=int, default=50)
    listing.set_defaults(func=_audit_list)


def _audit_verify(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.security import audit

    _, actor = open_as_actor(args)
    result = audit.check_chain(actor)
    print(result.message(), file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


def _audit_list(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.security import audit, permissions

    _, actor = open_as_actor(args)
    permissions.require(actor, "audit.view")
    until = parse_day(args.until, "--until")
    rows = audit.query(audit.AuditFilter(
        since=parse_day(args.since, "--since"), until=until + timedelta(days=1) if until else None,
        actor_no=args.actor, action=args.action, limit=max(1, args.limit)))
    for row in rows:
        detail = audit.canonical(row.detail)
        print(f"#{row.id}\t{row.at:%Y-%m-%d %H:%M:%S}\t{row.actor_no}\t{row.action}\t"
              f"{row.object_type}:{row.object_id}\t{detail}")
    return 0
