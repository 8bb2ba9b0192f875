"""``helpdesk-gui audit verify|list``: check and read the audit trail.

Exit codes: 0 done, 1 the audit trail is broken, 2 an error the user must fix.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import timedelta
from pathlib import Path

from helpdesk_gui.cli.common import open_as_actor, parse_day


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register this command group on the main parser's sub-parsers."""
    audit = sub.add_parser("audit", help="check and list the audit trail")
    actions = audit.add_subparsers(dest="audit_action", metavar="ACTION", required=True)
    verify = actions.add_parser("verify", help="check the keyed chain (exit 1 when broken)")
    verify.add_argument("--anchor", type=Path,
                        help="an anchor file (audit anchor -o, or a backup's manifest) to "
                             "check against instead of the newest kept anchor")
    verify.add_argument("--branch", default="",
                        help="at headquarters: check that branch's chain as received in its "
                             "sync bundles, with the audit key it sent")
    verify.set_defaults(func=_audit_verify)
    anchor = actions.add_parser("anchor", help="print the chain's head to keep outside the "
                                               "database (also kept in the anchors file)")
    anchor.add_argument("-o", "--output", type=Path, help="write it to a new file, owner-only")
    anchor.set_defaults(func=_audit_anchor)
    listing = actions.add_parser("list", help="show the newest audit rows")
    listing.add_argument("--since", help="from this date (YYYY-MM-DD, UTC)")
    listing.add_argument("--until", help="up to and including this date (YYYY-MM-DD, UTC)")
    listing.add_argument("--actor", default="", help="employee number")
    listing.add_argument("--action", default="", help="action, or a prefix ending in '.'")
    listing.add_argument("--limit", type=int, default=50)
    listing.set_defaults(func=_audit_list)


def _audit_verify(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.security import audit_trail

    _, actor = open_as_actor(args)
    if getattr(args, "branch", ""):
        from helpdesk_gui.services.sync import audit_chain

        result = audit_chain.verify_branch(actor, args.branch)
    else:
        result = audit_trail.check_chain(actor, _load_anchor(args.anchor) if args.anchor else None)
    print(result.message(), file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


def _audit_list(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.security import audit, audit_trail

    _, actor = open_as_actor(args)
    until = parse_day(args.until, "--until")
    rows = audit_trail.query(actor, audit_trail.AuditFilter(
        since=parse_day(args.since, "--since"), until=until + timedelta(days=1) if until else None,
        actor_no=args.actor, action=args.action, limit=max(1, args.limit)))
    for row in rows:
        detail = audit.canonical(row.detail)
        print(f"#{row.id}\t{row.at:%Y-%m-%d %H:%M:%S}\t{row.actor_no}\t{row.action}\t"
              f"{row.object_type}:{row.object_id}\t{detail}")
    return 0


def _load_anchor(path: Path) -> dict:
    """An anchor from ``audit anchor -o`` or from a backup's manifest (its audit_anchor)."""
    from helpdesk_gui.domain.errors import ValidationError

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValidationError({"--anchor": f"{path} is not an anchor file: {exc}"}) from exc
    data = data.get("audit_anchor", data) if isinstance(data, dict) else {}
    if not isinstance(data, dict) or "last_hash" not in data:
        raise ValidationError({"--anchor": f"{path} holds no audit anchor"})
    data.setdefault("source", str(path))
    return data


def _audit_anchor(args: argparse.Namespace) -> int:
    from helpdesk_gui.db.secret import create_private
    from helpdesk_gui.services.security import audit, permissions

    _, actor = open_as_actor(args)
    permissions.require(actor, "audit.verify")
    taken = audit.anchor("audit anchor")
    text = json.dumps(taken, ensure_ascii=False, sort_keys=True, indent=1)
    if args.output:
        create_private(args.output, (text + "\n").encode("utf-8"))
    print(text)
    return 0
