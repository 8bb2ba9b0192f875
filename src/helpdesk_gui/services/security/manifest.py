"""The manifest beside each backup: what the file was when it was made.

``<backup>.manifest.json`` (owner-only) holds the backup's SHA-256 and size, its schema
version and database id, and the audit chain's head read from the copy itself — an
anchor outside the live database. ``check_manifest`` runs before any restore: a backup
whose bytes changed since (edited rows, a swapped file) is refused, and so is one
without a manifest, because nothing then says what it should contain.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from helpdesk_gui.db.secret import create_private
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import HelpdeskError


class BackupError(HelpdeskError):
    """A backup could not be made, or a file is not a usable backup."""


def manifest_path(backup: Path) -> Path:
    return Path(backup).with_name(Path(backup).name + ".manifest.json")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as data:
        for block in iter(lambda: data.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _facts(path: Path) -> tuple[str, str, dict]:
    """(schema version, database id, audit head) read from the backup itself."""
    con = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        meta = dict(con.execute("SELECT key, value FROM meta").fetchall())
        head = con.execute("SELECT last_id, last_hash, count FROM audit_head WHERE id = 1"
                           ).fetchone() or (0, "0" * 64, 0)
    finally:
        con.close()
    anchor = {"database_id": meta.get("database_id", ""), "last_id": head[0],
              "last_hash": head[1], "count": head[2],
              "at": utcnow().strftime("%Y-%m-%d %H:%M:%S"), "source": f"backup {path.name}"}
    return meta.get("schema_version", ""), meta.get("database_id", ""), anchor


def write_manifest(backup: Path) -> dict:
    """Write the manifest of a finished backup (owner-only) and return it."""
    schema, database_id, anchor = _facts(backup)
    manifest = {"file": Path(backup).name, "sha256": file_sha256(backup),
                "size": Path(backup).stat().st_size, "schema_version": schema,
                "database_id": database_id, "audit_anchor": anchor}
    target = manifest_path(backup)
    target.unlink(missing_ok=True)
    create_private(target, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
    return manifest


def read_manifest(backup: Path) -> dict:
    path = manifest_path(backup)
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupError(f"{Path(backup).name} has no manifest ({path.name}); without it "
                          "nothing proves the backup is unchanged, so it is not restored"
                          ) from None
    except (OSError, ValueError) as exc:
        raise BackupError(f"the manifest {path.name} cannot be read: {exc}") from exc
    if not isinstance(manifest, dict) or "sha256" not in manifest:
        raise BackupError(f"the manifest {path.name} is not a backup manifest")
    return manifest


def check_manifest(backup: Path) -> dict:
    """Refuse a backup whose bytes differ from its manifest; returns the manifest."""
    manifest = read_manifest(backup)
    actual = file_sha256(backup)
    if actual != manifest["sha256"] or Path(backup).stat().st_size != manifest.get("size"):
        raise BackupError(f"{Path(backup).name} was changed after it was made (SHA-256 "
                          f"{actual[:12]}… instead of {manifest['sha256'][:12]}…); it is not "
                          "restored — take another backup")
    return manifest
