"""Fixtures for complaint and suggestion service tests: tables and a complaint ticket."""

from __future__ import annotations

import pytest

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.db.migrations.v003_complaints import upgrade
from helpdesk_gui.services.tickets import intake as tickets


@pytest.fixture
def cdb(db):
    """The test database; running the (idempotent) schema step again is harmless."""
    upgrade(database_proxy.obj)
    return db


def complaint_ticket(clerk, *, phone="13812341234", account=None, subject="水费账单金额异常",
                     name="张伟", channel="phone"):
    form = tickets.IntakeForm(channel=channel, type="complaint", level=3, customer_name=name,
                              description=f"{subject}，要求核查", phone=phone, account_no=account,
                              subject=subject, request="退还多收的水费")
    return tickets.create_ticket(form, clerk)


@pytest.fixture
def new_ticket(cdb, clerk):
    return complaint_ticket(clerk)
