"""Report sections fed by other modules: complaints, suggestions, training.

Each returns ``None`` when its module's tables are not in the database (an older
installation, or the module not installed), and the report then prints "not recorded"
instead of zeros that would look like a perfect month. All counts are SQL aggregates.
"""

from __future__ import annotations

from datetime import date, timedelta

from peewee import fn

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.quality.kpi import Period

LIST_LIMIT = 15


def _has(*tables: str) -> bool:
    database = database_proxy.obj
    return all(database.table_exists(name) for name in tables)


def complaints(period: Period, branch_id: int | None) -> dict | None:
    """Complaints received in the period by category, current stage and root cause."""
    if not _has("complaint", "root_cause"):
        return None
    from helpdesk_gui.domain.complaints.models import Complaint, RootCause

    base = Complaint.select().join(Ticket).where(
        Complaint.received_at >= period.start, Complaint.received_at < period.end)
    if branch_id is not None:
        base = base.where(Ticket.branch == branch_id)

    def grouped(field):
        return {str(k or "unclassified"): n for k, n in
                base.select(field, fn.COUNT(Complaint.id)).group_by(field).tuples()}
    causes = (base.select(RootCause.name_zh, fn.COUNT(Complaint.id))
              .switch(Complaint).join(RootCause).group_by(RootCause.name_zh)
              .order_by(fn.COUNT(Complaint.id).desc()).tuples())
    return {"received": base.count(),
            "major": base.where(Complaint.major == True).count(),  # noqa: E712
            "by_category": grouped(Complaint.category), "by_stage": grouped(Complaint.stage),
            "by_root_cause": dict(causes)}


def suggestions(period: Period, branch_id: int | None) -> dict | None:
    """Suggestions received and adopted in the period, with their improvement actions."""
    if not _has("suggestion", "improvement_action"):
        return None
    from helpdesk_gui.domain.suggestions.models import ImprovementAction, Suggestion

    def scoped(query):  # a suggestion belongs to the branch of the staff who received it
        if branch_id is None:
            return query
        return query.where(Suggestion.received_by.in_(
            Staff.select(Staff.id).where(Staff.branch == branch_id)))
    received = scoped(Suggestion.select().where(
        Suggestion.received_at >= period.start, Suggestion.received_at < period.end)).count()
    adopted = scoped(Suggestion.select(Suggestion.id, Suggestion.title).where(
        Suggestion.status.in_(("adopted", "informed")), Suggestion.decided_at >= period.start,
        Suggestion.decided_at < period.end).order_by(Suggestion.decided_at))
    rows = []
    for sid, title in adopted.limit(LIST_LIMIT).tuples():
        actions = [{"title": t, "status": s, "due_date": str(d)} for t, s, d in
                   ImprovementAction.select(ImprovementAction.title, ImprovementAction.status,
                                            ImprovementAction.due_date)
                   .where(ImprovementAction.suggestion == sid).tuples()]
        rows.append({"title": title, "actions": actions})
    return {"received": received, "adopted": adopted.count(), "adopted_list": rows}


def training(period: Period, branch_id: int | None) -> dict | None:
    """Training sessions held in the period, attendance and assessments passed."""
    if not _has("training_session", "attendance", "course"):
        return None
    from helpdesk_gui.domain.training.models import (
        ATTENDED,
        Assessment,
        Attendance,
        Course,
        TrainingSession,
    )

    year, month = (int(x) for x in period.label.split("-"))
    first = date(year, month, 1)  # local dates of the month
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    sessions = TrainingSession.select().where(
        TrainingSession.held_on >= first, TrainingSession.held_on <= last,
        TrainingSession.cancelled == False)  # noqa: E712
    if branch_id is not None:
        sessions = sessions.where(TrainingSession.branch == branch_id)
    held = [{"date": str(d), "course": title} for d, title in sessions.select(
        TrainingSession.held_on, Course.title).join(Course)
        .order_by(TrainingSession.held_on).limit(LIST_LIMIT).tuples()]
    attended = Attendance.select().where(Attendance.session.in_(
        sessions.select(TrainingSession.id)), Attendance.status.in_(ATTENDED)).count()
    passed = Assessment.select().where(Assessment.assessed_on >= first,
                                       Assessment.assessed_on <= last,
                                       Assessment.passed == True)  # noqa: E712
    if branch_id is not None:  # the branch's own staff, as the training page counts them
        passed = passed.where(Assessment.staff.in_(
            Staff.select(Staff.id).where(Staff.branch == branch_id)))
    passed = passed.count()
    return {"sessions": sessions.count(), "attended": attended, "assessments_passed": passed,
            "sessions_list": held}
