"""``helpdesk-gui``: the desktop application, and headless commands for administrators.

Without a sub-command it opens the main window. ``--db URL`` (or ``HELPDESK_DB``) picks
the database; ``--demo`` opens a demo database, filling it on first use. The options every
command shares (``--db``, ``--user``, ``--password-stdin``, ``-v``) are declared once, in
``cli.options``, and are accepted before or after the command.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from helpdesk_gui import __version__
from helpdesk_gui.app.diagnostics import setup_logging
from helpdesk_gui.cli.options import CommandParser
from helpdesk_gui.domain.errors import HelpdeskError

log = logging.getLogger("helpdesk_gui.cli")

# The command groups, one module of this package each, in the order ``--help`` lists them.
# A module registers its group with ``add_commands(subparsers)``.
COMMAND_GROUPS = ("db", "demo", "sla", "training", "export", "report", "imports", "audit",
                  "backup", "user", "retention", "customers", "setup", "token", "sync")


class _VersionAction(argparse.Action):
    """``--version``: our version and Qt's, SQLite's and Python's (Qt imported only now)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from helpdesk_gui.app.diagnostics import version_lines

        print("\n".join(version_lines()))
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    """The whole command line; the options of every command come from ``cli.options``."""
    parser = CommandParser(
        prog="helpdesk-gui", main=True,
        description="Front-counter helpdesk of a customer-service hall.")
    parser.add_argument("--version", action=_VersionAction,
                        help="print the versions of the program, Qt, SQLite and Python")
    parser.add_argument("--demo", action="store_true",
                        help="open the demo database (created and filled on first use)")
    parser.add_argument("--check-start", action="store_true",
                        help="open the main window, print its title and quit (checks that "
                             "an installation starts; use with --user and --password-stdin)")
    parser.add_argument("--bench-startup", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in COMMAND_GROUPS:
        importlib.import_module(f"{__name__}.{group}").add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``helpdesk-gui`` command."""
    args = build_parser().parse_args(argv)
    setup_logging(args.verbose)
    log.info("helpdesk-gui %s: %s", __version__, args.command or "window")
    try:
        if getattr(args, "func", None) is not None:
            return int(args.func(args) or 0)
        if args.demo:
            from helpdesk_gui.cli.demo import prepare_demo_database

            prepare_demo_database(args)
        from helpdesk_gui.ui.application import run_gui

        return run_gui(args.db, args.user, bench_startup=args.bench_startup,
                       password_stdin=args.password_stdin, check_start=args.check_start)
    except HelpdeskError as exc:
        log.info("refused: %s", exc)
        print(f"helpdesk-gui: {exc}", file=sys.stderr)
        return 2
    except Exception:
        # An unexpected failure: the traceback once on standard error and in the log file.
        log.exception("helpdesk-gui %s failed", args.command or "window")
        return 1


if __name__ == "__main__":
    sys.exit(main())
