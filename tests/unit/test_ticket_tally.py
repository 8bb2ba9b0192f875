"""The hall server keeps the number of tickets per branch and day (``db.pg_ticket_tally``):
every seat recounts its list on every change in the hall, and reading a three-year
table for it took 170 ms each time. The kept count must equal the rows, however written."""

from __future__ import annotations

import pytest

from helpdesk_gui.db import pg_ticket_tally
from helpdesk_gui.db.migrations import v018_ticket_tally as step
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.ledger.staging import _referrers
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.tickets import query as tq
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

pytestmark = pytest.mark.parametrize("backend", ["postgresql"], indirect=True)


def _create(clerk, n: int) -> Ticket:
    form = IntakeForm(channel="counter", type="repair", level=3, customer_name="王建国",
                      phone=f"1390000{n:04d}", description="家里停电了")
    return Ticket.get_by_id(create_ticket(form, clerk).id)


def _kept(db) -> dict[tuple[int, str], int]:
    rows = db.execute_sql(f"SELECT branch_id, day::text, n FROM {pg_ticket_tally.TABLE} "
                          "WHERE n <> 0").fetchall()
    return {(b, d): n for b, d, n in rows}


def _counted(db) -> dict[tuple[int, str], int]:
    rows = db.execute_sql("SELECT branch_id, created_at::date::text, count(*) FROM ticket "
                          "GROUP BY 1, 2").fetchall()
    return {(b, d): n for b, d, n in rows}


def test_the_kept_count_follows_every_kind_of_write(db, branch, clerk):
    other = staff_service.ensure_branch("BJ02", "北京海淀营业厅")
    made = [_create(clerk, n) for n in range(5)]
    assert pg_ticket_tally.total(db=db) == 5 == pg_ticket_tally.total(branch.id, db)
    Ticket.update(created_at=made[0].created_at.replace(year=2025)).where(
        Ticket.id == made[0].id).execute()  # a corrected date: another day
    Ticket.update(branch=other.id).where(Ticket.id == made[1].id).execute()
    Ticket.update(subject="改了标题").where(Ticket.id == made[2].id).execute()
    assert _kept(db) == _counted(db)
    assert pg_ticket_tally.total(other.id, db) == 1
    gone = [made[3].id, made[4].id]  # an import rolled back deletes its tickets
    for statement in _referrers(Ticket, gone):
        statement.execute()
    Ticket.delete().where(Ticket.id.in_(gone)).execute()
    assert _kept(db) == _counted(db)
    assert pg_ticket_tally.total(db=db) == 3


def test_bulk_writes_are_counted_once_per_day(db):
    """The demo writes tickets in batches, as an import or a sync bundle does."""
    from helpdesk_gui.demo.generate import generate

    generate(300)
    assert _kept(db) == _counted(db)
    assert pg_ticket_tally.total(db=db) == Ticket.select().count() >= 300


def test_the_list_counts_all_tickets_from_the_kept_count(db, branch, clerk, sql_seen):
    for n in range(3):
        _create(clerk, n)
    seen = sql_seen
    seen.clear()
    assert tq.count_tickets(tq.TicketFilter()) == 3
    assert tq.count_tickets(tq.TicketFilter(branch_id=branch.id)) == 3
    assert any(pg_ticket_tally.TABLE in sql for sql in seen)
    seen.clear()
    assert tq.count_tickets(tq.TicketFilter(types=("repair",))) == 3  # others: the rows
    assert not any(pg_ticket_tally.TABLE in sql for sql in seen)


def test_the_step_counts_the_tickets_an_older_server_holds(db, clerk):
    for n in range(4):
        _create(clerk, n)
    db.execute_sql(f"DROP TABLE {pg_ticket_tally.TABLE}")
    for name in ("insert", "delete", "update"):
        db.execute_sql(f"DROP TRIGGER {pg_ticket_tally.TABLE}_{name} ON ticket")
    step.upgrade(db)
    assert pg_ticket_tally.total(db=db) == 4
    step.upgrade(db)  # again: the same count, no error
    assert pg_ticket_tally.total(db=db) == 4
    _create(clerk, 9)
    assert pg_ticket_tally.total(db=db) == 5
