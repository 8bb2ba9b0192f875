"""A change made by another seat (process) reaches this seat's listener with its ids."""

from __future__ import annotations

import queue
import subprocess
import sys
import textwrap
from pathlib import Path

from helpdesk_gui.db import notify

SEAT = textwrap.dedent("""
    import sys
    from helpdesk_gui.db import notify, open_database
    from helpdesk_gui.services.security.staff import by_employee_no
    from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
    database = open_database(sys.argv[1])
    form = IntakeForm(channel="counter", type="repair", level=3, customer_name="客户",
                      phone="13900001111", description="另一个窗口登记的停电")
    ticket = create_ticket(form, by_employee_no(sys.argv[2]))
    notify.publish(database, {ticket.id}, set(), {"created"})
    print(ticket.id)
""")


def test_another_seats_ticket_reaches_the_listener(db, db_url, clerk):
    got: queue.Queue = queue.Queue()
    listener = notify.Listener(db, got.put).start()
    try:
        assert listener.ready.wait(10)
        src = Path(__file__).resolve().parents[2] / "src"
        out = subprocess.run([sys.executable, "-c", SEAT, db_url, clerk.employee_no],
                             capture_output=True, text=True, timeout=120,
                             env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"})
        assert out.returncode == 0, out.stderr
        ticket_id = int(out.stdout.split()[-1])
        change = got.get(timeout=5)
        while ticket_id not in change.tickets:
            change = got.get(timeout=5)
        assert change.origin != notify.ORIGIN
    finally:
        listener.stop()


def test_own_changes_are_not_echoed(db, clerk):
    got: queue.Queue = queue.Queue()
    listener = notify.Listener(db, got.put).start()
    try:
        assert listener.ready.wait(10)
        notify.publish(db, {1}, set(), {"created"})  # this seat's own write
        try:
            change = got.get(timeout=1.5)
        except queue.Empty:
            change = None
        assert change is None
    finally:
        listener.stop()


def test_too_many_ids_become_reload_everything():
    change = notify.parse(notify.payload(range(notify.MAX_IDS + 1), [], {"imported"}))
    assert change.tickets == frozenset() and "everything" in change.kinds
    small = notify.parse(notify.payload([3, 1], [7], {"edited"}))
    assert small.tickets == {1, 3} and small.customers == {7} and small.origin == notify.ORIGIN
