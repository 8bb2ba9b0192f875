"""Repeat complaints: same customer (phone or account), same matter or category, in window."""

from __future__ import annotations

from datetime import timedelta

from helpdesk_gui.domain.complaints.models import Complaint, ComplaintRepeat
from helpdesk_gui.services.complaints import process as complaints
from helpdesk_gui.services.complaints import query as complaints_query

from .conftest import complaint_ticket


def _open(clerk, **kw):
    t = complaint_ticket(clerk, **kw)
    return complaints.open_for_ticket(t.id, clerk)


def test_same_matter_by_same_phone_is_linked(cdb, clerk):
    first = _open(clerk)
    second = _open(clerk, subject="水费账单金额异常，又多收了")
    assert [h.complaint_id for h in second.repeats] == [first.complaint_id]
    assert second.repeats[0].basis == "matter"
    assert Complaint.get_by_id(second.complaint_id).repeat_count == 1
    view = complaints_query.detail(second.complaint_id)
    assert view.repeats[0].ticket_no == Complaint.get_by_id(first.complaint_id).ticket.ticket_no


def test_same_category_is_linked_at_classification(cdb, clerk, handler):
    first = _open(clerk, subject="停水没有通知")
    complaints.acknowledge(first.complaint_id, clerk)
    complaints.classify(first.complaint_id, clerk, "outage", handler.id)
    second = _open(clerk, subject="今天又突然停水")
    assert second.repeats == []  # different wording, category not known yet
    complaints.acknowledge(second.complaint_id, clerk)
    complaints.classify(second.complaint_id, clerk, "outage", handler.id)
    links = list(ComplaintRepeat.select().where(ComplaintRepeat.complaint ==
                                                 second.complaint_id))
    assert [(lk.earlier_id, lk.basis) for lk in links] == [(first.complaint_id, "category")]


def test_other_customers_and_other_matters_are_not_repeats(cdb, clerk):
    _open(clerk)
    other = _open(clerk, phone="13900002222", name="李娜")
    assert other.repeats == []
    different = _open(clerk, subject="营业厅排队时间太长")
    assert different.repeats == []


def test_account_number_identifies_the_customer(cdb, clerk):
    first = _open(clerk, phone=None, account="SH100200", subject="燃气表读数不准")
    hits = complaints.repeats_for(None, "SH100200")
    assert [h.complaint_id for h in hits] == [first.complaint_id]
    assert hits[0].basis == "customer"  # at intake: everything by this customer
    assert complaints.repeats_for(None, "SH100200", "billing") == []
    assert complaints.repeats_for(None, None) == []


def test_window_is_configurable(cdb, clerk, supervisor):
    first = _open(clerk)
    old = Complaint.get_by_id(first.complaint_id)
    old.received_at = old.received_at - timedelta(days=100)
    old.save()
    assert _open(clerk).repeats == []  # 100 days ago: outside the default 90
    complaints_query.set_setting("repeat_window_days", 120, supervisor)
    assert complaints_query.settings()["repeat_window_days"] == 120
    third = _open(clerk)
    assert first.complaint_id in [h.complaint_id for h in third.repeats]


def test_intake_confirmation_links_only_this_customers_complaints(cdb, clerk):
    first = _open(clerk, subject="水费多收")
    stranger = _open(clerk, phone="13900002222", name="李娜", subject="排队太久")
    t = complaint_ticket(clerk, subject="上个月账单还是不对")
    opened = complaints.open_for_ticket(
        t.id, clerk, repeat_of=[first.complaint_id, stranger.complaint_id])
    assert [(h.complaint_id, h.basis) for h in opened.repeats] == [(first.complaint_id,
                                                                    "intake")]
    assert Complaint.get_by_id(opened.complaint_id).repeat_count == 1
