"""Quarterly training plans per branch, their compliance, and completion figures.

Compliance rule (SERVICE_STANDARD §9): every quarter each branch holds at least one
service-etiquette training. A quarter complies when an etiquette course was planned *and*
a session of an etiquette course was actually held at the branch in that quarter with
someone attending — a plan alone is not a training.

``training_completion(branch_id, year, quarter)`` is what the monthly/quarterly PDF
calls: planned places, attended, completed (attended and passed), hours, and compliance.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.errors import NotFound, ValidationError
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.training.models import (
    ATTENDED,
    ETIQUETTE_SUBTOPIC,
    Assessment,
    Attendance,
    Course,
    PlanItem,
    TrainingSession,
)
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.training.assessments import completed
from helpdesk_gui.services.training.courses import (
    MANAGE,
    TRAINING_CHANGED,
    get_course,
    guard,
    trail,
)


def quarter_range(year: int, quarter: int) -> tuple[date, date]:
    """First and last day of a calendar quarter."""
    if quarter not in (1, 2, 3, 4):
        raise ValidationError({"quarter": "1 to 4"})
    first = date(year, 3 * quarter - 2, 1)
    last = date(year + (quarter == 4), 1 if quarter == 4 else 3 * quarter + 1, 1)
    return first, date.fromordinal(last.toordinal() - 1)


def quarter_of(day: date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def plan_course(branch_id: int, year: int, quarter: int, course_id: int, actor: Staff,
                planned_month: int | None = None, note: str = "") -> Changes:
    """Put a course on a branch's plan for a quarter (once per course and quarter)."""
    first, last = quarter_range(year, quarter)
    if planned_month is not None and not first.month <= planned_month <= last.month:
        raise ValidationError({"planned_month": f"not in quarter {quarter}"})
    guard(actor, MANAGE, "branch", branch_id)
    with database_proxy.obj.atomic():
        trail(actor, "training.plan_add", "branch", branch_id,
              {"year": year, "quarter": quarter, "course": course_id})
        if Branch.get_or_none(Branch.id == branch_id) is None:
            raise NotFound(f"branch #{branch_id} does not exist")
        course = get_course(course_id)
        if PlanItem.get_or_none(PlanItem.branch == branch_id, PlanItem.year == year,
                                PlanItem.quarter == quarter, PlanItem.course == course):
            raise ValidationError({"course": f"{course.code} is already planned"})
        PlanItem.create(branch=branch_id, year=year, quarter=quarter, course=course,
                        planned_month=planned_month, note=note.strip())
    return TRAINING_CHANGED


@dataclass(frozen=True)
class PlanLine:
    course_id: int
    code: str
    title: str
    subtopic: str
    planned_month: int | None
    sessions_held: int


@dataclass(frozen=True)
class PlanCompliance:
    branch_id: int
    year: int
    quarter: int
    lines: tuple[PlanLine, ...]
    etiquette_planned: bool
    etiquette_held: bool
    problems: tuple[str, ...]  # English reasons, for the page and the PDF

    @property
    def compliant(self) -> bool:
        return not self.problems


def _held_sessions(branch_id: int, first: date, last: date):
    return (TrainingSession.select(TrainingSession, Course).join(Course)
            .where(TrainingSession.branch == branch_id, ~TrainingSession.cancelled,
                   TrainingSession.held_on.between(first, last)))


def _attended_sessions(session_ids: list[int]) -> set[int]:
    if not session_ids:
        return set()
    rows = (Attendance.select(Attendance.session).where(
        Attendance.session.in_(session_ids), Attendance.status.in_(ATTENDED)).tuples())
    return {sid for (sid,) in rows}


def compliance(branch_id: int, year: int, quarter: int) -> PlanCompliance:
    """The plan of one branch and quarter, and whether the etiquette rule is met."""
    first, last = quarter_range(year, quarter)
    sessions = list(_held_sessions(branch_id, first, last))
    attended = _attended_sessions([s.id for s in sessions])
    held: dict[int, int] = {}
    for s in sessions:
        if s.id in attended:
            held[s.course_id] = held.get(s.course_id, 0) + 1
    items = (PlanItem.select(PlanItem, Course).join(Course)
             .where(PlanItem.branch == branch_id, PlanItem.year == year,
                    PlanItem.quarter == quarter).order_by(PlanItem.planned_month, Course.code))
    lines = tuple(PlanLine(i.course.id, i.course.code, i.course.title, i.course.subtopic,
                           i.planned_month, held.get(i.course.id, 0)) for i in items)
    planned = any(line.subtopic == ETIQUETTE_SUBTOPIC for line in lines)
    done = any(s.course.subtopic == ETIQUETTE_SUBTOPIC and s.id in attended for s in sessions)
    problems = []
    if not planned:
        problems.append("no service-etiquette training planned")
    if not done:
        problems.append("no service-etiquette training held")
    return PlanCompliance(branch_id, year, quarter, lines, planned, done, tuple(problems))


@dataclass(frozen=True)
class Completion:
    """Training completion of one branch in one quarter (for pages and the PDF)."""

    branch_id: int
    year: int
    quarter: int
    sessions: int
    planned_places: int
    attended: int
    completed: int
    hours: float  # training hours actually attended (person-hours)
    people_trained: int
    etiquette_compliant: bool

    @property
    def attendance_rate(self) -> float | None:
        return self.attended / self.planned_places if self.planned_places else None

    @property
    def completion_rate(self) -> float | None:
        return self.completed / self.planned_places if self.planned_places else None


def training_completion(branch_id: int, year: int, quarter: int) -> Completion:
    """Planned places vs attended vs completed (attended and passed) in a quarter."""
    first, last = quarter_range(year, quarter)
    sessions = {s.id: s for s in _held_sessions(branch_id, first, last)}
    results: dict[tuple[int, int], list[bool]] = {}
    if sessions:
        for sid, staff_id, ok in (Assessment.select(
                Assessment.session, Assessment.staff, Assessment.passed)
                .where(Assessment.session.in_(list(sessions))).tuples()):
            results.setdefault((sid, staff_id), []).append(bool(ok))
    places = attended = done = 0
    hours, people = 0.0, set()
    rows = (Attendance.select(Attendance.session, Attendance.staff, Attendance.status)
            .where(Attendance.session.in_(list(sessions))).tuples()) if sessions else []
    for sid, staff_id, status in rows:
        places += 1
        if status in ATTENDED:
            attended += 1
            hours += sessions[sid].course.hours
            people.add(staff_id)
        done += completed(status, results.get((sid, staff_id), []))
    return Completion(branch_id, year, quarter, len(sessions), places, attended, done,
                      hours, len(people), compliance(branch_id, year, quarter).compliant)
