"""The monthly PDF: Chinese headings, the same figures as the JSON, page x of y, masking."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from helpdesk_gui.reports import data, extras, masking, sections
from helpdesk_gui.reports.quality_report import build_pdf

HEADINGS = ("月度服务质量报告", "一、关键指标", "二、近6个月趋势", "三、受理量",
            "四、各等级时限达标情况", "五、客户满意度", "六、投诉处理", "七、客户建议采纳情况",
            "八、人员培训", "九、人员绩效", "十、月末积压", "附录：指标定义")


def pdf_text(path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                              capture_output=True, text=True).stdout
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def report(march_answers, branch):
    return data.monthly_report("2026-03", "BJ01", generated_by="赵敏 (3001)")


def test_pdf_has_headings_and_the_json_figures(report, tmp_path):
    path = build_pdf(report, tmp_path / "q.pdf")
    text = pdf_text(path)
    for heading in HEADINGS:
        assert heading in text, heading
    compact = text.replace(" ", "")
    for key, name, kind in sections.KPI_ROWS:
        assert name in text, name
        assert sections.fmt(report[key], kind).replace(" ", "") in compact, key
    assert "33.33%" in text and "25.00%" in text and "120.00" in text  # hand-computed
    assert "北京朝阳营业厅" in text and "2026-03" in text and "赵敏" in text
    pages = compact.count("\x0c")
    assert f"第1页/共{pages}页" in compact and f"第{pages}页/共{pages}页" in compact
    assert "服务之星：李强" in text
    assert path.stat().st_size < 5_000_000


def test_improvement_list_and_previous_month(report):
    assert report["previous"]["received"] == 1  # February: T3
    assert report["improvement_list"] == []  # every dimension ≥ 7 in March
    low = dict(report, dimensions=dict(report["dimensions"], problem_solving=6.5))
    items = data.improvement_list(low, "2026-03")
    assert items == [{"dimension": "problem_solving", "name_zh": "问题解决能力", "average": 6.5,
                      "target": 7.0, "department": "技术部", "deadline": "2026-04-30"}]
    assert data.met("complaint_rate", 0.0299) is True
    assert data.met("complaint_rate", 0.03) is False
    assert data.met("avg_satisfaction", None) is None


def test_sections_without_their_module_say_not_recorded(report, tmp_path, monkeypatch):
    monkeypatch.setattr(extras, "_has", lambda *tables: False)
    bare = data.monthly_report("2026-03", "BJ01")
    assert bare["complaint_handling"] is None and bare["training"] is None
    text = pdf_text(build_pdf(bare, tmp_path / "bare.pdf"))
    assert text.count("未记录") >= 3


def test_empty_month_renders(survey_db, branch, tmp_path):
    empty = data.monthly_report("2026-03", "BJ01")
    text = pdf_text(build_pdf(empty, tmp_path / "empty.pdf"))
    assert "本月受理 0 件" in text and "—" in text


def test_masking():
    assert masking.mask_name("张三丰") == "张**"
    assert masking.mask_name("李娜") == "李*"
    assert masking.mask_number("13800138000") == "138****8000"
    assert masking.mask_text("请回电13800138000谢谢") == "请回电138****8000谢谢"


def _words_outside_the_page(path) -> list[str]:
    """Words whose box leaves the page's printable width (pdftotext -bbox)."""
    import re

    out = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                         capture_output=True, text=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', out).group(1))
    return [m.group(2) for m in re.finditer(r'xMax="([\d.]+)"[^>]*>([^<]*)<', out)
            if float(m.group(1)) > width - 20]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs pdftotext -bbox")
def test_training_section_fits_its_page_and_says_when_the_list_is_cut(report, tmp_path):
    report = dict(report)
    long_title = "窗口服务礼仪与投诉处理沟通技巧（第二期）" * 3 + "Complaint-Handling-Workshop" * 3
    report["training"] = {"sessions": 40, "attended": 312, "assessments_passed": 280,
                          "sessions_list": [{"date": f"2026-03-{d:02d}", "course": long_title}
                                            for d in range(1, extras.LIST_LIMIT + 1)]}
    report["complaint_handling"] = {"received": 2, "major": 0,
                                    "by_category": {"unclassified": 2}, "by_stage": {},
                                    "by_root_cause": {}}
    path = build_pdf(report, tmp_path / "t.pdf")
    text = pdf_text(path).replace(" ", "")
    assert "本月举办培训40场，出勤312人次，考核通过280人次。" in text
    assert f"共40场，下表列出前{extras.LIST_LIMIT}场" in text
    assert "unclassified" not in text and "未分类" in text
    assert _words_outside_the_page(path) == []


def test_training_passes_count_only_the_branch(report, branch):
    """A branch's report counts its own staff's passed assessments, not the hall's."""
    import datetime

    from helpdesk_gui.db.connect import database_proxy
    from helpdesk_gui.domain.training.models import MODELS, Assessment, Course
    from helpdesk_gui.services.quality.kpi import month_period
    from helpdesk_gui.services.security import staff as staff_service

    database_proxy.obj.create_tables(MODELS)
    other = staff_service.ensure_branch("SH02", "上海徐汇营业厅")
    outsider = staff_service.create_staff(other, "7001", "外厅员工", "counter")
    course = Course.create(code="ly-01", title="礼仪", subtopic="etiquette", form="classroom",
                           category="service", hours=2, pass_mark=60)
    Assessment.create(course=course, staff=outsider, method="written", score=90, pass_mark=60,
                      passed=True, assessed_on=datetime.date(2026, 3, 10))
    period = month_period("2026-03", branch.timezone)
    assert extras.training(period, branch.id)["assessments_passed"] == 0
    assert extras.training(period, None)["assessments_passed"] == 1
