"""Backups of the branch's SQLite database: online, verified, rotated, restorable.

* A backup is made with SQLite's online backup API (``sqlite3.Connection.backup``), never
  by copying the file: the file of an open WAL database is not a consistent database.
  The copy is switched to ``journal_mode=DELETE`` (one self-contained file), checked with
  ``PRAGMA integrity_check``, and only then given its final name; the oldest generations
  beyond ``keep`` are removed. Safety copies taken before a restore are rotated apart.
* ``restore`` verifies the backup, takes a safety backup of the live database, then
  writes the backup into the live file — again with the backup API, so SQLite handles
  the WAL and other connections notice the change. **The caller must stop using the
  database first**: no transaction may be open on any thread (the CLI closes its
  connection; the GUI restores on its writer thread and then restarts). Cached objects
  (the signed-in ``Staff``...) are stale afterwards, so the application restarts.
* Each backup has a manifest beside it (``manifest``): its SHA-256, size, schema and the
  audit chain's head at that moment (an anchor outside the database). A restore refuses a
  backup whose content no longer matches its manifest, or that has none.
* Ticket numbers already given out are never given again after a restore: the numbering
  counters' high-water mark is kept outside the database file (``highwater``) and put
  back over the restored counters.
* ``refuse_network_storage`` rejects an SQLite file on a network share: SQLite's locking
  does not work reliably over SMB/NFS and several counters writing through a share
  corrupt the database. Such halls use PostgreSQL.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from helpdesk_gui.db import secret
from helpdesk_gui.db.connect import database_proxy, is_sqlite
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import ConfigurationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.services.security import audit, highwater, permissions
from helpdesk_gui.services.security.manifest import (
    BackupError,
    check_manifest,
    manifest_path,
    read_manifest,
    write_manifest,
)

DEFAULT_KEEP = 7
SAFETY = "pre-restore"
# New names carry the UTC time with a "Z"; older names without it were written in the
# PC's local time (the scheduler's nightly ones in UTC: it always passed its UTC clock).
_NAME = re.compile(
    r"^helpdesk-(?P<stamp>\d{8}-\d{6})(?P<utc>Z?)-(?P<label>[a-z]+(?:-[a-z]+)*?)"
    r"(?:-(?P<n>\d+))?\.db$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime  # naive UTC, from the file name (shown in the branch's zone)
    label: str  # manual, scheduled, pre-restore
    size: int


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    live: Path
    safety: BackupInfo | None


def live_path() -> Path:
    """The file of the bound SQLite database (PostgreSQL halls back up with pg_dump)."""
    database = database_proxy.obj
    if not is_sqlite(database):
        raise ConfigurationError("backups here are for SQLite databases; back up PostgreSQL "
                                 "with pg_dump on the database server")
    if database.database == ":memory:":
        raise ConfigurationError("an in-memory database cannot be backed up")
    return Path(database.database)


def default_dir(live: Path) -> Path:
    """Where backups go unless told otherwise: ``backups/`` beside the database file."""
    return live.parent / "backups"


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` of a database file, opened read-only ("ok" when sound)."""
    try:
        con = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
        try:
            rows = con.execute("PRAGMA integrity_check").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        return f"not a database: {exc}"
    return "; ".join(str(r[0]) for r in rows)


def _target(directory: Path, label: str, now: datetime | None) -> Path:
    """``now`` is naive UTC (the scheduler's clock); the name says so with a "Z"."""
    stamp = (now or utcnow()).strftime("%Y%m%d-%H%M%S") + "Z"
    target, n = directory / f"helpdesk-{stamp}-{label}.db", 1
    while target.exists():
        n += 1
        target = directory / f"helpdesk-{stamp}-{label}-{n}.db"
    return target


def _copy(source: Path, dest: Path) -> None:
    """SQLite online backup of ``source`` into ``dest`` (both files; a new one owner-only)."""
    if not dest.exists():
        os.close(os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(dest))
        try:
            src.backup(dst)
            if dest.suffix == ".partial":
                dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def online_copy(source: Path, directory: Path, label: str = "manual",
                now: datetime | None = None) -> BackupInfo:
    """Back ``source`` up into ``directory``, verified; no rotation, no audit."""
    source = Path(source)
    if not source.is_file():
        raise BackupError(f"there is no database file at {source}")
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    final = _target(directory, label, now)
    partial = final.with_name(final.name + ".partial")
    try:
        _copy(source, partial)
        result = integrity(partial)
        if result != "ok":
            raise BackupError(f"the backup of {source} failed its integrity check: {result}")
        partial.replace(final)
    finally:
        partial.unlink(missing_ok=True)
    write_manifest(final)
    return _info(final)


def _created_utc(path: Path, match: re.Match | None) -> datetime:
    """When a backup was made, as naive UTC: from its name, else from the file's time."""
    if match is None:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC).replace(tzinfo=None)
    stamp = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    if match["utc"] or match["label"] == "scheduled":
        return stamp
    return stamp.astimezone(UTC).replace(tzinfo=None)  # an older name in the PC's time


def _info(path: Path) -> BackupInfo:
    match = _NAME.match(path.name)
    return BackupInfo(path, _created_utc(path, match), match["label"] if match else "",
                      path.stat().st_size)


def list_backups(directory: Path) -> list[BackupInfo]:
    """The backups in ``directory``, newest first."""
    directory = Path(directory)
    if not directory.is_dir():
        return []
    found = [_info(p) for p in directory.iterdir() if p.is_file() and _NAME.match(p.name)]
    found.sort(key=lambda b: (b.created_at, b.path.stat().st_mtime_ns, b.path.name),
               reverse=True)
    return found


def prune(directory: Path, keep: int, safety: bool = False) -> list[Path]:
    """Remove all but the newest ``keep`` backups (regular ones, or safety copies)."""
    group = [b for b in list_backups(directory) if (b.label == SAFETY) == safety]
    removed = [b.path for b in group[max(1, keep):]]
    for path in removed:
        path.unlink(missing_ok=True)
        manifest_path(path).unlink(missing_ok=True)
    return removed


def create(target_dir: Path | None = None, keep: int = DEFAULT_KEEP, *,
           actor: Staff | None = None, label: str = "manual",
           now: datetime | None = None) -> BackupInfo:
    """Back up the bound database now, keep ``keep`` generations, audit it.

    ``actor`` None means the scheduler (no permission check; audited as "scheduler").
    """
    if actor is not None:
        permissions.require(actor, "backup.create")
    live = live_path()
    directory = Path(target_dir) if target_dir else default_dir(live)
    highwater.remember(live)
    info = online_copy(live, directory, label, now)
    removed = prune(directory, keep)
    secret.append_anchor(read_manifest(info.path)["audit_anchor"])
    audit.record(actor, "backup.create", "backup", info.path.name,
                 {"path": str(info.path), "size": info.size, "integrity": "ok",
                  "label": label, "pruned": [p.name for p in removed]},
                 actor_no="" if actor else "scheduler")
    return info


def verify_backup(path: Path) -> None:
    """Refuse a file that is not a sound helpdesk database this version can open."""
    from helpdesk_gui.db.migrations import CURRENT_VERSION

    path = Path(path)
    if not path.is_file():
        raise BackupError(f"there is no backup file at {path}")
    result = integrity(path)
    if result != "ok":
        raise BackupError(f"{path.name} is damaged and cannot be restored: {result}")
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError:
        row = None
    finally:
        con.close()
    if row is None:
        raise BackupError(f"{path.name} is not a helpdesk database")
    if int(row[0]) > CURRENT_VERSION:
        raise BackupError(f"{path.name} was written by a newer version of the application "
                          f"(schema {row[0]}); install that version to restore it")
    check_manifest(path)


def restore(backup_path: Path, live_db_path: Path | None = None, *,
            actor: Staff | None = None, safety_dir: Path | None = None,
            keep: int = DEFAULT_KEEP) -> RestoreResult:
    """Replace the live database with a backup, after a safety backup of the live one.

    See the module docstring: no transaction may be open on the live database.
    """
    if actor is not None:
        permissions.require(actor, "backup.restore")
    backup_path = Path(backup_path)
    verify_backup(backup_path)
    live = Path(live_db_path) if live_db_path else live_path()
    refuse_network_storage(live)
    safety = None
    if live.exists():
        highwater.remember(live)
        directory = Path(safety_dir) if safety_dir else default_dir(live)
        safety = online_copy(live, directory, SAFETY)
        prune(directory, keep, safety=True)
    _copy(backup_path, live)
    result = integrity(live)
    if result != "ok":
        raise BackupError(f"the restored database failed its integrity check ({result}); "
                          f"the previous database is in {safety.path if safety else '-'}")
    highwater.apply(live)
    return RestoreResult(backup_path, live, safety)


def restore_over_unusable(backup_path: Path, live: Path) -> RestoreResult:
    """Start-up recovery: the live file cannot be opened, so put a backup in its place.

    The unusable file (and its -wal/-shm) is moved aside, not copied — it may not even be
    a database — and kept as ``<name>.unusable-<time>``. No one is signed in yet: the
    restore is audited by ``record_restore`` once the restored file is open.
    """
    backup_path, live = Path(backup_path), Path(live)
    verify_backup(backup_path)
    stamp = utcnow().strftime("%Y%m%d-%H%M%S") + "Z"
    aside = live.with_name(f"{live.name}.unusable-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = live.with_name(live.name + suffix)
        if part.exists():
            part.replace(aside.with_name(aside.name + suffix))
    _copy(backup_path, live)
    result = integrity(live)
    if result != "ok":
        raise BackupError(f"the restored database failed its integrity check ({result})")
    highwater.apply(live)
    return RestoreResult(backup_path, live, None)


def record_restore(result: RestoreResult, actor_no: str) -> None:
    """Audit a restore in the restored database (call after reopening it).

    The trail is now the backup's: a new anchor is kept, so verify checks against it and
    not against the rows the restore rightly took away.
    """
    audit.record(None, "backup.restore", "backup", result.restored_from.name,
                 {"from": str(result.restored_from),
                  "safety": str(result.safety.path) if result.safety else ""},
                 actor_no=actor_no)
    audit.anchor(f"restore of {result.restored_from.name}")


from helpdesk_gui.db.storage import (  # noqa: E402  (moved to the db layer)
    network_reason,
    refuse_network_storage,
)

__all__ = ["network_reason", "refuse_network_storage"]
