"""What every headless command shares: opening the database as a person, prompts.

Commands act as the operating-system user (``services.security.staff.system_actor``,
employee number ``os:<login>``, administrator role), which creates a default branch on a
database that has none; the audit trail records that user.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import datetime

from helpdesk_gui.domain.errors import ValidationError


def open_as_actor(args: argparse.Namespace):
    """Open ``--db`` and return ``(database, actor)``: the person the command acts as."""
    from helpdesk_gui.db import open_database
    from helpdesk_gui.services.security import staff

    database = open_database(args.db)
    return database, staff.system_actor()


def confirm(prompt: str) -> bool:
    """Ask a yes/no question on the terminal; no answer (EOF) means no."""
    try:
        return input(prompt).strip().lower() in ("y", "yes")
    except EOFError:
        return False


def read_new_password(args: argparse.Namespace) -> str:
    """A new password: the first line of stdin with ``--password-stdin``, else asked twice."""
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("password: ")
    if getpass.getpass("repeat password: ") != first:
        raise ValidationError({"password": "the two passwords differ"})
    return first


def parse_day(text: str | None, field: str) -> datetime | None:
    """``YYYY-MM-DD`` as a datetime, or a ValidationError naming the option."""
    if not text:
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d")
    except ValueError as exc:
        raise ValidationError({field: f"{text!r} is not a date (YYYY-MM-DD)"}) from exc
