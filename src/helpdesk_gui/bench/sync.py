"""Sync bundles at branch scale: a branch with 100,000 tickets and its headquarters.

Builds two SQLite sites in a scratch folder (each with its own configuration folder for
its keys), fills the branch with demo tickets, and measures: the first bundle (export
time and size), its import at headquarters, then one day's work (≈300 new tickets and
their history) as an incremental bundle, exported and imported. Headquarters' bundle
back in between carries the acknowledgement, so the incremental bundle starts after it.

Run: ``python -m helpdesk_gui.bench sync [--tickets N]`` (a few minutes for 100,000).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

from helpdesk_gui.bench.common import Row, render

FIRST_EXPORT_S, FIRST_IMPORT_S, FIRST_SIZE_MB, DAY_S = 30, 60, 50, 2


class _Site:
    """A database and a configuration folder; ``use`` makes it the current one."""

    def __init__(self, root: Path, code: str) -> None:
        self.dir = root / code
        self.dir.mkdir(parents=True)
        self.url = f"sqlite:///{self.dir / 'helpdesk.db'}"
        self.database = None
        self.admin = None

    def use(self) -> _Site:
        from helpdesk_gui.db import open_database, secret
        from helpdesk_gui.db.connect import bind

        os.environ[secret.CONFIG_ENV] = str(self.dir / "config")
        secret.forget_cached_key()
        if self.database is None:
            self.database = open_database(self.url, migrate=True)
        bind(self.database)
        return self


def _admin(code: str, name: str):
    from helpdesk_gui.services.security import staff as staff_service

    branch = staff_service.ensure_branch(code, name)
    return staff_service.create_staff(branch, f"{code}-ADMIN", "管理员", "admin")


def _one_day(count: int) -> None:
    """``count`` new tickets (intake, with their history and audit rows) at the branch."""
    from helpdesk_gui.domain.hall import Staff
    from helpdesk_gui.services.tickets import flow
    from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

    clerk = Staff.select().where(Staff.role == "counter", Staff.active).first()
    for n in range(count):
        made = create_ticket(IntakeForm(channel="counter", type="consultation", level=3,
                                        customer_name="张伟", description=f"咨询水费 {n}",
                                        phone=f"137{n:08d}"), clerk)
        flow.add_note(made.id, clerk, "已回复客户")


def _timed(work):
    """((wall seconds, this process's CPU seconds), result): on a shared machine the
    second says what the work itself cost."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return (time.perf_counter() - wall, time.process_time() - cpu), result


def run(tickets: int, day: int) -> list[Row]:
    from helpdesk_gui.demo.generate import generate
    from helpdesk_gui.services.sync import bundles, sites

    root = Path(tempfile.mkdtemp(prefix="helpdesk-bench-sync-"))
    branch, hq = _Site(root, "branch"), _Site(root, "hq")
    branch.use()
    summary = generate(tickets, months=12)
    branch.admin = _admin("BJ01", "北京朝阳营业厅")
    branch_key = sites.init_site(branch.admin, "branch")
    hq.use()
    hq.admin = _admin("HQ", "总部")
    hq_key = sites.init_site(hq.admin, "hq")
    sites.add_site(hq.admin, "BJ01", "branch", "branch", branch_key)
    branch.use()
    sites.add_site(branch.admin, "HQ", "headquarters", "hq", hq_key)
    print(f"bench sync: branch with {summary.tickets} tickets, {summary.events} events",
          file=sys.stderr)

    (export_s, export_cpu), first = _timed(lambda: bundles.export_bundle(branch.admin, "HQ",
                                                                         root))
    hq.use()
    (import_s, import_cpu), applied = _timed(lambda: bundles.import_bundle(hq.admin,
                                                                           first.path))
    back = bundles.export_bundle(hq.admin, "BJ01", root)
    branch.use()
    bundles.import_bundle(branch.admin, back.path)
    _one_day(day)
    (day_export_s, day_export_cpu), daily = _timed(lambda: bundles.export_bundle(
        branch.admin, "HQ", root))
    hq.use()
    (day_import_s, day_import_cpu), _ = _timed(lambda: bundles.import_bundle(hq.admin,
                                                                             daily.path))
    return [
        Row("sync: first bundle export", export_s * 1000, None, FIRST_EXPORT_S * 1000,
            note=f"{first.rows} rows, cpu {export_cpu:.1f} s"),
        Row("sync: first bundle size", first.size / 1e6, None, FIRST_SIZE_MB, "MB"),
        Row("sync: first bundle import at HQ", import_s * 1000, None, FIRST_IMPORT_S * 1000,
            note=f"{applied.rows} rows applied, cpu {import_cpu:.1f} s"),
        Row("sync: one-day bundle export", day_export_s * 1000, None, DAY_S * 1000,
            note=f"{day} tickets, {daily.rows} rows, {daily.size / 1e3:.0f} kB, "
                 f"cpu {day_export_cpu:.2f} s"),
        Row("sync: one-day bundle import", day_import_s * 1000, None, DAY_S * 1000,
            note=f"cpu {day_import_cpu:.2f} s"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m helpdesk_gui.bench sync",
                                     description="Sync bundles at branch scale.")
    parser.add_argument("--tickets", type=int, default=100_000)
    parser.add_argument("--day", type=int, default=300, help="tickets of the one-day bundle")
    args = parser.parse_args(argv)
    rows = run(args.tickets, args.day)
    print(render(rows))
    return 0 if all(r.verdict != "FAIL" for r in rows) else 1
