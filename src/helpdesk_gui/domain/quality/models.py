"""Quality records (SERVICE_STANDARD §4, §7, §8): versioned settings, service errors, reviews.

* ``Setting`` keeps every value a supervisor may change (KPI targets, VIP rules, the
  survey word list, the confirmation period…) as numbered versions, like the SLA policy:
  the newest version applies, older ones stay so a report can say which targets it used.
* ``ServiceError`` is the register behind 服务差错率: one row per error found, counted in
  the month of the service it concerns (the ticket's received time), so a month's rate can
  be computed — and snapshotted — from that month's rows alone.
* ``ReviewItem`` is one closed ticket on a month's review list (定期回顾) and its findings.
"""

from __future__ import annotations

from types import MappingProxyType

import peewee as pw

from helpdesk_gui.domain.base import BaseModel, SyncedModel, utcnow
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.tickets.models import Ticket

ERROR_KINDS = MappingProxyType({
    "wrong_information": ("Wrong information given", "告知信息错误"),
    "wrong_billing": ("Wrong billing action", "收费/账务操作错误"),
    "rudeness": ("Rudeness", "服务态度恶劣"),
    "missed_deadline": ("Missed deadline", "超时未办"),
    "wrong_procedure": ("Procedure not followed", "未按流程办理"),
    "record_incomplete": ("Record incomplete", "记录不完整"),
    "other": ("Other", "其他"),
})

FOUND_BY = MappingProxyType({
    "ticket": ("Ticket", "工单"),
    "complaint": ("Complaint", "投诉"),
    "review": ("Review", "回顾检查"),
    "other": ("Other", "其他"),
})

CONFIRMATION_METHODS = MappingProxyType({  # §4: how the customer confirmed a resolution
    "phone": ("By phone", "电话确认"),
    "sms": ("By SMS", "短信确认"),
    "in_person": ("In person", "当面确认"),
    "kiosk": ("On the counter kiosk", "评价器确认"),
    "email": ("By email", "邮件确认"),
})


class Setting(BaseModel):
    """One version of one setting (JSON). Append-only: a change adds a version."""

    key = pw.CharField(max_length=64)
    version = pw.IntegerField()
    data = pw.TextField()
    note = pw.CharField(max_length=200, default="")
    changed_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT", index=False)
    changed_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("key", "version"), True),)


class ServiceError(SyncedModel):
    """A service error (服务差错): what went wrong, who, which ticket, found how, the fix."""

    branch = pw.ForeignKeyField(Branch, on_delete="RESTRICT", index=False)
    ticket = pw.ForeignKeyField(Ticket, null=True, backref="service_errors",
                                on_delete="RESTRICT")
    kind = pw.CharField(max_length=24)  # ERROR_KINDS
    found_by = pw.CharField(max_length=16)  # FOUND_BY
    source_ref = pw.CharField(max_length=64, default="")  # complaint / review reference
    staff = pw.ForeignKeyField(Staff, null=True, backref="service_errors",
                               on_delete="RESTRICT", index=False)  # who made the error
    description = pw.TextField()
    corrective_action = pw.TextField(default="")
    occurred_at = pw.DateTimeField(index=True)  # the service's time: counts in that month
    recorded_by = pw.ForeignKeyField(Staff, on_delete="RESTRICT", index=False)


class ReviewItem(SyncedModel):
    """A closed ticket drawn for the month's review, and what the reviewer found."""

    branch = pw.ForeignKeyField(Branch, on_delete="RESTRICT", index=False)
    month = pw.CharField(max_length=7)  # YYYY-MM the ticket was closed in
    ticket = pw.ForeignKeyField(Ticket, unique=True, on_delete="RESTRICT")
    type = pw.CharField(max_length=16)
    reviewer = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT", index=False)
    reviewed_at = pw.DateTimeField(null=True)
    handling_correct = pw.BooleanField(null=True)
    record_complete = pw.BooleanField(null=True)
    customer_confirmed = pw.BooleanField(null=True)
    findings = pw.TextField(default="")
    service_error = pw.ForeignKeyField(ServiceError, null=True, on_delete="RESTRICT",
                                       index=False)
    case_promoted = pw.BooleanField(default=False)

    class Meta:
        indexes = ((("month", "branch"), False),)


MODELS = [Setting, ServiceError, ReviewItem]
