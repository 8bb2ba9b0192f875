"""Satisfaction surveys (SERVICE_STANDARD §7): invitations and their answers.

A ``Survey`` is one invitation to one customer about one ticket, and — once they
answer — the answer itself. Keeping invitation and answer in one row makes "invited,
reminded, answered or abandoned" one indexed column and the monthly figures one join.
Invalid answers are kept (with the reason) rather than deleted: a supervisor can see
what was discarded, and the "≥ 80 % valid" rule needs the count of invalid ones.
"""

from __future__ import annotations

from types import MappingProxyType

import peewee as pw

from helpdesk_gui.domain.base import SyncedModel
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.tickets.models import Ticket

SURVEY_KINDS = MappingProxyType({
    "routine": ("Routine survey", "例行回访"),
    "special": ("Special survey", "专项回访"),
    "sample": ("Monthly sample", "月度抽样"),
    "ledger": ("Imported from ledger", "台账导入"),
})

SURVEY_CHANNELS = MappingProxyType({
    "kiosk": ("Counter tablet", "柜台评价器"),
    "phone": ("Phone call-back", "电话回访"),
    "sms": ("SMS code", "短信"),
    "online": ("Online form", "在线问卷"),
    "ledger": ("Ledger", "台账"),
})

SURVEY_STATUSES = MappingProxyType({
    "invited": ("Invited", "已邀请"),
    "reminded": ("Reminded", "已提醒"),
    "answered": ("Answered", "已回复"),
    "abandoned": ("Abandoned", "已放弃"),
})

DIMENSIONS = MappingProxyType({
    "responsiveness": ("Responsiveness", "响应及时性"),
    "problem_solving": ("Problem-solving", "问题解决能力"),
    "attitude": ("Attitude", "服务态度"),
    "professionalism": ("Professionalism", "专业性"),
    "clarity": ("Clarity of communication", "沟通清晰度"),
})

WAITING_STATUSES = ("invited", "reminded")


class Survey(SyncedModel):
    """One invitation and its answer (scores are NULL until answered)."""

    branch = pw.ForeignKeyField(Branch, on_delete="RESTRICT", index=False)
    ticket = pw.ForeignKeyField(Ticket, backref="surveys", on_delete="RESTRICT",
                                index=False)  # the unique index below starts with it
    kind = pw.CharField(max_length=16)  # SURVEY_KINDS
    channel = pw.CharField(max_length=16)  # SURVEY_CHANNELS
    status = pw.CharField(max_length=16, default="invited")  # SURVEY_STATUSES
    code = pw.CharField(max_length=12, unique=True)  # for SMS/online answers entered later
    invited_at = pw.DateTimeField()
    reminded_at = pw.DateTimeField(null=True)
    answered_at = pw.DateTimeField(null=True)
    abandoned_at = pw.DateTimeField(null=True)
    overall = pw.SmallIntegerField(null=True)  # 1–5
    responsiveness = pw.SmallIntegerField(null=True)  # 0–10 each
    problem_solving = pw.SmallIntegerField(null=True)
    attitude = pw.SmallIntegerField(null=True)
    professionalism = pw.SmallIntegerField(null=True)
    clarity = pw.SmallIntegerField(null=True)
    recommend = pw.SmallIntegerField(null=True)  # 0–10, for NPS
    comment = pw.TextField(default="")
    valid = pw.BooleanField(null=True)  # NULL until answered
    invalid_reason = pw.CharField(max_length=200, default="")
    entered_by = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT", index=False)

    class Meta:
        indexes = (
            (("ticket", "kind"), True),  # one survey of each kind per ticket
            (("status", "invited_at"), False),
            (("answered_at",), False),
        )


MODELS = [Survey]
