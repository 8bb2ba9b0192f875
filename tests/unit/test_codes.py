"""Vocabulary words stored as one-letter codes and the 8-byte history key: callers see
the words and UUID text, the file holds the short forms, and an older file is converted
in place by the schema step."""

from __future__ import annotations

import importlib
import pkgutil
import uuid

import pytest

from helpdesk_gui.db import codes, migrations
from helpdesk_gui.db.codes import CodeField
from helpdesk_gui.db.connect import is_sqlite
from helpdesk_gui.domain import vocabulary
from helpdesk_gui.domain.sla.policy import SLA_STATES
from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent, event_data
from helpdesk_gui.services.quality import kpi
from helpdesk_gui.services.tickets import flow
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

STEP = importlib.import_module(next(  # the codes step, whatever its number
    f"helpdesk_gui.db.migrations.{m.name}" for m in pkgutil.iter_modules(migrations.__path__)
    if m.name.endswith("_codes")))


def _ticket(clerk, **extra):
    form = dict(channel="counter", type="complaint", level=2, customer_name="张三",
                phone="13900001111", description="停电")
    return create_ticket(IntakeForm(**{**form, **extra}), clerk)


@pytest.mark.parametrize("table, stored", [
    (vocabulary.STATUSES, codes.TICKET_STATUS), (vocabulary.TICKET_TYPES, codes.TICKET_TYPE),
    (vocabulary.CHANNELS, codes.CHANNEL), (SLA_STATES, codes.SLA_STATE),
    (vocabulary.EVENT_KINDS, codes.EVENT_KIND)])
def test_every_word_of_the_vocabulary_has_a_code(table, stored):
    assert set(table) <= set(stored)


def test_a_code_is_one_character_and_given_once():
    with pytest.raises(ValueError):
        CodeField({"open": "o", "other": "o"})
    with pytest.raises(ValueError):
        CodeField({"open": "op"})


def test_words_are_stored_as_codes_and_read_back_as_words(db, clerk):
    created = _ticket(clerk)
    raw = db.execute_sql("SELECT channel, type, status, sla_state FROM ticket WHERE id = "
                         f"{created.id}").fetchone()
    assert raw == ("c", "c", Ticket.status.db_value(created.status), "o")
    ticket = Ticket.get_by_id(created.id)
    assert (ticket.channel, ticket.type, ticket.sla_state) == ("counter", "complaint",
                                                               "on_track")
    kinds = db.execute_sql("SELECT kind, from_status, to_status FROM ticket_event WHERE "
                           f"ticket_id = {created.id}").fetchall()
    assert kinds == [("n", "", Ticket.status.db_value(created.status))]
    found = Ticket.select(Ticket.id).where(Ticket.type.in_(["complaint", "repair"]),
                                           Ticket.channel == "counter")
    assert [t.id for t in found] == [created.id]


def test_an_unknown_word_is_kept_as_itself_and_a_stray_letter_refused(db, clerk):
    created = _ticket(clerk)
    Ticket.update(sla_state="escalated").where(Ticket.id == created.id).execute()
    assert Ticket.get_by_id(created.id).sla_state == "escalated"
    assert db.execute_sql(f"SELECT sla_state FROM ticket WHERE id = {created.id}"
                          ).fetchone() == ("escalated",)
    with pytest.raises(ValueError, match="sla_state"):
        Ticket.sla_state.db_value("z")


def test_event_details_are_compact_without_empty_keys():
    assert event_data({"assignee": "1031", "assignee_name": "肖丹",
                       "previous_assignee_id": None}) == \
        '{"assignee":"1031","assignee_name":"肖丹"}'
    assert event_data({"previous_assignee_id": None}) == ""
    assert event_data(None) == ""


@pytest.mark.sqlite_only  # reads SQLite's storage classes
def test_new_history_keys_are_8_byte_integers_and_foreign_ones_kept(db, clerk):
    created = _ticket(clerk)
    event = TicketEvent.get(TicketEvent.ticket == created.id)
    assert uuid.UUID(event.uuid).int < 1 << 63
    assert db.execute_sql(f"SELECT typeof(uuid) FROM ticket_event WHERE id = {event.id}"
                          ).fetchone() == ("integer",)
    foreign = "0b7c1f4e-9a57-4c55-8d2e-1a2b3c4d5e6f"  # from another site or version
    other = TicketEvent.create(uuid=foreign, ticket=created.id, actor=clerk, kind="note",
                               note="已电话联系")
    assert db.execute_sql(f"SELECT typeof(uuid) FROM ticket_event WHERE id = {other.id}"
                          ).fetchone() == ("blob",)
    assert TicketEvent.get_by_id(other.id).uuid == foreign
    assert TicketEvent.get_by_id(event.id).uuid == event.uuid


def test_the_schema_step_converts_words_in_place(db, clerk):
    """An older file holds the words; the step writes their codes (twice: idempotent),
    and the reopen rate still reads its partial index."""
    created = _ticket(clerk)
    ticket = Ticket.get_by_id(created.id)
    flow.assign(ticket.id, clerk.id, clerk)
    words = {"status": "assigned", "channel": "counter", "type": "complaint",
             "sla_state": "on_track"}
    db.execute_sql("UPDATE ticket SET " + ", ".join(f"{k} = '{v}'" for k, v in words.items())
                   + f" WHERE id = {ticket.id}")
    db.execute_sql("UPDATE ticket_event SET kind = 'created', to_status = 'new' "
                   "WHERE kind = 'n'")
    db.execute_sql("UPDATE ticket_event SET kind = 'closed', from_status = 'resolved', "
                   "to_status = 'closed' WHERE kind = 'a'")
    STEP.upgrade(db)
    STEP.upgrade(db)
    assert db.execute_sql(f"SELECT status, channel, type, sla_state FROM ticket WHERE id = "
                          f"{ticket.id}").fetchone() == ("a", "c", "c", "o")
    assert sorted(db.execute_sql("SELECT kind, to_status FROM ticket_event").fetchall()) == \
        [("c", "c"), ("n", "n")]
    again = Ticket.get_by_id(ticket.id)
    assert (again.status, again.channel) == ("assigned", "counter")
    period = kpi.month_period(ticket.created_at.strftime("%Y-%m"), "UTC")
    assert kpi.reopen_rate(period)["closed"] == 1
    if is_sqlite(db):
        plan = " ".join(str(r) for r in db.execute_sql(
            "EXPLAIN QUERY PLAN SELECT kind, COUNT(*) FROM ticket_event "
            "WHERE kind IN ('e', 'c') AND at >= 0 GROUP BY kind").fetchall())
        assert "ticket_event_reopen_close_at" in plan
        plan = " ".join(str(r) for r in db.execute_sql(
            "EXPLAIN QUERY PLAN SELECT COUNT(*) FROM ticket WHERE window_no IN ('1', '2')"))
        assert "ticket_window_no_created_at" in plan  # partial: only tickets with a window
