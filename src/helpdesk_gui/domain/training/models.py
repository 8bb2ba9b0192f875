"""Training records, knowledge base and case library (SERVICE_STANDARD §9, §11).

Why these shapes:

* a *course* is what is taught (category, subtopic, form, hours, pass mark); a *session*
  is one time it is held (date, trainer, place or link) with its planned attendees, so
  attendance and scores hang off the session and a course can run every quarter;
* assessments are one row per person, session and method (test, practical, overall
  evaluation, peer rating, mentor rating): re-importing a score sheet updates the row
  instead of adding a second score;
* the pass mark is copied onto the assessment, so changing a course later does not
  rewrite who passed last year;
* library cases keep only masked text, never a link back to the customer's identity
  beyond the ticket id (for "where did this come from").

The vocabulary tables follow ``domain.vocabulary``: code -> (English, Chinese).
"""

from __future__ import annotations

from types import MappingProxyType

import peewee as pw

from helpdesk_gui.domain.base import BaseModel, SyncedModel, utcnow
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.tickets.models import Ticket

COURSE_CATEGORIES = MappingProxyType({
    "job_knowledge": ("Job knowledge and skills", "岗位知识与技能"),
    "business_ability": ("Business ability", "业务能力提升"),
    "general_quality": ("General quality", "综合素质"),
})

# subtopic -> (English, Chinese); SUBTOPIC_CATEGORY gives its category
SUBTOPICS = MappingProxyType({
    "basics": ("Basic knowledge", "基础知识"),
    "procedures": ("Procedures", "业务流程"),
    "product_knowledge": ("Product knowledge", "产品知识"),
    "safety_law": ("Safety and law", "安全与法规"),
    "ethics_teamwork": ("Ethics and teamwork", "职业道德与团队协作"),
    "process_improvement": ("Process improvement", "流程改进"),
    "project_skills": ("Project skills", "项目管理"),
    "communication": ("Communication skills", "沟通技巧"),
    "problem_solving": ("Problem solving", "问题解决"),
    "complaint_drill": ("Complaint role-play drill", "投诉情景演练"),
    "innovation": ("Innovation", "创新能力"),
    "etiquette": ("Service etiquette", "服务礼仪"),
    "time_management": ("Time management", "时间管理"),
    "stress_management": ("Stress management", "压力管理"),
    "career": ("Career development", "职业发展"),
})

SUBTOPIC_CATEGORY = MappingProxyType({
    "basics": "job_knowledge", "procedures": "job_knowledge",
    "product_knowledge": "job_knowledge", "safety_law": "job_knowledge",
    "ethics_teamwork": "job_knowledge",
    "process_improvement": "business_ability", "project_skills": "business_ability",
    "communication": "business_ability", "problem_solving": "business_ability",
    "complaint_drill": "business_ability", "innovation": "business_ability",
    "etiquette": "general_quality", "time_management": "general_quality",
    "stress_management": "general_quality", "career": "general_quality",
})

COURSE_FORMS = MappingProxyType({
    "online": ("Online", "线上"),
    "offline": ("Offline", "线下"),
    "blended": ("Blended", "混合"),
})

ATTENDANCE = MappingProxyType({
    "planned": ("Planned", "计划参加"),
    "present": ("Present", "出勤"),
    "late": ("Late", "迟到"),
    "excused": ("Excused", "请假"),
    "absent": ("Absent", "缺勤"),
})
ATTENDED = ("present", "late")

ASSESSMENT_METHODS = MappingProxyType({
    "test": ("Knowledge/skill test", "知识技能考试"),
    "practical": ("Practical assessment", "实操考核"),
    "overall": ("Overall evaluation", "综合评价"),
    "peer": ("Peer rating", "同事互评"),
    "mentor": ("Mentor rating", "导师评价"),
})

RESULTS = MappingProxyType({
    "passed": ("Passed", "合格"),
    "failed": ("Failed", "不合格"),
})

CASE_OUTCOMES = MappingProxyType({
    "success": ("Success case", "成功案例"),
    "failure": ("Failure case", "失败案例"),
})

ARTICLE_KINDS = MappingProxyType({
    "article": ("Article", "知识文章"),
    "script": ("Standard script", "标准话术"),
})

KNOWLEDGE_CATEGORIES = MappingProxyType({
    "billing": ("Bills and payment", "缴费与账单"),
    "outage": ("Outages", "停电停水停气"),
    "repair": ("Faults and repair", "故障报修"),
    "account": ("Accounts and transfer", "开户与过户"),
    "meter": ("Meters", "表计"),
    "safety": ("Safe use", "安全用能"),
    "policy": ("Policy and tariffs", "政策与价格"),
    "service": ("Service manners", "服务规范"),
})

ETIQUETTE_SUBTOPIC = "etiquette"


class Course(SyncedModel):
    code = pw.CharField(max_length=32, unique=True)
    title = pw.CharField(max_length=200)
    category = pw.CharField(max_length=24)
    subtopic = pw.CharField(max_length=24, index=True)
    form = pw.CharField(max_length=16)
    hours = pw.FloatField(default=1.0)
    pass_mark = pw.FloatField(default=60.0)
    description = pw.TextField(default="")
    branch = pw.ForeignKeyField(Branch, null=True, on_delete="RESTRICT")  # None: all branches
    active = pw.BooleanField(default=True)


class TrainingSession(SyncedModel):
    course = pw.ForeignKeyField(Course, backref="sessions", on_delete="RESTRICT")
    branch = pw.ForeignKeyField(Branch, on_delete="RESTRICT")
    held_on = pw.DateField(index=True)
    trainer = pw.CharField(max_length=50)
    place = pw.CharField(max_length=200, default="")  # classroom, or a link for online
    cancelled = pw.BooleanField(default=False)
    note = pw.TextField(default="")


class Attendance(SyncedModel):
    session = pw.ForeignKeyField(TrainingSession, backref="attendees", on_delete="RESTRICT",
                                 index=False)  # the unique index below starts with it
    staff = pw.ForeignKeyField(Staff, on_delete="RESTRICT")
    status = pw.CharField(max_length=16, default="planned")

    class Meta:
        indexes = ((("session", "staff"), True),)


class Assessment(SyncedModel):
    session = pw.ForeignKeyField(TrainingSession, null=True, on_delete="RESTRICT",
                                 index=False)  # the unique index below starts with it
    course = pw.ForeignKeyField(Course, on_delete="RESTRICT")
    staff = pw.ForeignKeyField(Staff, on_delete="RESTRICT")
    method = pw.CharField(max_length=16)
    score = pw.FloatField()
    pass_mark = pw.FloatField()
    passed = pw.BooleanField()
    assessed_on = pw.DateField()
    assessor = pw.CharField(max_length=50, default="")
    note = pw.TextField(default="")

    class Meta:
        indexes = ((("session", "staff", "method"), True),)


class Certificate(SyncedModel):
    staff = pw.ForeignKeyField(Staff, backref="certificates", on_delete="RESTRICT")
    name = pw.CharField(max_length=100)
    number = pw.CharField(max_length=64, default="")
    issuer = pw.CharField(max_length=100, default="")
    issued_on = pw.DateField()
    expires_on = pw.DateField(null=True, index=True)  # None: does not expire
    course = pw.ForeignKeyField(Course, null=True, on_delete="RESTRICT")


class PlanItem(SyncedModel):
    """One course a branch plans to hold in a quarter (the quarterly training plan)."""

    branch = pw.ForeignKeyField(Branch, on_delete="RESTRICT",
                                index=False)  # the unique index below starts with it
    year = pw.SmallIntegerField()
    quarter = pw.SmallIntegerField()
    course = pw.ForeignKeyField(Course, on_delete="RESTRICT")
    planned_month = pw.SmallIntegerField(null=True)
    note = pw.TextField(default="")

    class Meta:
        indexes = ((("branch", "year", "quarter", "course"), True),)


class KnowledgeArticle(SyncedModel):
    kind = pw.CharField(max_length=16, default="article")
    title = pw.CharField(max_length=200)
    category = pw.CharField(max_length=24, index=True)
    tags = pw.CharField(max_length=300, default="")  # comma-separated
    body = pw.TextField()
    uses = pw.IntegerField(default=0)
    last_used_at = pw.DateTimeField(null=True)
    active = pw.BooleanField(default=True)
    author = pw.ForeignKeyField(Staff, null=True, on_delete="RESTRICT")


class LibraryCase(SyncedModel):
    ticket = pw.ForeignKeyField(Ticket, unique=True, on_delete="RESTRICT")
    outcome = pw.CharField(max_length=16)
    title = pw.CharField(max_length=200)
    ticket_type = pw.CharField(max_length=16)
    summary = pw.TextField()  # masked description, resolution and history
    lessons = pw.TextField()
    promoted_by = pw.ForeignKeyField(Staff, on_delete="RESTRICT")
    branch = pw.ForeignKeyField(Branch, on_delete="RESTRICT")


class CourseCase(BaseModel):
    course = pw.ForeignKeyField(Course, backref="case_links", on_delete="RESTRICT",
                                index=False)  # the unique index below starts with it
    case = pw.ForeignKeyField(LibraryCase, backref="course_links", on_delete="RESTRICT")
    attached_at = pw.DateTimeField(default=utcnow)

    class Meta:
        indexes = ((("course", "case"), True),)


MODELS = [Course, TrainingSession, Attendance, Assessment, Certificate, PlanItem,
          KnowledgeArticle, LibraryCase, CourseCase]

VOCABULARIES = (COURSE_CATEGORIES, SUBTOPICS, COURSE_FORMS, ATTENDANCE, ASSESSMENT_METHODS,
                RESULTS, CASE_OUTCOMES, ARTICLE_KINDS, KNOWLEDGE_CATEGORIES)
