"""The satisfaction improvement list as tracked actions (满意度改进清单, SERVICE_STANDARD §7).

A dimension whose monthly average falls below its target (7/10 by default, setting
``kpi_targets.dimension_average``) becomes an improvement action on the hall's shared list
(``ImprovementAction``, source "survey"): the responsible department (setting
``departments``: the list of departments and which one answers for each dimension), an
owner, and a due date (the end of the following month). It is followed like every other
action (open → in progress → done with its effect) and shown with its status in the next
month's report. Opening is idempotent per month and dimension (``source_ref`` =
``YYYY-MM:dimension``), so the monthly job may run twice.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.errors import NotFound, ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.suggestions.models import IMPROVEMENT_OPEN, ImprovementAction
from helpdesk_gui.domain.surveys.models import DIMENSIONS
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.quality import kpi, settings, targets
from helpdesk_gui.services.security import audit, permissions


@dataclass(frozen=True)
class ActionStatus:
    """One survey action as the report shows it."""

    id: int
    month: str
    dimension: str
    name_zh: str
    title: str
    department: str
    owner: str
    due_date: str
    status: str
    overdue: bool
    effect_notes: str


def due_date(month: str) -> date:
    """The end of the month after ``month``."""
    year, mon = (int(x) for x in kpi.shift_month(month, 1).split("-"))
    return date(year, mon, calendar.monthrange(year, mon)[1])


def department_for(dimension: str) -> str:
    return settings.current("departments")["by_dimension"].get(dimension, "")


def _owner(branch_id: int | None, owner_id: int | None) -> Staff:
    if owner_id is not None:
        owner = Staff.get_or_none(Staff.id == owner_id)
    else:
        query = Staff.select().where(Staff.role == "supervisor", Staff.active == True)  # noqa: E712
        if branch_id is not None:
            query = query.where(Staff.branch == branch_id)
        owner = query.order_by(Staff.employee_no).first()
    if owner is None or not owner.active:
        raise ValidationError({"owner": "no active supervisor to own the improvement actions"})
    return owner


def open_for_month(month: str, branch_id: int | None, actor: Staff,
                   owner_id: int | None = None) -> list[int]:
    """Open an action for each dimension of ``month`` below target; returns new ids."""
    permissions.require(actor, "settings.edit", "improvement", month)
    dims = kpi.month_figures(month, branch_id)["dimensions"]
    target = targets.current()["dimension_average"][1]
    weak = {d: v for d, v in dims.items() if v is not None and v < target}
    created = []
    with database_proxy.obj.atomic():
        for dim, value in weak.items():
            ref = f"{month}:{dim}"
            if ImprovementAction.select().where(ImprovementAction.source == "survey",
                                                ImprovementAction.source_ref == ref).exists():
                continue
            owner = _owner(branch_id, owner_id)
            row = ImprovementAction.create(
                source="survey", source_ref=ref, owner=owner, created_by=actor,
                title=f"{month} {DIMENSIONS[dim][1]}平均分 {value:.2f}，低于目标 {target:g} 分",
                detail="满意度测评维度低于目标，制定并落实改进措施", due_date=due_date(month),
                department=department_for(dim))
            audit.record(actor, "improvement.add", "improvement", row.id,
                         {"source": "survey", "ref": ref, "department": row.department})
            created.append(row.id)
    return created


def set_department(action_id: int, department: str, actor: Staff) -> Changes:
    """Hand an action to another department of the configured list."""
    permissions.require(actor, "settings.edit", "improvement", action_id)
    names = settings.current("departments")["names"]
    if department not in names:
        raise ValidationError({"department": f"{department!r} is not one of: "
                                             + ", ".join(names)})
    with database_proxy.obj.atomic():
        action = ImprovementAction.get_or_none(ImprovementAction.id == action_id)
        if action is None:
            raise NotFound(f"improvement action #{action_id} does not exist")
        action.department = department
        action.save()
        audit.record(actor, "improvement.department", "improvement", action_id,
                     {"department": department})
    return Changes(kinds=frozenset({"improvement", "improvement_status"}))


def for_report(month: str, today: date) -> list[ActionStatus]:
    """Survey actions to show in ``month``'s report: those opened for the month before,
    and any earlier one still open — each with its status today."""
    previous = kpi.shift_month(month, -1)
    query = (ImprovementAction.select(ImprovementAction, Staff.name)
             .join(Staff, on=(ImprovementAction.owner == Staff.id))
             .where(ImprovementAction.source == "survey",
                    ImprovementAction.source_ref.startswith(f"{previous}:")
                    | (ImprovementAction.status.in_(IMPROVEMENT_OPEN)
                       & (ImprovementAction.source_ref < f"{previous}:")))
             .order_by(ImprovementAction.source_ref, ImprovementAction.id))
    out = []
    for a in query:
        ref_month, _, dim = a.source_ref.partition(":")
        out.append(ActionStatus(a.id, ref_month, dim, DIMENSIONS.get(dim, ("", dim))[1],
                                a.title, a.department, a.owner.name, a.due_date.isoformat()
                                if hasattr(a.due_date, "isoformat") else str(a.due_date),
                                a.status, a.status in IMPROVEMENT_OPEN and a.due_date < today,
                                a.effect_notes))
    return out


def open_due(now) -> int:
    """Open last month's actions for every branch (nightly; idempotent per month)."""
    from helpdesk_gui.services.quality.months import branch_months
    from helpdesk_gui.services.security.staff import system_actor

    actor, total = system_actor(), 0
    for branch_id, month in branch_months(now, -1):
        try:
            total += len(open_for_month(month, branch_id, actor))
        except ValidationError:
            continue  # no supervisor yet in this branch
    return total
