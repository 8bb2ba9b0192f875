"""Opening the hall's database from a URL.

One place decides how a connection is made, so every entry point (GUI, CLI, tests,
benchmarks) gets the same pragmas and transaction behaviour:

* SQLite: ``journal_mode=wal`` (readers never block the writer), ``synchronous=full``
  (a power cut at the counter loses no committed ticket), ``foreign_keys=on`` and a
  ``busy_timeout`` so two counters writing at once wait instead of failing. Every
  write transaction begins IMMEDIATE, so the write lock is taken up front and two
  counters can never deadlock on an upgrade from a read lock.
* PostgreSQL: for halls that outgrow one machine (several counters, headquarters),
  through psycopg 3 (peewee's own adapter). Connecting gives up after
  ``CONNECT_TIMEOUT_S`` so an unreachable server is reported, not waited on forever, and
  the server's refusal is turned into a message that says which of the usual three it is
  (wrong password, no such database, server not reachable).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee
from platformdirs import user_data_dir

from helpdesk_gui.domain.errors import ConfigurationError

database_proxy = peewee.DatabaseProxy()

ENV_VAR = "HELPDESK_DB"
CONNECT_TIMEOUT_S = 5
BUSY_TIMEOUT_MS = 15_000

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "synchronous": "full",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "cache_size": -64_000,  # 64 MB page cache: keeps a million-ticket index warm
    "temp_store": "memory",
}


@dataclass(frozen=True)
class DatabaseTarget:
    """Where the data lives, as parsed from a URL."""

    url: str
    kind: str  # "sqlite" or "postgresql"
    path: Path | None = None

    def display(self) -> str:
        """A short form for the status bar (no password)."""
        if self.kind == "sqlite":
            return str(self.path)
        return re.sub(r"://([^:@/]+):[^@/]*@", r"://\1:***@", self.url)


def default_sqlite_path() -> Path:
    """The default database file in the user's data folder."""
    return Path(user_data_dir("helpdesk_gui", appauthor=False)) / "helpdesk.db"


def resolve_url(url: str | None = None) -> str:
    """Pick the database URL: explicit ``--db``, then ``HELPDESK_DB``, then the default."""
    if url:
        return url
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return env
    return f"sqlite:///{default_sqlite_path()}"


def parse_url(url: str) -> DatabaseTarget:
    """Parse ``sqlite:///path`` or ``postgresql://user:pw@host:port/name``."""
    if url.startswith("sqlite:///"):
        raw = unquote(url[len("sqlite:///"):])
        if not raw:
            raise ConfigurationError("--db: sqlite URL has no file path (sqlite:///path/file.db)")
        return DatabaseTarget(url=url, kind="sqlite", path=Path(raw).expanduser())
    if url == "sqlite://:memory:" or url == "sqlite:///:memory:":
        return DatabaseTarget(url=url, kind="sqlite", path=Path(":memory:"))
    if url.startswith(("postgresql://", "postgres://")):
        return DatabaseTarget(url=url, kind="postgresql")
    raise ConfigurationError(
        f"--db: unsupported database URL {url!r}; use sqlite:///path/to/file.db "
        "or postgresql://user:password@host:port/name"
    )


def make_database(target: DatabaseTarget) -> peewee.Database:
    """Create (but do not connect) the peewee database for a target."""
    if target.kind == "sqlite":
        assert target.path is not None
        if str(target.path) != ":memory:":
            target.path.parent.mkdir(parents=True, exist_ok=True)
            create_owner_only(target.path)
        return peewee.SqliteDatabase(
            str(target.path),
            pragmas=SQLITE_PRAGMAS,
            timeout=BUSY_TIMEOUT_MS / 1000,
            lock_type="IMMEDIATE",
            returning_clause=True,
            check_same_thread=False,
        )
    return _make_postgres(target.url)


# At least this much memory per sort, hash or bitmap of a connection. A search for a common
# word builds a bitmap of the ticket pages; beyond the server's default 4 MB (about 70,000
# pages, 1.3 million tickets) it turns lossy, and every ticket on a lossy page has its
# search terms made again: 停电 on 3 million tickets counted in 41 s instead of 0.5 s.
# 64 MB holds every page of ten years of tickets exactly.
WORK_MEM = "64MB"
_RAISE_WORK_MEM = ("SELECT set_config('work_mem', %s, false) "
                   "WHERE pg_size_bytes(current_setting('work_mem')) < pg_size_bytes(%s)")


class HallServerDatabase(peewee.PostgresqlDatabase):
    """PostgreSQL through psycopg 3, with connection failures explained."""

    def _connect(self):
        try:
            return super()._connect()
        except Exception as exc:  # psycopg.OperationalError, before peewee wraps it
            raise explain_connect_error(self, exc) from exc

    def _initialize_connection(self, conn) -> None:
        """Raise ``work_mem`` to ``WORK_MEM`` (never lower a server's own, larger one);
        a session setting, since peewee's connections are in autocommit."""
        with conn.cursor() as cursor:
            cursor.execute(_RAISE_WORK_MEM, (WORK_MEM, WORK_MEM))


def _make_postgres(url: str) -> peewee.Database:
    parsed = urlparse(url)
    options: dict = {"prefer_psycopg3": True}
    if not hasattr(peewee.PostgresqlDatabase, "psycopg3_adapter"):  # peewee 3.17 / 3.18
        from playhouse.psycopg3_ext import Psycopg3Database as base
        options = {}
    else:
        base = peewee.PostgresqlDatabase
    cls = HallServerDatabase if base is peewee.PostgresqlDatabase else type(
        "HallServerDatabase", (base,), {"_connect": HallServerDatabase._connect,
                          "_initialize_connection": HallServerDatabase._initialize_connection})
    try:
        port = parsed.port
    except ValueError as exc:
        raise ConfigurationError(f"--db: the port in {url!r} is not a number") from exc
    return cls(
        (parsed.path or "/").lstrip("/") or "helpdesk",
        user=unquote(parsed.username) if parsed.username else None,
        password=unquote(parsed.password) if parsed.password else None,
        host=parsed.hostname or None,
        port=port or None,
        connect_timeout=CONNECT_TIMEOUT_S,
        application_name="helpdesk_gui",
        **options,
    )


def explain_connect_error(database: peewee.Database, exc: Exception) -> Exception:
    """A ``DatabaseUnavailable`` naming the cause of a failed connection (or ``exc``)."""
    from helpdesk_gui.domain.errors import DatabaseUnavailable

    params = database.connect_params
    where = f"{params.get('host') or 'localhost'}:{params.get('port') or 5432}"
    user, name = params.get("user") or "(default user)", database.database
    code = getattr(exc, "sqlstate", None)
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if code == "28P01" or "password authentication failed" in text:
        return DatabaseUnavailable(
            f"the database server {where} refused user {user!r}: wrong password. "
            "Check the password in the connection settings (ask the administrator).")
    if code == "28000" or "no pg_hba.conf entry" in text:
        return DatabaseUnavailable(
            f"the database server {where} does not let user {user!r} in from this PC "
            f"({text}); the administrator allows it in pg_hba.conf.")
    if code == "3D000" or "does not exist" in text:
        return DatabaseUnavailable(
            f"the database server {where} has no database {name!r} ({text}); check the "
            "database name, or ask the administrator to create it.")
    if code is None:
        return DatabaseUnavailable(
            f"cannot reach the database server {where} ({text}). Check that the server "
            "is running, the host name and port are right and the network is up.")
    return exc


def create_owner_only(path: Path) -> None:
    """Create a new database file readable by its owner only (SQLite gives its -wal and
    -shm files the same mode); an existing file is left as it is."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass


def bind(database: peewee.Database) -> peewee.Database:
    """Bind the models' proxy to an opened database."""
    database_proxy.initialize(database)
    return database


def is_sqlite(database: peewee.Database | None = None) -> bool:
    """True when the bound database is SQLite (the branch-office default)."""
    db = database or database_proxy.obj
    return isinstance(db, peewee.SqliteDatabase)


def field_on_sqlite(field: peewee.Field) -> bool:
    """Whether the field's model is bound to SQLite now (the proxy's database, or the one
    ``bind_ctx`` gave it, as ``db copy`` does for its target)."""
    database = field.model._meta.database
    return is_sqlite(getattr(database, "obj", database))
