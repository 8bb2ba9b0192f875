"""UUIDs in 16 bytes: read back as the usual text, found by text, time-ordered when new,
and converted in place by the schema step from the text an older file holds."""

from __future__ import annotations

import importlib
import pkgutil
import uuid

import pytest

from helpdesk_gui.db import migrations
from helpdesk_gui.db.uuids import new_uuid
from helpdesk_gui.domain.tickets.models import Customer, TicketEvent
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

STEP = importlib.import_module(next(  # the scale step, whatever its number
    f"helpdesk_gui.db.migrations.{m.name}" for m in pkgutil.iter_modules(migrations.__path__)
    if m.name.endswith("_scale")))


def test_new_uuids_are_version_7_and_sort_by_time():
    made = [new_uuid() for _ in range(50)]
    assert all(uuid.UUID(u).version == 7 for u in made)
    assert len(set(made)) == 50
    first, later = made[0], None
    import time
    time.sleep(0.002)
    later = new_uuid()
    assert later > first  # a later millisecond sorts after


@pytest.mark.sqlite_only  # reads SQLite's storage classes
def test_stored_in_16_bytes_read_and_found_as_text(db, clerk):
    created = create_ticket(IntakeForm(channel="counter", type="repair", level=2,
                                       customer_name="张三", phone="13900001111",
                                       description="停电"), clerk)
    customer = Customer.get_by_id(created.customer_id)
    assert isinstance(customer.uuid, str) and len(customer.uuid) == 36
    kind, size = db.execute_sql("SELECT typeof(uuid), length(uuid) FROM customer WHERE id = ?",
                                (customer.id,)).fetchone()
    assert (kind, size) == ("blob", 16)
    assert Customer.get(Customer.uuid == customer.uuid).id == customer.id
    event = TicketEvent.get(TicketEvent.ticket == created.id)
    assert TicketEvent.get(TicketEvent.ticket == created.id,
                           TicketEvent.uuid == event.uuid).id == event.id


@pytest.mark.sqlite_only  # reads SQLite's storage classes
def test_schema_step_converts_text_uuids_in_place(db, branch, clerk):
    old = "0b7c1f4e-9a57-4c55-8d2e-1a2b3c4d5e6f"
    db.execute_sql("INSERT INTO customer (uuid, created_at, updated_at, branch_id, name, "
                   "address, is_vip, note) VALUES (?, '2025-01-01 00:00:00', "
                   "'2025-01-01 00:00:00', ?, '李四', '', 0, '')", (old, branch.id))
    STEP.upgrade(db)  # what an upgrade from the text form does (and again: idempotent)
    STEP.upgrade(db)
    assert db.execute_sql("SELECT typeof(uuid) FROM customer WHERE name = '李四'"
                          ).fetchone() == ("blob",)
    assert Customer.get(Customer.name == "李四").uuid == old
