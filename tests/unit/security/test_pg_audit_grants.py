"""PostgreSQL: the application role can INSERT into the audit table, never UPDATE, DELETE
or TRUNCATE it. Runs a throwaway PostgreSQL cluster through ``psql`` when the server
binaries are installed (skipped otherwise)."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time

import pytest

from helpdesk_gui.db.grants import audit_grants_sql

BIN = sorted(glob.glob("/usr/lib/postgresql/*/bin"))


def test_the_grants_revoke_rewriting_rights_on_the_audit_table_only():
    sql = audit_grants_sql("helpdesk_app")
    assert "REVOKE ALL ON public.audit_entry FROM helpdesk_app" in sql
    assert sql[-1] == "GRANT SELECT, INSERT ON public.audit_entry TO helpdesk_app"
    assert sql.index("REVOKE ALL ON public.audit_entry FROM helpdesk_app") > sql.index(
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO helpdesk_app")
    with pytest.raises(ValueError):
        audit_grants_sql("app; DROP TABLE x")


@pytest.fixture(scope="module")
def cluster():
    if not BIN or os.name != "posix" or os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs the PostgreSQL server binaries and root to run them as postgres")
    folder = tempfile.mkdtemp(prefix="hd-pg-")
    shutil.chown(folder, "postgres")
    run = lambda *cmd: subprocess.run(  # noqa: E731
        ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", *cmd],
        capture_output=True, text=True, timeout=120, cwd=folder)
    data, port = f"{folder}/data", str(54000 + os.getpid() % 1000)
    assert run(f"{BIN[-1]}/initdb", "-D", data, "-A", "trust").returncode == 0
    started = run(f"{BIN[-1]}/pg_ctl", "-D", data, "-w", "-l", f"{folder}/log", "-o",
                  f"-k {folder} -p {port} -c listen_addresses=''", "start")
    assert started.returncode == 0, started.stderr

    def psql(user: str, sql: str) -> subprocess.CompletedProcess:
        return run("psql", "-h", folder, "-p", port, "-U", user, "-d", "postgres",
                   "-v", "ON_ERROR_STOP=1", "-c", sql)
    yield psql
    run(f"{BIN[-1]}/pg_ctl", "-D", data, "-m", "immediate", "stop")
    time.sleep(0.2)
    shutil.rmtree(folder, ignore_errors=True)


def test_the_application_role_may_only_append_to_the_audit_trail(cluster):
    owner = ["CREATE ROLE helpdesk_app LOGIN",
             "CREATE TABLE audit_entry (id serial PRIMARY KEY, action text, hash text)",
             "CREATE TABLE audit_head (id int PRIMARY KEY, last_hash text)",
             "INSERT INTO audit_head VALUES (1, '')", *audit_grants_sql("helpdesk_app")]
    for statement in owner:
        done = cluster("postgres", statement)
        assert done.returncode == 0, (statement, done.stderr)
    assert cluster("helpdesk_app", "INSERT INTO audit_entry (action, hash) "
                                   "VALUES ('x', 'h')").returncode == 0
    assert cluster("helpdesk_app", "UPDATE audit_head SET last_hash = 'h'").returncode == 0
    assert cluster("helpdesk_app", "SELECT count(*) FROM audit_entry").returncode == 0
    for forbidden in ("UPDATE audit_entry SET action = 'forged'", "DELETE FROM audit_entry",
                      "TRUNCATE audit_entry"):
        done = cluster("helpdesk_app", forbidden)
        assert done.returncode != 0 and "permission denied" in done.stderr, forbidden
