"""Options every command accepts, before or after its name, declared once.

``helpdesk-gui --db URL demo`` and ``helpdesk-gui demo --db URL`` mean the same, at any
depth (``report monthly ... --db URL``). Each parser of the command line is a
``CommandParser``; argparse builds every sub-parser with the class of its parent, so each
level gets the options of ``GLOBAL_OPTIONS`` without any command group doing anything.
The main parser holds the real defaults; the sub-parsers default to ``SUPPRESS`` so that a
value given before the sub-command is not overwritten by the sub-parser's default (argparse
copies everything a sub-parser parsed onto the main namespace).

A new global option is one line in ``GLOBAL_OPTIONS``. A command group must not declare
one of these options itself: argparse then reports the conflict when the parser is built.
"""

from __future__ import annotations

import argparse
from typing import Any

# (flags, add_argument keywords): one option a line, in the order ``--help`` lists them.
GLOBAL_OPTIONS: tuple[tuple[tuple[str, ...], dict[str, Any]], ...] = (
    (("--db",), {"metavar": "URL", "help": "database URL: sqlite:///path/file.db or "
                 "postgresql://user:pw@host:port/name (default: HELPDESK_DB, else a file in "
                 "the user's data folder)"}),
    (("--user",), {"metavar": "EMPLOYEE_NO", "help": "employee number (工号) to sign in with"}),
    (("--token-file",), {"metavar": "FILE", "help": "sign in with an access token kept in "
                         "this file (helpdesk-gui token create)"}),
    (("--password-stdin",), {"action": "store_true",
                             "help": "read the password from the first line of standard "
                                     "input (no sign-in dialog, no prompt)"}),
    (("-v", "--verbose"), {"action": "store_true", "help": "log more to standard error"}),
)
GROUP_TITLE = "options of every command (before or after the command)"


def add_global_options(parser: argparse.ArgumentParser, *, main: bool) -> None:
    """Add ``GLOBAL_OPTIONS`` to one parser: with their defaults on the main parser only."""
    group = parser.add_argument_group(GROUP_TITLE)
    for flags, keywords in GLOBAL_OPTIONS:
        if not main:
            keywords = {**keywords, "default": argparse.SUPPRESS}
        group.add_argument(*flags, **keywords)


class CommandParser(argparse.ArgumentParser):
    """An argument parser that carries the global options at its own level.

    ``main=True`` for the top-level parser only; sub-parsers are created by argparse with
    ``main`` left False.
    """

    def __init__(self, *args: Any, main: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        add_global_options(self, main=main)


def global_option_names() -> list[str]:
    """The attribute names of the global options on a parsed namespace (for tests, docs)."""
    parser = argparse.ArgumentParser(add_help=False)
    return [parser.add_argument(*flags, **keywords).dest for flags, keywords in GLOBAL_OPTIONS]
