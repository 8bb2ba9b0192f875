"""Which tables travel, who owns their rows, and how each kind merges (docs/sync.md).

Kinds:

* ``hq`` — headquarters owns every row (policy, calendars, knowledge, courses, staff,
  branches, code tables). A branch may create a row (its first staff member); once it
  has travelled, only headquarters changes it.
* ``branch`` — the site that created the row owns it (tickets and everything hung on them,
  complaints, suggestions, surveys, training records, attachments).
* ``shared`` — no single owner (billing accounts imported at any site): the newest
  version by hybrid logical clock, then site code, wins; the other is a recorded conflict.
* ``append`` — rows that are never changed once written (ticket events, complaint and
  suggestion steps): merged by union on their identity.

Audit rows travel separately (each site's chain is its own; see ``SyncAuditRow``).

``key`` is the row's identity across sites: ``("uuid",)``, or the fields of a natural
key for the few append-only tables without a UUID. Tables are listed so that every
table comes after the tables it refers to.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

import peewee as pw

from helpdesk_gui.domain.attachments.models import Attachment
from helpdesk_gui.domain.complaints.models import (
    Complaint,
    ComplaintRepeat,
    ComplaintStep,
    RootCause,
)
from helpdesk_gui.domain.customers.models import Callback, CustomerAccount, CustomerCare
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.ledger.models import LedgerRow
from helpdesk_gui.domain.quality.models import ReviewItem, ServiceError, Setting
from helpdesk_gui.domain.sla.models import BranchCalendar, CalendarOverride, SlaPolicy, TicketSla
from helpdesk_gui.domain.suggestions.models import ImprovementAction, Suggestion, SuggestionStep
from helpdesk_gui.domain.surveys.models import Survey
from helpdesk_gui.domain.surveys.outbox import SmsMessage
from helpdesk_gui.domain.tickets.models import Customer, Ticket, TicketEvent
from helpdesk_gui.domain.training.models import (
    Assessment,
    Attendance,
    Certificate,
    Course,
    CourseCase,
    KnowledgeArticle,
    LibraryCase,
    PlanItem,
    TrainingSession,
)

KINDS = ("hq", "branch", "shared", "append")
UUID_KEY = ("uuid",)


@dataclass(frozen=True)
class SyncTable:
    model: type[pw.Model]
    kind: str
    key: tuple[str, ...] = UUID_KEY
    # a field holding the id of a row of one of several tables, named by another field
    poly: tuple[str, str, dict[str, type[pw.Model]]] | None = None
    # the UUID is unique only together with this reference (its index starts with it):
    # rows are looked up within their parents, never by UUID across the whole table
    scope: str | None = None

    @property
    def name(self) -> str:
        return self.model._meta.table_name

    @property
    def mutable(self) -> bool:
        return self.kind != "append" and "updated_at" in self.model._meta.fields


TABLES: tuple[SyncTable, ...] = (
    SyncTable(Branch, "hq"),
    SyncTable(Staff, "hq"),
    SyncTable(RootCause, "hq"),
    SyncTable(SlaPolicy, "hq"),
    SyncTable(BranchCalendar, "hq"),
    SyncTable(CalendarOverride, "hq"),
    SyncTable(KnowledgeArticle, "hq"),
    SyncTable(Course, "hq"),
    SyncTable(Setting, "append", key=("key", "version")),
    SyncTable(CustomerAccount, "shared"),
    SyncTable(Customer, "branch"),
    SyncTable(CustomerCare, "branch"),
    SyncTable(Ticket, "branch"),
    SyncTable(TicketEvent, "append", scope="ticket"),
    SyncTable(TicketSla, "branch"),
    SyncTable(Callback, "branch"),
    SyncTable(Complaint, "branch"),
    SyncTable(ComplaintStep, "append",
              key=("complaint", "at", "action", "from_stage", "to_stage", "note")),
    SyncTable(ComplaintRepeat, "append", key=("complaint", "earlier")),
    SyncTable(Suggestion, "branch"),
    SyncTable(SuggestionStep, "append",
              key=("suggestion", "at", "action", "from_status", "to_status", "note")),
    SyncTable(ImprovementAction, "branch"),
    SyncTable(Survey, "branch"),
    SyncTable(SmsMessage, "branch"),
    SyncTable(ServiceError, "branch"),
    SyncTable(ReviewItem, "branch"),
    SyncTable(TrainingSession, "branch"),
    SyncTable(Attendance, "branch"),
    SyncTable(Assessment, "branch"),
    SyncTable(Certificate, "branch"),
    SyncTable(PlanItem, "branch"),
    SyncTable(LibraryCase, "branch"),
    SyncTable(CourseCase, "append", key=("course", "case")),
    SyncTable(LedgerRow, "branch"),
    SyncTable(Attachment, "branch",
              poly=("owner_id", "owner_type", {"ticket": Ticket, "complaint": Complaint,
                                               "suggestion": Suggestion})),
)

BY_NAME = {t.name: t for t in TABLES}

# what a travelling table holds, for people (the Sync page's conflicts name the table)
TABLE_NAMES = MappingProxyType({
    "branch": ("Branch office", "营业网点"),
    "staff": ("Staff member", "员工"),
    "root_cause": ("Root cause", "根本原因"),
    "sla_policy": ("Time-limit policy", "时限标准"),
    "branch_calendar": ("Business calendar", "营业日历"),
    "calendar_override": ("Calendar change", "日历调整"),
    "knowledge_article": ("Knowledge article", "知识库文章"),
    "course": ("Course", "培训课程"),
    "setting": ("Setting", "系统设置"),
    "customer_account": ("Billing account", "户号"),
    "customer": ("Customer", "客户"),
    "customer_care": ("Customer care note", "客户关怀"),
    "ticket": ("Ticket", "工单"),
    "ticket_event": ("Ticket history", "工单记录"),
    "ticket_sla": ("Ticket time limit", "工单时限"),
    "callback": ("Callback", "回访"),
    "complaint": ("Complaint", "投诉"),
    "complaint_step": ("Complaint step", "投诉处理记录"),
    "complaint_repeat": ("Repeat complaint", "重复投诉"),
    "suggestion": ("Suggestion", "建议"),
    "suggestion_step": ("Suggestion step", "建议处理记录"),
    "improvement_action": ("Improvement action", "改进措施"),
    "survey": ("Satisfaction survey", "满意度评价"),
    "sms_message": ("Text message", "短信"),
    "service_error": ("Service error", "服务差错"),
    "review_item": ("Review item", "检查项目"),
    "training_session": ("Training session", "培训场次"),
    "attendance": ("Attendance", "培训签到"),
    "assessment": ("Assessment", "培训考核"),
    "certificate": ("Certificate", "培训证书"),
    "plan_item": ("Training plan item", "培训计划项"),
    "library_case": ("Case library entry", "案例库案例"),
    "course_case": ("Course case", "课程案例"),
    "ledger_row": ("Ledger row", "台账记录"),
    "attachment": ("Attachment", "附件"),
})
