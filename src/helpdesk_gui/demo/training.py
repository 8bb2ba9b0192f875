"""Demo training records, knowledge articles and library cases (realistic Chinese).

``generate_training(rng, now)`` works on the branches, staff and tickets already in the
database (``demo.generate`` makes them): a course catalogue, four quarters of plans and
sessions per branch with attendance and scores, certificates (a few expiring soon),
standard scripts and articles for water, power and gas, and a few library cases.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.domain.training.models import Course, KnowledgeArticle
from helpdesk_gui.services.security.staff import system_actor
from helpdesk_gui.services.training import (
    assessments as training_assess,
)
from helpdesk_gui.services.training import (
    cases,
    knowledge,
)
from helpdesk_gui.services.training import (
    courses as training,
)
from helpdesk_gui.services.training import (
    plan as training_plan,
)
from helpdesk_gui.services.training.assessments import ScoreEntry
from helpdesk_gui.services.training.courses import CourseForm
from helpdesk_gui.services.training.knowledge import ArticleForm

COURSES = [
    ("LY-01", "窗口服务礼仪与规范用语", "etiquette", "offline", 3, 80),
    ("LY-02", "电话服务礼仪", "etiquette", "online", 1.5, 80),
    ("CP-01", "居民阶梯电价与电费构成", "product_knowledge", "blended", 2, 70),
    ("CP-02", "水价调整与水费账单解读", "product_knowledge", "online", 1, 70),
    ("AQ-01", "燃气安全用气知识与泄漏应急", "safety_law", "offline", 4, 80),
    ("LC-01", "过户、开户业务流程", "procedures", "offline", 2, 60),
    ("GT-01", "投诉处理情景演练", "complaint_drill", "offline", 3, 70),
    ("GT-02", "与老年客户的有效沟通", "communication", "blended", 2, 60),
    ("WT-01", "疑难工单分析与问题解决", "problem_solving", "offline", 2, 60),
    ("YL-01", "压力管理与情绪调节", "stress_management", "online", 1, 60),
]
TRAINERS = ["刘晓燕", "周建华", "孙丽", "外聘讲师 马文"]
PLACES = ["营业厅三楼培训室", "线上直播 https://meeting.example.cn/px", "抢修中心实训场"]

ARTICLES = [
    ("script", "计划停电咨询答复", "outage", "停电,检修,恢复供电",
     "您好，您所在区域因线路检修计划停电，停电时间为通知所列时段，预计按时恢复供电。"
     "停电信息已提前在小区公告栏和网上国网APP发布，给您带来不便，敬请谅解。"),
    ("script", "突发停电报修受理", "outage", "停电,故障,报修",
     "非常抱歉给您带来不便。请问是您一户停电还是整栋楼都停电？请先查看家中总闸是否跳闸。"
     "如确认非户内原因，我们马上为您派单，抢修人员将在规定时间内与您联系。"),
    ("script", "计划停水答复", "outage", "停水,管网,维修",
     "您好，因供水管网维修，您所在片区计划停水，恢复供水后初期水质可能发黄，请放水片刻后再使用。"),
    ("article", "水费账单查询与缴纳渠道", "billing", "水费,账单,缴费",
     "水费账单每两个月出具一次。客户可在营业厅柜台、自来水公司微信公众号、APP或银行代扣缴纳水费；"
     "逾期未缴将按规定收取滞纳金。"),
    ("script", "电费偏高解释话术", "billing", "电费,阶梯电价,电表",
     "您反映电费偏高，我们先为您核对电表读数和近几个月用电量。夏季、冬季用电量增加容易进入"
     "第二、三档阶梯电价，这是电费偏高的常见原因。如对读数有疑问，可申请电表校验。"),
    ("article", "居民阶梯电价说明", "policy", "阶梯电价,电价,政策",
     "居民生活用电实行年度阶梯电价：第一档电量执行基础电价，第二档、第三档分别加价。"
     "合表用户和执行峰谷电价用户按相应规定执行。"),
    ("article", "燃气泄漏应急处置", "safety", "燃气,漏气,安全",
     "闻到燃气异味时：立即关闭燃气表前阀门，打开门窗通风，严禁开关电器、使用明火或在室内拨打电话，"
     "到室外安全地点拨打燃气抢修电话。"),
    ("script", "燃气异味报修受理", "repair", "燃气,异味,报修",
     "请您先关闭燃气阀门、打开门窗，不要开关任何电器，到室外等候。我们已为您登记紧急报修，"
     "抢修人员将尽快上门检查。"),
    ("article", "水表、电表、燃气表故障判断", "meter", "水表,电表,燃气表",
     "表计不走字、走字过快、显示异常或表具损坏时，可申请校验或更换。校验合格的不收费用以外的费用"
     "按规定执行；校验不合格的免费更换并退补差额。"),
    ("article", "过户办理所需材料", "account", "过户,开户,材料",
     "办理过户需提供：新户主身份证原件、房屋产权证明或购房合同、原户主结清费用的凭证。"
     "委托他人办理的还需提供委托书及代办人身份证。"),
    ("script", "开户业务受理话术", "account", "开户,新装,材料",
     "您好，新装开户请提供身份证、房屋产权证明，我们将在受理后安排现场勘查，并告知您办理时限。"),
    ("article", "燃气安全检查入户说明", "safety", "燃气,安检,入户",
     "燃气公司每年至少入户安检一次，安检人员持证上岗、不收取任何费用，也不推销产品。"
     "如有疑问请拨打服务热线核实身份。"),
    ("script", "投诉客户情绪安抚话术", "service", "投诉,安抚,态度",
     "非常理解您的心情，给您添麻烦了，真的很抱歉。请您把情况详细告诉我，我会全程跟进，"
     "并在承诺时间内给您答复。"),
    ("script", "首问负责与转办答复", "service", "首问负责,转办",
     "这个问题由我负责跟进，需要转相关部门处理，我已为您登记工单，工单编号是……，"
     "处理进展我们会主动电话告知您。"),
    ("article", "供电服务承诺时限", "policy", "服务承诺,时限,停电",
     "城区故障抢修到达现场时间不超过45分钟，农村地区不超过90分钟；计划停电提前7天公告。"),
    ("script", "水质异常咨询答复", "repair", "水质,发黄,停水",
     "停水恢复后出现水发黄属管道沉积物扰动，请打开水龙头放水几分钟。如持续异常，我们安排"
     "人员上门取样检测。"),
]
LESSONS = [
    ("success", "首问负责、主动回访，客户由不满转为表扬；复杂问题要当场给出明确时限。"),
    ("failure", "未提前告知停电信息、答复含糊导致升级投诉；应先致歉、说明原因并承诺回复时间。"),
    ("success", "先核实情况再答复，用数据和记录说话，避免含糊其辞；处理完毕主动回访。"),
]


def _actor(branch: Branch) -> Staff:
    boss = (Staff.select().where(Staff.branch == branch, Staff.role == "supervisor",
                                 Staff.active).first())
    return boss or system_actor()


def _quarters(now: datetime, count: int = 4) -> list[tuple[int, int]]:
    year, quarter = training_plan.quarter_of(now.date())
    out = []
    for _ in range(count):
        out.append((year, quarter))
        year, quarter = (year, quarter - 1) if quarter > 1 else (year - 1, 4)
    return out[::-1]


def _courses(actor: Staff) -> dict[str, Course]:
    for code, title, subtopic, form, hours, mark in COURSES:
        if not Course.get_or_none(Course.code == code):
            training.create_course(CourseForm(code, title, subtopic, form, hours, mark), actor)
    return {c.code: c for c in Course.select()}


def _hold(rng: random.Random, course: Course, branch: Branch, day: date,
          people: list[Staff], actor: Staff) -> None:
    group = rng.sample(people, min(len(people), rng.randint(5, 10)))
    sid = training.create_session(course.id, branch.id, day, rng.choice(TRAINERS),
                                  rng.choice(PLACES), [p.id for p in group], actor)
    statuses = {p.id: rng.choices(["present", "late", "excused", "absent"],
                                  [80, 8, 7, 5])[0] for p in group}
    training.record_attendance(sid, statuses, actor)
    scores = [ScoreEntry(pid, "test", round(min(100, rng.gauss(course.pass_mark + 8, 9)), 1))
              for pid, status in statuses.items() if status in ("present", "late")]
    if course.subtopic in ("complaint_drill", "safety_law"):
        scores += [ScoreEntry(e.staff_id, "practical", round(min(100, rng.gauss(82, 8)), 1))
                   for e in scores]
    training_assess.record_scores(sid, [e for e in scores if e.score >= 0], actor)


def _branch_year(rng: random.Random, branch: Branch, courses: dict[str, Course],
                 now: datetime) -> None:
    actor = _actor(branch)
    people = list(Staff.select().where(Staff.branch == branch, Staff.active,
                                       ~Staff.employee_no.startswith("os:")))
    if not people:
        return
    for year, quarter in _quarters(now):
        first, last = training_plan.quarter_range(year, quarter)
        chosen = ["LY-01" if quarter % 2 else "LY-02",
                  *rng.sample([c for c in courses if not c.startswith("LY")], 2)]
        for code in chosen:
            training_plan.plan_course(branch.id, year, quarter, courses[code].id, actor,
                                      planned_month=rng.randint(first.month, last.month))
            day = first + timedelta(days=rng.randint(0, (last - first).days))
            if day < now.date() and rng.random() > 0.1:  # one in ten slips
                _hold(rng, courses[code], branch, day, people, actor)


def _certificates(rng: random.Random, now: datetime) -> None:
    names = ["电工进网作业许可证", "燃气安全作业证", "客户服务职业技能证书"]
    for person in Staff.select().where(Staff.role.in_(("handler", "supervisor")), Staff.active):
        expires = now.date() + timedelta(days=rng.randint(-20, 700))
        issued = expires - timedelta(days=3 * 365)
        number = f"ZS{rng.randint(10**7, 10**8)}"
        training_assess.add_certificate(person.id, rng.choice(names), issued, expires,
                                        _actor(person.branch), number=number,
                                        issuer="市能源行业协会")


def _cases(rng: random.Random, courses: dict[str, Course]) -> None:
    closed = list(Ticket.select().where(Ticket.status == "closed", Ticket.resolution != "")
                  .order_by(Ticket.type != "complaint", Ticket.id).limit(200))
    picks = closed[:1] + rng.sample(closed[1:], min(2, max(0, len(closed) - 1)))
    for (outcome, lesson), ticket in zip(LESSONS[1:] + LESSONS[:1], picks, strict=False):
        actor = _actor(ticket.branch)
        case_id = cases.promote(ticket.id, outcome, lesson, actor)
        cases.attach(case_id, courses["GT-01"].id, actor)


def generate_training(rng: random.Random, now: datetime) -> None:
    """Add demo courses, plans, sessions, scores, certificates, articles and cases."""
    branches = list(Branch.select().order_by(Branch.id))
    if not branches:
        return
    courses = _courses(_actor(branches[0]))
    for branch in branches:
        _branch_year(rng, branch, courses, now)
    _certificates(rng, now)
    author = _actor(branches[0])
    for kind, title, category, tags, body in ARTICLES:
        article_id = knowledge.create_article(ArticleForm(kind, title, category, body, tags),
                                              author)
        (KnowledgeArticle.update(uses=rng.randint(0, 40))  # as if used for months
         .where(KnowledgeArticle.id == article_id).execute())
    _cases(rng, courses)
