"""Assessments, certificates and each person's training history (SERVICE_STANDARD §9).

Pass rule: a score passes when it reaches the pass mark (score >= pass mark). The pass
mark is the course's unless the assessor sets one, and it is stored on the assessment so
later course changes do not rewrite old results. A person *completed* a session when they
attended it and every assessment recorded for them in it passed.

Certificate reminders are a pure function of the certificates and ``now`` so the
scheduler, the page and the tests agree on what "expiring within N days" means.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import NotFound, ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.training.models import (
    ASSESSMENT_METHODS,
    ATTENDED,
    Assessment,
    Attendance,
    Certificate,
    Course,
    TrainingSession,
)
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.training.courses import (
    MANAGE,
    TRAINING_CHANGED,
    as_date,
    get_session,
    guard,
    trail,
)

SCORE_RANGE = (0.0, 100.0)


def passes(score: float, pass_mark: float) -> bool:
    """The pass rule: reaching the pass mark passes."""
    return float(score) >= float(pass_mark)


def check_score(value: object, field: str = "score") -> float:
    """A score between 0 and 100 (every method is scored on the same scale)."""
    try:
        score = float(str(value).strip())
    except ValueError:
        raise ValidationError({field: f"{value!r} is not a number"}) from None
    if not SCORE_RANGE[0] <= score <= SCORE_RANGE[1]:
        raise ValidationError({field: f"{score:g} is outside 0–100"})
    return score


@dataclass(frozen=True)
class ScoreEntry:
    staff_id: int
    method: str
    score: float
    pass_mark: float | None = None  # None: the course's pass mark
    assessor: str = ""


def record_scores(session_id: int, entries: Iterable[ScoreEntry], actor: Staff) -> Changes:
    """Record (or correct) assessment scores of a session; one row per person and method."""
    entries = list(entries)
    for entry in entries:
        validation.choice("method", entry.method, ASSESSMENT_METHODS)
        check_score(entry.score)
        if entry.pass_mark is not None:
            check_score(entry.pass_mark, "pass_mark")
    guard(actor, MANAGE, "training_session", session_id)
    with database_proxy.obj.atomic():
        trail(actor, "training.scores", "training_session", session_id,
              {f"{e.staff_id}:{e.method}": e.score for e in entries})
        session = get_session(session_id)
        in_session = {a.staff_id for a in session.attendees}
        for entry in entries:
            if entry.staff_id not in in_session:
                raise ValidationError({"staff": f"staff #{entry.staff_id} is not in this session"})
            _save_score(session, entry)
    return TRAINING_CHANGED


def _save_score(session: TrainingSession, entry: ScoreEntry) -> None:
    mark = session.course.pass_mark if entry.pass_mark is None else float(entry.pass_mark)
    values = dict(score=float(entry.score), pass_mark=mark,
                  passed=passes(entry.score, mark), assessor=entry.assessor[:50],
                  assessed_on=session.held_on, updated_at=utcnow())
    row = Assessment.get_or_none(Assessment.session == session,
                                 Assessment.staff == entry.staff_id,
                                 Assessment.method == entry.method)
    if row is None:
        Assessment.create(session=session, course=session.course, staff=entry.staff_id,
                          method=entry.method, **values)
    else:
        Assessment.update(**values).where(Assessment.id == row.id).execute()


def scores_of(session_id: int) -> dict[tuple[int, str], tuple[float, float, bool]]:
    """(staff id, method) -> (score, pass mark, passed) for one session."""
    rows = Assessment.select(Assessment.staff, Assessment.method, Assessment.score,
                             Assessment.pass_mark, Assessment.passed).where(
        Assessment.session == session_id).tuples()
    return {(s, m): (score, mark, bool(ok)) for s, m, score, mark, ok in rows}


def completed(status: str, results: Iterable[bool]) -> bool:
    """Attended, and no recorded assessment failed."""
    return status in ATTENDED and all(results)


# --- certificates ----------------------------------------------------------------------

@dataclass(frozen=True)
class CertificateInfo:
    id: int
    staff_id: int
    staff_name: str
    name: str
    expires_on: date | None


@dataclass(frozen=True)
class Reminder:
    certificate: CertificateInfo
    days_left: int  # negative: already expired

    @property
    def expired(self) -> bool:
        return self.days_left < 0


def expiring(certificates: Iterable[CertificateInfo], now: datetime, days: int,
             include_expired: bool = False) -> list[Reminder]:
    """Certificates that expire within ``days`` of ``now`` (soonest first). Pure."""
    today = now.date()
    horizon = today + timedelta(days=days)
    out = []
    for cert in certificates:
        if cert.expires_on is None or cert.expires_on > horizon:
            continue
        left = (cert.expires_on - today).days
        if left >= 0 or include_expired:
            out.append(Reminder(cert, left))
    return sorted(out, key=lambda r: (r.days_left, r.certificate.staff_name))


def add_certificate(staff_id: int, name: str, issued_on: date | str,
                    expires_on: date | str | None, actor: Staff, number: str = "",
                    issuer: str = "", course_id: int | None = None) -> Changes:
    """Record a certificate a staff member holds."""
    name = validation.text("name", name, required=True, limit=100)
    issued = as_date("issued_on", issued_on)
    expires = as_date("expires_on", expires_on) if expires_on else None
    if expires is not None and expires <= issued:
        raise ValidationError({"expires_on": "must be after the issue date"})
    guard(actor, MANAGE, "staff", staff_id)
    with database_proxy.obj.atomic():
        trail(actor, "training.certificate_add", "staff", staff_id, {"name": name})
        if Staff.get_or_none(Staff.id == staff_id) is None:
            raise NotFound(f"staff #{staff_id} does not exist")
        Certificate.create(staff=staff_id, name=name, issued_on=issued, expires_on=expires,
                           number=number.strip()[:64], issuer=issuer.strip()[:100],
                           course=course_id)
    return TRAINING_CHANGED


def certificates(branch_id: int | None = None) -> list[CertificateInfo]:
    query = (Certificate.select(Certificate.id, Staff.id, Staff.name, Certificate.name,
                                Certificate.expires_on).join(Staff).where(Staff.active))
    if branch_id is not None:
        query = query.where(Staff.branch == branch_id)
    return [CertificateInfo(*row) for row in query.tuples()]


def certificate_reminders(now: datetime, days: int = 30, branch_id: int | None = None
                          ) -> list[Reminder]:
    """Reminders for the page and the scheduler: expiring soon or already expired."""
    return expiring(certificates(branch_id), now, days, include_expired=True)


# --- history ---------------------------------------------------------------------------

@dataclass(frozen=True)
class HistoryRow:
    session_id: int
    held_on: date
    course_title: str
    subtopic: str
    form: str
    hours: float
    attendance: str
    scores: tuple[tuple[str, float, bool], ...]  # (method, score, passed)
    completed: bool


def history(staff_id: int) -> list[HistoryRow]:
    """Every session a person was in, newest first, with their scores."""
    rows = (Attendance.select(Attendance.status, TrainingSession, Course)
            .join(TrainingSession).join(Course)
            .where(Attendance.staff == staff_id, ~TrainingSession.cancelled)
            .order_by(TrainingSession.held_on.desc()))
    scores: dict[int, list[tuple[str, float, bool]]] = {}
    for sid, method, score, ok in (Assessment.select(
            Assessment.session, Assessment.method, Assessment.score, Assessment.passed)
            .where(Assessment.staff == staff_id).tuples()):
        scores.setdefault(sid, []).append((method, score, bool(ok)))
    out = []
    for att in rows:
        s = att.session
        mine = tuple(scores.get(s.id, ()))
        out.append(HistoryRow(s.id, s.held_on, s.course.title, s.course.subtopic,
                              s.course.form, s.course.hours, att.status, mine,
                              completed(att.status, (ok for _, _, ok in mine))))
    return out
