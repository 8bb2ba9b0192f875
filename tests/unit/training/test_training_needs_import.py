"""Training needs from complaints and surveys; import of attendance and scores."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest

from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.training.models import Assessment, Attendance
from helpdesk_gui.services.tickets.flow import assign
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
from helpdesk_gui.services.training import courses as training
from helpdesk_gui.services.training import needs as training_needs
from helpdesk_gui.services.training.sheets import ImportRejected, import_results

TODAY = utcnow().date()
PERIOD = (date(TODAY.year - 1, 1, 1), date(TODAY.year + 1, 12, 31))


def _complaint(clerk, handler, n):
    made = create_ticket(IntakeForm(channel="phone", type="complaint", level=3,
                                    customer_name="王建国", phone=f"1391234{n:04d}",
                                    description="营业员态度差，说话不耐烦"), clerk)
    assign(made.id, handler.id, clerk)
    return made.id


def test_training_needs_lists_staff_over_complaint_target_with_courses(
        make_course, people, clerk):
    boss, handler = people["supervisor"], people["handler"]
    make_course(boss, "LY-01", "etiquette", title="窗口服务礼仪")
    make_course(boss, "JS-01", "safety_law", title="安全用电法规")
    for n in range(2):
        _complaint(clerk, handler, n)
    _complaint(clerk, people["second"], 9)
    [need] = training_needs.training_needs(*PERIOD)
    assert (need.employee_no, need.gaps, need.figures.complaints) == ("2001", ("complaints",), 2)
    assert [c[1] for c in need.courses] == ["LY-01"]
    loose = training_needs.Targets(max_complaints=5)
    assert training_needs.training_needs(*PERIOD, targets=loose) == []


def test_training_needs_use_survey_dimensions_when_they_exist(make_course, people, clerk):
    from helpdesk_gui.domain.surveys.models import Survey

    boss, handler = people["supervisor"], people["handler"]
    make_course(boss, "GT-01", "communication", title="有效沟通")
    ticket_id = _complaint(clerk, handler, 1)
    Survey.create(branch=handler.branch, ticket=ticket_id, kind="routine", channel="sms",
                  code="A1", invited_at=utcnow(), answered_at=utcnow(), overall=3,
                  responsiveness=8, problem_solving=8, attitude=8, professionalism=8,
                  clarity=5, valid=True)
    [need] = training_needs.training_needs(*PERIOD)
    assert need.gaps == ("clarity",)
    assert need.figures.dimensions["clarity"] == 5
    assert [c[1] for c in need.courses] == ["GT-01"]


def test_training_needs_gaps_are_pure():
    fig = training_needs.QualityFigures(10, 0, 3, {"attitude": 6.9, "clarity": 7.0})
    assert training_needs.gaps_of(fig, training_needs.Targets()) == ("reopens", "attitude")


@pytest.fixture
def session_id(make_course, people, branch):
    course = make_course(people["supervisor"], "LY-01", "etiquette")
    return training.create_session(course.id, branch.id, "2024-03-05", "赵敏", "三楼",
                                   [people["handler"].id], people["supervisor"])


def test_training_import_csv_with_chinese_headers(people, session_id, tmp_path):
    sheet = tmp_path / "签到表.csv"
    sheet.write_text("工号,姓名,出勤,考核方式,成绩\n2001,李强,出勤,考试,86\n"
                     "2002,陈静,迟到,实操,55\n", encoding="gbk")
    result = import_results(sheet, people["supervisor"], session_id)
    assert (result.rows, result.sessions) == (2, 1)
    statuses = {r[1]: r[3] for r in training.attendance_of(session_id)}
    assert statuses == {"2001": "present", "2002": "late"}
    assert {(a.staff.employee_no, a.method, a.passed) for a in Assessment.select()} == {
        ("2001", "test", True), ("2002", "practical", False)}


def test_training_import_xlsx_english_headers_finds_session_by_course(people, session_id,
                                                                      tmp_path):
    book = openpyxl.Workbook()
    book.active.append(["Employee No", "Course", "Date", "Method", "Score", "Pass mark"])
    book.active.append([2001, "LY-01", "2024-03-05", "Mentor rating", 72, 70])
    path = tmp_path / "scores.xlsx"
    book.save(path)
    import_results(path, people["supervisor"])
    a = Assessment.get()
    assert (a.method, a.score, a.pass_mark, a.passed) == ("mentor", 72, 70, True)


def test_training_import_is_all_or_nothing(people, session_id, tmp_path):
    sheet = tmp_path / "bad.csv"
    sheet.write_text("工号,姓名,出勤,成绩\n2001,李强,出勤,90\n9999,无名,出勤,80\n"
                     "2002,李四,出勤,70\n2001,李强,出勤,120\n", encoding="utf-8-sig")
    with pytest.raises(ImportRejected) as err:
        import_results(sheet, people["supervisor"], session_id)
    assert [n for n, _ in err.value.errors] == [3, 4, 5]
    assert "9999" in err.value.errors[0][1] and "陈静" in err.value.errors[1][1]
    assert Assessment.select().count() == 0
    assert Attendance.get().status == "planned"
