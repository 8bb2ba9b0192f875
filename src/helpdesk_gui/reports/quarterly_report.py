"""The quarterly service-quality report (服务品质报告) as an A4 PDF, drawn from
``reports.quarterly_data.quarterly_report`` — the same dictionary as the JSON.

Sections: the quarter against target and against the previous quarter; the three months'
trend (five dimensions as lines, key figures as a table); the feedback summary (top
complaint causes, suggestions adopted); improvement actions and their effect; training;
service errors; VIP customers, call-backs and reviews of closed tickets.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

from helpdesk_gui.domain.quality.models import ERROR_KINDS
from helpdesk_gui.domain.suggestions.models import IMPROVEMENT_STATUSES
from helpdesk_gui.domain.surveys.models import DIMENSIONS
from helpdesk_gui.reports import charts
from helpdesk_gui.reports.quality_report import MARGIN, _numbered_canvas, local_time
from helpdesk_gui.reports.sections import BODY, CENTER, TITLE, fmt, heading, pct, table

ROWS = [  # (key, Chinese name, kind)
    ("received", "受理量", "n"), ("resolved", "解决量", "n"), ("complaints", "投诉量", "n"),
    ("first_response_on_time_rate", "响应及时率", "%"),
    ("resolved_within_3_contacts_rate", "三次内解决率", "%"),
    ("first_contact_resolution_rate", "首问解决率", "%"),
    ("resolution_on_time_rate", "按时解决率", "%"), ("avg_satisfaction", "平均满意度", "s"),
    ("satisfaction_rate", "满意率", "%"), ("complaint_rate", "投诉率", "%"),
    ("reopen_rate", "重开率", "%"), ("nps", "净推荐值（NPS）", "s"),
    ("service_error_rate", "服务差错率", "%"),
]


def _zh(table_: dict, code: str) -> str:
    return table_[code][1] if code in table_ else (code or "—")


def cover(r: dict, generated: str) -> list:
    f = r["figures"]
    lines = [f"营业厅：{r['branch_name']}（{r['branch']}）",
             f"统计季度：{r['quarter']}（{r['months'][0]} 至 {r['months'][-1]}）",
             f"生成人：{r.get('generated_by') or '系统'}", f"生成时间：{generated}",
             f"本季度受理 {f['received']} 件，解决 {f['resolved']} 件，"
             f"平均满意度 {fmt(f['avg_satisfaction'], 's')}"]
    return ([Spacer(1, 150), Paragraph("季度服务品质报告", TITLE), Spacer(1, 40)]
            + [Paragraph(line, CENTER) for line in lines])


def against_target(r: dict, frame: float) -> list:
    f, p, targets, met = r["figures"], r["previous_quarter"], r["targets"], r["met"]
    rows = [["指标", "本季度", "上季度", "目标", "达标情况"]]
    marks = []
    for key, name, kind in ROWS:
        t = targets.get(key)
        target = "—" if not t else f"{t['op'].replace('>=', '≥')} {fmt(t['value'], kind)}"
        ok = met.get(key)
        rows.append([name, fmt(f.get(key), kind), fmt(p.get(key), kind), target,
                     "—" if ok is None else ("✓ 达标" if ok else "✗ 未达标")])
        marks.append(ok)
    return heading("一、本季度指标（与目标及上季度对比）") + [
        table(rows, [0.3, 0.17, 0.17, 0.17, 0.19], frame, marks)]


def trends(r: dict, frame: float) -> list:
    months = [m["month"] for m in r["monthly"]]
    series = {DIMENSIONS[d][1]: [m["dimensions"].get(d) for m in r["monthly"]]
              for d in DIMENSIONS}
    rows = [["月份", "受理量", "解决量", "投诉率", "平均满意度", "服务差错", *[
        DIMENSIONS[d][1] for d in DIMENSIONS]]]
    for m in r["monthly"]:
        rows.append([m["month"], m["received"], m["resolved"], pct(m["complaint_rate"]),
                     fmt(m["avg_satisfaction"], "s"), m["service_errors"],
                     *[fmt(m["dimensions"].get(d), "s") for d in DIMENSIONS]])
    return heading("二、各月趋势（五个满意度维度）") + [
        charts.line_chart(months, series, "五个维度月平均分（0–10）", width=frame,
                          height=190, value_max=10), Spacer(1, 6),
        table(rows, [0.1, 0.08, 0.08, 0.09, 0.1, 0.09] + [0.092] * 5, frame)]


def feedback(r: dict, frame: float) -> list:
    fb = r["feedback"]
    causes = "；".join(f"{c['cause']} {c['count']} 件" for c in fb["top_complaint_causes"])
    adopted = "；".join(fb["adopted"]) or "无"
    return heading("三、客户反馈汇总") + [Paragraph(
        f"本季度收到投诉 {fb['complaints_received']} 件，主要原因：{causes or '未分析'}。"
        f"收到建议 {fb['suggestions_received']} 条，采纳 {fb['suggestions_adopted']} 条："
        f"{adopted}。", BODY)]


def actions(r: dict, frame: float) -> list:
    items = r["improvement_actions"]
    out = heading("四、改进措施及其效果")
    if not items:
        return out + [Paragraph("本季度无满意度维度低于目标的改进措施。", BODY)]
    rows = [["来源月份", "维度", "责任部门", "完成期限", "状态", "季末平均分", "效果记录"]] + [
        [a["month"], a["name_zh"], a["department"] or "—", a["due_date"],
         _zh(IMPROVEMENT_STATUSES, a["status"]), fmt(a["average_at_quarter_end"], "s"),
         a["effect_notes"] or "—"] for a in items]
    return out + [table(rows, [0.1, 0.12, 0.12, 0.12, 0.1, 0.1, 0.34], frame)]


def people(r: dict, frame: float) -> list:
    t, e = r["training"], r["figures"]["service_errors"]
    training = ("未记录（培训模块无数据表）" if t is None else
                f"举办培训 {t['sessions']} 场，参训 {t['attended']} 人次，考核通过 "
                f"{t['assessments_passed']} 人次。")
    kinds = "；".join(f"{_zh(ERROR_KINDS, k)} {n} 件" for k, n in e["by_kind"].items()) or "无"
    return heading("五、人员培训与服务差错") + [
        Paragraph(f"培训完成情况：{training}", BODY), Spacer(1, 4),
        Paragraph(f"本季度登记服务差错 {e['count']} 件，受理 {e['received']} 件，服务差错率 "
                  f"{pct(e['rate'])}。按类型：{kinds}。", BODY)]


def care(r: dict, frame: float) -> list:
    v, c, rv = r["figures"]["vip"], r["callbacks"], r["reviews"]
    return heading("六、客户分层、回访与回顾检查") + [Paragraph(
        f"VIP客户 {v['vip_customers']} 户，本季度VIP客户工单 {v['vip_tickets']} 件。"
        f"流失风险回访：列入 {c['listed']} 户，已回访 {c['called']} 户（完成率 "
        f"{pct(c['completion_rate'])}），联系上 {c['reached']} 户，提出投诉 {c['complaints']} 户。"
        f"已办结工单回顾：抽取 {rv['listed']} 件，已回顾 {rv['reviewed']} 件（完成率 "
        f"{pct(rv['completion_rate'])}），处理不当 {rv['handled_incorrectly']} 件。", BODY)]


BUILDERS = (against_target, trends, feedback, actions, people, care)


def build_pdf(report: dict, path: str | Path) -> Path:
    """Write the quarterly report to ``path`` (A4) and return the path."""
    path = Path(path)
    generated = local_time(report.get("generated_at", ""), report["timezone"])
    header = f"{report['branch_name']}（{report['branch']}）  {report['quarter']} 季度服务品质报告"
    footer = f"生成人：{report.get('generated_by') or '系统'}  生成时间：{generated}"
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN + 12, bottomMargin=MARGIN,
                            title=f"{report['quarter']} 季度服务品质报告",
                            author=report.get("generated_by") or "helpdesk_gui")
    frame = A4[0] - 2 * MARGIN
    story = cover(report, generated) + [PageBreak()]
    for build in BUILDERS:
        story += build(report, frame)
    doc.build(story, canvasmaker=_numbered_canvas(header, footer,
                                                  report.get("audit_anchor", "")))
    return path
