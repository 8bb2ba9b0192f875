"""``python -m helpdesk_gui.bench seats``: several seats working one database at once.

Each seat is its own process (as each PC of a hall is): even seats are counter clerks
(take in a ticket, search, page the list, open a ticket, dispatch a new ticket to a
handler), odd seats handlers (search, page, open a ticket, start and resolve their own
tickets). Every operation goes through the services, as the pages' background ops do,
and is timed; after ``--minutes`` each seat reports its timings, its errors and the
numbers of the tickets it was told were created. The bench then checks the hall:
every acknowledged ticket is in the database (0 lost), every number unique and
gap-free per day.

Without ``--db`` the bench starts a private PostgreSQL server in a temporary folder
(``db.pgcluster``, durable settings as a real hall server has them) or, with
``--backend sqlite``, one SQLite file; a given ``--db`` must be a scratch database.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

TARGETS_MS = {"create": 50, "search": 150, "page": 150}
WORDS = ("停电", "水费", "燃气", "电表", "过户", "抄表", "漏水")
SEED_TICKETS = 400


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p * (len(ordered) - 1))))]


# ------------------------------------------------------------------ one seat (worker)


class Seat:
    """One PC's person at work: the operations of their role, timed."""

    def __init__(self, actor, index: int, handlers: list[int]) -> None:
        self.actor, self.index, self.handlers = actor, index, handlers
        self.times: dict[str, list[float]] = defaultdict(list)
        self.errors: list[str] = []
        self.created: list[str] = []
        self.rng = random.Random(index)

    def timed(self, name: str, fn) -> object:
        started = time.perf_counter()
        try:
            result = fn()
        except Exception as exc:  # noqa: BLE001 - counted and reported, the seat goes on
            self.errors.append(f"{name}: {type(exc).__name__}: {exc}"[:200])
            return None
        self.times[name].append((time.perf_counter() - started) * 1000)
        return result

    def create(self) -> None:
        from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket, new_request

        n = len(self.created)
        form = IntakeForm(channel="counter", type="repair", level=3, customer_name="客户",
                          phone=f"139{self.index:02d}{n:06d}",
                          description=f"{self.rng.choice(WORDS)} 第{n}次 座席{self.index}",
                          request_uuid=new_request())
        created = self.timed("create", lambda: create_ticket(form, self.actor))
        if created is not None:
            self.created.append(created.ticket_no)

    def search(self) -> None:
        from helpdesk_gui.services.tickets import query as q

        word = self.rng.choice(WORDS)
        f = q.TicketFilter(search=word)
        self.timed("search", lambda: (q.count_tickets(f),
                                      q.fetch_page(f, q.TicketSort(), None, 50)))

    def page(self) -> list:
        from helpdesk_gui.domain import vocabulary as v
        from helpdesk_gui.services.tickets import query as q

        f, sort = q.TicketFilter(statuses=tuple(v.OPEN_STATUSES)), q.TicketSort()

        def two_pages() -> list:
            first = q.fetch_page(f, sort, None, 50)
            return first + (q.fetch_page(f, sort, q.page_key(first[-1], sort), 50)
                            if first else [])
        return self.timed("page", two_pages) or []

    def detail(self, rows: list) -> None:
        from helpdesk_gui.services.tickets import detail as td

        if rows:
            ticket_id = self.rng.choice(rows)[0]
            self.timed("detail", lambda: td.ticket_detail(ticket_id, actor=self.actor))

    def mine(self, statuses: tuple[str, ...], **extra) -> list[int]:
        from helpdesk_gui.services.tickets import query as q

        rows = q.fetch_page(q.TicketFilter(statuses=statuses, **extra), q.TicketSort(
            descending=False), None, 20)
        return [r[0] for r in rows]

    def dispatch(self) -> None:
        """Assign one new ticket this counter took in to a handler."""
        from helpdesk_gui.services.tickets import flow

        new = self.mine(("new",), mine=self.actor.id)
        if new and self.handlers:
            handler = self.handlers[new[0] % len(self.handlers)]
            self.timed("assign", lambda: flow.assign(new[0], handler, self.actor))

    def work_one(self) -> None:
        """Start and resolve one ticket assigned to this handler."""
        from helpdesk_gui.services.tickets import flow

        for ticket_id in self.mine(("in_progress",), assignee_id=self.actor.id)[:1]:
            self.timed("resolve", lambda t=ticket_id: flow.resolve(
                t, self.actor, "已到现场处理完毕"))
            return
        for ticket_id in self.mine(("assigned",), assignee_id=self.actor.id)[:1]:
            self.timed("start", lambda t=ticket_id: flow.start(t, self.actor))

    def step(self) -> None:
        counter = self.actor.role == "counter"
        roll = self.rng.random()
        if counter and roll < 0.30:
            self.create()
        elif counter and roll < 0.45:
            self.dispatch()
        elif not counter and roll < 0.35:
            self.work_one()
        elif roll < 0.65:
            self.search()
        else:
            self.detail(self.page())


def worker(url: str, index: int, seconds: float, think_ms: float) -> int:
    """One seat's process: sign in as its person, work until the time is up, report."""
    from helpdesk_gui.db import open_database
    from helpdesk_gui.services.seats import registry as seats
    from helpdesk_gui.services.security.staff import by_employee_no

    open_database(url)
    actor = by_employee_no(f"S{index:02d}")
    handlers = _handlers()
    seats.configure(str(index + 1), computer=f"BENCH-PC-{index + 1:02d}")
    seat_id = seats.open_seat(actor)
    seat = Seat(actor, index, handlers)
    sys.stdin.readline()  # every seat starts together
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        seat.step()
        if think_ms:
            time.sleep(seat.rng.expovariate(1 / (think_ms / 1000)))
    seats.close_seat(seat_id)
    print(json.dumps({"times": seat.times, "errors": seat.errors, "created": seat.created},
                     ensure_ascii=False), flush=True)
    return 0


def _handlers() -> list[int]:
    """The handler seats' people (the counters dispatch to them)."""
    from helpdesk_gui.domain.hall import Staff

    return [s.id for s in Staff.select(Staff.id).where(Staff.role == "handler",
                                                       Staff.employee_no.startswith("S"))]


# ------------------------------------------------------------------ the bench (parent)


def _prepare(url: str, seats: int, seed: int) -> None:
    """Schema, the branch, one person per seat and a few hundred tickets to work on."""
    from helpdesk_gui.db import open_database
    from helpdesk_gui.db.connect import database_proxy
    from helpdesk_gui.services.security import staff as staff_service
    from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

    database = open_database(url, migrate=True)
    branch = staff_service.ensure_branch("BJ01", "北京朝阳营业厅")
    names = "甲乙丙丁戊己庚辛壬癸"  # staff names are letters only: 座席甲, … 座席乙甲
    people = [staff_service.create_staff(branch, f"S{i:02d}",
                                         "座席" + "".join(names[int(d)] for d in str(i)),
                                         "counter" if i % 2 == 0 else "handler")
              for i in range(seats)]
    rng = random.Random(0)
    for n in range(seed):
        create_ticket(IntakeForm(channel="phone", type="repair", level=3, customer_name="客户",
                                 phone=f"138{n:08d}",
                                 description=f"{rng.choice(WORDS)} 预置{n}"), people[0])
    database.close()
    database_proxy.initialize(None)


def _verify(url: str, acknowledged: list[str]) -> dict:
    """Every acknowledged ticket stored; numbers unique and gap-free per day."""
    from helpdesk_gui.db import open_database
    from helpdesk_gui.domain.tickets.models import Ticket

    database = open_database(url)
    stored = [t.ticket_no for t in Ticket.select(Ticket.ticket_no)]
    database.close()
    per_day: dict[str, list[int]] = defaultdict(list)
    for number in stored:
        _code, day, seq = number.split("-")
        per_day[day].append(int(seq))
    gaps = sum(len(set(range(1, max(s) + 1)) - set(s)) for s in per_day.values())
    return {"stored": len(stored), "lost": len(set(acknowledged) - set(stored)),
            "duplicates": len(stored) - len(set(stored)), "gaps": gaps}


def _run_seats(url: str, seats: int, seconds: float, think_ms: float) -> list[dict]:
    env_src = str(Path(__file__).resolve().parents[2])
    procs = [subprocess.Popen(
        [sys.executable, "-m", "helpdesk_gui.bench.seats", "--worker", url, str(i),
         str(seconds), str(think_ms)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        text=True, cwd=env_src) for i in range(seats)]
    time.sleep(3)  # each has opened the database and its seat
    for proc in procs:
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = []
    for proc in procs:
        out, _ = proc.communicate(timeout=seconds + 300)
        lines = [line for line in out.splitlines() if line.startswith("{")]
        results.append(json.loads(lines[-1]) if lines else
                       {"times": {}, "errors": [f"seat exited {proc.returncode}"],
                        "created": []})
    return results


def report(results: list[dict], checked: dict, label: str, seconds: float) -> str:
    times: dict[str, list[float]] = defaultdict(list)
    for r in results:
        for name, values in r["times"].items():
            times[name] += values
    errors = [e for r in results for e in r["errors"]]
    lines = [f"seat load: {label}, {len(results)} seats, {seconds:.0f} s",
             f"{'operation':<10}{'count':>8}{'p50 ms':>10}{'p95 ms':>10}{'target':>10}  result"]
    ok = not errors and not checked["lost"] and not checked["duplicates"] \
        and not checked["gaps"]
    for name in ("create", "search", "page", "detail", "assign", "start", "resolve"):
        values = times.get(name)
        if not values:
            continue
        p50, p95 = statistics.median(values), _percentile(values, 0.95)
        target = TARGETS_MS.get(name)
        verdict = "" if target is None else ("ok" if p95 <= target else "FAIL")
        ok = ok and verdict != "FAIL"
        lines.append(f"{name:<10}{len(values):>8}{p50:>10.1f}{p95:>10.1f}"
                     f"{target if target else '':>10}  {verdict}")
    acknowledged = sum(len(r["created"]) for r in results)
    lines.append(f"errors: {len(errors)}; tickets acknowledged {acknowledged}, stored "
                 f"{checked['stored']}, lost {checked['lost']}, duplicate numbers "
                 f"{checked['duplicates']}, gaps {checked['gaps']}")
    lines += [f"  {e}" for e in errors[:10]]
    lines.append("RESULT: " + ("ok" if ok else "FAIL"))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--worker":
        return worker(argv[1], int(argv[2]), float(argv[3]), float(argv[4]))
    parser = argparse.ArgumentParser(prog="python -m helpdesk_gui.bench seats",
                                     description="Several seats on one database at once.")
    parser.add_argument("--seats", type=int, default=8)
    parser.add_argument("--minutes", type=float, default=2.0)
    parser.add_argument("--backend", choices=("postgresql", "sqlite"), default="postgresql",
                        help="without --db: a private PostgreSQL server, or one SQLite file")
    parser.add_argument("--db", help="a scratch database URL (emptied: never a real hall)")
    parser.add_argument("--think-ms", type=float, default=0.0,
                        help="mean pause between one seat's operations (0: back to back)")
    parser.add_argument("--seed", type=int, default=SEED_TICKETS,
                        help="tickets created before the seats start")
    args = parser.parse_args(argv)
    seconds = args.minutes * 60
    folder = Path(tempfile.mkdtemp(prefix="helpdesk-seats-"))
    cluster = None
    try:
        url = args.db
        if url is None and args.backend == "sqlite":
            url = f"sqlite:///{folder / 'hall.db'}"
        elif url is None:
            url, cluster = _private_server()
        label = "PostgreSQL" if url.startswith("postgres") else "SQLite (one file)"
        print(f"bench seats: preparing {label}…", file=sys.stderr)
        _prepare(url, args.seats, args.seed)
        results = _run_seats(url, args.seats, seconds, args.think_ms)
        acknowledged = [n for r in results for n in r["created"]]
        text = report(results, _verify(url, acknowledged), label, seconds)
        print(text)
        return 0 if text.endswith("ok") else 1
    finally:
        if cluster is not None:
            cluster.stop("immediate")
            shutil.rmtree(cluster.data, ignore_errors=True)
        shutil.rmtree(folder, ignore_errors=True)


def _private_server():
    """A durable private server with an empty ``hall`` database: (url, cluster)."""
    import psycopg

    from helpdesk_gui.db import pgcluster

    cluster = pgcluster.create(options=pgcluster.DURABLE_OPTIONS)
    with psycopg.connect(cluster.url("postgres"), autocommit=True) as con:
        con.execute("CREATE DATABASE hall")
    return cluster.url("hall"), cluster


if __name__ == "__main__":
    sys.exit(main())
