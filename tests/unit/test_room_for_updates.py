"""On a hall server an SLA state change touches no index (schema step v015): each ticket
page keeps room for the row's next version."""

from __future__ import annotations

import pytest

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.db.migrations import v015_room_for_updates as step
from helpdesk_gui.demo.generate import generate
from helpdesk_gui.domain.tickets.models import Ticket


@pytest.mark.parametrize("backend", ["postgresql"], indirect=True)
def test_sla_state_changes_are_heap_only_updates(db):
    generate(300, months=1)
    options = db.execute_sql("SELECT reloptions FROM pg_class WHERE relname = 'ticket'"
                             ).fetchone()[0]
    assert f"fillfactor={step.TICKET_FILLFACTOR}" in options
    # one ticket of each page, as a busy minute's alarms fall on tickets far apart
    spread = [i for (i,) in db.execute_sql(
        "SELECT DISTINCT ON ((ctid::text::point)[0]) id FROM ticket").fetchall()]
    with db.atomic():
        changed = Ticket.update(sla_state="breached").where(Ticket.id.in_(spread)).execute()
        hot = db.execute_sql("SELECT pg_stat_get_xact_tuples_hot_updated('ticket'::regclass)"
                             ).fetchone()[0]
    assert changed == len(spread) > 10
    assert hot == changed  # not one of the ticket indexes was written


def test_sqlite_has_nothing_to_change(db):
    if database_proxy.obj.__class__.__name__.startswith("Postgres"):
        pytest.skip("the server's side is the test above")
    step.upgrade(db)  # a no-op, and no error
