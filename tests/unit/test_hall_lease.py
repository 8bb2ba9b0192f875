"""One scheduler for the hall: of three seats exactly one holds the lease, and another
takes over when that seat's process is killed."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

from helpdesk_gui.db.lease import HallLease

HOLDER = textwrap.dedent("""
    import sys, time
    from helpdesk_gui.db import open_database
    from helpdesk_gui.db.lease import HallLease
    lease = HallLease(open_database(sys.argv[1]))
    print("held" if lease.held() else "not held", flush=True)
    time.sleep(600)
""")


def test_one_seat_runs_the_jobs_and_another_takes_over(db, db_url):
    src = Path(__file__).resolve().parents[2] / "src"
    first = subprocess.Popen([sys.executable, "-c", HOLDER, db_url], stdout=subprocess.PIPE,
                             text=True, env={"PYTHONPATH": str(src), "PATH": "/usr/bin:/bin"})
    try:
        assert first.stdout.readline().strip() == "held"
        seats = [HallLease(db), HallLease(db)]
        assert [seat.held() for seat in seats] == [False, False]
        first.kill()  # the scheduler seat dies without closing anything
        first.wait(30)
        deadline = time.monotonic() + 30
        holders: list[bool] = [False, False]
        while time.monotonic() < deadline and not any(holders):
            holders = [seat.held() for seat in seats]
            time.sleep(0.2)
        assert holders.count(True) == 1  # taken over by exactly one of the others
        assert [seat.held() for seat in seats] == holders  # and kept
        for seat in seats:
            seat.release()
    finally:
        first.kill()


def test_a_scheduler_without_the_lease_skips_the_scan(db, qapp):
    from helpdesk_gui.app.scheduler import SchedulerBridge

    holder, other = HallLease(db), HallLease(db)
    assert holder.held()
    bridge = SchedulerBridge(lease=other)
    ran: list[str] = []
    bridge.alarms_raised.connect(ran.append)
    assert bridge.run_scan() == [] and not ran
    holder.release()
    assert other.held()
    other.release()
