"""Masking, revealing one field with a reason, and the retention job."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from helpdesk_gui.db import search
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import PermissionDenied, ValidationError
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.domain.tickets.models import Customer, Ticket
from helpdesk_gui.services.security import privacy
from helpdesk_gui.services.tickets import flow as ticket_flow
from helpdesk_gui.services.tickets import intake as tickets


@pytest.mark.parametrize(("value", "masked"), [
    ("13812341234", "138****1234"), ("01062345678", "010****5678"), ("95598", "9***8"),
    ("", ""), (None, None)])
def test_mask_phone(value, masked):
    assert privacy.mask_phone(value) == masked


@pytest.mark.parametrize(("value", "masked"), [
    ("张三", "张*"), ("欧阳修", "欧**"), ("王", "*"), ("Li Lei", "L* ***"),
    ("阿卜杜·热合曼", "阿******")])
def test_mask_name_keeps_the_first_character(value, masked):
    assert privacy.mask_name(value) == masked


def test_mask_account_id_and_text():
    assert privacy.mask_account("3100123456") == "31****3456"
    assert privacy.mask_account("A123") == "**23"
    assert privacy.mask_id_no("110101199001011234") == "110***********1234"
    assert privacy.mask_text("请回电13812341234，身份证11010119900101123X") == \
        "请回电138****1234，身份证110***********123X"
    assert privacy.mask_text("工单20250101-0001 金额 1234") == "工单20250101-0001 金额 1234"


def _ticket(actor, name, phone, description="水表漏水", **extra):
    form = tickets.IntakeForm(channel="counter", type="repair", level=3, customer_name=name,
                              description=description, phone=phone, **extra)
    return tickets.create_ticket(form, actor)


def test_reveal_one_field_with_reason_is_audited(clerk, handler):
    created = _ticket(clerk, "张三", "13812341234", account_no="3100123456")
    value = privacy.reveal(handler, created.customer_id, "phone", "回访客户确认维修时间")
    assert value == "13812341234"
    row = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert (row.action, row.actor_no, row.object_id) == \
        ("customer.reveal", "2001", str(created.customer_id))
    assert "回访客户" in row.detail and "13812341234" not in row.detail


def test_reveal_needs_a_reason_and_a_role_that_needs_it(clerk, handler):
    created = _ticket(clerk, "张三", "13812341234")
    with pytest.raises(ValidationError, match="reason"):
        privacy.reveal(handler, created.customer_id, "phone", "  ")
    with pytest.raises(PermissionDenied, match="customer.reveal"):
        privacy.reveal(clerk, created.customer_id, "phone", "想看看")
    with pytest.raises(ValidationError):
        privacy.reveal(handler, created.customer_id, "password", "x")
    assert AuditEntry.select().where(AuditEntry.action == "customer.reveal").count() == 0
    assert AuditEntry.select().where(AuditEntry.action == "permission.denied").count() == 1


def _close(ticket_id, handler, clerk, closed_at):
    ticket_flow.assign(ticket_id, handler.id, clerk)
    ticket_flow.start(ticket_id, handler)
    ticket_flow.resolve(ticket_id, handler, "已更换水表，客户电话13812341234")
    ticket_flow.close(ticket_id, clerk, confirmed_by="in_person")
    Ticket.update(closed_at=closed_at).where(Ticket.id == ticket_id).execute()


def _found(word):
    return {t.id for t in Ticket.select().where(search.ticket_text_condition(Ticket, word))}


def test_retention_anonymizes_old_tickets_and_erases_lone_customers(clerk, handler, admin):
    now = utcnow()
    old, recent = now - timedelta(days=4 * 365), now - timedelta(days=2 * 365)
    lone = _ticket(clerk, "张三丰", "13812341234", description="张三丰报修，电话13812341234")
    _close(lone.id, handler, clerk, old)
    regular_old = _ticket(clerk, "李四", "13912345678", account_no="3100123456")
    _close(regular_old.id, handler, clerk, old)
    regular_open = _ticket(clerk, "李四", "13912345678")  # still open: 李四 keeps data
    kept = _ticket(clerk, "王五", "13700001111")
    _close(kept.id, handler, clerk, recent)
    assert _found("张三丰") == {lone.id}

    report = privacy.anonymize_closed_before(3, now=now, actor=admin)

    assert (report.tickets, report.customers) == (2, 1)
    t = Ticket.get_by_id(lone.id)
    assert t.customer_name == "张**" and "13812341234" not in t.description + t.resolution
    assert "138****1234" in t.description and t.description.startswith("张**报修")
    c = Customer.get_by_id(lone.customer_id)
    assert (c.name, c.phone, c.account_no, c.address) == ("张**", None, None, "")
    assert Ticket.get_by_id(regular_old.id).customer_name == "李*"
    li = Customer.get_by_id(regular_old.customer_id)
    assert (li.name, li.phone, li.account_no) == ("李四", "13912345678", "3100123456")
    assert Ticket.get_by_id(regular_open.id).customer_name == "李四"
    assert Ticket.get_by_id(kept.id).customer_name == "王五"
    assert _found("张三丰") == set() and _found("报修") == {lone.id}  # index rewritten
    row = AuditEntry.get(AuditEntry.action == "privacy.anonymize")
    assert '"tickets":2' in row.detail and row.actor_no == "9001"
    again = privacy.anonymize_closed_before(3, now=now, actor=admin)
    assert (again.tickets, again.customers) == (0, 0)


def test_retention_erases_a_customer_once_their_last_ticket_ages_out(clerk, handler):
    now = utcnow()
    first = _ticket(clerk, "李四", "13912345678")
    _close(first.id, handler, clerk, now - timedelta(days=5 * 365))
    second = _ticket(clerk, "李四", "13912345678")
    _close(second.id, handler, clerk, now - timedelta(days=2 * 365))
    assert privacy.anonymize_closed_before(3, now=now).customers == 0
    later = now + timedelta(days=2 * 365)
    report = privacy.anonymize_closed_before(3, now=later)
    assert (report.tickets, report.customers) == (1, 1)
    assert Customer.get_by_id(first.customer_id).phone is None


def test_retention_is_for_administrators_only(supervisor):
    with pytest.raises(PermissionDenied):
        privacy.anonymize_closed_before(3, actor=supervisor)
    with pytest.raises(ValidationError):
        privacy.anonymize_closed_before(0)


def test_cutoff_on_29_february():
    assert privacy.cutoff_for(3, datetime(2024, 2, 29, 12)) == datetime(2021, 2, 28, 12)
