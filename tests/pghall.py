"""The PostgreSQL side of the test suite: one private server per session, reset per test.

The server (``pgcluster``) starts at the first test that needs it. The schema is created
once; what the migrations seed (root causes, the default SLA policy, the audit head, the
schema version) is copied into a ``seed`` schema, and each test gets the database back
in that state: ``TRUNCATE … RESTART IDENTITY CASCADE`` of every table, the seed rows
copied back, sequences moved past them — a few milliseconds instead of a new database.

``HELPDESK_TEST_PG=0`` turns the PostgreSQL runs off; without PostgreSQL binaries they are
skipped and the report says so in one line.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import uuid
from pathlib import Path

import pgcluster

DATABASE = "helpdesk_test"
_state: dict = {"cluster": None, "tables": None, "sequences": None, "runs": 0, "error": None}


def unavailable_reason() -> str | None:
    """Why the PostgreSQL runs cannot happen here, or None."""
    if os.environ.get("HELPDESK_TEST_PG", "1") == "0":
        return "turned off with HELPDESK_TEST_PG=0"
    if pgcluster.find_bin_dir() is None:
        return ("no PostgreSQL binaries (initdb, pg_ctl) found — install the Debian "
                "package postgresql (make bootstrap does)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "the psycopg package is not installed (pip install .[postgres])"
    return None


def backends_for(metafunc) -> list[str]:
    """``sqlite`` everywhere; also ``postgresql`` for unit tests that are not SQLite-only."""
    path = Path(str(metafunc.definition.path))
    unit = "unit" in path.parts
    if not unit or metafunc.definition.get_closest_marker("sqlite_only"):
        return ["sqlite"]
    return ["sqlite"] if unavailable_reason() else ["sqlite", "postgresql"]


def _connect(database: str = DATABASE):
    import psycopg

    return psycopg.connect(_state["cluster"].url(database), autocommit=True)


def _start() -> None:
    cluster = pgcluster.create()
    _state["cluster"] = cluster
    atexit.register(cluster.stop, "immediate")
    with _connect("postgres") as con:
        con.execute(f"CREATE DATABASE {DATABASE}")
    from helpdesk_gui.db import open_database
    from helpdesk_gui.db.connect import database_proxy

    database = open_database(server_url(), migrate=True)
    database.close()
    database_proxy.initialize(None)
    with _connect() as con:
        tables = [t for (t,) in con.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        con.execute("CREATE SCHEMA seed")
        seeded, sequences = [], []
        for table in tables:
            con.execute(f'CREATE TABLE seed."{table}" AS SELECT * FROM public."{table}"')
            if con.execute(f'SELECT EXISTS (SELECT 1 FROM seed."{table}")').fetchone()[0]:
                seeded.append(table)
                seq = con.execute(
                    "SELECT pg_get_serial_sequence(%s, 'id') FROM information_schema.columns "
                    "WHERE table_schema = 'public' AND table_name = %s AND column_name = 'id'",
                    (f'public."{table}"', table)).fetchone()
                if seq and seq[0]:
                    sequences.append((table, seq[0]))
        all_sequences = [s for (s,) in con.execute(
            "SELECT schemaname || '.' || sequencename FROM pg_sequences "
            "WHERE schemaname = 'public'")]
    _state.update(tables=tables, reset_sql=_reset_sql(tables, seeded, sequences, all_sequences))


def _reset_sql(tables, seeded, sequences, all_sequences) -> str:
    """One script that empties every table and puts the seed rows back.

    ``DELETE`` with foreign-key triggers off (``session_replication_role``) instead of
    ``TRUNCATE``: on small tables it is ten times faster (no new files per table).
    """
    lines = ["SET LOCAL session_replication_role = replica"]
    lines += [f'DELETE FROM public."{t}"' for t in tables]
    lines += [f'INSERT INTO public."{t}" SELECT * FROM seed."{t}"' for t in seeded]
    lines += [f"ALTER SEQUENCE {s} RESTART" for s in all_sequences]
    lines += [f"SELECT setval('{seq}', (SELECT MAX(id) FROM public.\"{t}\"))"
              for t, seq in sequences]
    return ";\n".join(lines)


def server_url(database: str = DATABASE) -> str:
    """The URL of a database on the test server (started if need be)."""
    if _state["cluster"] is None:
        _start()
    return _state["cluster"].url(database)


def cluster():
    """The running test cluster (started if need be)."""
    server_url()
    return _state["cluster"]


def fresh_database() -> str:
    """Reset the test database to its freshly migrated state; returns its URL."""
    from helpdesk_gui.db import secret
    from helpdesk_gui.domain.security import chain

    url = server_url()
    _state["runs"] += 1
    with _connect() as con:
        # Connections a previous test left open (worker threads) would block TRUNCATE.
        con.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = %s AND pid <> pg_backend_pid()", (DATABASE,))
        with con.transaction():
            con.execute(_state["reset_sql"])
            # a fresh database has its own identity: anchors of the audit chain kept outside
            # the database (by database id) from an earlier test must not apply to this one
            con.execute("UPDATE meta SET value = %s WHERE key = 'database_id'",
                        (str(uuid.uuid4()),))
            # ... and is keyed by the installation secret in force now: the server may
            # have been started (and the seed migrated) while a test used another one
            con.execute("UPDATE meta SET value = %s WHERE key = %s",
                        (chain.key_id(secret.installation_key()), chain.KEY_ID_KEY))
    return url


def report_header(config) -> str:
    reason = unavailable_reason()
    if reason:
        return f"PostgreSQL runs: SKIPPED — {reason}; unit tests run on SQLite only"
    return "PostgreSQL runs: unit tests using `db` run on SQLite and on a private server"


def terminal_summary(terminalreporter, exitstatus, config) -> None:
    reason = unavailable_reason()
    if reason:
        terminalreporter.write_line(
            f"PostgreSQL runs SKIPPED: {reason}; unit tests ran on SQLite only", yellow=True)
    elif _state["runs"]:
        terminalreporter.write_line(
            f"PostgreSQL: {_state['runs']} test runs on a private server (reset per test)")


def session_finish(session, exitstatus) -> None:
    server = _state["cluster"]
    if server is not None:
        server.stop("immediate")
        shutil.rmtree(server.data, ignore_errors=True)
        _state["cluster"] = None


@contextlib.contextmanager
def crashable_server(database: str = "hall"):
    """A durable server of the caller's own, with an empty ``database``, to crash on
    purpose (``cluster.stop("immediate")``, ``cluster.start()``); removed afterwards."""
    import psycopg

    cluster = pgcluster.create(options=pgcluster.DURABLE_OPTIONS)
    try:
        with psycopg.connect(cluster.url("postgres"), autocommit=True) as con:
            con.execute(f"CREATE DATABASE {database}")
        yield cluster
    finally:
        cluster.stop("immediate")
        shutil.rmtree(cluster.data, ignore_errors=True)
