"""Fixtures for SLA tests: the SLA tables, an injectable clock and ticket helpers."""

from __future__ import annotations

from datetime import datetime

import pytest

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.db.migrations.v006_sla import upgrade
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.tickets import intake as tickets

# A Monday in May 2026, 10:00 Beijing time = 02:00 UTC (naive UTC like the database).
MONDAY_10 = datetime(2026, 5, 11, 2, 0)


class Clock:
    """The injected 'now' (naive UTC) of every service that stamps time."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta) -> datetime:
        from datetime import timedelta

        self.now += timedelta(**delta)
        return self.now


@pytest.fixture
def sdb(db):
    """The test database; running the (idempotent) schema step again is harmless."""
    upgrade(database_proxy.obj)
    return db


@pytest.fixture
def clock(monkeypatch, sdb):
    c = Clock(MONDAY_10)
    for module in ("helpdesk_gui.services.tickets.intake", "helpdesk_gui.services.tickets.flow",
                   "helpdesk_gui.services.tickets.extensions", "helpdesk_gui.domain.base"):
        monkeypatch.setattr(f"{module}.utcnow", c)
    return c


@pytest.fixture
def supervisor2(branch):
    return staff_service.create_staff(branch, "3002", "孙丽", "supervisor")


def new_ticket(clerk, level=2, channel="phone", **extra):
    form = dict(channel=channel, type="repair", level=level, customer_name="张三",
                phone="13812345678", description="小区停电，整栋楼没电")
    form.update(extra)
    return tickets.create_ticket(tickets.IntakeForm(**form), clerk)
