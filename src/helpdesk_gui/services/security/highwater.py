"""Ticket numbers given out survive a restore: the numbering high-water mark.

A restore puts back the numbering counters as they were in the backup; without more,
the next customer would get a number an earlier customer already holds on paper. The
highest sequence used per branch and day is therefore kept *outside* the database file
(``numbering-highwater-<database id>.json`` in the configuration folder, owner-only):
remembered at every backup and just before every restore (read from the live file), and
put back over the restored counters, so numbering continues after the highest number
ever given out.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

from helpdesk_gui.db import secret

log = logging.getLogger(__name__)


def _connect(path: Path, mode: str = "ro") -> sqlite3.Connection:
    return sqlite3.connect(Path(path).resolve().as_uri() + f"?mode={mode}", uri=True)


def _database_id(con: sqlite3.Connection) -> str:
    row = con.execute("SELECT value FROM meta WHERE key = 'database_id'").fetchone()
    return row[0] if row else ""


def _file(database_id: str) -> Path:
    return secret.config_dir() / f"numbering-highwater-{database_id or 'unnamed'}.json"


def _load(database_id: str) -> dict[str, int]:
    try:
        data = json.loads(_file(database_id).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {str(k): int(v) for k, v in data.items()} if isinstance(data, dict) else {}


def _save(database_id: str, marks: dict[str, int]) -> None:
    path = _file(database_id)
    text = json.dumps(marks, sort_keys=True).encode("utf-8")
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    secret.create_private(partial, text)
    partial.replace(path)


def remember(live: Path) -> dict[str, int]:
    """Merge the live file's counters into the kept high-water mark; returns the mark."""
    try:
        con = _connect(live)
        try:
            database_id = _database_id(con)
            rows = con.execute("SELECT b.code, c.day, c.last_seq FROM ticket_counter c "
                               "JOIN branch b ON b.id = c.branch_id").fetchall()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        log.warning("numbering high-water mark not refreshed from %s: %s", live, exc)
        return {}
    marks = _load(database_id)
    for code, day, seq in rows:
        key = f"{code}-{day}"
        marks[key] = max(marks.get(key, 0), int(seq))
    _save(database_id, marks)
    return marks


def apply(live: Path) -> int:
    """Raise the restored file's counters to the kept mark; returns how many were raised."""
    con = _connect(live, "rw")
    try:
        marks = _load(_database_id(con))
        raised = 0
        with con:
            for key, seq in marks.items():
                code, _, day = key.rpartition("-")
                cursor = con.execute(
                    "INSERT INTO ticket_counter (branch_id, day, last_seq) "
                    "SELECT id, ?, ? FROM branch WHERE code = ? "
                    "ON CONFLICT (branch_id, day) DO UPDATE SET last_seq = excluded.last_seq "
                    "WHERE ticket_counter.last_seq < excluded.last_seq", (day, seq, code))
                raised += cursor.rowcount
    finally:
        con.close()
    return raised
