"""Complaints (SERVICE_STANDARD §5): their stages, settings, root causes and repeats.

Why their own tables: a complaint follows its own eight-stage process (ISO 10002 /
GB/T 19012) on top of the ordinary ticket flow. The ticket stays the hall's single numbered record;
the complaint row is linked one-to-one to its ticket. Every stage step is appended to a
log (who, when, what) that is never updated, so "average time per stage" and the
complaint's history are read from the same facts.

The vocabularies (code → (English, Chinese)) follow ``domain.vocabulary``: the English
name is the Qt translation source, the Chinese name is used by exports.
"""

from __future__ import annotations

from types import MappingProxyType

import peewee as pw

from helpdesk_gui.domain.base import BaseModel, SyncedModel, utcnow
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets.models import Customer, Ticket

# --------------------------------------------------------------------------- vocabulary

COMPLAINT_STAGES = MappingProxyType({
    "received": ("Received", "接收"),
    "acknowledged": ("Acknowledged", "确认"),
    "assigned": ("Classified and assigned", "分类分派"),
    "investigated": ("Investigated", "调查核实"),
    "proposed": ("Solution proposed", "制定方案"),
    "carried_out": ("Carried out", "执行"),
    "feedback": ("Feedback given", "反馈"),
    "closed": ("Closed", "结案"),
})
STAGE_ORDER: tuple[str, ...] = tuple(COMPLAINT_STAGES)

COMPLAINT_ACTIONS = MappingProxyType({  # action -> (stage it needs, stage it reaches)
    "acknowledge": ("received", "acknowledged"),
    "classify": ("acknowledged", "assigned"),
    "investigate": ("assigned", "investigated"),
    "propose": ("investigated", "proposed"),
    "carry_out": ("proposed", "carried_out"),
    "feedback": ("carried_out", "feedback"),
    "close": ("feedback", "closed"),
})
ACTION_NAMES = MappingProxyType({
    "acknowledge": ("Acknowledge", "确认受理"),
    "classify": ("Classify and assign", "分类分派"),
    "investigate": ("Record investigation", "调查核实"),
    "propose": ("Propose solution", "制定方案"),
    "carry_out": ("Carry out", "执行方案"),
    "feedback": ("Record feedback", "反馈客户"),
    "close": ("Close", "结案"),
    "reopen": ("Reopen", "重新打开"),
    "open": ("Opened", "登记投诉"),
})

COMPLAINT_CATEGORIES = MappingProxyType({
    "billing": ("Billing and charges", "收费/账单"),
    "supply": ("Supply quality", "供应质量"),
    "outage": ("Interruption of supply", "停水停电停气"),
    "meter": ("Meter and reading", "计量/抄表"),
    "repair": ("Repair quality", "维修质量"),
    "attitude": ("Staff attitude", "服务态度"),
    "process": ("Procedures and waiting", "办事流程/等候"),
    "other": ("Other", "其他"),
})

FEEDBACK_METHODS = MappingProxyType({
    "phone": ("Phone", "电话"),
    "sms": ("SMS", "短信"),
    "email": ("Email", "邮件"),
    "in_person": ("In person", "当面"),
})

SATISFACTION = MappingProxyType({
    1: ("1 Very dissatisfied", "1 很不满意"),
    2: ("2 Dissatisfied", "2 不满意"),
    3: ("3 Neutral", "3 一般"),
    4: ("4 Satisfied", "4 满意"),
    5: ("5 Very satisfied", "5 很满意"),
})
SATISFIED_FROM = 4  # §7: 4 or 5 = satisfied

DEFAULT_ROOT_CAUSES = (  # code, English, Chinese — the taxonomy a supervisor maintains
    ("staff_attitude", "Staff attitude or conduct", "人员服务态度"),
    ("staff_skill", "Staff knowledge or skill", "人员业务能力"),
    ("process", "Process or rule design", "流程/制度缺陷"),
    ("billing_error", "Billing or charging error", "计费/收费差错"),
    ("meter_fault", "Meter fault or misreading", "表计故障/抄表差错"),
    ("network_fault", "Network or equipment fault", "管网/设备故障"),
    ("planned_work", "Planned work poorly announced", "计划停供告知不到位"),
    ("slow_response", "Slow response or repair", "响应/抢修不及时"),
    ("information", "Information unclear or missing", "信息告知不清"),
    ("third_party", "Third party", "第三方原因"),
    ("misunderstanding", "Customer misunderstanding", "客户误解"),
    ("other", "Other", "其他"),
)



# --------------------------------------------------------------------------- tables


class RootCause(SyncedModel):
    """One entry of the root-cause taxonomy (retired entries stay for old complaints)."""

    code = pw.CharField(max_length=32, unique=True)
    name_en = pw.CharField(max_length=100)
    name_zh = pw.CharField(max_length=100)
    active = pw.BooleanField(default=True)
    sort_order = pw.IntegerField(default=0)


SETTING_DEFAULTS = MappingProxyType({
    "repeat_window_days": 90,  # §5 repeat complaints: same customer, same matter
    "ack_hours": 2,  # acknowledge a complaint / suggestion within 2 hours
    "solution_working_days": 5,  # propose a solution / decide within 5 working days
    "followup_days": 7,  # major complaint: second satisfaction survey within a week
})


class ComplaintSetting(BaseModel):
    """Supervisor-adjustable numbers of the complaint process (repeat window...).

    A missing row means the standard's default (``SETTING_DEFAULTS``)."""

    key = pw.CharField(primary_key=True, max_length=64)
    value = pw.CharField(max_length=200)

    @classmethod
    def get_int(cls, key: str) -> int:
        row = cls.get_or_none(cls.key == key)
        return int(row.value) if row else int(SETTING_DEFAULTS[key])

    @classmethod
    def put(cls, key: str, value: int) -> None:
        if key not in SETTING_DEFAULTS:
            raise KeyError(key)
        (cls.insert(key=key, value=str(int(value)))
         .on_conflict(conflict_target=[cls.key], preserve=[cls.value]).execute())


class Complaint(SyncedModel):
    """The complaint record of one complaint ticket."""

    ticket = pw.ForeignKeyField(Ticket, unique=True, backref="complaint_rows",
                                on_delete="RESTRICT")
    customer = pw.ForeignKeyField(Customer, null=True, backref="complaints",
                                  on_delete="RESTRICT")
    channel = pw.CharField(max_length=16)
    received_at = pw.DateTimeField(index=True)
    complainant = pw.CharField(max_length=50)
    phone = pw.CharField(max_length=20, null=True, index=True)
    account_no = pw.CharField(max_length=32, null=True, index=True)
    matter = pw.CharField(max_length=200)
    description = pw.TextField(default="")
    remedy = pw.TextField(default="")  # what the complainant asks for
    major = pw.BooleanField(default=False)
    category = pw.CharField(max_length=16, null=True, index=True)
    stage = pw.CharField(max_length=16, default="received", index=True)
    stage_at = pw.DateTimeField(default=utcnow)
    assignee = pw.ForeignKeyField(Staff, null=True, backref="complaints", on_delete="RESTRICT")
    root_cause = pw.ForeignKeyField(RootCause, null=True, backref="complaints",
                                    on_delete="RESTRICT")
    findings = pw.TextField(default="")
    corrective_action = pw.TextField(default="")
    solution = pw.TextField(default="")
    carried_out = pw.TextField(default="")
    feedback_method = pw.CharField(max_length=16, null=True)
    satisfaction = pw.SmallIntegerField(null=True)
    acknowledged_at = pw.DateTimeField(null=True)
    proposed_at = pw.DateTimeField(null=True)
    closed_at = pw.DateTimeField(null=True)
    ack_due = pw.DateTimeField(null=True, index=True)
    solution_due = pw.DateTimeField(null=True, index=True)
    followup_due = pw.DateTimeField(null=True)  # major: second survey within a week
    reopen_count = pw.IntegerField(default=0)
    repeat_count = pw.IntegerField(default=0)


class ComplaintStep(BaseModel):
    """One stage step of a complaint: who, when, from which stage to which. Append-only."""

    complaint = pw.ForeignKeyField(Complaint, backref="steps", on_delete="RESTRICT")
    action = pw.CharField(max_length=16)
    from_stage = pw.CharField(max_length=16, default="")
    to_stage = pw.CharField(max_length=16)
    at = pw.DateTimeField(default=utcnow)
    actor = pw.ForeignKeyField(Staff, on_delete="RESTRICT", index=False)
    note = pw.TextField(default="")
    data = pw.TextField(default="")


class ComplaintRepeat(BaseModel):
    """A link from a complaint to an earlier one by the same customer on the same matter."""

    complaint = pw.ForeignKeyField(Complaint, backref="repeat_links", on_delete="RESTRICT",
                                   index=False)  # the unique index below starts with it
    earlier = pw.ForeignKeyField(Complaint, backref="repeated_by", on_delete="RESTRICT")
    basis = pw.CharField(max_length=16)  # "matter", "category" or "intake" (confirmed by the clerk)
    found_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("complaint", "earlier"), True),)



MODELS = [RootCause, ComplaintSetting, Complaint, ComplaintStep, ComplaintRepeat]
