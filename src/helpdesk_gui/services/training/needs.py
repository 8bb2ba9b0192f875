"""Links between quality and training: staff directory with quality figures, and needs.

SERVICE_STANDARD §9: low satisfaction dimensions and complaints feed the next training
plan. ``training_needs`` lists the staff whose figures miss target, which gaps they have,
and the active courses whose subtopic covers each gap.

Complaints per person: the tickets have no "staff concerned" field yet, so a complaint
counts against the handler it was assigned to, and a ticket the customer reopened (not
satisfied) counts against its handler too.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, time

import peewee as pw

from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.surveys.models import Survey
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.domain.training.models import Course

log = logging.getLogger(__name__)

DIMENSIONS = ("responsiveness", "problem_solving", "attitude", "professionalism", "clarity")

# gap -> the subtopics whose courses address it
GAP_SUBTOPICS = {
    "complaints": ("etiquette", "communication", "complaint_drill"),
    "reopens": ("problem_solving", "product_knowledge", "procedures"),
    "responsiveness": ("time_management", "procedures"),
    "problem_solving": ("problem_solving", "product_knowledge"),
    "attitude": ("etiquette", "stress_management"),
    "professionalism": ("basics", "product_knowledge", "safety_law"),
    "clarity": ("communication",),
}


@dataclass(frozen=True)
class Targets:
    max_complaints: int = 1  # complaints per person in the period
    max_reopens: int = 2
    dimension_min: float = 7.0  # SERVICE_STANDARD §7: each dimension ≥ 7/10


@dataclass(frozen=True)
class QualityFigures:
    handled: int = 0
    complaints: int = 0
    reopens: int = 0
    dimensions: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class Need:
    staff_id: int
    employee_no: str
    name: str
    figures: QualityFigures
    gaps: tuple[str, ...]
    courses: tuple[tuple[int, str, str], ...]  # (course id, code, title)


def _bounds(start: date, end: date) -> tuple[datetime, datetime]:
    return datetime.combine(start, time.min), datetime.combine(end, time.max)


def ticket_figures(start: date, end: date, branch_id: int | None = None
                   ) -> dict[int, QualityFigures]:
    """Per handler: tickets handled, complaints and reopened tickets created in the period."""
    lo, hi = _bounds(start, end)
    complaint = pw.Case(None, [(Ticket.type == "complaint", 1)], 0)
    reopened = pw.Case(None, [(Ticket.reopen_count > 0, 1)], 0)
    query = (Ticket.select(Ticket.assignee, pw.fn.COUNT(Ticket.id), pw.fn.SUM(complaint),
                           pw.fn.SUM(reopened))
             .where(Ticket.assignee.is_null(False), Ticket.created_at.between(lo, hi))
             .group_by(Ticket.assignee))
    if branch_id is not None:
        query = query.where(Ticket.branch == branch_id)
    return {sid: QualityFigures(n, int(c or 0), int(r or 0))
            for sid, n, c, r in query.tuples()}


def survey_dimensions(start: date, end: date) -> dict[int, dict[str, float]]:
    """Per handler: average of each satisfaction dimension over the answered surveys."""
    return _dimension_averages(Survey, *_bounds(start, end))


def _dimension_averages(model, lo: datetime, hi: datetime) -> dict[int, dict[str, float]]:
    cols = [pw.fn.AVG(getattr(model, d)) for d in DIMENSIONS]
    when = getattr(model, "answered_at", None)
    if when is None:
        when = getattr(model, "created_at", None)
    query = (model.select(Ticket.assignee, *cols).join(Ticket, on=(model.ticket == Ticket.id))
             .where(Ticket.assignee.is_null(False)).group_by(Ticket.assignee))
    if when is not None:
        query = query.where(when.between(lo, hi))
    if hasattr(model, "valid"):
        query = query.where(model.valid)
    return {sid: {d: float(v) for d, v in zip(DIMENSIONS, vals, strict=True) if v is not None}
            for sid, *vals in query.tuples()}


def gaps_of(figures: QualityFigures, targets: Targets) -> tuple[str, ...]:
    """Which targets a person's figures miss. Pure."""
    gaps = []
    if figures.complaints > targets.max_complaints:
        gaps.append("complaints")
    if figures.reopens > targets.max_reopens:
        gaps.append("reopens")
    gaps.extend(d for d in DIMENSIONS
                if d in figures.dimensions and figures.dimensions[d] < targets.dimension_min)
    return tuple(gaps)


def courses_for(gaps: tuple[str, ...]) -> tuple[tuple[int, str, str], ...]:
    subtopics = {s for gap in gaps for s in GAP_SUBTOPICS.get(gap, ())}
    if not subtopics:
        return ()
    return tuple(Course.select(Course.id, Course.code, Course.title)
                 .where(Course.active, Course.subtopic.in_(sorted(subtopics)))
                 .order_by(Course.code).tuples())


def quality_by_staff(start: date, end: date, branch_id: int | None = None
                     ) -> dict[int, QualityFigures]:
    """Ticket figures merged with survey dimensions, per staff id."""
    figures = ticket_figures(start, end, branch_id)
    for sid, dims in survey_dimensions(start, end).items():
        base = figures.get(sid, QualityFigures())
        figures[sid] = QualityFigures(base.handled, base.complaints, base.reopens, dims)
    return figures


def training_needs(start: date, end: date, branch_id: int | None = None,
                   targets: Targets = Targets()) -> list[Need]:
    """Staff whose complaints or satisfaction dimensions miss target, with courses."""
    figures = quality_by_staff(start, end, branch_id)
    people = {s.id: s for s in Staff.select().where(Staff.id.in_(list(figures)), Staff.active)}
    needs = []
    for sid, fig in figures.items():
        gaps = gaps_of(fig, targets)
        if gaps and sid in people:
            person = people[sid]
            needs.append(Need(sid, person.employee_no, person.name, fig, gaps,
                              courses_for(gaps)))
    return sorted(needs, key=lambda n: (-len(n.gaps), -n.figures.complaints, n.employee_no))


@dataclass(frozen=True)
class DirectoryRow:
    id: int
    employee_no: str
    name: str
    branch: str
    role: str
    post: str
    hire_date: date | None
    active: bool


def directory(branch_id: int | None = None, include_inactive: bool = False
              ) -> list[DirectoryRow]:
    """The staff directory (same people as sign-in; command-line actors left out)."""
    from helpdesk_gui.domain.hall import Branch

    query = (Staff.select(Staff, Branch).join(Branch)
             .where(~Staff.employee_no.startswith("os:"), ~Staff.employee_no.startswith("token:"))
             .order_by(Staff.employee_no))
    if branch_id is not None:
        query = query.where(Staff.branch == branch_id)
    if not include_inactive:
        query = query.where(Staff.active)
    return [DirectoryRow(s.id, s.employee_no, s.name, s.branch.name, s.role, s.post,
                         s.hire_date, s.active) for s in query]
