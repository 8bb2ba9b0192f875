"""A lost hall server: the client reconnects and nothing acknowledged is lost.

A private PostgreSQL server is stopped with ``pg_ctl stop -m immediate`` (a crash, as a
power cut would) in the middle of a counter's stream of new tickets, then started
again. Every ticket the client acknowledged (``retrying`` returned) is in the database,
the numbers are unique and gap-free, and the client carried on by itself.
"""

from __future__ import annotations

import threading
import time

import peewee as pw
import pghall
import pytest

from helpdesk_gui.db import open_database, reconnect
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.errors import DatabaseUnavailable, ValidationError
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket, new_request


def test_what_counts_as_a_lost_connection():
    lost = pw.OperationalError("consuming input failed: server closed the connection "
                               "unexpectedly")
    assert reconnect.is_connection_lost(lost)
    assert reconnect.is_connection_lost(pw.InterfaceError("the connection is closed"))
    assert reconnect.is_connection_lost(DatabaseUnavailable("cannot reach the database "
                                                            "server h:5432 (refused)"))
    assert not reconnect.is_connection_lost(DatabaseUnavailable("wrong password"))
    assert not reconnect.is_connection_lost(pw.IntegrityError("duplicate key"))
    assert not reconnect.is_connection_lost(ValidationError({"phone": "required"}))


def test_other_errors_are_not_retried():
    calls = []

    def work():
        calls.append(1)
        raise ValidationError({"phone": "required"})
    with pytest.raises(ValidationError):
        reconnect.retrying(pw.SqliteDatabase(":memory:"), work)
    assert len(calls) == 1


@pytest.fixture
def own_server():
    """A server of this test's own (it is crashed on purpose)."""
    if pghall.unavailable_reason():
        pytest.skip(f"PostgreSQL: {pghall.unavailable_reason()}")
    with pghall.crashable_server() as cluster:
        yield cluster
        database_proxy.initialize(None)


def test_server_crash_mid_writes_loses_nothing_acknowledged(own_server):
    database = open_database(own_server.url("hall"), migrate=True)
    branch = staff_service.ensure_branch("BJ01", "北京朝阳营业厅")
    clerk = staff_service.create_staff(branch, "1001", "王芳", "counter")
    acknowledged: list[str] = []
    events = {"lost": 0, "back": 0}
    done = threading.Event()
    wanted = 60

    def counter() -> None:
        for i in range(wanted):
            form = IntakeForm(channel="counter", type="repair", level=2, customer_name="客户",
                              phone=f"1390000{i:04d}", description=f"停电 {i}",
                              request_uuid=new_request())  # as the intake page sends it
            created = reconnect.retrying(
                database, lambda form=form: create_ticket(form, clerk),
                on_lost=lambda _exc: events.__setitem__("lost", events["lost"] + 1),
                on_back=lambda: events.__setitem__("back", events["back"] + 1),
                first_wait=0.2)
            acknowledged.append(created.ticket_no)
        database.close()
        done.set()
    worker = threading.Thread(target=counter, daemon=True)
    worker.start()
    deadline = time.monotonic() + 60
    while len(acknowledged) < 15 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(acknowledged) >= 15
    own_server.stop("immediate")  # the server dies in the middle of the stream
    before_restart = len(acknowledged)
    time.sleep(1.5)
    assert len(acknowledged) <= before_restart + 1  # at most the one in flight committed
    own_server.start()
    assert done.wait(90), "the client did not carry on after the server came back"
    assert events["lost"] >= 1 and events["back"] >= 1
    import psycopg

    with psycopg.connect(own_server.url("hall")) as con:
        stored = [n for (n,) in con.execute("SELECT ticket_no FROM ticket ORDER BY id")]
    assert len(acknowledged) == wanted
    assert set(acknowledged) <= set(stored)  # every acknowledged ticket is there
    assert len(stored) == len(set(stored)) == wanted  # and nothing twice
    seqs = sorted(int(n.rsplit("-", 1)[1]) for n in stored)
    assert seqs == list(range(1, wanted + 1))  # gap-free through the crash


def test_a_retried_submission_whose_reply_was_lost_is_not_taken_in_twice(clerk):
    """The commit reached the server but the connection died before the answer: the
    retry returns the ticket already taken in, with its number, not a second ticket."""
    from helpdesk_gui.domain.tickets.models import Ticket

    form = IntakeForm(channel="counter", type="repair", level=2, customer_name="客户",
                      phone="13900002222", description="停电", request_uuid=new_request())
    attempts = []

    def work():
        created = create_ticket(form, clerk)
        attempts.append(created.ticket_no)
        if len(attempts) == 1:
            raise pw.OperationalError("consuming input failed: server closed the connection "
                                      "unexpectedly")
        return created
    created = reconnect.retrying(database_proxy.obj, work, first_wait=0.01)
    assert attempts == [created.ticket_no, created.ticket_no]
    assert Ticket.select().count() == 1
    other = create_ticket(IntakeForm(channel="counter", type="repair", level=2,
                                     customer_name="客户", phone="13900002222",
                                     description="又停电", request_uuid=new_request()), clerk)
    assert other.id != created.id  # a new submission is a new ticket
