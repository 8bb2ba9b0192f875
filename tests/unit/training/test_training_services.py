"""Courses, sessions, assessments and pass rules, certificates, history."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.training.models import Assessment, Attendance
from helpdesk_gui.services.training import assessments as training_assess
from helpdesk_gui.services.training import courses as training
from helpdesk_gui.services.training.assessments import CertificateInfo, ScoreEntry, expiring
from helpdesk_gui.services.training.courses import CourseForm


def test_training_course_checks_category_subtopic_and_hours(make_course, people):
    boss = people["supervisor"]
    with pytest.raises(ValidationError) as err:
        training.create_course(CourseForm("X1", "礼仪", "etiquette", "offline", 2,
                                          category="job_knowledge"), boss)
    assert "subtopic" in err.value.errors
    with pytest.raises(ValidationError) as err:
        training.create_course(CourseForm("X1", "礼仪", "etiquette", "offline", 0), boss)
    assert "hours" in err.value.errors
    make_course(boss, "X1")
    with pytest.raises(ValidationError):
        make_course(boss, "x1")  # codes are unique, case-insensitively
    [row] = training.list_courses()
    assert (row.code, row.category, row.sessions) == ("X1", "general_quality", 0)


def _session(people, course, day=date(2024, 2, 20)):
    ids = [people["handler"].id, people["second"].id]
    return training.create_session(course.id, people["handler"].branch_id, day, "赵敏",
                                    "三楼培训室", ids, people["supervisor"])


def test_training_pass_rule_reaching_the_mark_passes(make_course, people):
    boss = people["supervisor"]
    course = make_course(boss, pass_mark=80)
    sid = _session(people, course)
    h, s = people["handler"].id, people["second"].id
    training_assess.record_scores(sid, [ScoreEntry(h, "test", 80), ScoreEntry(s, "test", 79.5),
                                        ScoreEntry(s, "peer", 70, pass_mark=60)], boss)
    scores = training_assess.scores_of(sid)
    assert scores[(h, "test")] == (80, 80, True)
    assert scores[(s, "test")] == (79.5, 80, False)
    assert scores[(s, "peer")] == (70, 60, True)
    # a course pass mark changed later does not rewrite old results
    training.update_course(course.id, CourseForm(course.code, course.title, "etiquette",
                                                 "offline", 2, pass_mark=50), boss)
    assert training_assess.scores_of(sid)[(s, "test")][2] is False


def test_training_scores_are_corrected_not_duplicated(make_course, people):
    boss = people["supervisor"]
    sid = _session(people, make_course(boss))
    h = people["handler"].id
    training_assess.record_scores(sid, [ScoreEntry(h, "practical", 40)], boss)
    training_assess.record_scores(sid, [ScoreEntry(h, "practical", 90)], boss)
    rows = list(Assessment.select().where(Assessment.staff == h))
    assert [(r.score, r.passed) for r in rows] == [(90, True)]


@pytest.mark.parametrize("bad", [-1, 101, "abc"])
def test_training_scores_outside_0_100_are_rejected(make_course, people, bad):
    boss = people["supervisor"]
    sid = _session(people, make_course(boss))
    with pytest.raises(ValidationError):
        training_assess.record_scores(sid, [ScoreEntry(people["handler"].id, "test", bad)], boss)
    assert Assessment.select().count() == 0


def test_training_score_needs_person_in_session(make_course, people, clerk):
    boss = people["supervisor"]
    sid = _session(people, make_course(boss))
    with pytest.raises(ValidationError):
        training_assess.record_scores(sid, [ScoreEntry(clerk.id, "test", 90)], boss)


def test_training_history_completed_only_when_attended_and_all_passed(make_course, people):
    boss = people["supervisor"]
    sid = _session(people, make_course(boss))
    h, s = people["handler"].id, people["second"].id
    training.record_attendance(sid, {h: "present", s: "absent"}, boss)
    training_assess.record_scores(sid, [ScoreEntry(h, "test", 95), ScoreEntry(h, "mentor", 50)],
                                  boss)
    [row] = training_assess.history(h)
    assert (row.attendance, row.completed) == ("present", False)
    training_assess.record_scores(sid, [ScoreEntry(h, "mentor", 75)], boss)
    assert training_assess.history(h)[0].completed is True
    assert training_assess.history(s)[0].completed is False
    assert Attendance.get(Attendance.staff == s).status == "absent"


def _cert(n, expires):
    return CertificateInfo(n, n, f"员工{n}", "燃气安全操作证", expires)


def test_training_certificates_expiring_within_n_days():
    now = datetime(2024, 6, 1, 9, 0)
    certs = [_cert(1, date(2024, 6, 1)), _cert(2, date(2024, 7, 1)), _cert(3, date(2024, 7, 2)),
             _cert(4, date(2024, 5, 31)), _cert(5, None)]
    soon = expiring(certs, now, 30)
    assert [(r.certificate.id, r.days_left) for r in soon] == [(1, 0), (2, 30)]
    with_expired = expiring(certs, now, 30, include_expired=True)
    assert [r.certificate.id for r in with_expired] == [4, 1, 2]
    assert with_expired[0].expired


def test_training_certificate_reminders_from_database(people):
    boss, h = people["supervisor"], people["handler"]
    training_assess.add_certificate(h.id, "电工进网作业许可证", "2021-06-10", "2024-06-20", boss)
    training_assess.add_certificate(h.id, "普通话证书", "2020-01-01", None, boss)
    with pytest.raises(ValidationError):
        training_assess.add_certificate(h.id, "坏证书", "2024-01-01", "2023-01-01", boss)
    [reminder] = training_assess.certificate_reminders(datetime(2024, 6, 1), 30)
    assert (reminder.certificate.name, reminder.days_left) == ("电工进网作业许可证", 19)
