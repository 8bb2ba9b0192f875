"""The monthly call-back list (§10): who is on it, outcomes, completion, the CLI."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from helpdesk_gui.cli import build_parser
from helpdesk_gui.domain.complaints.models import Complaint
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.tickets.models import Customer, Ticket
from helpdesk_gui.services.customers import callbacks
from helpdesk_gui.services.quality import settings
from tests.unit.kpi.conftest import make_ticket


@pytest.fixture
def june(db, branch, clerk):
    """June 2026, 3 quiet months → last interaction before 1 March 2026 00:00 Beijing
    (2026-02-28 16:00 UTC)."""
    people = {}
    for name, phone, last in (("甲", "13800000001", "2026-02-28 15:59"),  # listed
                              ("乙", "13800000002", "2026-02-28 16:00"),  # 1 March: not
                              ("丙", "13800000003", "2025-11-20 02:00"),  # listed
                              ("丁", None, "2025-10-01 02:00")):  # no phone: cannot call
        people[name] = Customer.create(branch=branch, name=name + "先生", phone=phone,
                                       account_no=None if phone else "A99999")
        make_ticket(branch, clerk, f"T{name}", last, customer=people[name])
    make_ticket(branch, clerk, "T丙2", "2026-06-02 02:00", customer=people["丙"])  # in June
    return people


def test_membership_by_hand(june, branch):
    assert callbacks.draw("2026-06", branch.id) == 2
    rows = callbacks.rows("2026-06", branch.id)
    assert [r.customer_id for r in rows] == [june["丙"].id, june["甲"].id]  # oldest first
    assert rows[1].phone == "138****0001" and rows[1].customer_name.startswith("甲")
    assert callbacks.draw("2026-06", branch.id) == 0  # drawn once


def test_quiet_months_is_a_setting(june, branch, supervisor):
    settings.change("churn", {"quiet_months": 6}, supervisor)  # before 1 Dec 2025
    callbacks.draw("2026-06", branch.id)
    assert [r.customer_id for r in callbacks.rows("2026-06")] == [june["丙"].id]


def test_outcomes_and_completion(june, branch, clerk):
    callbacks.draw("2026-06", branch.id)
    first, second = callbacks.rows("2026-06")
    callbacks.record(first.id, "not_reached", "", clerk)
    callbacks.record(first.id, "complaint", "去年多收了水费一直没人处理", clerk)
    with pytest.raises(ValidationError):
        callbacks.record(first.id, "reached", "", clerk)  # already done
    with pytest.raises(ValidationError):
        callbacks.record(second.id, "wants_service", "", clerk)  # say what they want
    assert callbacks.completion("2026-06", branch.id)["called"] == 1
    callbacks.record(second.id, "reached", "一切正常", clerk)
    done = callbacks.rows("2026-06")[0]
    ticket = Ticket.get(Ticket.ticket_no == done.ticket_no)
    assert (ticket.type, ticket.customer_id) == ("complaint", june["丙"].id)
    assert Complaint.select().where(Complaint.ticket == ticket.id).exists()
    assert callbacks.completion("2026-06", branch.id) == {
        "listed": 2, "called": 2, "reached": 2, "not_reached": 0, "wants_service": 0,
        "complaints": 1, "completion_rate": 1.0}


def test_a_reached_call_back_counts_as_interaction(june, branch, clerk):
    """July: before 1 April. 甲 was reached on 10 June, 丙 came in June: only 乙 is left."""
    callbacks.draw("2026-06", branch.id)
    jia = next(r for r in callbacks.rows("2026-06") if r.customer_id == june["甲"].id)
    callbacks.record(jia.id, "reached", "满意", clerk, now=datetime(2026, 6, 10, 2))
    callbacks.draw("2026-07", branch.id)
    assert [r.customer_id for r in callbacks.rows("2026-07")] == [june["乙"].id]


def test_cli_json_and_csv(june, branch, tmp_path, capsys, db_url, supervisor, cli_sign_in):
    args = build_parser().parse_args(["--db", db_url, *cli_sign_in(supervisor), "customers",
                                      "callbacks",
                                      "--month", "2026-06", "--format", "json"])
    assert args.func(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["completion"]["listed"] == 2 and len(data["rows"]) == 2
    assert all("****" in r["phone"] for r in data["rows"])
    out = tmp_path / "list.csv"
    args = build_parser().parse_args(["--db", db_url, *cli_sign_in(supervisor), "customers",
                                      "callbacks", "--month", "2026-06", "-o", str(out)])
    assert args.func(args) == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("客户,电话") and len(lines) == 3
