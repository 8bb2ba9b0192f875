"""Bundles merge in any order: every delivery order ends in the same state, nothing lost.

Three branches and headquarters work for several days (``scenario``); their bundles are
then delivered again onto copies of the databases as they were before the first day, in
random orders with duplicates and late arrivals.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path

import pytest
from network import Site
from scenario import BRANCHES, build, deliveries

from helpdesk_gui.domain.sync.models import SyncAuditRow
from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent
from helpdesk_gui.services.sync import audit_chain, bundles, state

ORDERS = 200
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    return build(tmp_path_factory.mktemp("sync-network"))


@pytest.fixture
def tmp_path(tmp_path):
    """Replays on a memory file system where there is one (hundreds of small commits)."""
    shm = Path("/dev/shm")
    if not shm.is_dir():
        yield tmp_path
        return
    path = Path(tempfile.mkdtemp(dir=shm, prefix="sync-orders-"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _replay(template: Site, root, paths, rng) -> tuple[str, Site]:
    site = Site(root, template.code, template.role)
    shutil.copy(template.dir / "helpdesk.db", site.dir / "helpdesk.db")
    shutil.copytree(template.config, site.config, dirs_exist_ok=True)
    site.admin = template.admin
    site.use()
    for path in deliveries(paths, rng):
        bundles.import_bundle(site.admin, path)
    return state.state_hash(), site


def test_every_order_at_headquarters_ends_in_the_same_state(scenario, tmp_path):
    rng = random.Random(2026)
    hashes = set()
    for n in range(ORDERS):
        digest, site = _replay(scenario.hq_template, tmp_path / f"o{n}", scenario.to_hq, rng)
        hashes.add(digest)
        if n == 0:
            _nothing_lost(scenario, site)
        site.close()
        shutil.rmtree(tmp_path / f"o{n}")
    assert len(hashes) == 1


def _nothing_lost(scenario, site) -> None:
    for code in BRANCHES:
        branch_id = site.database.execute_sql(
            "SELECT id FROM branch WHERE code = ?", (code,)).fetchone()[0]
        here = [t.uuid for t in Ticket.select().where(Ticket.branch == branch_id)]
        assert sorted(here) == sorted(scenario.tickets[code])
        events = [e.uuid for e in TicketEvent.select().join(Ticket).where(
            Ticket.branch == branch_id)]
        assert sorted(events) == sorted(scenario.events[code])
        audit_ids = [r.origin_id for r in SyncAuditRow.select().where(SyncAuditRow.site == code)
                     .order_by(SyncAuditRow.origin_id)]
        assert audit_ids == list(range(1, scenario.audit_rows[code] + 1))
        result = audit_chain.verify_branch(site.admin, code)
        assert result.ok, result.message()
        assert result.checked == scenario.audit_rows[code]


def test_every_order_at_a_branch_ends_in_the_same_state(scenario, tmp_path):
    rng = random.Random(16)
    for code in BRANCHES:
        hashes = set()
        for n in range(ORDERS // 4):
            digest, site = _replay(scenario.branch_templates[code], tmp_path / f"{code}{n}",
                                   scenario.to_branch[code], rng)
            hashes.add(digest)
            site.close()
        assert len(hashes) == 1, code


def test_live_headquarters_holds_every_branch_ticket(scenario):
    site = scenario.hq.use()
    try:
        for code in BRANCHES:
            found = {t.uuid for t in Ticket.select().join_from(Ticket, Ticket.branch.rel_model)
                     .where(Ticket.branch.rel_model.code == code)}
            assert found <= scenario.tickets[code]
    finally:
        site.close()


PG_ORDERS = 20


@pytest.mark.postgres
def test_orders_at_headquarters_on_postgresql_end_as_on_sqlite(scenario, tmp_path):
    """Headquarters on the hall server: the template copied into PostgreSQL, the same
    bundles in 20 orders; every order ends in the state the SQLite replays end in."""
    import pghall

    from helpdesk_gui.db import open_database
    from helpdesk_gui.db.copy import copy_all

    if pghall.unavailable_reason():
        pytest.skip(pghall.unavailable_reason())
    rng = random.Random(7)
    template = scenario.hq_template
    sqlite_hash, site = _replay(template, tmp_path / "sqlite", scenario.to_hq, rng)
    site.close()
    hashes = set()
    for n in range(PG_ORDERS):
        url = pghall.fresh_database()
        source = open_database(f"sqlite:///{template.dir / 'helpdesk.db'}")
        target = open_database(url, migrate=True)
        copy_all(source, target)
        source.close()
        site = Site(tmp_path / f"pg{n}", "HQ", "hq", url=url)
        shutil.copytree(template.config, site.config, dirs_exist_ok=True)
        site.database, site.admin = target, template.admin
        site.use()
        for path in deliveries(scenario.to_hq, rng):
            bundles.import_bundle(site.admin, path)
        hashes.add(state.state_hash())
        site.close()
    assert hashes == {sqlite_hash}
