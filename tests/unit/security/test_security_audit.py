"""The audit trail: chained rows, verification finds edits and removals, queries."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.errors import PermissionDenied
from helpdesk_gui.domain.security.models import GENESIS_HASH, AuditEntry, AuditHead
from helpdesk_gui.services.security import audit, audit_trail


@pytest.fixture
def trail(clerk, handler):
    for i in range(5):
        audit.record(clerk if i % 2 else handler, f"ticket.action{i}", "ticket", 100 + i,
                     {"n": i, "text": "客户张三"}, now=datetime(2025, 1, 1 + i, 8, 0))
    return [e.id for e in AuditEntry.select().order_by(AuditEntry.id)]


def test_rows_are_chained(trail):
    rows = list(AuditEntry.select().order_by(AuditEntry.id))
    assert rows[0].prev_hash == GENESIS_HASH
    assert all(b.prev_hash == a.hash for a, b in zip(rows, rows[1:], strict=False))
    result = audit.verify()
    assert (result.ok, result.checked) == (True, 5)
    head = AuditHead.get_by_id(1)
    assert (head.last_id, head.last_hash, head.count) == (rows[-1].id, rows[-1].hash, 5)


def test_edited_row_is_named(trail):
    AuditEntry.update(detail='{"n":2,"text":"客户李四"}').where(
        AuditEntry.id == trail[2]).execute()
    result = audit.verify()
    assert not result.ok and result.first_bad_id == trail[2] and "edited" in result.reason


def test_edited_time_or_actor_is_detected(trail):
    AuditEntry.update(actor_no="9999").where(AuditEntry.id == trail[1]).execute()
    assert audit.verify().first_bad_id == trail[1]


def test_deleted_row_names_the_row_after_the_gap(trail):
    AuditEntry.delete().where(AuditEntry.id == trail[2]).execute()
    result = audit.verify()
    assert not result.ok and result.first_bad_id == trail[3]
    assert f"row #{trail[1]}" in result.reason and "removed" in result.reason


def test_deleted_last_row_is_detected_by_the_head(trail):
    AuditEntry.delete().where(AuditEntry.id == trail[-1]).execute()
    result = audit.verify()
    assert not result.ok and result.first_bad_id == trail[-1] and "end" in result.reason


def test_forged_rechained_row_is_still_detected_by_the_head(trail):
    """Someone edits a row and recomputes the hashes after it: the head disagrees."""
    rows = list(AuditEntry.select().order_by(AuditEntry.id))
    prev = rows[2].prev_hash
    for row in rows[2:]:
        detail = '{"forged":true}' if row.id == rows[2].id else row.detail
        new = audit.row_hash(prev, row.uuid, row.at, row.actor_id, row.actor_no, row.action,
                             row.object_type, row.object_id, detail)
        AuditEntry.update(detail=detail, prev_hash=prev, hash=new).where(
            AuditEntry.id == row.id).execute()
        prev = new
    result = audit.verify()
    assert not result.ok and result.first_bad_id == rows[-1].id


def test_record_joins_the_callers_transaction(clerk):
    with pytest.raises(RuntimeError), database_proxy.obj.atomic():
        audit.record(clerk, "ticket.created", "ticket", 1)
        raise RuntimeError("the ticket change failed")
    assert AuditEntry.select().count() == 0
    assert AuditHead.get_by_id(1).count == 0
    audit.record(clerk, "ticket.created", "ticket", 1)
    assert audit.verify().ok


def test_concurrent_writers_keep_one_chain(clerk):
    """Four threads, each with its own connection, append at once: one unbroken chain."""
    errors = []

    def writer(n):
        try:
            for i in range(15):
                audit.record(None, "test.concurrent", "t", f"{n}-{i}", actor_no=f"w{n}")
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            database_proxy.obj.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert AuditEntry.select().count() == 60
    assert audit.verify().ok


def test_query_filters_newest_first(trail, admin):
    everything = audit_trail.query(admin)
    assert [r.id for r in everything] == list(reversed(trail))
    assert everything[0].detail == {"n": 4, "text": "客户张三"}
    by_actor = audit_trail.query(admin, audit_trail.AuditFilter(actor_no="1001"))
    assert {r.actor_no for r in by_actor} == {"1001"} and len(by_actor) == 2
    dated = audit_trail.query(admin, audit_trail.AuditFilter(since=datetime(2025, 1, 2),
                                                             until=datetime(2025, 1, 4)))
    assert [r.action for r in dated] == ["ticket.action2", "ticket.action1"]
    prefix = audit_trail.query(admin, audit_trail.AuditFilter(action="ticket."))
    assert len(prefix) == 5
    assert len(audit_trail.query(admin, audit_trail.AuditFilter(action="ticket.action3"))) == 1
    page = audit_trail.query(admin, audit_trail.AuditFilter(before_id=trail[2], limit=1))
    assert [r.id for r in page] == [trail[1]]
    assert audit_trail.known_actions(admin) == [f"ticket.action{i}" for i in range(5)]


@pytest.mark.parametrize("read", [
    lambda actor: audit_trail.query(actor),
    lambda actor: audit_trail.known_actions(actor),
    lambda actor: audit_trail.check_chain(actor),
], ids=["rows", "actions", "chain"])
def test_only_administrators_read_the_trail(trail, clerk, read):
    """The service checks the role itself (not only the page): a counter clerk is refused
    and the refusal is the trail's newest row."""
    with pytest.raises(PermissionDenied):
        read(clerk)
    newest = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (newest.action, newest.actor_no) == ("permission.denied", clerk.employee_no)
