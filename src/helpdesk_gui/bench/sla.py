"""Benchmark of the SLA alarm scan: 1,000,000 tickets, 100,000 of them open.

Target (issue 3): one scan ≤ 100 ms. Two figures are measured on the same database:

* ``idle``: a scan when no line was crossed since the last one (the usual minute);
* ``busy``: a scan that finds a minute's worth of crossings — with 100,000 open tickets
  whose ~3 lines each spread over a day, about 200 per minute — and raises them
  (alarm rows, notifications, ticket states), then a scan right after (nothing new).

Rows are bulk-inserted with plain SQL (the services would take an hour for a million
tickets); the SLA side rows carry real target states, so ``scan`` does its real work.
Run: ``python -m helpdesk_gui.bench.sla [--total N] [--open N] [--db PATH]``.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from helpdesk_gui.db import open_database
from helpdesk_gui.db.migrations.v006_sla import upgrade
from helpdesk_gui.domain.sla.models import TicketSla, dt_text
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.sla import alarms as sla_alarms

NOW = datetime(2026, 5, 12, 2, 0)  # a Tuesday, 10:00 in Beijing (alarms not deferred)
CHUNK = 20_000


def _ticket_rows(n_total: int, n_open: int, branch_id: int, clerk_id: int, handler_id: int,
                 rng: random.Random):
    fields = [f.column_name for f in Ticket._meta.sorted_fields if f.name != "id"]
    for i in range(n_total):
        is_open = i >= n_total - n_open
        created = NOW - timedelta(minutes=(n_total - i) * 2 if not is_open
                                  else rng.randint(1, 3 * 24 * 60))
        values = {
            "uuid": str(uuid.UUID(int=rng.getrandbits(128))), "created_at": created,
            "updated_at": created, "branch_id": branch_id, "ticket_no": f"BENCH-{i:08d}",
            "channel": "phone", "type": "repair", "level": rng.choice((2, 3)),
            "status": "in_progress" if is_open else "closed", "customer_id": None,
            "customer_name": "张三", "subject": "停电", "description": "小区停电",
            "request": "", "received_by_id": clerk_id,
            "assignee_id": handler_id, "first_contact_resolved": False, "contacts": 1,
            "first_response_at": created, "resolved_at": None if is_open else created,
            "closed_at": None if is_open else created, "resolution": "", "solution": "",
            "parts_replaced": "", "reopen_count": 0, "merged_into_id": None,
            "response_due": None, "update_due": None,
            "resolve_due": created + timedelta(hours=24), "sla_state": "on_track", "vip": False}
        yield is_open, created, tuple(values[c] for c in fields)


def _sla_row(ticket_id: int, created: datetime, due_now: bool, rng: random.Random) -> tuple:
    """A resolution target whose at-risk line is in the past (due) or ahead (not due)."""
    if due_now:
        risk = NOW - timedelta(seconds=rng.randint(1, 59))
    else:
        risk = NOW + timedelta(minutes=rng.randint(1, 24 * 60))
    due = risk + timedelta(hours=4)
    states = {"resolution": {"start": dt_text(created), "due": dt_text(due),
                             "risk": dt_text(risk), "done": None, "cycle": 0,
                             "alarmed": [], "state": "on_track"}}
    return (str(uuid.UUID(int=rng.getrandbits(128))), NOW, NOW, ticket_id, 1, "[]",
            json.dumps(states), 0, risk)


def build(path: Path, n_total: int, n_open: int, n_due: int, seed: int = 3) -> None:
    """Create the benchmark database at ``path``."""
    rng = random.Random(seed)
    database = open_database(f"sqlite:///{path}")
    upgrade(database)
    branch = staff_service.ensure_branch("BJ01", "北京朝阳营业厅")
    clerk = staff_service.create_staff(branch, "1001", "王芳", "counter")
    handler = staff_service.create_staff(branch, "2001", "李强", "handler")
    staff_service.create_staff(branch, "3001", "赵敏", "supervisor")
    fields = [f.column_name for f in Ticket._meta.sorted_fields if f.name != "id"]
    insert = (f'INSERT INTO ticket ({", ".join(fields)}) '
              f'VALUES ({", ".join("?" * len(fields))})')
    sla_insert = ("INSERT INTO ticket_sla (uuid, created_at, updated_at, ticket_id, "
                  "policy_version, pauses, states, extension_count, next_check_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
    conn = database.connection()
    batch, opened = [], []
    for index, (is_open, created, row) in enumerate(
            _ticket_rows(n_total, n_open, branch.id, clerk.id, handler.id, rng), start=1):
        batch.append(row)
        if is_open:
            opened.append((index, created))
        if len(batch) == CHUNK:
            with database.atomic():
                conn.executemany(insert, batch)
            batch = []
    with database.atomic():
        conn.executemany(insert, batch)
        due_ids = set(rng.sample(range(len(opened)), n_due))
        conn.executemany(sla_insert, [_sla_row(tid, created, i in due_ids, rng)
                                      for i, (tid, created) in enumerate(opened)])
    database.execute_sql("ANALYZE")
    database.close()


def _timed(now: datetime) -> tuple[float, int]:
    start = time.perf_counter()
    alarms = sla_alarms.scan(now)
    return (time.perf_counter() - start) * 1000, len(alarms)


def bench_sla_scan(n_open: int = 100_000, n_total: int = 1_000_000, n_due: int = 200,
                   path: Path | None = None, repeats: int = 7) -> dict[str, float]:
    """Build (if needed) and measure; returns milliseconds (median idle, busy, after)."""
    path = path or Path(tempfile.gettempdir()) / f"sla_bench_{n_total}_{n_open}.db"
    if not path.exists():
        started = time.perf_counter()
        build(path, n_total, n_open, n_due)
        print(f"built {path} in {time.perf_counter() - started:.0f} s")
    working = path.with_suffix(".run.db")
    working.write_bytes(path.read_bytes())  # the busy scan writes: measure on a copy
    database = open_database(f"sqlite:///{working}")
    try:
        assert TicketSla.select().count() == n_open
        busy_ms, raised = _timed(NOW)
        after_ms, again = _timed(NOW)
        idle = [_timed(NOW - timedelta(minutes=5))[0] for _ in range(repeats)]
    finally:
        database.close()
        working.unlink(missing_ok=True)
    return {"idle_ms": statistics.median(idle), "busy_ms": busy_ms, "raised": raised,
            "after_busy_ms": after_ms, "raised_again": again}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--total", type=int, default=1_000_000)
    parser.add_argument("--open", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=200)
    parser.add_argument("--db", type=Path, default=None, help="benchmark database file")
    args = parser.parse_args(argv)
    result = bench_sla_scan(args.open, args.total, args.due, args.db)
    for key, value in result.items():
        print(f"{key}: {value:.1f}" if isinstance(value, float) else f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
