"""``helpdesk-gui token create|list|revoke``: access tokens for scheduled jobs.

``token create --name monthly-report --role supervisor -o FILE`` writes the token to a
new file readable by its owner only; a job then runs e.g. ``helpdesk-gui --token-file
FILE report monthly …``. Administrators only.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from helpdesk_gui.cli.common import open_as_actor


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register this command group on the main parser's sub-parsers."""
    token = sub.add_parser("token", help="access tokens for scheduled jobs")
    actions = token.add_subparsers(dest="token_action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="make a token acting with one role")
    create.add_argument("--name", required=True, help="what the job is, e.g. monthly-report")
    create.add_argument("--role", required=True,
                        choices=["counter", "handler", "supervisor", "admin"])
    create.add_argument("-o", "--output", type=Path,
                        help="new file for the token, owner-only (default: print it once)")
    create.set_defaults(func=_create)
    actions.add_parser("list", help="tokens, roles and dates").set_defaults(func=_list)
    revoke = actions.add_parser("revoke", help="end a token for good")
    revoke.add_argument("name")
    revoke.set_defaults(func=_revoke)


def _create(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.security import tokens

    _, actor = open_as_actor(args)
    if args.output is not None and args.output.exists():
        print(f"token: {args.output} exists; give a new file name")
        return 2
    row, token = tokens.create(actor, args.name, args.role)
    if args.output is None:
        print(token)
    else:
        tokens.write_token_file(args.output, token)
        print(f"token {row.name} ({args.role}) written to {args.output} (owner-only)")
    return 0


def _list(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.security import tokens

    _, actor = open_as_actor(args)
    for info in tokens.list_tokens(actor):
        state = f"revoked {info.revoked_at:%Y-%m-%d}" if info.revoked_at else "active"
        used = f"{info.last_used_at:%Y-%m-%d %H:%M}" if info.last_used_at else "never"
        print(f"{info.name}\t{info.role}\t{state}\tlast used {used}")
    return 0


def _revoke(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.security import tokens

    _, actor = open_as_actor(args)
    tokens.revoke(actor, args.name)
    print(f"token {args.name} revoked")
    return 0
