"""``python -m helpdesk_gui.bench``: how fast the counter's ticket list is on a big database.

Generates (or reuses) a demo database, then measures, as the median of ``--repeat``
runs: cold start to the main window (a fresh ``python -m helpdesk_gui --bench-startup``
process), each ticket-list step through ``services.tickets.query`` and — beside it — the
same work as hand-written SQL on a plain ``sqlite3`` connection, peak memory, and the
95th percentile of creating a ticket through the intake service. Each figure is printed
beside its target with PASS/FAIL.

Why the raw twin: a figure alone says little ("120 ms — is that the machine or us?");
the ratio ours/raw shows what the query layer costs over the best the database can do
with the same indexes. Each step is what the ticket table does: count + first page on a
new filter or search, one keyset page on page-down, a read from the far end on a jump
to the last row, a first page on a sort change (the count does not change).

The benchmark writes to its database (about 200 new tickets per run): point it at a
scratch database, never at a hall's real one.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

PAGE = 100
from helpdesk_gui.domain.vocabulary import OPEN_STATUSES as OPEN  # noqa: E402

_SELECT = ("SELECT t.id, t.ticket_no, t.created_at, t.status, t.type, t.level, t.channel, "
           "t.customer_name, t.subject, s.name, t.resolve_due, t.updated_at, t.assignee_id "
           "FROM ticket t LEFT JOIN staff s ON s.id = t.assignee_id")
_NEWEST = f" ORDER BY t.created_at DESC, t.id DESC LIMIT {PAGE}"


@dataclass(frozen=True)
class Case:
    """One measured step: ours, its raw twin (or None) and the target in ms."""

    name: str
    ours: Callable[[], object]
    raw: Callable[[], object] | None
    target_ms: float


@dataclass(frozen=True)
class Samples:
    """Real values from the database to search for."""

    ticket_no: str
    phone: str
    text3: str = "水压低"
    text2: str = "停电"


def samples(conn: sqlite3.Connection) -> Samples:
    """A ticket from the middle of the table and its customer's phone."""
    mid = conn.execute("SELECT MAX(id) / 2 FROM ticket").fetchone()[0] or 1
    no, phone = conn.execute(
        "SELECT t.ticket_no, c.phone FROM ticket t JOIN customer c ON c.id = t.customer_id "
        "WHERE t.id >= ? AND c.phone IS NOT NULL ORDER BY t.id LIMIT 1", (mid,)).fetchone()
    return Samples(no, phone)


def _raw_count_page(conn: sqlite3.Connection, where: str, params: tuple = ()) -> list:
    conn.execute(f"SELECT COUNT(*) FROM ticket t {where}", params).fetchone()
    return conn.execute(f"{_SELECT} {where}{_NEWEST}", params).fetchall()


def raw_cases(conn: sqlite3.Connection, s: Samples) -> dict[str, Callable[[], object]]:
    """Hand-written SQL for every step (same indexes, no query builder)."""
    first = conn.execute(_SELECT + _NEWEST).fetchall()
    last = first[-1]
    # text: count in the index alone; page by walking the date index and probing the
    # matches (``+t.id`` keeps SQLite from driving the query by the id list instead)
    fts = "WHERE +t.id IN (SELECT rowid FROM ticket_search WHERE ticket_search MATCH ?)"

    def text(expression: str) -> list:
        conn.execute("SELECT COUNT(*) FROM ticket_search WHERE ticket_search MATCH ?",
                     (expression,)).fetchone()
        return conn.execute(f"{_SELECT} {fts}{_NEWEST}", (expression,)).fetchall()
    return {
        "first page": lambda: _raw_count_page(conn, ""),
        "page down": lambda: conn.execute(
            f"{_SELECT} WHERE (t.created_at, t.id) < (?, ?){_NEWEST}",
            (last[2], last[0])).fetchall(),
        "jump to last row": lambda: conn.execute(
            f"{_SELECT} ORDER BY t.created_at ASC, t.id ASC LIMIT {PAGE}").fetchall()[::-1],
        "sort change (customer)": lambda: conn.execute(
            f"{_SELECT} ORDER BY t.customer_name ASC, t.id ASC LIMIT {PAGE}").fetchall(),
        "filter type=repair": lambda: _raw_count_page(conn, "WHERE t.type = ?", ("repair",)),
        "filter open statuses": lambda: _raw_count_page(
            conn, f"WHERE t.status IN ({', '.join('?' * len(OPEN))})", OPEN),
        "search ticket number": lambda: _raw_count_page(
            conn, "WHERE t.ticket_no = ?", (s.ticket_no,)),
        "search phone": lambda: _raw_count_page(
            conn, "WHERE t.customer_id IN (SELECT id FROM customer WHERE phone = ?)",
            (s.phone,)),
        "search text, 3 chars": lambda: text(
            '"' + " ".join(s.text3[i:i + 2] for i in range(len(s.text3) - 1)) + '"'),
        "search text, 2 chars": lambda: text(f'"{s.text2}"'),
    }


def our_cases(s: Samples) -> list[tuple[str, Callable[[], object], float]]:
    """The same steps through ``services.tickets.query`` (name, function, target ms)."""
    from helpdesk_gui.services.tickets import query as q

    newest = q.TicketSort("created_at", True)
    every = q.TicketFilter()
    first = q.fetch_page(every, newest, None, PAGE)
    total = q.count_tickets(every)

    def count_page(f, sort=newest):
        q.count_tickets(f)
        return q.fetch_page(f, sort, None, PAGE)

    return [
        ("first page", lambda: count_page(every), 100),
        ("page down", lambda: q.fetch_page(every, newest, first[-1], PAGE), 50),
        ("jump to last row", lambda: q.fetch_at(every, newest, total - PAGE, PAGE, total), 300),
        ("sort change (customer)", lambda: q.fetch_page(
            every, q.TicketSort("customer_name", False), None, PAGE), 300),
        ("filter type=repair", lambda: count_page(q.TicketFilter(types=("repair",))), 300),
        ("filter open statuses", lambda: count_page(q.TicketFilter(statuses=OPEN)), 300),
        ("search ticket number", lambda: count_page(q.TicketFilter(search=s.ticket_no)), 100),
        ("search phone", lambda: count_page(q.TicketFilter(search=s.phone)), 100),
        ("search text, 3 chars", lambda: count_page(q.TicketFilter(search=s.text3)), 100),
        ("search text, 2 chars", lambda: count_page(q.TicketFilter(search=s.text2)), 300),
    ]


def cases(conn: sqlite3.Connection | None, s: Samples) -> list[Case]:
    """Every query case; ``conn`` None (PostgreSQL) leaves the raw column empty."""
    raw = raw_cases(conn, s) if conn is not None else {}
    return [Case(name, fn, raw.get(name), target) for name, fn, target in our_cases(s)]


# --------------------------------------------------------------------------- running

STARTUP_TARGET_MS, MEMORY_TARGET_MB, CREATE_TARGET_MS = 2000, 400, 20
CREATIONS = 200
STARTUP_TIMEOUT_S = 120


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


def _median_ms(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def default_url(tickets: int) -> str:
    from platformdirs import user_cache_dir

    return f"sqlite:///{Path(user_cache_dir('helpdesk_gui')) / f'bench-{tickets}.db'}"


def prepare(url: str, tickets: int, is_default: bool) -> int:
    """Make sure the database has at least ``tickets`` tickets; returns the count."""
    from helpdesk_gui.db import open_database
    from helpdesk_gui.db.connect import parse_url
    from helpdesk_gui.domain.tickets.models import Ticket

    target = parse_url(url)
    database = open_database(url)
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
        open_database(url)
    print(f"bench: generating {tickets} demo tickets in {target.display()}…", file=sys.stderr)
    cmd = [sys.executable, "-m", "helpdesk_gui", "--db", url, "demo", "--tickets", str(tickets),
           "--tickets-only"]
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


def create_p95() -> Row:
    """95th percentile of ``create_ticket`` over ``CREATIONS`` counter intakes."""
    from helpdesk_gui.demo.generate import demo_users
    from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

    actor = demo_users()[0]  # a counter clerk
    times = []
    for i in range(CREATIONS):
        form = IntakeForm(channel="counter", type="repair", level=2, customer_name="张三",
                          phone=f"1390000{i % 10000:04d}", description="小区停电，请尽快抢修。")
        t0 = time.perf_counter()
        create_ticket(form, actor)
        times.append((time.perf_counter() - t0) * 1000)
    p95 = statistics.quantiles(times, n=20)[-1]
    return Row("create ticket (p95)", p95, None, CREATE_TARGET_MS,
               note=f"{CREATIONS} creations")


def query_rows(url: str, repeat: int) -> list[Row]:
    from helpdesk_gui.db.connect import SQLITE_PRAGMAS, parse_url

    target = parse_url(url)
    conn = None
    if target.kind == "sqlite":
        conn = sqlite3.connect(f"file:{target.path}?mode=ro", uri=True)
        for name in ("cache_size", "temp_store"):  # the application's read pragmas
            conn.execute(f"PRAGMA {name} = {SQLITE_PRAGMAS[name]}")
    try:
        s = samples(conn) if conn else _pg_samples()
        print(f"bench: searching ticket {s.ticket_no}, phone {s.phone}, text {s.text3} "
              f"(3 chars) and {s.text2} (2 chars)", file=sys.stderr)
        try:
            measured = cases(conn, s)
        except ImportError as exc:  # the query service is not there (yet)
            return [Row("ticket list queries", None, None, 100, note=f"n/a: {exc}")]
        return [_measured(c, repeat) for c in measured]
    finally:
        if conn:
            conn.close()


def _measured(case: Case, repeat: int) -> Row:
    """One query case; a failure is reported on its row, not as the end of the run."""
    raw = _median_ms(case.raw, repeat) if case.raw else None
    try:
        return Row(case.name, _median_ms(case.ours, repeat), raw, case.target_ms)
    except Exception as exc:  # noqa: BLE001 - the table must still be printed
        return Row(case.name, None, raw, case.target_ms, note=f"error: {exc}"[:70])


def _pg_samples() -> Samples:
    from helpdesk_gui.domain.tickets.models import Customer, Ticket

    mid = Ticket.select().order_by(Ticket.id).offset(Ticket.select().count() // 2).first()
    phone = Customer.get_by_id(mid.customer_id).phone
    return Samples(mid.ticket_no, phone)


def run(args: argparse.Namespace) -> list[Row]:
    url = args.db or default_url(args.tickets)
    count = prepare(url, args.tickets, is_default=args.db is None)
    print(f"bench: {count} tickets", file=sys.stderr)
    # The GUI first, while this process is small: a child inherits its parent's peak
    # memory at fork (Linux keeps ru_maxrss across exec), so later it would read high.
    launcher_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    startup, gui_peak = (cold_start(url, args.repeat) if not args.no_startup else
                         (Row("cold start to main window", None, None, STARTUP_TARGET_MS,
                              note="skipped"), None))
    rows = [startup, *query_rows(url, args.repeat)]
    try:
        rows.append(create_p95())
    except Exception as exc:  # noqa: BLE001 - e.g. another capability's table missing
        rows.append(Row("create ticket (p95)", None, None, CREATE_TARGET_MS,
                        note=f"error: {exc}"[:70]))
    own_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if not args.lists_only:
        from helpdesk_gui.bench import reports as bench_extra

        rows += bench_extra.sla_rows(args.tickets)
        rows += bench_extra.report_rows(max(args.tickets // 10, 1000))
    rows.append(Row("peak memory (bench process)", own_peak, None, MEMORY_TARGET_MB, "MB"))
    rows.append(Row("peak memory (GUI start-up)", gui_peak, None, MEMORY_TARGET_MB, "MB",
                    note=f"at least the launcher's {launcher_mb:.0f} MB"))
    return rows


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpdesk_gui.bench",
                                     description="Benchmark the ticket list on demo data.")
    parser.add_argument("--db", help="database URL (default: a file in the user cache dir)")
    parser.add_argument("--tickets", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--no-startup", action="store_true", help="skip the cold start")
    parser.add_argument("--lists-only", action="store_true",
                        help="skip the SLA scan and monthly report measurements")
    args = parser.parse_args(argv)
    rows = run(args)
    if args.json:
        print(json.dumps([{**asdict(r), "ratio": r.ratio, "result": r.verdict} for r in rows],
                         ensure_ascii=False, indent=1))
    else:
        print(render(rows))
    return 0 if all(r.verdict != "FAIL" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
