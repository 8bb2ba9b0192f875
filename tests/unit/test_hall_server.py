"""The hall server: many counters on one PostgreSQL database.

Numbering from four processes at once, the schema checks a PC makes (older, newer,
not ours), connection failures each with its own message, ``db upgrade`` and ``db copy``
from an SQLite hall, and search giving the same hits on both backends.
"""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pghall
import pytest

from helpdesk_gui import cli
from helpdesk_gui.db import open_database, search
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.demo import capabilities
from helpdesk_gui.domain.base import Meta
from helpdesk_gui.domain.errors import (
    ConfigurationError,
    DatabaseUnavailable,
    SchemaTooNew,
    SchemaTooOld,
)
from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(
    pghall.unavailable_reason() is not None,
    reason=f"PostgreSQL runs skipped: {pghall.unavailable_reason()}")]

NOW = datetime(2026, 6, 2, 10, 0, tzinfo=UTC)


def _new_database(name: str) -> str:
    """An empty database on the test server (dropped first if a run left it)."""
    import psycopg

    with psycopg.connect(pghall.server_url("postgres"), autocommit=True) as con:
        con.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        con.execute(f"CREATE DATABASE {name}")
    return pghall.server_url(name)


@pytest.fixture
def unbind():
    yield
    if database_proxy.obj is not None:
        database_proxy.obj.close()
    database_proxy.initialize(None)


WORKER = textwrap.dedent("""
    import sys
    from helpdesk_gui.db import open_database
    from helpdesk_gui.services.security.staff import by_employee_no
    from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
    open_database(sys.argv[1])
    clerk = by_employee_no(sys.argv[2])
    sys.stdin.readline()  # start together
    for i in range(int(sys.argv[3])):
        form = IntakeForm(channel="counter", type="repair", level=2, customer_name="客户",
                          phone=f"139{int(sys.argv[4]):02d}{i:06d}", description=f"停电 {i}")
        print(create_ticket(form, clerk).ticket_no, flush=True)
""")


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_four_counters_number_gap_free_on_the_server(db, db_url, branch):
    from helpdesk_gui.services.security.staff import create_staff

    clerks = [f"12{n:02d}" for n in range(4)]
    for number in clerks:
        create_staff(branch, number, "窗口职员", "counter")
    src = Path(__file__).resolve().parents[2] / "src"
    per_process = 40
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, db_url, emp, str(per_process),
                               str(n)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True, env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"})
             for n, emp in enumerate(clerks)]
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    numbers = [n for proc in procs for n in proc.communicate(timeout=300)[0].split()]
    assert all(proc.returncode == 0 for proc in procs)
    assert len(numbers) == len(set(numbers)) == 4 * per_process
    assert Ticket.select().count() == 4 * per_process  # nothing lost
    by_day: dict[str, list[int]] = {}
    for number in numbers:
        _, day, seq = number.split("-")
        by_day.setdefault(day, []).append(int(seq))
    for seqs in by_day.values():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))


def test_wrong_password_is_named(unbind):
    url = pghall.server_url().replace(pghall.pgcluster.PASSWORD, "not-the-password")
    with pytest.raises(DatabaseUnavailable, match="wrong password"):
        open_database(url)


def test_unreachable_server_is_named(unbind):
    port = pghall.pgcluster.free_port()  # nothing listens there
    with pytest.raises(DatabaseUnavailable, match="cannot reach the database server"):
        open_database(f"postgresql://postgres:x@127.0.0.1:{port}/helpdesk")


def test_missing_database_is_named(unbind):
    url = pghall.server_url("no_such_hall")
    with pytest.raises(DatabaseUnavailable, match="has no database 'no_such_hall'"):
        open_database(url)


def test_client_never_migrates_and_says_who_does(unbind, capsys):
    url = _new_database("hall_fresh")
    with pytest.raises(SchemaTooOld, match="ask the administrator to run"):
        open_database(url)  # an empty server: the PC does not create the schema
    assert cli.main(["--db", url, "db", "upgrade"]) == 0
    assert "schema version" in capsys.readouterr().out
    database = open_database(url)  # now it opens
    Meta.update(value="1").where(Meta.key == "schema_version").execute()
    database.close()
    with pytest.raises(SchemaTooOld, match="version 1, older"):
        open_database(url)
    assert cli.main(["--db", url, "db", "info"]) == 2  # clear message, no traceback
    assert "ask the administrator" in capsys.readouterr().err
    open_database(url, migrate=True)
    Meta.update(value="99").where(Meta.key == "schema_version").execute()
    with pytest.raises(SchemaTooNew, match="newer than this application"):
        open_database(url)


def test_a_foreign_database_is_not_taken_for_ours(unbind):
    import psycopg

    url = _new_database("not_a_hall")
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(ConfigurationError, match="holds tables but no helpdesk schema"):
        open_database(url)


def test_two_migrators_at_once_upgrade_once(unbind):
    url = _new_database("hall_race")
    src = Path(__file__).resolve().parents[2] / "src"
    code = ("import sys; from helpdesk_gui.db import open_database; "
            "open_database(sys.argv[1], migrate=True)")
    procs = [subprocess.Popen([sys.executable, "-c", code, url], stderr=subprocess.PIPE,
                              text=True, env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"})
             for _ in range(3)]
    errors = [proc.communicate(timeout=300)[1] for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0, 0], errors
    open_database(url)
    from helpdesk_gui.domain.complaints.models import RootCause
    from helpdesk_gui.domain.sla.models import SlaPolicy

    assert SlaPolicy.select().count() == 1  # seeded once, not three times
    assert RootCause.select().count() == len({r.code for r in RootCause.select()})


def _sqlite_hall(tmp_path) -> str:
    from helpdesk_gui.demo import capabilities, generate

    url = f"sqlite:///{tmp_path / 'branch.db'}"
    open_database(url)
    generate.generate(200, seed=3, now=NOW)
    capabilities.populate(3)
    capabilities.set_demo_passwords()  # the command line signs in (administrator 1021)
    database_proxy.obj.close()
    return url


def _snapshot() -> dict:
    from helpdesk_gui.domain.security.models import AuditEntry

    return {
        "tickets": sorted(Ticket.select(Ticket.id, Ticket.ticket_no, Ticket.uuid,
                                        Ticket.status).tuples()),
        "events": TicketEvent.select().count(),
        "audit": sorted(AuditEntry.select(AuditEntry.id, AuditEntry.uuid,
                                          AuditEntry.hash).tuples()),
        "hits": {word: sorted(search.TICKETS.ranked(word, 10**6))
                 for word in ("停电", "水费", "电", "水压低", "app")},
    }


def test_db_copy_moves_a_sqlite_hall_onto_the_server(tmp_path, unbind, capsys, monkeypatch):
    source = _sqlite_hall(tmp_path)
    open_database(source)
    before = _snapshot()
    database_proxy.obj.close()
    target = _new_database("hall_copy")
    assert cli.main(["db", "copy", "--from", source, "--to", target]) == 0
    assert "copied" in capsys.readouterr().out
    open_database(target)
    after = _snapshot()
    assert after == before and len(before["tickets"]) >= 200 and before["hits"]["停电"]
    monkeypatch.setattr("sys.stdin", io.StringIO(capabilities.DEMO_PASSWORD + "\n"))
    assert cli.main(["--db", target, "--user", "1021", "--password-stdin", "audit",
                     "verify"]) == 0  # the chain still verifies
    assert "audit trail intact" in capsys.readouterr().out
    from helpdesk_gui.services.security import staff
    from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

    clerk = staff.by_employee_no("1001")
    made = create_ticket(IntakeForm(channel="counter", type="repair", level=3,
                                    customer_name="新客户", phone="13912345678",
                                    description="迁移后的第一张工单"), clerk)
    assert made.id > max(t[0] for t in before["tickets"])  # ids continue after the copy
    database_proxy.obj.close()
    assert cli.main(["db", "copy", "--from", source, "--to", target]) == 2
    assert "target is not empty" in capsys.readouterr().err


def test_upgrade_with_an_app_role_leaves_the_counters_only_appending_to_the_audit_trail(
        unbind, capsys):
    import psycopg

    url = _new_database("hall_grants")
    with psycopg.connect(pghall.server_url("postgres"), autocommit=True) as con:
        con.execute("DROP ROLE IF EXISTS hall_counter")
        con.execute("CREATE ROLE hall_counter LOGIN PASSWORD 'counter-pw'")
    assert cli.main(["--db", url, "db", "upgrade", "--app-role", "hall_counter"]) == 0
    out = capsys.readouterr().out
    assert "append-only for role hall_counter" in out
    assert "this role may rewrite it" in out  # the superuser ran it, and is told so
    database_proxy.obj.close()
    counter_url = pghall.cluster().url("hall_grants", user="hall_counter",
                                       password="counter-pw")
    with psycopg.connect(counter_url, autocommit=True) as con:
        con.execute("INSERT INTO audit_entry (uuid, at, actor_no, action, object_type, "
                    "object_id, detail, prev_hash, hash) SELECT uuid, at, actor_no, "
                    "'test.append', object_type, object_id, detail, prev_hash, hash "
                    "FROM audit_entry LIMIT 0")
        assert con.execute("SELECT count(*) FROM ticket").fetchone() == (0,)
        con.execute("UPDATE audit_head SET last_hash = last_hash")
        for forbidden in ("UPDATE audit_entry SET action = 'forged'",
                          "DELETE FROM audit_entry", "TRUNCATE audit_entry"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                con.execute(forbidden)
    database_proxy.initialize(None)
    assert cli.main(["--db", counter_url, "db", "info"]) == 0
    assert "may rewrite" not in capsys.readouterr().out
    # a counter connected as that role still does its whole job: staff, intake, audit
    from helpdesk_gui.services.security import staff as staff_service
    from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

    clerk = staff_service.create_staff(staff_service.ensure_branch("BJ01", "朝阳"), "1001",
                                       "王芳", "counter")
    created = create_ticket(IntakeForm(channel="counter", type="repair", level=2,
                                       customer_name="客户", phone="13900000001",
                                       description="停电"), clerk)
    assert created.ticket_no.startswith("BJ01-")
    assert search.TICKETS.ranked("停电", 10) == [created.id]


def test_app_role_is_refused_on_sqlite(tmp_path, unbind, capsys):
    assert cli.main(["--db", f"sqlite:///{tmp_path / 'one.db'}", "db", "upgrade",
                     "--app-role", "hall_counter"]) == 2
    assert "PostgreSQL hall server" in capsys.readouterr().err


def test_db_copy_of_more_rows_than_one_statement_may_carry(tmp_path, unbind, capsys):
    """2,100 tickets × 30-odd columns is over PostgreSQL's 65,535 parameters a statement
    (and SQLite's 32,766): the copy streams them instead."""
    from helpdesk_gui.demo import generate

    source = f"sqlite:///{tmp_path / 'big.db'}"
    open_database(source)
    generate.generate(2100, seed=5, now=NOW)
    events = TicketEvent.select().count()
    database_proxy.obj.close()
    target = _new_database("hall_copy_big")
    assert cli.main(["db", "copy", "--from", source, "--to", target]) == 0
    capsys.readouterr()
    open_database(target)
    assert (Ticket.select().count(), TicketEvent.select().count()) == (2100, events)
    database_proxy.obj.close()
    again = f"sqlite:///{tmp_path / 'again.db'}"
    assert cli.main(["db", "copy", "--from", target, "--to", again]) == 0
    open_database(again)
    assert Ticket.select().count() == 2100
