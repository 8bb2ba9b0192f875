"""What every benchmark area shares: a result row, timing, the table, the database.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Row:
    """One line of the result table (times in ms, memory in MB)."""

    name: str
    ours: float | None
    raw: float | None
    target: float
    unit: str = "ms"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.ours / self.raw if self.ours is not None and self.raw else None

    @property
    def verdict(self) -> str:
        if self.ours is None:
            return "n/a"
        return "PASS" if self.ours <= self.target else "FAIL"



def timed_ms(fn: Callable[[], object]) -> tuple[float, object]:
    """Wall time of one call in ms, and what it returned."""
    t0 = time.perf_counter()
    result = fn()
    return (time.perf_counter() - t0) * 1000, result



def median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)



def render(rows: list[Row]) -> str:
    def num(v: float | None) -> str:
        return "n/a" if v is None else f"{v:.1f}"
    lines = [f"{'measure':32} {'ours':>9} {'raw':>9} {'ratio':>6} {'target':>10}  result",
             "-" * 78]
    for r in rows:
        ratio = "" if r.ratio is None else f"{r.ratio:.2f}"
        target = f"≤{r.target:g} {r.unit}"
        lines.append(f"{r.name:32} {num(r.ours):>9} {num(r.raw):>9} {ratio:>6} {target:>10}  "
                     f"{r.verdict}{'  (' + r.note + ')' if r.note else ''}")
    return "\n".join(lines)



def default_url(tickets: int, months: int = 12) -> str:
    """The bench's own database in the user cache dir (one file per size and span)."""
    from platformdirs import user_cache_dir

    name = f"bench-{tickets}.db" if months == 12 else f"bench-{tickets}-{months}m.db"
    return f"sqlite:///{Path(user_cache_dir('helpdesk_gui')) / name}"



def prepare(url: str, tickets: int, is_default: bool, months: int = 12) -> int:
    """Make sure the database has at least ``tickets`` tickets (spread over ``months``
    months when generated); returns the count."""
    from helpdesk_gui.db import open_database
    from helpdesk_gui.db.connect import parse_url
    from helpdesk_gui.domain.tickets.models import Ticket

    target = parse_url(url)
    database = open_database(url, migrate=True)  # a scratch database: the bench sets it up
    found = Ticket.select().count()
    if found >= tickets:
        return found
    if found and not is_default:
        raise SystemExit(f"bench: {target.display()} has {found} tickets, fewer than "
                         f"{tickets}; give an empty or a bigger database")
    if found:  # our own cache file from a smaller run: start again
        database.close()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target.path}{suffix}").unlink(missing_ok=True)
        open_database(url, migrate=True)
    print(f"bench: generating {tickets} demo tickets in {target.display()}…", file=sys.stderr)
    cmd = [sys.executable, "-m", "helpdesk_gui", "--db", url, "demo", "--tickets", str(tickets),
           "--months", str(months), "--tickets-only"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)  # own process: own memory
    return Ticket.select().count()



def bench_user() -> str:
    """A counter clerk with the demo password, for the start-up run's sign-in."""
    from helpdesk_gui.demo.capabilities import DEMO_PASSWORD
    from helpdesk_gui.demo.generate import demo_users
    from helpdesk_gui.services.security import auth

    clerk = demo_users()[0]
    if not clerk.password_hash:
        auth.set_password(clerk, DEMO_PASSWORD)
    return clerk.employee_no
