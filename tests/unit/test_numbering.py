"""Ticket numbers: unique and gap-free per branch and day, even from two counters at once."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

from helpdesk_gui.domain.tickets.models import Ticket, TicketCounter
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
from helpdesk_gui.services.tickets.numbering import local_day, next_number

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


def test_two_processes_get_unique_gapless_numbers(db, branch, tmp_path, db_url):
    from helpdesk_gui.services.security.staff import create_staff

    create_staff(branch, "1101", "甲", "counter")
    create_staff(branch, "1102", "乙", "counter")
    url = db_url
    src = Path(__file__).resolve().parents[2] / "src"
    per_process = 60
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, url, emp, str(per_process), str(n)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"})
             for n, emp in enumerate(("1101", "1102"))]
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    outputs = [proc.communicate(timeout=120)[0].split() for proc in procs]
    assert all(proc.returncode == 0 for proc in procs)
    numbers = outputs[0] + outputs[1]
    assert len(numbers) == 2 * per_process
    assert len(set(numbers)) == len(numbers)
    assert Ticket.select().count() == 2 * per_process  # nothing lost
    by_day: dict[str, list[int]] = {}
    for number in numbers:
        code, day, seq = number.split("-")
        assert code == "BJ01"
        by_day.setdefault(day, []).append(int(seq))
    for seqs in by_day.values():
        assert sorted(seqs) == list(range(1, len(seqs) + 1))  # gap-free


def test_number_uses_branch_local_day(db, branch):
    # 17:30 UTC is 01:30 the next day in Shanghai.
    assert local_day(branch, datetime(2026, 11, 22, 17, 30)) == "20261123"
    assert local_day(branch, datetime(2026, 11, 22, 15, 59)) == "20261122"
    with db.atomic():
        first = next_number(branch, datetime(2026, 11, 22, 17, 30))
        second = next_number(branch, datetime(2026, 11, 22, 18, 0))
    assert (first, second) == ("BJ01-20261123-0001", "BJ01-20261123-0002")


def test_failed_intake_does_not_burn_a_number(db, branch, clerk):
    good = IntakeForm(channel="counter", type="repair", level=3, customer_name="张三",
                      phone="13800000001", description="水压低")
    first = create_ticket(good, clerk).ticket_no
    bad = IntakeForm(channel="counter", type="repair", level=3, customer_name="张三",
                     phone="13800000001", description="")
    try:
        create_ticket(bad, clerk)
    except Exception:
        pass
    second = create_ticket(good, clerk).ticket_no
    assert int(second.rsplit("-", 1)[1]) == int(first.rsplit("-", 1)[1]) + 1
    assert TicketCounter.select().count() == 1
