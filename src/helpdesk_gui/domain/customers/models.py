"""Customer tiers and care (SERVICE_STANDARD §10): accounts, VIP status, call-backs.

* ``CustomerAccount`` is the billing system's view of an account (户号, yearly billed
  amount), imported from the utility's xlsx/csv export; it is kept apart from ``Customer``
  (who came to the counter) because an account may be imported before its holder ever
  calls, and is matched to the customer by 户号 or phone when needed.
* ``CustomerCare`` holds what a supervisor decides about a customer: a manual VIP flag and
  its reason, the rule's verdict and a dedicated handler. ``Customer.is_vip`` stays the one
  column lists and intake read.
* ``Callback`` is one line of a month's churn-risk call-back list (回访清单) and its outcome.
"""

from __future__ import annotations

from types import MappingProxyType

import peewee as pw

from helpdesk_gui.domain.base import SyncedModel
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.tickets.models import Customer, Ticket

CALLBACK_OUTCOMES = MappingProxyType({
    "reached": ("Reached", "已联系"),
    "not_reached": ("Not reached", "未接通"),
    "wants_service": ("Wants a service", "有业务需求"),
    "complaint": ("Complaint raised", "提出投诉"),
})


class CustomerAccount(SyncedModel):
    """A utility account as the billing export lists it."""

    account_no = pw.CharField(max_length=32, unique=True)  # 户号
    name = pw.CharField(max_length=50, default="")
    phone = pw.CharField(max_length=20, null=True, index=True)
    yearly_amount = pw.DecimalField(max_digits=12, decimal_places=2, default=0)  # yuan
    source = pw.CharField(max_length=255, default="")


class CustomerCare(SyncedModel):
    """A supervisor's decisions about one customer."""

    customer = pw.ForeignKeyField(Customer, unique=True, on_delete="RESTRICT")
    vip_manual = pw.BooleanField(default=False)
    manual_reason = pw.CharField(max_length=200, default="")
    vip_by_rule = pw.BooleanField(default=False)
    rule_reason = pw.CharField(max_length=200, default="")
    dedicated_handler = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT",
                                           index=False)


class Callback(SyncedModel):
    """One churn-risk customer on a month's call-back list, and the call's outcome."""

    branch = pw.ForeignKeyField(Branch, on_delete="RESTRICT", index=False)
    month = pw.CharField(max_length=7)
    customer = pw.ForeignKeyField(Customer, on_delete="RESTRICT")
    last_interaction_at = pw.DateTimeField(null=True)
    outcome = pw.CharField(max_length=16, null=True)  # CALLBACK_OUTCOMES
    note = pw.TextField(default="")
    called_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT", index=False)
    called_at = pw.DateTimeField(null=True)
    ticket = pw.ForeignKeyField(Ticket, null=True, on_delete="RESTRICT", index=False)

    class Meta:
        indexes = ((("month", "customer"), True),)


MODELS = [CustomerAccount, CustomerCare, Callback]
