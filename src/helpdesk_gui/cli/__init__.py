"""``helpdesk-gui``: the desktop application, and headless commands for administrators.

Without a sub-command it opens the main window. ``--db URL`` (or ``HELPDESK_DB``) picks
the database; ``--demo`` opens a demo database, filling it on first use.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from helpdesk_gui import __version__
from helpdesk_gui.domain.errors import HelpdeskError

# The command groups, one module of this package each, in the order ``--help`` lists them.
# A module registers its group with ``add_commands(subparsers)``.
COMMAND_GROUPS = ("db", "demo", "sla", "training", "export", "report", "imports", "audit",
                  "backup", "user", "retention", "setup", "token")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="helpdesk-gui", description="Front-counter helpdesk of a customer-service hall.")
    parser.add_argument("--version", action="version", version=f"helpdesk_gui {__version__}")
    parser.add_argument("--db", help="database URL: sqlite:///path/file.db or "
                                     "postgresql://user:pw@host:port/name (default: HELPDESK_DB, "
                                     "else a file in the user's data folder)")
    parser.add_argument("--user", help="employee number (工号) to sign in with")
    parser.add_argument("--token-file", help="sign in with an access token kept in this file")
    parser.add_argument("--password-stdin", action="store_true",
                        help="read the password from standard input (no sign-in dialog)")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo database (created and filled on first use)")
    parser.add_argument("--bench-startup", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("-v", "--verbose", action="store_true", help="log more to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        importlib.import_module(f"{__name__}.{group}").add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``helpdesk-gui`` command."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    try:
        if getattr(args, "func", None) is not None:
            return int(args.func(args) or 0)
        if args.demo:
            from helpdesk_gui.cli.demo import prepare_demo_database

            prepare_demo_database(args)
        from helpdesk_gui.app.application import run_gui

        return run_gui(args.db, args.user, bench_startup=args.bench_startup,
                       password_stdin=args.password_stdin)
    except HelpdeskError as exc:
        print(f"helpdesk-gui: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
