"""The installation's secret and the audit anchors: files the database cannot reach.

* ``installation.key`` (32 random bytes, hex) keys the audit chain with HMAC-SHA-256.
  Someone who can write the database file can recompute a plain hash chain; without this
  key they cannot compute a keyed one. It lives in the user's configuration folder
  (``platformdirs``), created readable by its owner only; ``HELPDESK_SECRET_FILE`` points
  elsewhere (a hall server's PCs share one key: copy the same file to each of them).
* ``audit-anchors.jsonl`` keeps the chain's head as it was at each anchoring (backup,
  monthly report, ``audit anchor``), one JSON object a line, owner-only. ``audit verify``
  checks the chain against the newest anchor of the database, so rows removed from the
  end — which a consistent head row in the database would otherwise hide — are noticed.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import stat
from functools import lru_cache
from pathlib import Path

from platformdirs import user_config_dir

from helpdesk_gui.domain.errors import ConfigurationError

log = logging.getLogger(__name__)

CONFIG_ENV, SECRET_ENV = "HELPDESK_CONFIG_DIR", "HELPDESK_SECRET_FILE"
OWNER_ONLY = 0o600


def config_dir() -> Path:
    """The per-user configuration folder (``HELPDESK_CONFIG_DIR`` overrides it)."""
    override = os.environ.get(CONFIG_ENV, "").strip()
    return Path(override) if override else Path(user_config_dir("helpdesk_gui",
                                                                appauthor=False))


def secret_path() -> Path:
    override = os.environ.get(SECRET_ENV, "").strip()
    return Path(override) if override else config_dir() / "installation.key"


def anchors_path() -> Path:
    return config_dir() / "audit-anchors.jsonl"


def create_private(path: Path, data: bytes) -> None:
    """Write a new file readable and writable by its owner only (never over a file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
    with os.fdopen(fd, "wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


def make_private(path: Path) -> None:
    """Take group and other access away from an existing file (POSIX)."""
    if os.name == "posix" and path.exists():
        mode = path.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            log.warning("%s was readable by other users; made it owner-only", path)
            os.chmod(path, OWNER_ONLY)


@lru_cache(maxsize=8)
def _load(path: str) -> bytes:
    target = Path(path)
    if not target.exists():
        try:
            create_private(target, secrets.token_hex(32).encode("ascii"))
            log.info("created the installation secret %s", target)
        except FileExistsError:
            pass  # another process made it first
    make_private(target)
    try:
        text = target.read_text(encoding="ascii").strip()
        key = bytes.fromhex(text)
    except (OSError, ValueError) as exc:
        raise ConfigurationError(
            f"the installation secret {target} cannot be read ({exc}); restore it from the "
            "copy kept with the backups, or from another PC of the hall") from exc
    if len(key) < 32:
        raise ConfigurationError(f"the installation secret {target} is too short")
    return key


def installation_key() -> bytes:
    """The key of the audit chain (created on first use, owner-only)."""
    return _load(str(secret_path()))


def forget_cached_key() -> None:
    """Drop the cached key (tests that switch the secret file)."""
    _load.cache_clear()


def append_anchor(anchor: dict) -> None:
    """Add one anchor line to the owner-only anchors file."""
    path = anchors_path()
    if not path.exists():
        try:
            create_private(path, b"")
        except FileExistsError:
            pass
    make_private(path)
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps(anchor, ensure_ascii=False, sort_keys=True) + "\n")


def read_anchors(database_id: str) -> list[dict]:
    """The anchors kept for one database, oldest first (unreadable lines skipped)."""
    path = anchors_path()
    if not path.exists():
        return []
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if isinstance(item, dict) and item.get("database_id") == database_id:
            found.append(item)
    return found
