"""A simulated network: headquarters and three branches working for several days.

Built once per test session (``build``): the bundles every site made, and copies of each
site's database taken before the days began, to replay the bundles onto in any order.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from network import Site, connect

from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.customers.models import CustomerAccount
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.domain.training.models import KnowledgeArticle
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.sync import bundles
from helpdesk_gui.services.tickets import flow
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

BRANCHES = ("B01", "B02", "B03")
DAYS = 4


@dataclass
class Scenario:
    root: Path
    hq: Site
    branches: dict[str, Site]
    hq_template: Site
    branch_templates: dict[str, Site]
    to_hq: list[Path] = field(default_factory=list)
    to_branch: dict[str, list[Path]] = field(default_factory=dict)
    tickets: dict[str, set[str]] = field(default_factory=dict)
    events: dict[str, set[str]] = field(default_factory=dict)
    audit_rows: dict[str, int] = field(default_factory=dict)


def _day_at_branch(site: Site, rng: random.Random, day: int, clerk) -> None:
    for n in range(rng.randint(1, 3)):
        made = create_ticket(IntakeForm(
            channel="counter", type="consultation", level=3,
            customer_name="张" + "一二三四五"[n] + "甲乙丙丁戊"[day % 5],
            description=f"第{day}天 {site.code} 的咨询 {n}",
            phone=f"139{BRANCHES.index(site.code)}{day:03d}{n:04d}"), clerk)
        for _ in range(rng.randint(0, 2)):
            flow.add_note(made.id, clerk, f"进展 {rng.randint(1, 999)}")
    account = rng.choice(list(CustomerAccount.select()))
    CustomerAccount.update(name=f"{site.code} 第{day}天", updated_at=utcnow() + timedelta(
        seconds=rng.randint(0, 3600))).where(CustomerAccount.id == account.id).execute()


def _day_at_hq(site: Site, rng: random.Random, day: int) -> None:
    KnowledgeArticle.create(title=f"第{day}天的话术", category="billing", body="标准答复",
                            author=site.admin)
    article = rng.choice(list(KnowledgeArticle.select()))
    article.body = f"修订 {day}"
    article.touch()
    article.save()


def build(root: Path, seed: int = 16) -> Scenario:
    rng = random.Random(seed)
    hq = Site(root / "live", "HQ", "hq")
    hq.setup("总部")
    branches = {code: Site(root / "live", code, "branch") for code in BRANCHES}
    for code, site in branches.items():
        site.setup(f"营业厅 {code}")
    connect(hq, list(branches.values()))
    hq.use()
    for n in range(3):
        CustomerAccount.create(account_no=f"88{n:06d}", name=f"户{n}")
    _day_at_hq(hq, rng, 0)
    first = {code: bundles.export_bundle(hq.admin, code, hq.dir).path for code in branches}
    clerks = {}
    for code, site in branches.items():
        site.use()
        bundles.import_bundle(site.admin, first[code])
        clerks[code] = staff_service.create_staff(site.admin.branch, f"{code}-1", "王芳",
                                                  "counter")
    hq_template = hq.copy_to(root / "template")
    branch_templates = {c: s.copy_to(root / "template") for c, s in branches.items()}
    scenario = Scenario(root, hq, branches, hq_template, branch_templates,
                        to_branch={c: [] for c in branches})
    late: list[Path] = []
    for day in range(1, DAYS + 1):
        made = []
        for code, site in branches.items():
            site.use()
            _day_at_branch(site, rng, day, type(clerks[code]).get_by_id(clerks[code].id))
            made.append(bundles.export_bundle(site.admin, "HQ", site.dir).path)
        scenario.to_hq += made
        hq.use()
        arriving = late + made
        late = [p for p in arriving if rng.random() < 0.3]
        for path in arriving:
            if path not in late:
                bundles.import_bundle(hq.admin, path)
        _day_at_hq(hq, rng, day)
        for code, site in branches.items():
            hq.use()
            path = bundles.export_bundle(hq.admin, code, hq.dir).path
            scenario.to_branch[code].append(path)
            if rng.random() < 0.7:
                site.use()
                bundles.import_bundle(site.admin, path)
    for code, site in branches.items():
        site.use()
        from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent

        scenario.tickets[code] = {t.uuid for t in Ticket.select()}
        scenario.events[code] = {e.uuid for e in TicketEvent.select()}
        path = scenario.to_hq[-len(branches) + list(branches).index(code)]
        scenario.audit_rows[code] = _audit_rows_in(path, site)
        site.close()
    hq.close()
    return scenario


def _audit_rows_in(path: Path, site: Site) -> int:
    """Audit rows the branch had when it made its last bundle (that bundle's own export
    row is written after the rows were collected)."""
    last = (AuditEntry.select().where(AuditEntry.action == "sync.export")
            .order_by(AuditEntry.id.desc()).first())
    return last.id - 1


def deliveries(paths: list[Path], rng: random.Random) -> list[Path]:
    """``paths`` in a random order, a third of them delivered twice."""
    order = list(paths) + [p for p in paths if rng.random() < 0.33]
    rng.shuffle(order)
    return order
