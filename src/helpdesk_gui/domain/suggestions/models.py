"""Suggestions and the shared improvement list (SERVICE_STANDARD §6–§7).

A suggestion is screened (importance × feasibility), adopted or rejected, and answered
rather than "resolved"; an adopted one becomes an improvement action with an owner and a
due date. The improvement list is fed by suggestions, complaints and survey dimensions.
Every step is appended to a log that is never updated.
"""

from __future__ import annotations

from types import MappingProxyType

import peewee as pw

from helpdesk_gui.domain.base import BaseModel, SyncedModel, utcnow
from helpdesk_gui.domain.complaints.models import Complaint
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets.models import Customer, Ticket

SUGGESTION_CHANNELS = MappingProxyType({
    "survey": ("Survey", "满意度调查"),
    "interview": ("Interview", "客户访谈"),
    "social": ("Social media", "社交媒体"),
    "complaint": ("From a complaint", "投诉转化"),
    "field_staff": ("Field staff", "现场/营销人员"),
    "counter": ("Counter", "柜台"),
})

SUGGESTION_STATUSES = MappingProxyType({
    "new": ("New", "待筛选"),
    "screened": ("Screened", "已筛选"),
    "adopted": ("Adopted", "已采纳"),
    "rejected": ("Rejected", "不予采纳"),
    "informed": ("Customer informed", "已回复客户"),
})

SUGGESTION_ACTIONS = MappingProxyType({
    "create": ("Received", "受理"),
    "acknowledge": ("Customer thanked", "致谢客户"),
    "screen": ("Screened", "筛选评分"),
    "adopt": ("Adopted", "采纳"),
    "reject": ("Rejected", "不予采纳"),
    "inform": ("Result told", "回复结果"),
})

IMPROVEMENT_STATUSES = MappingProxyType({
    "open": ("Open", "未开始"),
    "in_progress": ("In progress", "进行中"),
    "done": ("Done", "已完成"),
    "cancelled": ("Cancelled", "已取消"),
})
IMPROVEMENT_OPEN = ("open", "in_progress")

IMPROVEMENT_SOURCES = MappingProxyType({
    "suggestion": ("Suggestion", "客户建议"),
    "complaint": ("Complaint", "客户投诉"),
    "survey": ("Survey dimension", "满意度调查"),
    "manual": ("Other", "其他"),
})


class Suggestion(SyncedModel):
    """A customer's suggestion: screened, adopted or rejected, answered."""

    ticket = pw.ForeignKeyField(Ticket, null=True, unique=True, backref="suggestion_rows",
                                on_delete="RESTRICT")
    complaint = pw.ForeignKeyField(Complaint, null=True, backref="suggestions",
                                   on_delete="RESTRICT")
    customer = pw.ForeignKeyField(Customer, null=True, backref="suggestions",
                                  on_delete="RESTRICT")
    customer_name = pw.CharField(max_length=50, default="")
    phone = pw.CharField(max_length=20, null=True)
    channel = pw.CharField(max_length=16)
    received_at = pw.DateTimeField(index=True)
    received_by = pw.ForeignKeyField(Staff, on_delete="RESTRICT", index=False)
    title = pw.CharField(max_length=200)
    content = pw.TextField()
    status = pw.CharField(max_length=16, default="new", index=True)
    importance = pw.SmallIntegerField(null=True)
    feasibility = pw.SmallIntegerField(null=True)
    priority = pw.SmallIntegerField(null=True, index=True)  # importance × feasibility
    decision_reason = pw.TextField(default="")
    decided_at = pw.DateTimeField(null=True)
    acknowledged_at = pw.DateTimeField(null=True)
    ack_due = pw.DateTimeField(null=True)
    decision_due = pw.DateTimeField(null=True)
    result_method = pw.CharField(max_length=16, null=True)
    satisfaction = pw.SmallIntegerField(null=True)
    informed_at = pw.DateTimeField(null=True)


class SuggestionStep(BaseModel):
    """One step of a suggestion (screened, adopted, rejected, informed). Append-only."""

    suggestion = pw.ForeignKeyField(Suggestion, backref="steps", on_delete="RESTRICT")
    action = pw.CharField(max_length=16)
    from_status = pw.CharField(max_length=16, default="")
    to_status = pw.CharField(max_length=16)
    at = pw.DateTimeField(default=utcnow)
    actor = pw.ForeignKeyField(Staff, on_delete="RESTRICT", index=False)
    note = pw.TextField(default="")


class ImprovementAction(SyncedModel):
    """One entry of the shared improvement list (from suggestions, complaints, surveys)."""

    source = pw.CharField(max_length=16, default="manual")
    suggestion = pw.ForeignKeyField(Suggestion, null=True, backref="actions",
                                    on_delete="RESTRICT")
    complaint = pw.ForeignKeyField(Complaint, null=True, backref="actions",
                                   on_delete="RESTRICT")
    source_ref = pw.CharField(max_length=100, default="")  # e.g. survey dimension
    title = pw.CharField(max_length=200)
    detail = pw.TextField(default="")
    owner = pw.ForeignKeyField(Staff, backref="improvements", on_delete="RESTRICT")
    due_date = pw.DateField(index=True)
    status = pw.CharField(max_length=16, default="open", index=True)
    effect_notes = pw.TextField(default="")
    done_at = pw.DateTimeField(null=True)
    created_by = pw.ForeignKeyField(Staff, on_delete="RESTRICT", index=False)
    department = pw.CharField(max_length=50, default="",
                              constraints=[pw.SQL("DEFAULT ''")])  # responsible department


MODELS = [Suggestion, SuggestionStep, ImprovementAction]
