"""One bundle file: compressed, encrypted to the receiver, signed by the sender.

Layout (all lengths big-endian)::

    MAGIC (8) | header length (4) | header JSON | body length (8) | body | signature (64)

* header: from, to, sequence, time, the sender's ephemeral X25519 public key, the nonce;
* body: AES-256-GCM of the zlib-compressed payload (level 1: a first bundle of 100,000
  tickets compresses three times faster than at 6 and stays well under 50 MB), keyed by
  HKDF-SHA-256 over the X25519 shared secret (ephemeral × receiver), with the header as
  associated data;
* signature: Ed25519 by the sender over everything before it.

The signature is checked before anything is decrypted or parsed beyond the header, so a
file that was cut short, altered, or signed by another key is refused whole.
"""

from __future__ import annotations

import base64
import json
import os
import struct
import zlib

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from helpdesk_gui.domain.errors import HelpdeskError

MAGIC = b"HDSYNC1\n"
_SIG = 64


class BundleRefused(HelpdeskError):
    """A bundle that is not applied at all; the message says why."""


def _key(shared: bytes, header: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=b"helpdesk sync bundle " + header).derive(shared)


def seal(payload: bytes, header: dict, signer: Ed25519PrivateKey,
         receiver: X25519PublicKey) -> bytes:
    """The bundle file's bytes for ``payload`` (JSON bytes), sealed to ``receiver``."""
    ephemeral = X25519PrivateKey.generate()
    nonce = os.urandom(12)
    header = dict(header, epk=base64.b64encode(ephemeral.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw)).decode(),
                  nonce=base64.b64encode(nonce).decode())
    head = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    key = _key(ephemeral.exchange(receiver), head)
    body = AESGCM(key).encrypt(nonce, zlib.compress(payload, 1), head)
    signed = MAGIC + struct.pack(">I", len(head)) + head + struct.pack(">Q", len(body)) + body
    return signed + signer.sign(signed)


def read_header(data: bytes) -> dict:
    """The header of a bundle (not yet trusted), or ``BundleRefused`` for a damaged file."""
    if not data.startswith(MAGIC):
        raise BundleRefused("this file is not a sync bundle (it does not start as one)")
    if len(data) < len(MAGIC) + 4:
        raise BundleRefused("the bundle is truncated: it ends inside its header")
    (length,) = struct.unpack(">I", data[len(MAGIC):len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if len(data) < start + length + 8:
        raise BundleRefused("the bundle is truncated: it ends inside its header")
    try:
        header = json.loads(data[start:start + length])
    except ValueError as exc:
        raise BundleRefused(f"the bundle's header is damaged ({exc})") from exc
    (body_len,) = struct.unpack(">Q", data[start + length:start + length + 8])
    expected = start + length + 8 + body_len + _SIG
    if len(data) < expected:
        raise BundleRefused(f"the bundle is truncated: {len(data)} of {expected} bytes "
                            "(copy it again from the sending site)")
    if len(data) > expected:
        raise BundleRefused(f"the bundle has {len(data) - expected} bytes more than it "
                            "declares: it was altered")
    if not isinstance(header, dict) or not {"from", "to", "seq"} <= header.keys():
        raise BundleRefused("the bundle's header does not name its sites and sequence")
    return header


def open_sealed(data: bytes, sender: Ed25519PublicKey, receiver: X25519PrivateKey) -> bytes:
    """The payload of a bundle whose signature is the sender's, decrypted with our key."""
    header = read_header(data)
    signed, signature = data[:-_SIG], data[-_SIG:]
    try:
        sender.verify(signature, signed)
    except InvalidSignature as exc:
        raise BundleRefused(
            f"the signature does not match the key registered for site {header['from']}: "
            "the file was altered after it was made, or it was not made by that site") from exc
    start = len(MAGIC) + 4
    (length,) = struct.unpack(">I", data[len(MAGIC):start])
    head = data[start:start + length]
    body = data[start + length + 8:-_SIG]
    try:
        epk = X25519PublicKey.from_public_bytes(base64.b64decode(header["epk"]))
        nonce = base64.b64decode(header["nonce"])
        plain = AESGCM(_key(receiver.exchange(epk), head)).decrypt(nonce, body, head)
    except (InvalidTag, KeyError, ValueError) as exc:
        raise BundleRefused("the bundle cannot be decrypted with this site's key: it was "
                            "sealed for another site or another key") from exc
    try:
        return zlib.decompress(plain)
    except zlib.error as exc:
        raise BundleRefused(f"the bundle's content is damaged ({exc})") from exc
