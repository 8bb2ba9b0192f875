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
