"""Courses, sessions and attendance (SERVICE_STANDARD §9).

A course says what is taught; a session is one time it is held for named staff. Writes
run in one transaction each and return ``Changes`` of kind "training" so the training
page (and anything showing training figures) refreshes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from peewee import fn

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import NotFound, ValidationError
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.training.models import (
    ATTENDANCE,
    COURSE_CATEGORIES,
    COURSE_FORMS,
    SUBTOPIC_CATEGORY,
    SUBTOPICS,
    Attendance,
    Course,
    TrainingSession,
)
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.security import audit, permissions

TRAINING_CHANGED = Changes(kinds=frozenset({"training"}))
MANAGE = "training.manage"


def guard(actor: Staff | None, action: str, object_type: str = "",
          object_id: object = "") -> None:
    """Check the role matrix for a training or knowledge action (denials are audited).

    Called before the write transaction (see ``services.security.permissions``).
    """
    permissions.require(actor, action, object_type, object_id)


def trail(actor: Staff | None, action: str, object_type: str, object_id: object,
          detail: dict | None = None) -> None:
    """Audit a change inside the caller's transaction (SERVICE_STANDARD §12)."""
    audit.record(actor, action, object_type, object_id, detail)


@dataclass(frozen=True)
class CourseForm:
    """What a supervisor enters for a course."""

    code: str
    title: str
    subtopic: str
    form: str
    hours: float
    pass_mark: float = 60.0
    description: str = ""
    category: str = ""  # derived from the subtopic when empty


@dataclass(frozen=True)
class CourseRow:
    id: int
    code: str
    title: str
    category: str
    subtopic: str
    form: str
    hours: float
    pass_mark: float
    sessions: int


@dataclass(frozen=True)
class SessionRow:
    id: int
    course_id: int
    course_title: str
    subtopic: str
    held_on: date
    trainer: str
    place: str
    planned: int
    attended: int


def as_date(field: str, value: date | str | None) -> date:
    """A date from a ``date`` or 'YYYY-MM-DD' text; ValidationError otherwise."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value or "").strip()[:10])
    except ValueError:
        raise ValidationError({field: f"{value!r} is not a date (YYYY-MM-DD)"}) from None


def _clean_course(form: CourseForm) -> dict:
    code, title, description = validation.collect(
        lambda: validation.text("code", form.code, required=True, limit=32),
        lambda: validation.text("title", form.title, required=True, limit=200),
        lambda: validation.text("description", form.description, required=False),
    )
    validation.choice("subtopic", form.subtopic, SUBTOPICS)
    validation.choice("form", form.form, COURSE_FORMS)
    category = form.category or SUBTOPIC_CATEGORY[form.subtopic]
    validation.choice("category", category, COURSE_CATEGORIES)
    if SUBTOPIC_CATEGORY[form.subtopic] != category:
        raise ValidationError({"subtopic": f"{form.subtopic} is not part of {category}"})
    if not 0 < float(form.hours) <= 200:
        raise ValidationError({"hours": "between 0 and 200 hours"})
    if not 0 <= float(form.pass_mark) <= 100:
        raise ValidationError({"pass_mark": "between 0 and 100"})
    return dict(code=code.upper(), title=title, description=description, category=category,
                subtopic=form.subtopic, form=form.form, hours=float(form.hours),
                pass_mark=float(form.pass_mark))


def create_course(form: CourseForm, actor: Staff) -> Changes:
    """Add a course to the catalogue; course codes are unique."""
    data = _clean_course(form)
    guard(actor, MANAGE, "course")
    with database_proxy.obj.atomic():
        if Course.get_or_none(Course.code == data["code"]):
            raise ValidationError({"code": f"{data['code']} is already in use"})
        course = Course.create(**data)
        trail(actor, "training.course_create", "course", course.id, {"code": course.code})
    return TRAINING_CHANGED


def update_course(course_id: int, form: CourseForm, actor: Staff) -> Changes:
    """Change a course; sessions already held keep their scores and pass marks."""
    data = _clean_course(form)
    guard(actor, MANAGE, "course", course_id)
    with database_proxy.obj.atomic():
        course = get_course(course_id)
        trail(actor, "training.course_update", "course", course_id, {"code": data["code"]})
        clash = Course.get_or_none(Course.code == data["code"], Course.id != course_id)
        if clash:
            raise ValidationError({"code": f"{data['code']} is already in use"})
        Course.update(**data, updated_at=utcnow()).where(Course.id == course.id).execute()
    return TRAINING_CHANGED


def get_course(course_id: int) -> Course:
    return Course.by_id(course_id)


def list_courses(active_only: bool = True) -> list[CourseRow]:
    """The course catalogue with how many sessions each has had."""
    query = Course.select().order_by(Course.category, Course.code)
    if active_only:
        query = query.where(Course.active)
    counts = _session_counts()
    return [CourseRow(c.id, c.code, c.title, c.category, c.subtopic, c.form, c.hours,
                      c.pass_mark, counts.get(c.id, 0)) for c in query]


def _session_counts() -> dict[int, int]:
    rows = (TrainingSession.select(TrainingSession.course, fn.COUNT(TrainingSession.id))
            .where(~TrainingSession.cancelled).group_by(TrainingSession.course).tuples())
    return {course_id: n for course_id, n in rows}


def create_session(course_id: int, branch_id: int, held_on: date | str, trainer: str,
                   place: str, attendee_ids: list[int], actor: Staff) -> int:
    """Schedule a session with its planned attendees; returns the session id."""
    day = as_date("held_on", held_on)
    trainer, place = validation.collect(
        lambda: validation.person_name(trainer, field="trainer"),
        lambda: validation.text("place", place, required=True, limit=200))
    guard(actor, MANAGE, "training_session")
    with database_proxy.obj.atomic():
        course = get_course(course_id)
        branch = Branch.get_or_none(Branch.id == branch_id)
        if branch is None:
            raise NotFound(f"branch #{branch_id} does not exist")
        session = TrainingSession.create(course=course, branch=branch, held_on=day,
                                         trainer=trainer, place=place)
        for staff in _active_staff(attendee_ids):
            Attendance.create(session=session, staff=staff)
        trail(actor, "training.session_create", "training_session", session.id,
              {"course": course.code, "held_on": day.isoformat(), "planned": len(attendee_ids)})
    return session.id


def _active_staff(staff_ids: list[int]) -> list[Staff]:
    people = list(Staff.select().where(Staff.id.in_(list(staff_ids)), Staff.active))
    missing = set(staff_ids) - {s.id for s in people}
    if missing:
        raise ValidationError({"attendees": f"staff not found or inactive: {sorted(missing)}"})
    return people


def get_session(session_id: int) -> TrainingSession:
    return TrainingSession.by_id(session_id)


def list_sessions(branch_id: int | None = None, course_id: int | None = None
                  ) -> list[SessionRow]:
    """Sessions, newest first, with planned and attended head counts."""
    query = (TrainingSession.select(TrainingSession, Course).join(Course)
             .where(~TrainingSession.cancelled)
             .order_by(TrainingSession.held_on.desc(), TrainingSession.id.desc()))
    if branch_id is not None:
        query = query.where(TrainingSession.branch == branch_id)
    if course_id is not None:
        query = query.where(TrainingSession.course == course_id)
    heads: dict[int, list[int]] = {}
    for sid, status in Attendance.select(Attendance.session, Attendance.status).tuples():
        pair = heads.setdefault(sid, [0, 0])
        pair[0] += 1
        pair[1] += status in ("present", "late")
    return [SessionRow(s.id, s.course.id, s.course.title, s.course.subtopic, s.held_on,
                       s.trainer, s.place, *heads.get(s.id, (0, 0))) for s in query]


def record_attendance(session_id: int, statuses: dict[int, str], actor: Staff) -> Changes:
    """Set present/late/excused/absent per staff id; unknown people join the session."""
    for status in statuses.values():
        validation.choice("attendance", status, ATTENDANCE)
    guard(actor, MANAGE, "training_session", session_id)
    with database_proxy.obj.atomic():
        trail(actor, "training.attendance", "training_session", session_id,
              {str(k): v for k, v in statuses.items()})
        session = get_session(session_id)
        _active_staff(list(statuses))
        for staff_id, status in statuses.items():
            row = Attendance.get_or_none(Attendance.session == session,
                                         Attendance.staff == staff_id)
            if row is None:
                Attendance.create(session=session, staff=staff_id, status=status)
            elif row.status != status:
                row.status, row.updated_at = status, utcnow()
                row.save()
    return TRAINING_CHANGED


def attendance_of(session_id: int) -> list[tuple[int, str, str, str]]:
    """(staff id, employee no, name, status) of a session's people, by employee no."""
    return list(Attendance.select(Staff.id, Staff.employee_no, Staff.name, Attendance.status)
                .join(Staff).where(Attendance.session == session_id)
                .order_by(Staff.employee_no).tuples())
