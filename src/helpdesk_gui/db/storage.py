"""Refusing to keep an SQLite database on a network share.

SQLite cannot lock a file reliably over SMB/NFS; several counters writing through a share
corrupt the database. The check runs whenever an SQLite database is opened.
"""

from __future__ import annotations

import os
from pathlib import Path

from helpdesk_gui.domain.errors import ConfigurationError

NETWORK_FS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p",
    "afs", "ncpfs", "davfs", "fuse.davfs2", "glusterfs", "fuse.glusterfs", "ceph",
    "fuse.ceph", "lustre", "gpfs", "fuse.rclone", "fuse.s3fs", "fuse.smbnetfs",
})


def _mount_fstype(path: Path, mounts_text: str) -> str | None:
    """The file-system type of the mount holding ``path``, from /proc/mounts text."""
    best, fstype = "", None
    target = str(path)
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ").replace("\\011", "\t")
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, parts[2]
    return fstype


def _real(path: Path) -> Path:
    """The absolute path with symlinks of its existing part resolved."""
    path, rest = Path(os.path.abspath(path)), []
    while not path.exists() and path != path.parent:
        rest.append(path.name)
        path = path.parent
    return path.resolve().joinpath(*reversed(rest))


def _windows_remote(path: Path) -> bool:
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(path))[0]
    if not drive:
        return False
    return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # DRIVE_REMOTE


def network_reason(path: Path | str, mounts_text: str | None = None) -> str | None:
    """Why ``path`` is on a network share (UNC path, network mount), or None."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "it is a UNC path"
    if os.name == "nt":
        return "it is on a network drive" if _windows_remote(Path(text)) else None
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    fstype = _mount_fstype(_real(Path(text)), mounts_text)
    return f"it is on a {fstype} network mount" if fstype in NETWORK_FS else None


def refuse_network_storage(path: Path | str, mounts_text: str | None = None) -> None:
    """Raise ``ConfigurationError`` when an SQLite file would live on a network share."""
    reason = network_reason(path, mounts_text)
    if reason is None:
        return
    raise ConfigurationError(
        f"the SQLite database {path} is on a network share ({reason}). SQLite cannot lock "
        "a file reliably over a network share, and several counters writing through one "
        "corrupt the database. Keep the SQLite file on this computer's own disk, or — to "
        "share one database between counters — set up PostgreSQL (README, "
        "\"PostgreSQL\") and start with --db postgresql://user:password@server:5432/helpdesk")
