"""The Training page: create a course and a session, record attendance and scores."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.training.models import (
    MODELS,
    Assessment,
    Attendance,
    Course,
    TrainingSession,
)
from helpdesk_gui.ui.training.common import select_code
from helpdesk_gui.ui.training.training_page import TrainingPage


@pytest.fixture
def page(qtbot, ctx, supervisor, handler, monkeypatch):
    database_proxy.obj.create_tables(MODELS)
    ctx.actor = supervisor  # training is managed by supervisors
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    widget = TrainingPage(ctx)
    ctx.ops.changed.connect(widget.on_changes)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.warnings = warnings
    return widget


def _create_course(qtbot, page):
    tab = page.courses_tab
    qtbot.keyClicks(tab.code_edit, "ly-01")
    tab.title_edit.setText("窗口服务礼仪")  # QTest.keyClicks cannot type CJK
    select_code(tab.subtopic_combo, "etiquette")
    tab.pass_spin.setValue(80)
    qtbot.mouseClick(tab.add_course_button, Qt.MouseButton.LeftButton)
    return tab


def test_training_page_creates_a_course(qtbot, page):
    tab = _create_course(qtbot, page)
    course = Course.get()
    assert (course.code, course.title, course.category, course.pass_mark) == (
        "LY-01", "窗口服务礼仪", "general_quality", 80)
    assert tab.courses.rowCount() == 1 and tab.courses.item(0, 1).text() == "窗口服务礼仪"
    assert tab.code_edit.text() == "" and page.warnings == []


def test_training_page_refuses_a_course_without_title(qtbot, page):
    qtbot.keyClicks(page.courses_tab.code_edit, "X")
    qtbot.mouseClick(page.courses_tab.add_course_button, Qt.MouseButton.LeftButton)
    assert Course.select().count() == 0
    assert page.warnings and "title" in page.warnings[0]


def _create_session(qtbot, page, handler):
    tab = _create_course(qtbot, page)
    tab.courses.selectRow(0)
    people = [tab.attendee_list.item(i) for i in range(tab.attendee_list.count())]
    [mine] = [item for item in people if item.text().startswith(handler.employee_no)]
    mine.setCheckState(Qt.CheckState.Checked)
    tab.trainer_edit.setText("赵敏")  # QTest.keyClicks cannot type CJK
    tab.place_edit.setText("三楼培训室")  # QTest.keyClicks cannot type CJK
    qtbot.mouseClick(tab.add_session_button, Qt.MouseButton.LeftButton)
    return tab


def test_training_page_creates_a_session_and_records_attendance_and_scores(
        qtbot, page, handler):
    tab = _create_session(qtbot, page, handler)
    session = TrainingSession.get()
    assert (session.trainer, session.place, session.course.code) == ("赵敏", "三楼培训室", "LY-01")
    assert [a.staff_id for a in Attendance.select()] == [handler.id]
    assert tab.sessions.rowCount() == 1 and tab.sessions.item(0, 4).text() == "1"

    scores = page.scores_tab
    page.tabs.setCurrentWidget(scores)
    assert scores.session_combo.count() == 1 and scores.table.rowCount() == 1
    select_code(scores.method_combo, "practical")
    select_code(scores.table.cellWidget(0, 2), "present")
    scores.table.cellWidget(0, 3).setValue(85)
    qtbot.mouseClick(scores.save_button, Qt.MouseButton.LeftButton)
    assert Attendance.get().status == "present"
    a = Assessment.get()
    assert (a.method, a.score, a.pass_mark, a.passed) == ("practical", 85, 80, True)
    assert scores.table.item(0, 4).text() == "Passed"  # reloaded after the change
    assert tab.sessions.item(0, 5).text() == "1" and page.warnings == []


def test_training_page_score_below_pass_mark_fails_and_no_score_is_not_recorded(
        qtbot, page, handler):
    _create_session(qtbot, page, handler)
    scores = page.scores_tab
    scores.table.cellWidget(0, 3).setValue(79)
    qtbot.mouseClick(scores.save_button, Qt.MouseButton.LeftButton)
    assert Assessment.get().passed is False
    assert scores.table.item(0, 4).text() == "Failed"
    select_code(scores.method_combo, "peer")  # no peer rating yet: spin shows "no score"
    assert scores.table.cellWidget(0, 3).value() == -1
    qtbot.mouseClick(scores.save_button, Qt.MouseButton.LeftButton)
    assert Assessment.select().count() == 1


def test_training_page_shows_compliance_of_the_quarter(qtbot, page, handler):
    _create_session(qtbot, page, handler)
    select_code(page.scores_tab.table.cellWidget(0, 2), "present")
    qtbot.mouseClick(page.scores_tab.save_button, Qt.MouseButton.LeftButton)
    quality = page.quality_tab
    assert quality.compliance_label.text() == (
        "Not compliant: no service-etiquette training planned")
    qtbot.mouseClick(quality.plan_button, Qt.MouseButton.LeftButton)
    assert quality.compliance_label.text().startswith("Compliant")
    assert quality.plan_table.rowCount() == 1
