"""Bundles that must not be applied are refused whole, with a message that says why, and
nothing changes; a conflict on a shared record has a deterministic winner."""

from __future__ import annotations

import json

import pytest
from network import Site, connect

from helpdesk_gui.domain.customers.models import CustomerAccount
from helpdesk_gui.domain.sync.models import SyncConflict
from helpdesk_gui.services.sync import bundles, conflicts, sites, state
from helpdesk_gui.services.sync.seal import BundleRefused
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket


def _ticket(site: Site, name: str, phone: str) -> None:
    from helpdesk_gui.domain.hall import Staff
    from helpdesk_gui.services.security import staff as staff_service

    clerk = Staff.get_or_none(Staff.employee_no == f"{site.code}-1") or \
        staff_service.create_staff(site.admin.branch, f"{site.code}-1", "王芳", "counter")
    create_ticket(IntakeForm(channel="counter", type="consultation", level=3,
                             customer_name=name, description="家里停电了", phone=phone), clerk)


@pytest.fixture
def net(tmp_path):
    hq, a, b = Site(tmp_path, "HQ", "hq"), Site(tmp_path, "B01", "branch"), Site(
        tmp_path, "B02", "branch")
    for site, name in ((hq, "总部"), (a, "一厅"), (b, "二厅")):
        site.setup(name)
    connect(hq, [a, b])
    a.use()
    _ticket(a, "张三", "13812345678")
    path = bundles.export_bundle(a.admin, "HQ", tmp_path).path
    yield hq, a, b, path
    for site in (hq, a, b):
        site.close()


def _refused(site: Site, data: bytes, tmp_path, expected: str) -> None:
    site.use()
    before = state.state_hash()
    bad = tmp_path / "bad.hdsync"
    bad.write_bytes(data)
    with pytest.raises(BundleRefused, match=expected):
        bundles.import_bundle(site.admin, bad)
    assert state.state_hash() == before


def test_truncated_bundle_is_refused(net, tmp_path):
    hq, _, _, path = net
    data = path.read_bytes()
    _refused(hq, data[: len(data) - 100], tmp_path, "truncated")


def test_tampered_bundle_is_refused(net, tmp_path):
    hq, _, _, path = net
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    _refused(hq, bytes(data), tmp_path, "signature does not match the key registered for "
                                        "site B01")


def test_bundle_signed_by_another_site_is_refused(net, tmp_path):
    hq, a, b, path = net
    b.use()
    from helpdesk_gui.services.sync import keys, seal

    forged = seal.seal(b"{}", {"from": "B01", "to": "HQ", "seq": 1}, keys.signing_key(),
                       keys.parse_public(sites.own_site().public_key)[1])
    _refused(hq, forged, tmp_path, "signature does not match the key registered for site B01")


def test_bundle_for_another_site_is_refused(net, tmp_path):
    _, _, b, path = net
    _refused(b, path.read_bytes(), tmp_path, "addressed to site HQ; this is site B02")


def test_branch_refuses_a_bundle_from_another_branch(net, tmp_path):
    hq, a, b, _ = net
    from helpdesk_gui.domain.sync.models import SyncSite

    a.use()
    key_a = sites.public_key_text(a.admin)
    b.use()
    SyncSite.create(code="B01", name="另一厅", role="branch", public_key=key_a)
    a.use()
    from helpdesk_gui.domain.sync.models import SyncSite as Peer

    Peer.create(code="B02", name="二厅", role="hq", public_key=sites.public_key_text(a.admin))
    data = bundles.make_bundle(a.admin, "B02")[0]
    _refused(b, data, tmp_path, "a branch accepts bundles from its headquarters only")


def test_unknown_sender_is_refused(net, tmp_path):
    hq, _, _, path = net
    hq.use()
    from helpdesk_gui.domain.sync.models import SyncSite

    SyncSite.delete().where(SyncSite.code == "B01").execute()
    _refused(hq, path.read_bytes(), tmp_path, "from site B01, which is not registered here")


def test_replayed_bundle_is_a_no_op_that_says_so(net):
    hq, _, _, path = net
    hq.use()
    first = bundles.import_bundle(hq.admin, path)
    assert first.status == "applied"
    before = state.state_hash()
    again = bundles.import_bundle(hq.admin, path)
    assert again.status == "duplicate"
    assert "already applied" in again.message
    assert state.state_hash() == before


def test_later_bundle_is_held_until_the_gap_closes(net, tmp_path):
    hq, a, _, first = net
    a.use()
    _ticket(a, "李四", "13812345679")
    (tmp_path / "later").mkdir()
    second = bundles.export_bundle(a.admin, "HQ", tmp_path / "later").path
    hq.use()
    held = bundles.import_bundle(hq.admin, second)
    assert held.status == "held" and "bundle 1 has not arrived yet" in held.message
    done = bundles.import_bundle(hq.admin, first)
    assert done.applied_seqs == [1, 2]


def test_concurrent_change_of_a_shared_record_keeps_the_newer_version(net, tmp_path):
    hq, a, b, first = net
    hq.use()
    bundles.import_bundle(hq.admin, first)
    CustomerAccount.create(account_no="88000001", name="户一")
    out = {}
    for site in (a, b):
        hq.use()
        folder = tmp_path / f"out-{site.code}"
        folder.mkdir()
        out[site.code] = bundles.export_bundle(hq.admin, site.code, folder).path
    for site, when in ((a, "2030-01-01 10:00:00"), (b, "2030-01-01 09:00:00")):
        site.use()
        bundles.import_bundle(site.admin, out[site.code])
        CustomerAccount.update(name=f"{site.code} 改", updated_at=when).execute()
        out[site.code] = bundles.export_bundle(site.admin, "HQ", tmp_path / f"out-{site.code}").path
    hq.use()
    bundles.import_bundle(hq.admin, out["B02"])
    bundles.import_bundle(hq.admin, out["B01"])
    assert CustomerAccount.get().name == "B01 改"  # the later clock wins, whatever order
    rows = [c for c in conflicts.list_conflicts(hq.admin) if c.table_name == "customer_account"]
    assert len(rows) == 1 and rows[0].kind == "concurrent"
    assert rows[0].record == "88**0001 B** *"  # the kept version, masked
    assert rows[0].incoming_version.endswith(":B02") and rows[0].winner in ("local",
                                                                            "incoming")
    assert SyncConflict.select().count() >= 1


def test_a_branch_change_to_a_headquarters_record_is_recorded_not_applied(net, tmp_path):
    from helpdesk_gui.domain.training.models import KnowledgeArticle

    hq, a, _, first = net
    hq.use()
    bundles.import_bundle(hq.admin, first)
    KnowledgeArticle.create(title="停电话术", category="billing", body="总部版本")
    back = tmp_path / "back"
    back.mkdir()
    path = bundles.export_bundle(hq.admin, "B01", back).path
    a.use()
    seen = []
    bundles.import_bundle(a.admin, path, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    article = KnowledgeArticle.get(KnowledgeArticle.title == "停电话术")
    article.body = "营业厅改的版本"
    article.touch()
    article.save()
    path = bundles.export_bundle(a.admin, "HQ", back).path
    hq.use()
    result = bundles.import_bundle(hq.admin, path)
    assert KnowledgeArticle.get(KnowledgeArticle.title == "停电话术").body == "总部版本"
    rows = [c for c in conflicts.list_conflicts(hq.admin) if c.table_name == "knowledge_article"]
    assert result.conflicts >= 1 and [r.kind for r in rows] == ["non_owner"]
    assert rows[0].winner == "local" and "belongs to HQ" in rows[0].decision
    assert rows[0].record == "停电话术"
    lost = json.loads(SyncConflict.get(SyncConflict.id == rows[0].id).data)
    assert lost["body"] == "营业厅改的版本"  # the version that lost, by column


def test_status_days_since_last_bundle_and_pending_changes(net, tmp_path):
    from datetime import timedelta

    from helpdesk_gui.domain.base import utcnow

    hq, a, b, first = net
    a.use()
    assert sites.days_since_last_sent(a.admin) == 0
    assert sites.days_since_last_sent(a.admin, utcnow() + timedelta(days=8)) == 8
    status = {s.code: s for s in sites.list_sites(a.admin)}["HQ"]
    assert status.last_sent_seq == 1 and status.acked_seq == 0
    assert status.pending_changes > 0  # nothing acknowledged yet: everything is pending
    b.use()
    assert conflicts.days_since_last_sent(b.admin) is None  # never sent a bundle
    hq.use()
    bundles.import_bundle(hq.admin, first)
    back = tmp_path / "ack"
    back.mkdir()
    path = bundles.export_bundle(hq.admin, "B01", back).path
    a.use()
    bundles.import_bundle(a.admin, path)
    after = {s.code: s for s in sites.list_sites(a.admin)}["HQ"]
    assert after.acked_seq == 1 and after.last_received_seq == 1
    assert after.pending_changes < status.pending_changes


def test_attachments_travel_with_their_ticket(net, tmp_path):
    from helpdesk_gui.domain.attachments.models import Attachment
    from helpdesk_gui.domain.hall import Staff
    from helpdesk_gui.domain.tickets.models import Ticket
    from helpdesk_gui.services.attachments import files

    hq, a, _, _ = net
    a.use()
    ticket = Ticket.select().first()
    clerk = Staff.get(Staff.employee_no == "B01-1")
    scan = b"%PDF-1.4\n" + bytes(range(256)) * 40
    files.add(clerk, "ticket", ticket.id, "回执.pdf", scan)
    folder = tmp_path / "att"
    folder.mkdir()
    path = bundles.export_bundle(a.admin, "HQ", folder).path
    hq.use()
    bundles.import_bundle(hq.admin, tmp_path / "B01-to-HQ-000001.hdsync")
    bundles.import_bundle(hq.admin, path)
    kept = Attachment.get()
    assert bytes(kept.content) == scan and kept.file_name == "回执.pdf"
    assert kept.owner_type == "ticket"
    assert Ticket.get_by_id(kept.owner_id).uuid == ticket.uuid


def test_a_late_branch_change_still_reaches_the_other_branches(net, tmp_path):
    """B02's change of a shared record, made before headquarters' last bundle to B01 but
    arriving after it, still goes on to B01 with the next one."""
    hq, a, b, first = net
    hq.use()
    bundles.import_bundle(hq.admin, first)
    CustomerAccount.create(account_no="88000002", name="户二")
    out = {}
    for site in (a, b):
        hq.use()
        folder = tmp_path / f"x-{site.code}"
        folder.mkdir()
        out[site.code] = folder
        path = bundles.export_bundle(hq.admin, site.code, folder).path
        site.use()
        bundles.import_bundle(site.admin, path)
    b.use()
    CustomerAccount.update(name="二厅改", updated_at="2020-01-01 08:00:00").execute()
    late = bundles.export_bundle(b.admin, "HQ", out["B02"]).path
    a.use()
    ack = bundles.export_bundle(a.admin, "HQ", out["B01"]).path  # acknowledges HQ's bundle 1
    hq.use()
    bundles.import_bundle(hq.admin, ack)
    bundles.import_bundle(hq.admin, late)
    again = bundles.export_bundle(hq.admin, "B01", out["B01"]).path
    a.use()
    bundles.import_bundle(a.admin, again)
    assert CustomerAccount.get().name == "二厅改"
