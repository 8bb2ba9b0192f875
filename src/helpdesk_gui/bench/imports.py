"""Benchmark row: a 20,000-row ledger import while a counter keeps creating tickets.

Issue target: no "database is locked" at the counter, and the counter's create p95 stays
≤ 100 ms while the import runs. The counter is a separate process (as on the hall's
other PC) creating a ticket every ``INTERVAL`` seconds through the intake service; the
import runs here through ``services.ledger.imports``. Both use a scratch database.
"""

from __future__ import annotations

import csv
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from helpdesk_gui.bench.common import Row

CREATE_TARGET_MS = 100
LOCKED_TARGET = 0
INTERVAL = 0.05
BASELINE_SECONDS = 8
SURNAMES = "张王李赵刘陈杨黄周吴徐孙胡朱高林何郭马罗"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"


def _ledger(path: Path, rows: int) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["受理时间", "渠道", "类型", "客户姓名", "联系电话", "主题", "问题描述",
                         "解决时间", "关闭时间", "满意度"])
        for i in range(rows):
            day, minute = 1 + i % 28, i % 600
            name = SURNAMES[i % 20] + GIVEN[i // 20 % 20] + GIVEN[i // 400 % 20]
            writer.writerow([f"2026-03-{day:02d} {8 + minute // 60:02d}:{minute % 60:02d}",
                             "柜台", "咨询", name, f"13{i:09d}", "水费查询", f"第{i}号台账记录",
                             f"2026-03-{day:02d} 18:00", f"2026-03-{day:02d} 18:30",
                             1 + i % 5])
    return path


def _prepare(folder: Path) -> str:
    from helpdesk_gui.db import open_database
    from helpdesk_gui.services.security import staff

    url = f"sqlite:///{folder / 'import-bench.db'}"
    database = open_database(url)
    branch = staff.ensure_branch("BJ01", "北京朝阳营业厅")
    staff.create_staff(branch, "1001", "王芳", "counter")
    staff.create_staff(branch, "3001", "赵敏", "supervisor")
    database.close()
    return url


def import_rows(tickets: int) -> list[Row]:
    """The command's rows: 20,000 ledger rows (fewer when the bench runs on small data)."""
    return import_under_load(min(20_000, max(tickets // 50, 200)))


def import_under_load(rows: int = 20_000) -> list[Row]:
    """Import ``rows`` ledger rows while another process creates tickets."""
    from helpdesk_gui.db import open_database
    from helpdesk_gui.services.ledger.imports import import_tickets
    from helpdesk_gui.services.security import staff

    folder = Path(tempfile.mkdtemp(prefix="helpdesk-import-bench-"))
    url, ledger = _prepare(folder), _ledger(folder / "ledger.csv", rows)
    stop, out = folder / "stop", folder / "counter.json"
    counter = subprocess.Popen([sys.executable, "-m", "helpdesk_gui.bench.imports", url,
                                str(stop), str(out)])
    time.sleep(BASELINE_SECONDS)  # the counter alone first: the machine's own p95
    database = open_database(url)
    try:
        started, wall_start = time.perf_counter(), time.time()
        result = import_tickets(ledger, staff.by_employee_no("3001"))
        seconds, wall_end = time.perf_counter() - started, time.time()
    finally:
        stop.touch()
        counter.wait(timeout=120)
        database.close()
    figures = json.loads(out.read_text())
    times = [ms for at, ms in figures["ms"] if wall_start <= at <= wall_end]
    alone = [ms for at, ms in figures["ms"] if at < wall_start]
    note = f"{len(times)} tickets created during a {seconds:.0f} s import of {result.imported}"
    return [Row("create p95, counter alone", _p95(alone), None, CREATE_TARGET_MS,
                note=f"{len(alone)} tickets before the import"),
            Row(f"create p95, importing {rows:,} rows", _p95(times), None, CREATE_TARGET_MS,
                note=note),
            Row("import: database is locked", figures["locked"], None, LOCKED_TARGET,
                unit="errors", note=f"other errors: {figures['errors']}"),
            Row("import: rows per second", rows / seconds, None, float("inf"),
                unit="rows/s", note="no target; for comparison")]


def _p95(times: list[float]) -> float | None:
    return statistics.quantiles(times, n=20)[-1] if len(times) >= 20 else None


def _counter(url: str, stop: Path, out: Path) -> None:
    """The other PC: create a ticket every INTERVAL s until told to stop; time each."""
    import peewee

    from helpdesk_gui.db import open_database
    from helpdesk_gui.services.security import staff
    from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

    open_database(url)
    clerk = staff.by_employee_no("1001")
    times, locked, errors = [], 0, 0
    while not stop.exists():
        form = IntakeForm(channel="counter", type="consultation", level=3,
                          customer_name="刘洋", phone="13912345678", subject="咨询",
                          description="柜台咨询电费")
        t0, at = time.perf_counter(), time.time()
        try:
            create_ticket(form, clerk)
            times.append((at, (time.perf_counter() - t0) * 1000))
        except peewee.OperationalError as exc:
            locked += "locked" in str(exc)
            errors += "locked" not in str(exc)
        time.sleep(INTERVAL)
    out.write_text(json.dumps({"ms": times, "locked": locked, "errors": errors}))


if __name__ == "__main__":
    _counter(sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]))
