"""Refusing database files the application must not open, each with its own message.

Checked before SQLite or the schema upgrade touch the file, so a bad file never ends in
a traceback and a foreign file is never "upgraded" into a helpdesk database:

* not SQLite at all (random bytes, another kind of file);
* truncated (shorter than the page count its header records);
* read-only for this user (the file, or the folder SQLite keeps its -wal and -shm in);
* another program's SQLite database (tables, but no helpdesk ``meta`` table);
* newer schema: ``migrations.upgrade`` refuses it (``SchemaTooNew``).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from helpdesk_gui.domain.errors import ConfigurationError

HEADER = b"SQLite format 3\x00"


class UnusableDatabase(ConfigurationError):
    """The database file cannot be used; ``kind`` says why (for translated messages)."""

    def __init__(self, message: str, path: Path, kind: str):
        super().__init__(message)
        self.path = Path(path)
        self.kind = kind  # not_sqlite, truncated, read_only, foreign, damaged, too_new


def _header(path: Path) -> bytes:
    with path.open("rb") as data:
        return data.read(100)


def _truncated(path: Path, header: bytes) -> bool:
    """True when the file is shorter than the database size its header declares.

    Only while no write-ahead log is in use: another counter's checkpoint writes page 1
    (with the new size) before the pages that extend the file, so a live database may
    briefly look short."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96] and pages > 0  # the size field is current
    return valid and path.stat().st_size < page_size * pages


def _tables(path: Path) -> list[str]:
    con = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return [name for (name,) in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    finally:
        con.close()


def check_sqlite_file(path: Path) -> None:
    """Raise ``UnusableDatabase`` for a file that must not be opened (a new file passes)."""
    path = Path(path)
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        header = _header(path)
    except OSError as exc:
        raise UnusableDatabase(f"the database file {path} cannot be read: {exc.strerror}",
                               path, "read_only") from exc
    if not header.startswith(HEADER) or len(header) < 100:
        raise UnusableDatabase(
            f"{path} is not a helpdesk database: it is not an SQLite file at all (damaged, "
            "or another kind of file). Choose another file or restore a backup.",
            path, "not_sqlite")
    if _truncated(path, header):
        raise UnusableDatabase(
            f"the database file {path} is truncated (shorter than its own header says): it "
            "was cut off while copying or by a full disk. Restore a backup.", path,
            "truncated")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        where = path if not os.access(path, os.W_OK) else path.parent
        raise UnusableDatabase(
            f"the database file {path} is read-only for this user ({where} is not "
            "writable); counters must be able to save tickets. Ask the administrator to "
            "give this account write access, or choose another file.", path, "read_only")
    try:
        tables = _tables(path)
    except sqlite3.DatabaseError as exc:
        raise UnusableDatabase(f"the database file {path} is damaged ({exc}). Restore a "
                               "backup.", path, "damaged") from exc
    if tables and "meta" not in tables:
        shown = ", ".join(tables[:8]) + (" …" if len(tables) > 8 else "")
        raise UnusableDatabase(
            f"{path} is another program's SQLite database (tables: {shown}); the helpdesk "
            "does not convert or change it. Choose the helpdesk's own file, or a new one.",
            path, "foreign")
