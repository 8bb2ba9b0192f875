"""VIP by amount, by count and by a supervisor's flag; account import; VIP first (§10)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from helpdesk_gui.domain.errors import PermissionDenied
from helpdesk_gui.domain.tickets.models import Customer, Ticket
from helpdesk_gui.services.customers import accounts, queue, tiers
from helpdesk_gui.services.ledger.imports import ImportRejected
from helpdesk_gui.services.quality import settings
from helpdesk_gui.services.tickets import flow as ticket_flow
from helpdesk_gui.services.tickets import intake as tickets
from tests.unit.importer.test_importer import write_csv
from tests.unit.kpi.conftest import make_ticket

NOW = datetime(2026, 6, 30, 2)


def _customer(branch, name="张三", phone="13812345678", account=None):
    return Customer.create(branch=branch, name=name, phone=phone, account_no=account)


def test_vip_by_yearly_amount(db, branch, supervisor, tmp_path):
    rich = _customer(branch, account="A10001")
    edge = _customer(branch, "李四", "13812345679", "A10002")
    path = write_csv(tmp_path / "账户.csv", ["户号", "姓名", "电话", "年缴费"],
                     [["A10001", "张三", "13812345678", "5000.01"],
                      ["A10002", "李四", "", "5000"],
                      ["A10003", "王五", "13900000000", "12000"]])
    result = accounts.import_accounts(path, supervisor)
    assert (result.added, result.updated, result.vip_after) == (3, 0, 1)
    assert Customer.get_by_id(rich.id).is_vip and not Customer.get_by_id(edge.id).is_vip
    assert "5000.01" in tiers.care_of(rich.id).rule_reason  # over 5,000, not at 5,000
    again = accounts.import_accounts(path, supervisor)
    assert (again.added, again.updated) == (0, 3)


def test_bad_account_rows_import_nothing(db, branch, supervisor, tmp_path):
    path = write_csv(tmp_path / "bad.csv", ["户号", "年缴费"], [["A1", "100"], ["A20001", "很多"]])
    with pytest.raises(ImportRejected) as err:
        accounts.import_accounts(path, supervisor)
    assert {(e.row, e.column) for e in err.value.errors} == {(2, "account_no"),
                                                              (3, "yearly_amount")}


def test_vip_by_more_than_three_requests_in_twelve_months(db, branch, clerk):
    customer = _customer(branch)
    for i, day in enumerate(("2025-07-05", "2025-12-01", "2026-03-01")):
        make_ticket(branch, clerk, f"R{i}", f"{day} 02:00", customer=customer)
    make_ticket(branch, clerk, "OLD", "2025-06-01 02:00", customer=customer)  # > 12 months
    make_ticket(branch, clerk, "X", "2026-04-01 02:00", customer=customer, status="cancelled")
    assert tiers.evaluate(customer, NOW).requests == 3 and not tiers.refresh(customer, NOW)
    make_ticket(branch, clerk, "R4", "2026-06-01 02:00", customer=customer)
    assert tiers.refresh(customer, NOW) and Customer.get_by_id(customer.id).is_vip


def test_fourth_request_at_intake_is_a_vip_ticket(db, branch, clerk):
    def visit():
        return Ticket.get_by_id(tickets.create_ticket(tickets.IntakeForm(
            channel="counter", type="request", level=3, customer_name="张三",
            phone="13812345678", description="办理业务"), clerk).id)
    assert [visit().vip for _ in range(4)] == [False, False, False, True]


def test_a_new_customer_with_a_big_account_is_vip_on_the_first_visit(db, branch, clerk,
                                                                     supervisor, tmp_path,
                                                                     monkeypatch):
    path = write_csv(tmp_path / "账户.csv", ["户号", "姓名", "电话", "年缴费"],
                     [["A30001", "赵六", "13700000001", "9000"]])
    accounts.import_accounts(path, supervisor)
    looked_up = []  # a customer created by this intake has no earlier requests, no care row
    monkeypatch.setattr(tiers, "_requests", lambda *a: looked_up.append("requests") or 0)
    monkeypatch.setattr(tiers, "care_of", lambda *a: looked_up.append("care"))
    created = tickets.create_ticket(tickets.IntakeForm(
        channel="counter", type="request", level=3, customer_name="赵六",
        phone="13700000001", account_no="A30001", description="办理业务"), clerk)
    assert created.customer_created and looked_up == []
    assert Ticket.get_by_id(created.id).vip and Customer.get_by_id(created.customer_id).is_vip
    assert "9000" in tiers.CustomerCare.get(
        tiers.CustomerCare.customer == created.customer_id).rule_reason


def test_manual_flag_with_reason_and_rules_are_settings(db, branch, clerk, supervisor):
    customer = _customer(branch)
    with pytest.raises(PermissionDenied):
        tiers.set_manual(customer.id, True, "人大代表", clerk)
    tiers.set_manual(customer.id, True, "重点保障用户（医院）", supervisor)
    assert Customer.get_by_id(customer.id).is_vip
    tiers.set_manual(customer.id, False, "已撤销", supervisor)
    assert not Customer.get_by_id(customer.id).is_vip
    settings.change("vip_rules", {"requests_over": 0}, supervisor)
    make_ticket(branch, clerk, "R1", "2026-06-01 02:00", customer=customer)
    assert tiers.refresh(customer, NOW)


def test_vip_tickets_first_and_dedicated_handler(db, branch, clerk, handler, supervisor):
    plain = _customer(branch)
    vip = _customer(branch, "李四", "13812345679")
    tiers.set_manual(vip.id, True, "大客户", supervisor)
    tiers.set_dedicated_handler(vip.id, handler.id, supervisor)
    due = NOW + timedelta(hours=2)
    first = make_ticket(branch, clerk, "P1", "2026-06-01 02:00", customer=plain,
                        assignee=handler, resolve_due=str(due))
    second = make_ticket(branch, clerk, "V1", "2026-06-02 02:00", customer=vip, vip=True,
                         assignee=handler, resolve_due=str(due + timedelta(days=2)))
    waiting = make_ticket(branch, clerk, "V2", "2026-06-03 02:00", customer=vip, vip=True,
                          status="new")
    rows = queue.handler_queue(handler.id)
    assert [r.ticket_no for r in rows] == ["V1", "V2", "P1"]
    assert [r.dedicated for r in rows] == [False, True, False]
    assert tiers.dedicated_handler(vip.id) == handler.id
    assert {first.id, second.id, waiting.id} == {r.id for r in rows}
    ticket_flow.assign(waiting.id, handler.id, clerk)
    assert queue.handler_queue(supervisor.id) == []


def test_a_vip_flag_from_before_is_kept_as_a_decision(db, branch):
    old = Customer.create(branch=branch, name="周八", phone="13812340000", is_vip=True,
                          note="VIP客户：年缴费超过5000元")
    assert tiers.refresh(old, NOW) and Customer.get_by_id(old.id).is_vip
    care = tiers.care_of(old.id)
    assert care.vip_manual and care.manual_reason == "VIP客户：年缴费超过5000元"


def test_the_nightly_refresh_gives_every_customer_the_one_by_one_verdict(
        db, branch, clerk, supervisor, tmp_path):
    import random

    rng = random.Random(7)
    names = [a + b for a in "赵钱孙李周吴郑王" for b in "一二三四五"]
    people = [_customer(branch, names[i], f"1381234{i:04d}",
                        f"A2{i:04d}" if i % 3 else None) for i in range(40)]
    accounts.import_accounts(write_csv(
        tmp_path / "账户.csv", ["户号", "姓名", "电话", "年缴费"],
        [[f"A2{i:04d}" if i % 3 else f"A3{i:04d}", names[i],
          f"1381234{i:04d}" if i % 2 else "", str(rng.choice((800, 5000, 5000.5, 9000)))]
         for i in range(40)]), supervisor)
    for n in range(120):
        make_ticket(branch, clerk, f"N{n}", f"2026-0{rng.randint(1, 6)}-0{rng.randint(1, 9)} "
                    "02:00", customer=rng.choice(people),
                    status=rng.choice(("received", "closed", "cancelled")))
    tiers.set_manual(people[5].id, True, "重点保障户", supervisor)
    expected = {c.id: tiers.evaluate(c, NOW).vip or c.id == people[5].id for c in people}
    Customer.update(is_vip=False).execute()
    vip_count = tiers.refresh_all(NOW)
    assert {c.id: c.is_vip for c in Customer.select()} == expected
    assert vip_count == sum(expected.values()) and 1 < vip_count < 40
