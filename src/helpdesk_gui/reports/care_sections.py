"""The monthly report's customer-care and quality-cycle sections (十一–十四).

Drawn from the keys ``reports.care_data.monthly`` adds, printed exactly as the JSON holds
them (personal data already masked there).
"""

from __future__ import annotations

from reportlab.platypus import Paragraph, Spacer

from helpdesk_gui.domain.customers.models import CALLBACK_OUTCOMES
from helpdesk_gui.domain.quality.models import ERROR_KINDS, FOUND_BY
from helpdesk_gui.domain.suggestions.models import IMPROVEMENT_STATUSES
from helpdesk_gui.reports.sections import BODY, heading, pct, table


def _zh(table_: dict, code: str) -> str:
    return table_[code][1] if code in table_ else (code or "—")


def service_errors(r: dict, frame: float) -> list:
    e = r["service_errors"]
    kinds = "；".join(f"{_zh(ERROR_KINDS, k)} {n} 件" for k, n in e["by_kind"].items()) or "无"
    out = heading("十一、服务差错") + [Paragraph(
        f"本月登记服务差错 {e['count']} 件，受理工单 {e['received']} 件，"
        f"服务差错率 {pct(e['rate'])}。按类型：{kinds}。", BODY)]
    if e["entries"]:
        rows = [["发生时间", "类型", "发现途径", "工单", "纠正措施"]] + [
            [x["occurred_at"][:16], _zh(ERROR_KINDS, x["kind"]), _zh(FOUND_BY, x["found_by"]),
             x["ticket_no"] or "—", x["corrective_action"] or "—"] for x in e["entries"]]
        out += [Spacer(1, 4), table(rows, [0.18, 0.18, 0.12, 0.22, 0.30], frame)]
    return out


def reviews_and_callbacks(r: dict, frame: float) -> list:
    v, c = r["reviews"], r["callbacks"]
    text = (f"已办结工单回顾：抽取 {v['listed']} 件，已回顾 {v['reviewed']} 件，完成率 "
            f"{pct(v['completion_rate'])}；处理不当 {v['handled_incorrectly']} 件，记录不完整 "
            f"{v['record_incomplete']} 件，无客户确认 {v['not_confirmed']} 件，由回顾登记差错 "
            f"{v['errors_raised']} 件，列入典型案例 {v['cases_promoted']} 件。")
    calls = (f"流失风险客户回访清单：列入 {c['listed']} 户，已回访 {c['called']} 户，完成率 "
             f"{pct(c['completion_rate'])}；联系上 {c['reached']} 户，"
             f"未接通 {c['not_reached']} 户，"
             f"有业务需求 {c['wants_service']} 户，提出投诉 {c['complaints']} 户。")
    out = heading("十二、回顾检查与客户回访") + [Paragraph(text, BODY), Spacer(1, 4),
                                         Paragraph(calls, BODY)]
    if c["rows"]:
        rows = [["客户", "电话", "最近往来", "回访结果", "投诉工单"]] + [
            [x["customer"], x["phone"], x["last_interaction"] or "—",
             _zh(CALLBACK_OUTCOMES, x["outcome"]) if x["outcome"] else "未回访",
             x["ticket_no"] or "—"] for x in c["rows"]]
        out += [Spacer(1, 4), table(rows, [0.18, 0.2, 0.18, 0.2, 0.24], frame)]
    return out


def customers(r: dict, frame: float) -> list:
    vip, s = r["vip"], r["sms"]
    surveys = r["surveys"]
    return heading("十三、客户分层与满意度邀请") + [Paragraph(
        f"VIP客户 {vip['vip_customers']} 户，本月VIP客户工单 {vip['vip_tickets']} 件。"
        f"满意度邀请 {surveys['invited']} 份，回复率 {pct(surveys['response_rate'])}；"
        f"短信发送成功 {s['sms_sent']} 条，失败 {s['sms_failed']} 条。", BODY)]


def improvement_tracking(r: dict, frame: float) -> list:
    actions = r["improvement_actions"]
    out = heading("十四、满意度改进措施跟踪（上月清单）")
    if not actions:
        return out + [Paragraph("上月无低于目标的维度，无需跟踪的改进措施。", BODY)]
    rows = [["来源月份", "维度", "责任部门", "负责人", "完成期限", "状态"]] + [
        [a["month"], a["name_zh"], a["department"] or "—", a["owner"], a["due_date"],
         _zh(IMPROVEMENT_STATUSES, a["status"]) + ("（已逾期）" if a["overdue"] else "")]
        for a in actions]
    return out + [table(rows, [0.14, 0.16, 0.16, 0.14, 0.16, 0.24], frame)]


BUILDERS = (service_errors, reviews_and_callbacks, customers, improvement_tracking)
