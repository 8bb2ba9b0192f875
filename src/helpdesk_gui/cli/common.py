"""What every headless command shares: signing in as a person, prompts.

A command that reads personal data or changes anything acts as a signed-in staff member
(``open_as_actor``): ``--user EMPLOYEE_NO`` with the password typed or on standard input
(``--password-stdin``, first line), or ``--token-file FILE`` holding an access token an
administrator made for a scheduled job. The sign-in is the application's own
(``services.security.auth``): same lockout, same audit rows, and the role matrix applies
exactly as in the window. A database without an administrator accepts only ``setup``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import datetime
from pathlib import Path

from helpdesk_gui.domain.errors import ValidationError

SETUP_HINT = ("helpdesk-gui setup --branch-code CODE --branch-name NAME --admin-no NO "
              "--admin-name NAME --password-stdin")


def open_as_actor(args: argparse.Namespace):
    """Open ``--db`` and return ``(database, actor)``: the staff member who signed in."""
    from helpdesk_gui.db import open_database

    database = open_database(getattr(args, "db", None))
    return database, sign_in(args)


def sign_in(args: argparse.Namespace):
    """The staff member named by ``--user`` (password) or ``--token-file``, or an error."""
    from helpdesk_gui.services.security import auth, tokens

    if auth.needs_first_run():
        raise auth.SignInRequired(
            "this database has no administrator yet; the only command it accepts is "
            f"{SETUP_HINT}")
    user, token_file = getattr(args, "user", None), getattr(args, "token_file", None)
    if user and token_file:
        raise ValidationError({"--user": "give either --user or --token-file, not both"})
    if token_file:
        return tokens.sign_in_with_file(Path(token_file))
    if not user:
        raise auth.SignInRequired(
            "this command needs a signed-in staff member: --user EMPLOYEE_NO "
            "--password-stdin (password on the first line of standard input), or "
            "--token-file FILE (helpdesk-gui token create)")
    staff = auth.sign_in(user, read_password(args), channel="cli")
    if auth.must_change_password(staff):
        raise auth.SignInFailed(
            f"the password of {staff.employee_no} was reset by an administrator; sign in "
            "to the application once and choose your own password first")
    return staff


def read_password(args: argparse.Namespace, prompt: str = "password: ") -> str:
    """One password: the next line of stdin with ``--password-stdin``, else typed."""
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(prompt)


def confirm(prompt: str) -> bool:
    """Ask a yes/no question on the terminal; no answer (EOF) means no."""
    try:
        return input(prompt).strip().lower() in ("y", "yes")
    except EOFError:
        return False


def read_new_password(args: argparse.Namespace) -> str:
    """A new password: the next line of stdin with ``--password-stdin``, else asked twice.

    When the command also signed in with ``--user`` and ``--password-stdin``, the sign-in
    password is the first line and the new one the second.
    """
    if getattr(args, "password_stdin", False):
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("new password: ")
    if getpass.getpass("repeat new password: ") != first:
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
