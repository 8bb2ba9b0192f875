"""``helpdesk-gui backup create|list|restore``: online backups of the SQLite database.
"""

from __future__ import annotations

import argparse
from datetime import UTC
from pathlib import Path
from zoneinfo import ZoneInfo

from helpdesk_gui.cli.common import confirm, open_as_actor


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register this command group on the main parser's sub-parsers."""
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


def _backup_create(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.security import backup

    _, actor = open_as_actor(args)
    keep = args.keep if args.keep is not None else backup.DEFAULT_KEEP
    info = backup.create(args.dir, keep, actor=actor)
    print(f"backup written and verified: {info.path} ({info.size} bytes)")
    return 0


def _backup_list(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.security import backup, permissions

    _, actor = open_as_actor(args)
    permissions.require(actor, "backup.create")
    directory = args.dir or backup.default_dir(backup.live_path())
    found = backup.list_backups(directory)
    if not found:
        print(f"no backups in {directory}")
    zone = ZoneInfo(actor.branch.timezone)  # the branch's time, as the GUI shows it
    for info in found:
        local = info.created_at.replace(tzinfo=UTC).astimezone(zone)
        print(f"{local:%Y-%m-%d %H:%M:%S}\t{info.label}\t{info.size}\t{info.path}")
    return 0


def _backup_restore(args: argparse.Namespace) -> int:
    from helpdesk_gui.db import open_database
    from helpdesk_gui.db.connect import database_proxy
    from helpdesk_gui.services.security import backup, permissions

    database, actor = open_as_actor(args)
    permissions.require(actor, "backup.restore")
    live, actor_no = backup.live_path(), actor.employee_no
    backup.verify_backup(args.file)
    if not args.yes and not confirm(f"replace {live} with {args.file}? [y/N] "):
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
