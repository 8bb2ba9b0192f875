"""Receiving a request without a screen: ``services.tickets.intake.create_ticket`` and
``services.tickets.customers``.

Each rejected form must leave the database untouched (no customer, no ticket, no number
used); each accepted one must store exactly what the clerk typed.
"""

from __future__ import annotations

import re

import pytest

from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.tickets.models import Customer, Ticket, TicketCounter, TicketEvent
from helpdesk_gui.services.tickets import customers
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

SQL = "'); DROP TABLE ticket;--"


def form(**changes) -> IntakeForm:
    values = dict(channel="counter", type="consultation", level=3, customer_name="张三",
                  description="家里停电了", phone="13812345678")
    values.update(changes)
    return IntakeForm(**values)


def assert_nothing_written() -> None:
    assert Ticket.select().count() == 0
    assert Customer.select().count() == 0
    assert TicketEvent.select().count() == 0
    assert TicketCounter.select().count() == 0  # no ticket number was used up


def rejected(clerk, **changes) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        create_ticket(form(**changes), clerk)
    return caught.value.errors


# --- a normal intake ---------------------------------------------------------------------
def test_intake_registers_customer_ticket_and_history(clerk):
    created = create_ticket(form(request="尽快恢复供电", address="朝阳路1号"), clerk)

    ticket = Ticket.get_by_id(created.id)
    assert ticket.ticket_no == created.ticket_no
    assert (ticket.status, ticket.channel, ticket.type, ticket.level) == (
        "new", "counter", "consultation", 3)
    assert ticket.description == "家里停电了"
    assert ticket.request == "尽快恢复供电"
    assert ticket.subject == "家里停电了"  # taken from the description's first line
    assert ticket.received_by_id == clerk.id
    assert ticket.response_due is not None and ticket.resolve_due is not None
    customer = Customer.get_by_id(created.customer_id)
    assert (customer.name, customer.phone, customer.address) == ("张三", "13812345678",
                                                                 "朝阳路1号")
    assert created.customer_created is True
    assert [e.kind for e in ticket.events] == ["created"]
    assert created.id in created.changes.tickets
    assert "联系" in created.commitment_zh and "within" in created.commitment_en


def test_phone_is_stored_as_digits(clerk):
    created = create_ticket(form(phone="+86 138-1234-5678"), clerk)
    assert Customer.get_by_id(created.customer_id).phone == "13812345678"


def test_description_of_exactly_4000_characters_is_accepted(clerk):
    created = create_ticket(form(description="电" * 4000), clerk)
    assert len(Ticket.get_by_id(created.id).description) == 4000


# --- validation, field by field ----------------------------------------------------------
@pytest.mark.parametrize("changes, field, reason", [
    ({"customer_name": ""}, "customer_name", "required"),
    ({"customer_name": "   "}, "customer_name", "required"),
    ({"customer_name": "李四😀"}, "customer_name", "only letters"),
    ({"customer_name": "张三1"}, "customer_name", "only letters"),
    ({"customer_name": "Robert'); DROP"}, "customer_name", "only letters"),
    ({"customer_name": "名" * 51}, "customer_name", "too long (51 characters, at most 50)"),
    ({"phone": "12345"}, "phone", "not a valid number"),
    ({"phone": "138abc45678"}, "phone", "digits only"),
    ({"phone": "１３８１２３４５６７８"}, "phone", "digits only"),  # full-width digits
    ({"phone": None}, "phone", "phone or account number"),
    ({"account_no": "A1"}, "account_no", "not an account number"),
    ({"account_no": "A-1234!"}, "account_no", "not an account number"),
    ({"channel": "fax"}, "channel", "not one of"),
    ({"type": "gossip"}, "type", "not one of"),
    ({"level": 4}, "level", "not one of"),
    ({"description": ""}, "description", "required"),
    ({"description": " \n\t "}, "description", "required"),
    ({"description": "x" * 4001}, "description", "too long (4001 characters, at most 4000)"),
    ({"description": "bell\x07"}, "description", "control characters"),
    ({"request": "x" * 1001}, "request", "too long"),
    ({"subject": "x" * 201}, "subject", "too long"),
    ({"first_contact_resolved": True, "answer": ""}, "answer", "required"),
    ({"first_contact_resolved": True, "answer": "x" * 4001}, "answer", "too long"),
    ({"first_contact_resolved": True, "answer": "ok", "type": "complaint"},
     "first_contact_resolved", "only a consultation"),
])
def test_each_bad_field_is_reported_and_nothing_is_written(clerk, changes, field, reason):
    errors = rejected(clerk, **changes)
    assert field in errors
    assert reason.lower() in errors[field].lower()
    assert_nothing_written()


def test_every_bad_field_is_reported_at_once(clerk):
    errors = rejected(clerk, customer_name="", phone="123", description="")
    assert set(errors) == {"customer_name", "phone", "description"}


def test_answer_is_not_required_without_first_contact(clerk):
    created = create_ticket(form(answer=""), clerk)
    assert Ticket.get_by_id(created.id).status == "new"


# --- find or create: never a duplicate customer ------------------------------------------
def test_same_phone_reuses_the_customer(clerk):
    first = create_ticket(form(), clerk)
    second = create_ticket(form(customer_name="张三", description="又停电了"), clerk)
    assert first.customer_id == second.customer_id
    assert second.customer_created is False
    assert Customer.select().count() == 1


def test_same_account_reuses_the_customer_and_fills_in_the_phone(clerk):
    first = create_ticket(form(phone=None, account_no="a10002"), clerk)
    second = create_ticket(form(phone="13900001111", account_no="A10002"), clerk)
    assert first.customer_id == second.customer_id
    customer = Customer.get_by_id(first.customer_id)
    assert (customer.account_no, customer.phone) == ("A10002", "13900001111")
    assert Customer.select().count() == 1


def test_phone_and_account_of_two_different_customers_is_refused(clerk):
    create_ticket(form(customer_name="张三", phone="13812345678"), clerk)
    create_ticket(form(customer_name="李四", phone=None, account_no="A20001"), clerk)
    tickets_before = Ticket.select().count()

    with pytest.raises(ValidationError) as caught:
        create_ticket(form(customer_name="张三", phone="13812345678", account_no="A20001"),
                      clerk)

    assert "account_no" in caught.value.errors
    assert "李四" in caught.value.errors["account_no"]
    assert Ticket.select().count() == tickets_before
    assert Customer.select().count() == 2


def test_chosen_customer_is_used_as_is(clerk):
    first = create_ticket(form(), clerk)
    second = create_ticket(form(customer_id=first.customer_id, phone=None), clerk)
    assert second.customer_id == first.customer_id
    assert Customer.select().count() == 1


def test_chosen_customer_that_vanished_is_reported(clerk):
    errors = rejected(clerk, customer_id=999)
    assert "no longer exists" in errors["customer_name"]
    assert Ticket.select().count() == 0


def test_find_or_create_directly(branch):
    customer, created = customers.find_or_create(branch.id, "王五", "13700000000", None)
    again, created_again = customers.find_or_create(branch.id, "王五", "13700000000", "B1234")
    assert created and not created_again and again.id == customer.id
    assert Customer.get_by_id(customer.id).account_no == "B1234"
    with pytest.raises(ValidationError):
        customers.find_or_create(branch.id, "王五", None, None)


# --- first-contact resolution ------------------------------------------------------------
def test_consultation_answered_on_the_spot_is_closed_at_intake(clerk):
    created = create_ticket(form(first_contact_resolved=True, answer="电费按阶梯计价"), clerk)

    ticket = Ticket.get_by_id(created.id)
    assert ticket.status == "closed" and created.status == "closed"
    assert ticket.first_contact_resolved is True
    assert ticket.resolution == "电费按阶梯计价"
    assert ticket.resolved_at is not None and ticket.closed_at is not None
    assert ticket.first_response_at is not None
    assert ticket.sla_state == "met"
    assert [e.kind for e in ticket.events.order_by(TicketEvent.id)] == [
        "created", "resolved", "closed"]
    assert "首问解决" in created.commitment_zh


# --- what the customer said is stored exactly --------------------------------------------
def test_sql_looking_text_is_stored_verbatim(clerk):
    created = create_ticket(form(description=SQL, subject=SQL, request=SQL), clerk)
    ticket = Ticket.get_by_id(created.id)
    assert (ticket.description, ticket.subject, ticket.request) == (SQL, SQL, SQL)
    assert Ticket.select().count() == 1  # the table is still there


def test_emoji_in_description_is_kept(clerk):
    text = "停电了😭🔥\n第二行 👍🏽"
    created = create_ticket(form(description=text, request="快修🙏"), clerk)
    ticket = Ticket.get_by_id(created.id)
    assert ticket.description == text
    assert ticket.request == "快修🙏"


# --- numbering ---------------------------------------------------------------------------
def test_ticket_numbers_are_sequential_and_rejections_use_none(clerk, branch):
    numbers = [create_ticket(form(), clerk).ticket_no]
    rejected(clerk, description="")
    numbers.append(create_ticket(form(phone="13900001111", customer_name="李四"), clerk)
                   .ticket_no)
    numbers.append(create_ticket(form(), clerk).ticket_no)

    parsed = [re.fullmatch(rf"{branch.code}-(\d{{8}})-(\d{{4}})", n) for n in numbers]
    assert all(parsed)
    assert len({m[1] for m in parsed}) == 1
    assert [int(m[2]) for m in parsed] == [1, 2, 3]


# --- lookup and history ------------------------------------------------------------------
def test_lookup_by_phone_account_and_name(clerk):
    first = create_ticket(form(account_no="A10002"), clerk)
    create_ticket(form(customer_name="李四", phone="13900001111"), clerk)

    assert [r.id for r in customers.lookup("138123", clerk)] == [first.customer_id]
    assert [r.id for r in customers.lookup("a1000", clerk)] == [first.customer_id]
    assert [r.name for r in customers.lookup("张", clerk)] == ["张三"]
    assert customers.lookup("   ", clerk) == []
    assert customers.lookup("138123", clerk)[0].ticket_count == 1


def test_customer_lookup_checks_the_role_and_is_audited(clerk, branch):
    from helpdesk_gui.domain.errors import PermissionDenied
    from helpdesk_gui.domain.security.models import AuditEntry
    from helpdesk_gui.services.security import staff

    create_ticket(form(), clerk)
    customers.lookup("138123", clerk)
    row = AuditEntry.get(AuditEntry.action == "customer.lookup")
    assert row.actor_no == clerk.employee_no and "13812" not in row.detail
    admin = staff.create_staff(branch, "9001", "孙丽", "admin")
    with pytest.raises(PermissionDenied, match="customer.lookup"):
        customers.lookup("138123", admin)


def test_history_lists_the_customers_tickets_newest_first(clerk):
    a = create_ticket(form(description="第一次"), clerk)
    b = create_ticket(form(description="第二次"), clerk)
    create_ticket(form(customer_name="李四", phone="13900001111"), clerk)

    rows = customers.history(a.customer_id)
    assert [r.id for r in rows] == [b.id, a.id]
    assert rows[0].subject == "第二次"
