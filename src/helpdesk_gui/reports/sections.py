"""The sections of the monthly quality report, each a list of platypus flowables.

Numbers are printed exactly as the JSON holds them: rates as percentages with two
decimals, averages and hours with two decimals, "—" where the JSON has ``null``.
Sections fed by modules that are not installed print "未记录" (not recorded).
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from helpdesk_gui.domain.surveys.models import DIMENSIONS
from helpdesk_gui.domain.vocabulary import CHANNELS, LEVELS, TICKET_TYPES
from helpdesk_gui.reports import charts, data
from helpdesk_gui.reports.definitions import DEFINITIONS
from helpdesk_gui.reports.fonts import register
from helpdesk_gui.reports.masking import mask_text

FONT = register()
BODY = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=14)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8, leading=11)
H1 = ParagraphStyle("h1", parent=BODY, fontSize=15, leading=20, spaceBefore=6, spaceAfter=6,
                    textColor=colors.HexColor("#1f4e79"))
TITLE = ParagraphStyle("title", parent=BODY, fontSize=26, leading=34, alignment=1)
CENTER = ParagraphStyle("center", parent=BODY, fontSize=13, leading=22, alignment=1)
MET, MISSED = colors.HexColor("#d9f0dd"), colors.HexColor("#f8d7d5")
NOT_RECORDED = "未记录（该模块尚无数据表）"

KPI_ROWS = [  # (key, Chinese name, kind)
    ("received", "受理量", "n"), ("resolved", "解决量", "n"),
    ("first_response_on_time_rate", "响应及时率", "%"),
    ("resolved_within_3_contacts_rate", "三次内解决率", "%"),
    ("first_contact_resolution_rate", "首问解决率", "%"),
    ("resolution_on_time_rate", "按时解决率", "%"),
    ("avg_satisfaction", "平均满意度", "s"), ("satisfaction_rate", "满意率", "%"),
    ("complaint_rate", "投诉率", "%"), ("reopen_rate", "重开率", "%"),
    ("nps", "净推荐值（NPS）", "s"), ("open_at_month_end", "月末积压", "n"),
    ("median_resolution_hours", "解决时长中位数（小时）", "s"),
    ("p90_resolution_hours", "解决时长90分位（小时）", "s"),
    ("service_error_rate", "服务差错率", "%"),
]
BACKLOG_NAMES = {"lt1d": "不足1天", "1_3d": "1–3天", "3_7d": "3–7天", "7_30d": "7–30天",
                 "ge30d": "30天以上"}


def pct(value) -> str:
    return "—" if value is None else f"{value * 100:.2f}%"


def fmt(value, kind: str = "n") -> str:
    if value is None:
        return "—"
    if kind == "%":
        return pct(value)
    return f"{value:.2f}" if kind == "s" else str(value)


def heading(text: str) -> list:
    return [CondPageBreak(60), Paragraph(text, H1)]


def table(rows: list[list], widths: list[float], frame: float, marks: list | None = None
          ) -> Table:
    """A grid with a shaded header row repeated on every page; ``marks`` colours rows."""
    cells = [[Paragraph(str(c), SMALL) for c in row] for row in rows]
    result = Table(cells, colWidths=[w * frame for w in widths], repeatRows=1)
    style = [("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde6f0")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for i, mark in enumerate(marks or [], 1):
        if mark is not None:
            style.append(("BACKGROUND", (-1, i), (-1, i), MET if mark else MISSED))
    result.setStyle(TableStyle(style))
    return result


def cover(r: dict, generated: str) -> list:
    star = r.get("service_star")
    lines = [f"营业厅：{r['branch_name']}（{r['branch']}）", f"统计月份：{r['month']}",
             f"生成人：{r.get('generated_by') or '系统'}", f"生成时间：{generated}",
             f"本月受理 {r['received']} 件，解决 {r['resolved']} 件，"
             f"平均满意度 {fmt(r['avg_satisfaction'], 's')}",
             f"本月服务之星：{star['name'] if star else '—'}"]
    return ([Spacer(1, 150), Paragraph("月度服务质量报告", TITLE), Spacer(1, 40)]
            + [Paragraph(line, CENTER) for line in lines])


def _targets(r: dict) -> dict[str, tuple[str, float]]:
    """The targets the report was built with (indicator -> (comparison, value))."""
    return {k: (t["op"], t["value"]) for k, t in (r.get("targets") or {}).items()}


def kpi_table(r: dict, frame: float) -> list:
    return heading("一、关键指标（与目标及上月对比）") + [kpi_grid(r, frame)]


def kpi_grid(r: dict, frame: float) -> Table:
    """Every indicator: this month, last month, target and whether it is met."""
    rows = [["指标", "本月", "上月", "目标", "达标情况"]]
    marks = []
    for key, name, kind in KPI_ROWS:
        target = _targets(r).get(key)
        ok = data.met(key, r[key], _targets(r))
        target_text = "—" if not target else f"{target[0].replace('>=', '≥')} " \
            f"{fmt(target[1], kind)}"
        verdict = "—" if ok is None else ("✓ 达标" if ok else "✗ 未达标")
        rows.append([name, fmt(r[key], kind), fmt(r["previous"].get(key), kind),
                     target_text, verdict])
        marks.append(ok)
    return table(rows, [0.32, 0.17, 0.17, 0.16, 0.18], frame, marks)


def trends(r: dict, frame: float) -> list:
    months = [row["month"] for row in r["trend"]]
    rates = {name: [row[key] for row in r["trend"]] for key, name in (
        ("first_response_on_time_rate", "响应及时率"),
        ("resolved_within_3_contacts_rate", "三次内解决率"),
        ("resolution_on_time_rate", "按时解决率"), ("satisfaction_rate", "满意率"))}
    received = [row["received"] for row in r["trend"]]
    title, first = heading("二、近6个月趋势"), charts.line_chart(
        months, rates, "主要比率趋势（0–1）", width=frame, value_max=1)
    return [KeepTogether([*title, first]),  # the heading never stays behind alone
            charts.bar_chart(months, received, "每月受理量", width=frame, height=160)]


def volume(r: dict, frame: float) -> list:
    types = [TICKET_TYPES[c][1] if c in TICKET_TYPES else c for c in r["by_type"]]
    chans = [CHANNELS[c][1] if c in CHANNELS else c for c in r["by_channel"]]
    pair = Table([[charts.bar_chart(types, list(r["by_type"].values()), "按类型"),
                   charts.pie_chart(chans, list(r["by_channel"].values()), "按渠道")]],
                 colWidths=[frame / 2, frame / 2])
    rows = [["类型", *types], ["数量", *r["by_type"].values()]]
    crow = [["渠道", *chans], ["数量", *r["by_channel"].values()]]
    n = len(types) + 1
    m = len(chans) + 1
    return heading("三、受理量（按类型与渠道）") + [
        pair, table(rows, [1 / n] * n, frame), Spacer(1, 6), table(crow, [1 / m] * m, frame)]


def sla_levels(r: dict, frame: float) -> list:
    rows = [["等级", "应响应数", "响应及时率", "解决数", "按时解决率"]]
    for level, row in r["sla_by_level"].items():
        rows.append([LEVELS[int(level)][1], row["first_response_due"],
                     pct(row["first_response_on_time_rate"]), row["resolved"],
                     pct(row["resolution_on_time_rate"])])
    return heading("四、各等级时限达标情况") + [table(rows, [0.2] * 5, frame)]


def satisfaction(r: dict, frame: float) -> list:
    dims = r["dimensions"]
    names = [DIMENSIONS[d][1] for d in dims]
    rows = [["维度", "平均分（0–10）", "目标", "达标情况"]]
    marks = []
    for d, value in dims.items():
        dim_op, dim_target = _targets(r).get("dimension_average", (">=", 7.0))
        ok = data.met("dimension_average", value, _targets(r))
        rows.append([DIMENSIONS[d][1], fmt(value, "s"), f"{dim_op.replace('>=', '≥')} "
                     f"{dim_target:.2f}",
                     "—" if ok is None else ("✓ 达标" if ok else "✗ 未达标")])
        marks.append(ok)
    s = r["surveys"]
    facts = (f"回访邀请 {s['invited']} 份，回收 {s['answered']} 份，放弃 {s['abandoned']} 份，"
             f"回复率 {pct(s['response_rate'])}；本月解决工单的答卷 {r['answers_returned']} 份，"
             f"有效 {r['answers_valid']} 份，有效答卷率 {pct(r['valid_answer_share'])}"
             + ("" if r["analysable"] else "（不足80%，满意度结果仅供参考）")
             + f"；净推荐值 {fmt(r['nps'], 's')}。")
    out = heading("五、客户满意度") + [Paragraph(facts, BODY), Spacer(1, 4),
                                   table(rows, [0.34, 0.22, 0.2, 0.24], frame, marks),
                                   charts.bar_chart(names, list(dims.values()), "五个维度平均分",
                                                    width=frame, height=150, value_max=10)]
    title = Paragraph("满意度改进清单（维度平均分低于7分）", BODY)
    items = r["improvement_list"]
    if not items:
        return out + [KeepTogether([title, Paragraph("本月无低于7分的维度。", BODY)])]
    rows = [["维度", "平均分", "责任部门", "完成期限"]] + [
        [i["name_zh"], fmt(i["average"], "s"), i["department"], i["deadline"]] for i in items]
    # the list's title never stays behind at the foot of a page
    return out + [KeepTogether([title, table(rows, [0.3, 0.2, 0.25, 0.25], frame)])]


def complaints(r: dict, frame: float) -> list:
    c = r.get("complaint_handling")
    out = heading("六、投诉处理（按原因与环节）")
    if c is None:
        return out + [Paragraph(NOT_RECORDED, BODY)]
    from helpdesk_gui.domain.complaints.models import COMPLAINT_CATEGORIES, COMPLAINT_STAGES

    out.append(Paragraph(f"本月登记投诉 {c['received']} 件，其中重大投诉 {c['major']} 件。", BODY))
    for title, values, vocab in (("投诉分类", c["by_category"], COMPLAINT_CATEGORIES),
                                 ("当前环节", c["by_stage"], COMPLAINT_STAGES),
                                 ("根本原因", c["by_root_cause"], {})):
        rows = [[title, "件数"]] + [[vocab[k][1] if k in vocab else
                                     "未分类" if k == "unclassified" else mask_text(k), n]
                                    for k, n in values.items()]
        out += [table(rows if len(rows) > 1 else rows + [["—", 0]], [0.7, 0.3], frame),
                Spacer(1, 4)]
    return out


def suggestions(r: dict, frame: float) -> list:
    s = r.get("suggestions")
    out = heading("七、客户建议采纳情况")
    if s is None:
        return out + [Paragraph(NOT_RECORDED, BODY)]
    out.append(Paragraph(f"本月收到建议 {s['received']} 条，采纳 {s['adopted']} 条。", BODY))
    rows = [["采纳的建议", "改进措施（状态，期限）"]]
    for item in s["adopted_list"]:
        acts = "；".join(f"{mask_text(a['title'])}（{a['status']}，{a['due_date']}）"
                        for a in item["actions"]) or "—"
        rows.append([mask_text(item["title"]), acts])
    return out + ([table(rows, [0.45, 0.55], frame)] if len(rows) > 1 else [])


def training(r: dict, frame: float) -> list:
    t = r.get("training")
    out = heading("八、人员培训")
    if t is None:
        return out + [Paragraph(NOT_RECORDED, BODY)]
    out.append(Paragraph(f"本月举办培训 {t['sessions']} 场，出勤 {t['attended']} 人次，"
                         f"考核通过 {t['assessments_passed']} 人次。", BODY))
    listed = len(t["sessions_list"])
    if listed < t["sessions"]:  # the list is cut to keep the section on its page
        out.append(Paragraph(f"共 {t['sessions']} 场，下表列出前 {listed} 场"
                             "（完整清单见培训页面）。", BODY))
    rows = [["日期", "课程"]] + [[s["date"], s["course"]] for s in t["sessions_list"]]
    return out + ([table(rows, [0.25, 0.75], frame)] if len(rows) > 1 else [])


def staff(r: dict, frame: float) -> list:
    return heading("九、人员绩效") + staff_body(r, frame)


def staff_body(r: dict, frame: float) -> list:
    """The service star and the per-staff table."""
    star = r.get("service_star")
    text = (f"本月服务之星：{star['name']}（工号 {star['employee_no']}），"
            f"好评 {star['praise']} 次，"
            f"按时解决率 {pct(star['resolution_on_time_rate'])}。" if star else
            "本月服务之星：暂无（无5分好评）。")
    rows = [["工号", "姓名", "解决量", "按时解决率", "三次内解决率", "有效答卷", "平均满意度",
             "好评"]]
    rows += [[p["employee_no"], p["name"], p["resolved"], pct(p["resolution_on_time_rate"]),
              pct(p["resolved_within_3_contacts_rate"]), p["answers"],
              fmt(p["avg_satisfaction"], "s"), p["praise"]] for p in r["per_staff"]]
    widths = [0.1, 0.12, 0.1, 0.14, 0.15, 0.12, 0.15, 0.12]
    body = [table(rows, widths, frame)] if len(rows) > 1 else [Paragraph("本月无解决记录。", BODY)]
    return [Paragraph(text, BODY), Spacer(1, 4)] + body


def backlog(r: dict, frame: float) -> list:
    ages = r["backlog_by_age"]
    rows = [["工单已存在时间", *[BACKLOG_NAMES[k] for k in ages], "合计"],
            ["件数", *ages.values(), r["open_at_month_end"]]]
    n = len(ages) + 2
    return heading("十、月末积压（按时长）") + [
        table(rows, [1 / n] * n, frame),
        charts.bar_chart([BACKLOG_NAMES[k] for k in ages], list(ages.values()), "积压工单",
                         width=frame, height=150)]


def appendix(r: dict, frame: float) -> list:
    rows = [["指标", "定义"]] + [[name, text] for name, text in DEFINITIONS]
    return heading("附录：指标定义") + [table(rows, [0.22, 0.78], frame)]
