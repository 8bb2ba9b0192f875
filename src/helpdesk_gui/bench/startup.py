"""Start-up and writes: cold start to the main window (its own process, its peak memory)
and the 95th percentile of creating a ticket through the intake service.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time

from helpdesk_gui.bench.common import Row, bench_user

STARTUP_TARGET_MS, CREATE_TARGET_MS = 2000, 20
CREATIONS = 200
CREATE_RUNS = 5
STARTUP_TIMEOUT_S = 120

def cold_start(url: str, repeat: int) -> tuple[Row, float | None]:
    """Median wall time from spawning the GUI to its window shown; its peak memory."""
    walls, peaks = [], []
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    from helpdesk_gui.demo.capabilities import DEMO_PASSWORD

    user = bench_user()
    for _ in range(repeat):
        t0 = time.perf_counter()
        errors = tempfile.TemporaryFile("w+")  # a file, not a pipe: it can never fill up
        proc = subprocess.Popen([sys.executable, "-m", "helpdesk_gui", "--db", url,
                                 "--bench-startup", "--user", user, "--password-stdin"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=errors, text=True, env=env)
        proc.stdin.write(DEMO_PASSWORD + "\n")
        proc.stdin.close()
        watchdog = threading.Timer(STARTUP_TIMEOUT_S, proc.kill)  # a hung GUI ends the run
        watchdog.start()
        line = next((x for x in proc.stdout if x.startswith("STARTUP_MS")), None)
        wall = (time.perf_counter() - t0) * 1000
        proc.stdout.close()
        _pid, status, usage = os.wait4(proc.pid, 0)  # wait4 also gives its peak memory
        watchdog.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        reason = (errors.read().strip().splitlines() or ["no STARTUP_MS line"])[-1][:60]
        errors.close()
        if line is None:  # no window: the flag is missing or the GUI failed to start
            return Row("cold start to main window", None, None, STARTUP_TARGET_MS,
                       note=f"n/a: {reason}"), None
        walls.append(wall)
        peaks.append(usage.ru_maxrss / 1024)
    return (Row("cold start to main window", statistics.median(walls), None,
                STARTUP_TARGET_MS, note="process spawn to window shown"), max(peaks))



def create_p95(runs: int = CREATE_RUNS) -> Row:
    """95th percentile of ``create_ticket`` over ``CREATIONS`` counter intakes; the median
    of ``runs`` such runs (one run's p95 is its 10 slowest creations: noisy alone)."""
    from helpdesk_gui.demo.generate import demo_users
    from helpdesk_gui.demo.tickets import walk_in
    from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

    actor = demo_users()[0]  # a counter clerk
    rng = random.Random(7)  # requests as the demo writes them, the same each run
    p95s, medians = [], []
    for run in range(runs):
        times = []
        for i in range(CREATIONS):
            form = IntakeForm(channel="counter", type="repair", level=2, customer_name="张三",
                              phone=f"139{run:03d}{i % 10000:05d}", **walk_in(rng))
            t0 = time.perf_counter()
            create_ticket(form, actor)
            times.append((time.perf_counter() - t0) * 1000)
        p95s.append(statistics.quantiles(times, n=20)[-1])
        medians.append(statistics.median(times))
    return Row("create ticket (p95)", statistics.median(p95s), None, CREATE_TARGET_MS,
               note=f"median of {runs} runs of {CREATIONS}; p50 {statistics.median(medians):.1f}"
                    f" ms; p95 per run " + " ".join(f"{p:.0f}" for p in p95s))
