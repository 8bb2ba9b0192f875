"""This site's private keys and the branches' audit keys: files, never database rows.

Like the installation secret (``db.secret``) the keys live in the configuration folder,
created readable by their owner only:

* ``sync/signing.key`` — Ed25519, signs every bundle this site sends;
* ``sync/encryption.key`` — X25519, opens bundles sealed to this site;
* ``sync/audit-keys/<CODE>.key`` (headquarters) — each branch's audit-chain key, carried
  inside that branch's signed and encrypted bundles, so ``audit verify --branch CODE``
  can check the branch's chain here.

The public half of both keys is one line of text (``public_text``) that the other side
registers with ``sync site add``.
"""

from __future__ import annotations

import base64
import os
import re
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from helpdesk_gui.db import secret
from helpdesk_gui.domain.errors import ConfigurationError, ValidationError

PREFIX = "helpdesk-sync-1:"
_RAW = serialization.Encoding.Raw, serialization.PublicFormat.Raw


def key_dir() -> Path:
    return secret.config_dir() / "sync"


def _read_private(name: str) -> bytes:
    path = key_dir() / name
    if not path.exists():
        raise ConfigurationError(
            f"this site has no sync keys ({path} is missing): run helpdesk-gui sync init")
    secret.make_private(path)
    try:
        return bytes.fromhex(path.read_text(encoding="ascii").strip())
    except (OSError, ValueError) as exc:
        raise ConfigurationError(f"the sync key {path} cannot be read ({exc})") from exc


def create_keys() -> str:
    """Make both key pairs (owner-only files) unless they exist; return the public text."""
    for name, maker in (("signing.key", Ed25519PrivateKey), ("encryption.key",
                                                             X25519PrivateKey)):
        path = key_dir() / name
        if not path.exists():
            raw = maker.generate().private_bytes(serialization.Encoding.Raw,
                                                 serialization.PrivateFormat.Raw,
                                                 serialization.NoEncryption())
            secret.create_private(path, raw.hex().encode("ascii"))
    return public_text()


def signing_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(_read_private("signing.key"))


def encryption_key() -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(_read_private("encryption.key"))


def public_text() -> str:
    """``helpdesk-sync-1:`` and base64 of the Ed25519 and X25519 public keys (64 bytes)."""
    raw = (signing_key().public_key().public_bytes(*_RAW)
           + encryption_key().public_key().public_bytes(*_RAW))
    return PREFIX + base64.b64encode(raw).decode("ascii")


def parse_public(text: str) -> tuple[Ed25519PublicKey, X25519PublicKey]:
    """The two public keys of a site's key text, or a ``ValidationError`` saying why not."""
    value = (text or "").strip()
    if not value.startswith(PREFIX):
        raise ValidationError({"key": f"a site key starts with {PREFIX!r} "
                                      "(printed by helpdesk-gui sync key)"})
    try:
        raw = base64.b64decode(value[len(PREFIX):], validate=True)
    except ValueError as exc:
        raise ValidationError({"key": f"the site key is not valid base64 ({exc})"}) from exc
    if len(raw) != 64:
        raise ValidationError({"key": f"a site key holds 64 bytes, this one {len(raw)}"})
    return (Ed25519PublicKey.from_public_bytes(raw[:32]),
            X25519PublicKey.from_public_bytes(raw[32:]))


def _audit_key_path(code: str) -> Path:
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,16}", code):
        raise ValidationError({"code": f"{code!r} is not a site code"})
    return key_dir() / "audit-keys" / f"{code}.key"


def keep_audit_key(code: str, key: bytes) -> None:
    """Keep a branch's audit key (owner-only); a changed key replaces the old file."""
    path = _audit_key_path(code)
    text = key.hex().encode("ascii")
    if path.exists() and path.read_bytes().strip() == text:
        return
    temp = path.with_suffix(".new")
    if temp.exists():
        temp.unlink()
    secret.create_private(temp, text)
    os.replace(temp, path)


def audit_key(code: str) -> bytes:
    """The audit key a branch sent, or a ``ConfigurationError`` when none arrived yet."""
    path = _audit_key_path(code)
    if not path.exists():
        raise ConfigurationError(f"no audit key of site {code} here yet: it arrives with "
                                 "that branch's first bundle")
    secret.make_private(path)
    return bytes.fromhex(path.read_text(encoding="ascii").strip())
