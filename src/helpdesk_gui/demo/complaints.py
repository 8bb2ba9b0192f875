"""Demo complaints, suggestions and improvement actions for the demo database.

Complaint records are opened for the complaint tickets already generated and walked
through the real services, so the demo obeys the same rules as the hall; the step times
are then spread back over the days after receipt so "average time per stage" and the
deadlines look like a real hall's. Every stage (and every suggestion status) occurs.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.db.migrations.v003_complaints import upgrade
from helpdesk_gui.domain.complaints import models as cm
from helpdesk_gui.domain.complaints.models import Complaint, ComplaintStep
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.suggestions import models as sm
from helpdesk_gui.domain.suggestions.models import Suggestion, SuggestionStep
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.complaints import process as complaints
from helpdesk_gui.services.suggestions import improvements
from helpdesk_gui.services.suggestions import process as suggestions

MAX_COMPLAINTS = 300
FINDINGS = {"billing": ("抄表数据录入错误，导致账单金额偏高", "billing_error"),
            "outage": ("线路检修停电，公告张贴不到位", "planned_work"),
            "attitude": ("窗口人员解释不耐心，语气生硬", "staff_attitude"),
            "repair": ("抢修人员未按约定时间到场", "slow_response"),
            "meter": ("水表计量误差超出允许范围", "meter_fault")}
SUGGESTIONS = (("增加周末营业时间", "上班族工作日没时间办理业务"),
               ("大厅增设自助缴费机", "高峰期排队时间太长"),
               ("停水通知提前发短信", "希望提前一天收到停水短信通知"),
               ("App增加电子发票下载", "报销需要发票，每次都要来营业厅打印"),
               ("老年人专用窗口", "老人不会用手机，希望有专人指导"),
               ("账单增加用量对比", "希望账单能显示与去年同期的用量对比"))


def _people() -> tuple[list[Staff], list[Staff]]:
    handlers = list(Staff.select().where(Staff.active, Staff.role == "handler"))
    bosses = list(Staff.select().where(Staff.active, Staff.role == "supervisor"))
    anyone = list(Staff.select().where(Staff.active))
    return handlers or anyone, bosses or anyone


def _walk(cid: int, target: int, rng: random.Random, clerk, handler, boss) -> None:
    """Run the complaint's steps up to stage index ``target`` (0 = received)."""
    category = rng.choice(tuple(FINDINGS))
    findings, cause = FINDINGS[category]
    steps = [lambda: complaints.acknowledge(cid, clerk, "已电话联系客户确认受理"),
             lambda: complaints.classify(cid, boss, category, handler.id,
                                         major=rng.random() < 0.15),
             lambda: complaints.investigate(cid, handler, findings, cause),
             lambda: complaints.propose(cid, handler, "向客户致歉并更正处理", "纳入班组周例会通报"),
             lambda: complaints.carry_out(cid, handler, "已按方案处理完毕"),
             lambda: complaints.feedback(cid, handler, rng.choice(tuple(cm.FEEDBACK_METHODS)),
                                         rng.choice((3, 4, 4, 5, 5))),
             lambda: complaints.close(cid, boss, "客户认可处理结果")]
    for step in steps[:target]:
        step()


def _backdate(cid: int, rng: random.Random, now: datetime) -> None:
    """Spread the steps over the days after receipt (never later than ``now``)."""
    c = Complaint.get_by_id(cid)
    at = c.received_at
    for step in ComplaintStep.select().where(ComplaintStep.complaint == cid).order_by(
            ComplaintStep.id):
        if step.action != "open":
            at = min(now, at + timedelta(hours=rng.lognormvariate(1.5, 0.9)))
        ComplaintStep.update(at=at).where(ComplaintStep.id == step.id).execute()
        stamp = {"acknowledge": "acknowledged_at", "propose": "proposed_at",
                 "close": "closed_at"}.get(step.action)
        if stamp:
            setattr(c, stamp, at)
    c.stage_at = at
    if c.closed_at and c.major:
        c.followup_due = c.closed_at + timedelta(days=7)
    c.save()


def generate_complaints(rng: random.Random, now: datetime) -> int:
    """Open and advance complaint records for the complaint tickets; returns how many."""
    upgrade(database_proxy.obj)
    handlers, bosses = _people()
    tickets = list(Ticket.select().where(Ticket.type == "complaint",
                                         Ticket.status.not_in(("merged", "cancelled")))
                   .order_by(Ticket.created_at.desc()).limit(MAX_COMPLAINTS))
    count = 0
    for n, ticket in enumerate(reversed(tickets)):
        existing = complaints.for_ticket(ticket.id)
        if existing is not None and existing.stage != "received":
            continue  # already being worked: leave it as it is
        cid = complaints.open_for_ticket(ticket.id, ticket.received_by).complaint_id
        age = (now - ticket.created_at).days
        target = n % 8 if n < 16 else (7 if age > 10 else rng.randint(0, 7))
        _walk(cid, target, rng, ticket.received_by, rng.choice(handlers), rng.choice(bosses))
        _backdate(cid, rng, now)
        count += 1
    return count


def generate_suggestions(rng: random.Random, now: datetime, count: int = 40) -> int:
    """Suggestions in every status, with improvement actions (some overdue)."""
    upgrade(database_proxy.obj)
    handlers, bosses = _people()
    clerks = list(Staff.select().where(Staff.active, Staff.role == "counter")) or handlers
    for n in range(count):
        title, content = SUGGESTIONS[n % len(SUGGESTIONS)]
        received = now - timedelta(days=rng.randint(0, 180), hours=rng.randint(0, 8))
        form = suggestions.SuggestionForm(rng.choice(tuple(sm.SUGGESTION_CHANNELS)), title,
                                          content)
        sid = suggestions.create(form, rng.choice(clerks), now=received).id
        _advance_suggestion(sid, n % 5, rng, rng.choice(bosses), rng.choice(handlers), now)
        SuggestionStep.update(at=received + timedelta(hours=2)).where(
            SuggestionStep.suggestion == sid, SuggestionStep.action != "create").execute()
    return count


def _advance_suggestion(sid: int, target: int, rng, boss, handler, now: datetime) -> None:
    """0 new, 1 screened, 2 adopted (+action), 3 rejected, 4 informed."""
    if target == 0:
        return
    suggestions.acknowledge(sid, boss, "感谢您的宝贵建议")
    suggestions.screen(sid, boss, rng.randint(1, 5), rng.randint(1, 5))
    if target == 1:
        return
    if target == 3:
        suggestions.reject(sid, boss, "涉及全省统一政策，营业厅暂无权限调整")
        return
    suggestions.adopt(sid, boss, "需求集中，实施成本可控")
    due = date.fromordinal(now.date().toordinal() + rng.randint(-20, 40))
    improvements.add(boss, f"落实建议：{Suggestion.get_by_id(sid).title}", handler.id, due,
                     suggestion_id=sid)
    if target == 4:
        suggestions.inform(sid, boss, "phone", rng.choice((4, 5, 5)), "已电话告知采纳情况")


def generate(rng: random.Random, now: datetime) -> tuple[int, int]:
    """Both kinds; ``now`` is naive UTC. Returns (complaints, suggestions)."""
    return generate_complaints(rng, now), generate_suggestions(rng, now)
