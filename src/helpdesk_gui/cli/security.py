"""Headless security commands: ``audit``, ``backup``, ``user`` and ``retention``.

They act as the operating-system user (``services.security.staff.system_actor``, employee number
``os:<login>``, administrator role), which creates a default branch on a database that
has none; the audit trail records that user.

Exit codes: 0 done, 1 the audit trail is broken, 2 an error the user must fix.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import datetime, timedelta
from pathlib import Path

from helpdesk_gui.domain.errors import ValidationError


def add_security_commands(sub) -> None:
    """Register the command groups on the main parser's sub-parsers."""
    _add_audit(sub)
    _add_backup(sub)
    _add_user(sub)
    _add_retention(sub)


def _add_audit(sub) -> None:
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


def _add_backup(sub) -> None:
    backup = sub.add_parser("backup", help="back up and restore the SQLite database")
    actions = backup.add_subparsers(dest="backup_action", metavar="ACTION", required=True)
    create = actions.add_parser("create", help="back up now (online, verified)")
    create.add_argument("--dir", type=Path, help="backup folder (default: backups/ beside "
                                                 "the database)")
    create.add_argument("--keep", type=int, default=None, help="generations to keep")
    create.set_defaults(func=_backup_create)
    listing = actions.add_parser("list", help="list backups, newest first")
    listing.add_argument("--dir", type=Path)
    listing.set_defaults(func=_backup_list)
    restore = actions.add_parser("restore", help="replace the database with a backup")
    restore.add_argument("file", type=Path)
    restore.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    restore.set_defaults(func=_backup_restore)


def _add_user(sub) -> None:
    user = sub.add_parser("user", help="staff accounts")
    actions = user.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a staff member with a password")
    add.add_argument("employee_no")
    add.add_argument("name")
    add.add_argument("role", choices=["counter", "handler", "supervisor", "admin"])
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from the first line of standard input")
    add.set_defaults(func=_user_add)
    reset = actions.add_parser("reset-password", help="set a temporary password")
    reset.add_argument("employee_no")
    reset.add_argument("--password-stdin", action="store_true")
    reset.set_defaults(func=_user_reset)


def _add_retention(sub) -> None:
    retention = sub.add_parser("retention", help="anonymize personal data of old tickets")
    retention.add_argument("action", choices=["run"])
    retention.add_argument("--years", type=int, default=3,
                           help="keep personal data of tickets closed in the last N years")
    retention.set_defaults(func=_retention_run)


def _open(args: argparse.Namespace):
    from helpdesk_gui.db import open_database
    from helpdesk_gui.services.security import staff

    database = open_database(args.db)
    return database, staff.system_actor()


def _audit_verify(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.security import audit

    _, actor = _open(args)
    result = audit.check_chain(actor)
    print(result.message(), file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1


def _day(text: str | None, field: str) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.strptime(text, "%Y-%m-%d")
    except ValueError as exc:
        raise ValidationError({field: f"{text!r} is not a date (YYYY-MM-DD)"}) from exc


def _audit_list(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.security import audit, permissions

    _, actor = _open(args)
    permissions.require(actor, "audit.view")
    until = _day(args.until, "--until")
    rows = audit.query(audit.AuditFilter(
        since=_day(args.since, "--since"), until=until + timedelta(days=1) if until else None,
        actor_no=args.actor, action=args.action, limit=max(1, args.limit)))
    for row in rows:
        detail = audit.canonical(row.detail)
        print(f"#{row.id}\t{row.at:%Y-%m-%d %H:%M:%S}\t{row.actor_no}\t{row.action}\t"
              f"{row.object_type}:{row.object_id}\t{detail}")
    return 0


def _backup_create(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.security import backup

    _, actor = _open(args)
    keep = args.keep if args.keep is not None else backup.DEFAULT_KEEP
    info = backup.create(args.dir, keep, actor=actor)
    print(f"backup written and verified: {info.path} ({info.size} bytes)")
    return 0


def _backup_list(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.security import backup

    _open(args)
    directory = args.dir or backup.default_dir(backup.live_path())
    found = backup.list_backups(directory)
    if not found:
        print(f"no backups in {directory}")
    for info in found:
        print(f"{info.created_at:%Y-%m-%d %H:%M:%S}\t{info.label}\t{info.size}\t{info.path}")
    return 0


def _backup_restore(args: argparse.Namespace) -> int:
    from helpdesk_gui.db import open_database
    from helpdesk_gui.db.connect import database_proxy
    from helpdesk_gui.services.security import backup, permissions

    database, actor = _open(args)
    permissions.require(actor, "backup.restore")
    live, actor_no = backup.live_path(), actor.employee_no
    backup.verify_backup(args.file)
    if not args.yes and not _confirm(f"replace {live} with {args.file}? [y/N] "):
        print("restore cancelled")
        return 2
    database.close()
    database_proxy.initialize(None)
    result = backup.restore(args.file, live)
    open_database(args.db)
    backup.record_restore(result, actor_no)
    print(f"restored {live} from {args.file}")
    if result.safety:
        print(f"the database as it was is kept in {result.safety.path}")
    return 0


def _confirm(prompt: str) -> bool:
    try:
        return input(prompt).strip().lower() in ("y", "yes")
    except EOFError:
        return False


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("password: ")
    if getpass.getpass("repeat password: ") != first:
        raise ValidationError({"password": "the two passwords differ"})
    return first


def _user_add(args: argparse.Namespace) -> int:
    from helpdesk_gui.db.connect import database_proxy
    from helpdesk_gui.services.security import audit, auth, permissions, staff

    _, actor = _open(args)
    permissions.require(actor, "staff.manage")
    password = _read_password(args)
    auth.check_password_rules(password, args.employee_no)
    with database_proxy.obj.atomic():
        person = staff.create_staff(actor.branch, args.employee_no, args.name, args.role)
        auth.set_password(person, password)
        audit.record(actor, "staff.add", "staff", person.id,
                     {"employee_no": person.employee_no, "role": person.role})
    print(f"added {person.employee_no} {person.name} ({person.role}) to branch "
          f"{actor.branch.code}")
    return 0


def _user_reset(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.security import auth, staff

    _, actor = _open(args)
    person = staff.by_employee_no(args.employee_no)
    auth.reset_password(actor, person.id, _read_password(args))
    print(f"password of {person.employee_no} reset; it must be changed at the next sign-in")
    return 0


def _retention_run(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.security import privacy

    _, actor = _open(args)
    print(privacy.anonymize_closed_before(args.years, actor=actor).message())
    return 0
