"""Where this PC's database is: "this PC only" (SQLite) or "hall server" (PostgreSQL).

The settings file holds the kind, host, port, database and user — never the password.
The password goes to the operating system's keyring (``keyring``: Windows Credential
Manager, macOS Keychain, Secret Service on Linux desktops); where there is no keyring
(a headless Linux PC) it goes to a file only this user can read (mode 0600) in the
user's config folder. It is never logged and never shown: ``display`` masks it.

``test_connection`` is what the *Test connection* button runs (on a worker thread): it
connects and checks the schema, and answers with the same specific messages a start-up
would give (wrong password, no such database, server not reachable, schema too old).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from platformdirs import user_config_dir

log = logging.getLogger(__name__)

SERVICE = "helpdesk_gui"
KINDS = ("local", "server")


@dataclass(frozen=True)
class ServerSettings:
    host: str
    port: int = 5432
    database: str = "helpdesk"
    user: str = "hall"

    @property
    def account(self) -> str:
        """The keyring entry's name: one password per user and server."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None) -> str:
        auth = quote(self.user, safe="")
        if password:
            auth += ":" + quote(password, safe="")
        return f"postgresql://{auth}@{self.host}:{self.port}/{quote(self.database, safe='')}"


def _password_file(account: str) -> Path:
    safe = "".join(c if c.isalnum() else "_" for c in account)
    return Path(user_config_dir(SERVICE, appauthor=False)) / "secrets" / safe


def _keyring():
    """The keyring module when a real backend is available, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    return None if isinstance(keyring.get_keyring(), fail.Keyring) else keyring


def save_password(server: ServerSettings, password: str) -> str:
    """Store the password; returns where ("keyring" or "file")."""
    ring = _keyring()
    if ring is not None:
        ring.set_password(SERVICE, server.account, password)
        return "keyring"
    path = _password_file(server.account)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(password)
    os.chmod(path, 0o600)
    return "file"


def load_password(server: ServerSettings) -> str | None:
    ring = _keyring()
    if ring is not None:
        return ring.get_password(SERVICE, server.account)
    path = _password_file(server.account)
    return path.read_text(encoding="utf-8") if path.exists() else None


def save(settings, kind: str, server: ServerSettings | None = None,
         password: str | None = None) -> None:
    """Remember the choice in the settings (no password there) and the password apart."""
    if kind not in KINDS:
        raise ValueError(kind)
    settings.setValue("db/kind", kind)
    if kind == "server" and server is not None:
        for key, value in (("host", server.host), ("port", server.port),
                           ("database", server.database), ("user", server.user)):
            settings.setValue(f"db/{key}", value)
        if password is not None:
            save_password(server, password)
    settings.sync()


def server_from(settings) -> ServerSettings | None:
    if settings.value("db/kind", "local") != "server":
        return None
    return ServerSettings(str(settings.value("db/host", "")),
                          int(settings.value("db/port", 5432) or 5432),
                          str(settings.value("db/database", "helpdesk")),
                          str(settings.value("db/user", "hall")))


def url_from(settings) -> str | None:
    """The hall server's URL (with its stored password), or None for this PC only."""
    server = server_from(settings)
    return None if server is None or not server.host else server.url(load_password(server))


@dataclass(frozen=True)
class ConnectionCheck:
    """What *Test connection* found: ``problem`` is "" when the server can be used, else
    one of ``PROBLEMS`` (each has its own message on screen); ``detail`` is the reason as
    the database layer worded it (never holding the password)."""

    problem: str
    detail: str = ""
    version: int = 0

    @property
    def ok(self) -> bool:
        return not self.problem


PROBLEMS = ("wrong_password", "not_allowed", "no_database", "unreachable",
            "schema_missing", "schema_old", "schema_new", "not_helpdesk", "other")


def _problem_of(exc: Exception) -> str:
    from helpdesk_gui.domain.errors import SchemaTooNew, SchemaTooOld

    if isinstance(exc, SchemaTooNew):
        return "schema_new"
    if isinstance(exc, SchemaTooOld):
        return "schema_missing" if "no helpdesk schema yet" in str(exc) else "schema_old"
    text = str(exc)
    for marker, problem in (("wrong password", "wrong_password"),
                            ("does not let user", "not_allowed"),
                            ("has no database", "no_database"),
                            ("cannot reach", "unreachable"),
                            ("no helpdesk schema", "not_helpdesk")):
        if marker in text:
            return problem
    return "other"


def test_connection(url: str) -> ConnectionCheck:
    """Connect and check the schema (a worker thread runs this, never the GUI thread)."""
    from helpdesk_gui.db.connect import make_database, parse_url
    from helpdesk_gui.db.migrations import check
    from helpdesk_gui.domain.base import Meta
    from helpdesk_gui.domain.errors import HelpdeskError

    database = make_database(parse_url(url))
    try:
        database.connect()
        with database.bind_ctx([Meta]):  # this PC's own database stays bound as it was
            version = check(database)
        return ConnectionCheck("", f"connected, schema version {version}", version)
    except HelpdeskError as exc:
        return ConnectionCheck(_problem_of(exc), str(exc))
    except Exception as exc:  # noqa: BLE001 - anything else is still an answer to show
        log.warning("test connection: %s", type(exc).__name__)
        return ConnectionCheck("other", type(exc).__name__)
    finally:
        if not database.is_closed():
            database.close()
