"""A hand-built month of tickets whose every figure was computed by hand (see test_kpi)."""

from __future__ import annotations

from datetime import datetime

import pytest

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.surveys.models import MODELS, Survey
from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent


@pytest.fixture
def survey_db(db):
    database_proxy.obj.create_tables(MODELS)
    return db


def t(text: str) -> datetime:
    return datetime.fromisoformat(text)


def make_ticket(branch, clerk, no: str, created: str, **fields) -> Ticket:
    """A ticket written directly, with the times a test needs (naive UTC)."""
    values = dict(branch=branch, ticket_no=no, channel="counter", type="consultation",
                  level=3, status="in_progress", customer_name="张三", description="测试",
                  received_by=clerk, created_at=t(created), updated_at=t(created))
    for key, value in fields.items():
        values[key] = t(value) if key.endswith(("_at", "_due")) and value else value
    return Ticket.create(**values)


def answer(ticket, overall, dims, recommend, *, valid=True, when="2026-03-03 00:00",
           code=None, kind="routine"):
    names = ("responsiveness", "problem_solving", "attitude", "professionalism", "clarity")
    return Survey.create(branch=ticket.branch, ticket=ticket, kind=kind, channel="sms",
                         status="answered", code=code or f"C{ticket.id:05d}{kind[0]}",
                         invited_at=t(when), answered_at=t(when), overall=overall,
                         recommend=recommend, valid=valid,
                         invalid_reason="" if valid else "every item given the same score",
                         **dict(zip(names, dims, strict=True)))


def event(ticket, actor, kind, at):
    TicketEvent.create(ticket=ticket, actor=actor, kind=kind, at=t(at))


@pytest.fixture
def march(survey_db, branch, clerk, handler, supervisor):
    """The March 2026 fixture (Asia/Shanghai: UTC 02-28 16:00 to 03-31 16:00)."""
    T = {}
    T[1] = make_ticket(branch, clerk, "T1", "2026-03-01 00:00", type="complaint",
                       channel="phone", level=2, response_due="2026-03-01 04:00",
                       first_response_at="2026-03-01 03:00", resolve_due="2026-03-02 00:00",
                       resolved_at="2026-03-01 10:00", contacts=2, assignee=handler,
                       status="closed", closed_at="2026-03-02 00:00")
    T[2] = make_ticket(branch, clerk, "T2", "2026-02-28 17:00", first_contact_resolved=True,
                       resolved_at="2026-02-28 17:00", first_response_at="2026-02-28 17:00",
                       closed_at="2026-02-28 17:00", status="closed")
    T[3] = make_ticket(branch, clerk, "T3", "2026-02-28 15:00", type="repair", channel="phone",
                       level=1, response_due="2026-02-28 17:00",
                       first_response_at="2026-02-28 16:30", resolve_due="2026-02-28 19:00",
                       resolved_at="2026-03-01 03:00", contacts=4, assignee=handler,
                       status="resolved")
    T[4] = make_ticket(branch, clerk, "T4", "2026-03-31 15:00", type="request",
                       channel="online", level=2, response_due="2026-03-31 19:00")
    T[5] = make_ticket(branch, clerk, "T5", "2026-03-10 00:00", type="repair", level=2,
                       response_due="2026-03-10 04:00", resolved_at="2026-04-02 00:00",
                       status="resolved", assignee=supervisor)
    T[6] = make_ticket(branch, clerk, "T6", "2026-03-20 00:00", type="complaint",
                       channel="sms", response_due="2026-03-20 08:00",
                       first_response_at="2026-03-20 09:00", resolve_due="2026-03-24 00:00",
                       resolved_at="2026-03-25 00:00", contacts=3, assignee=supervisor,
                       status="resolved")
    T[7] = make_ticket(branch, clerk, "T7", "2026-03-31 16:00", type="complaint")
    T[8] = make_ticket(branch, clerk, "T8", "2026-03-05 00:00", type="suggestion",
                       channel="email", response_due="2026-03-05 02:00", status="cancelled")
    Ticket.update(updated_at=t("2026-03-06 00:00")).where(Ticket.id == T[8].id).execute()
    event(T[2], clerk, "closed", "2026-02-28 17:00")
    event(T[1], handler, "closed", "2026-03-02 00:00")
    event(T[6], supervisor, "reopened", "2026-03-22 00:00")
    event(T[6], supervisor, "closed", "2026-02-27 00:00")  # February: not counted
    return T


@pytest.fixture
def march_answers(march):
    answer(march[1], 5, (9, 8, 10, 9, 9), 10)
    answer(march[2], 3, (6, 6, 7, 6, 6), 7)
    answer(march[3], 4, (8, 8, 8, 8, 8), 8, valid=False)
    answer(march[5], 1, (2, 2, 3, 2, 2), 0)  # resolved in April: not March
    Survey.create(branch=march[6].branch, ticket=march[6], kind="routine", channel="sms",
                  status="invited", code="WAIT6", invited_at=t("2026-03-25 01:00"))
    return march
