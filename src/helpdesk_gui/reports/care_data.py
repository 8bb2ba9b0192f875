"""The customer-care and quality-cycle figures of a month (SERVICE_STANDARD §4, §7, §8, §10).

Each figure is computed from the month's own rows (errors by service time, reviews and
call-backs by their list month, VIP tickets by received time), so a closed month's values
can be stored in a snapshot and the quarterly report can add its months up.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from peewee import fn

from helpdesk_gui.domain.quality.models import ServiceError
from helpdesk_gui.domain.tickets.models import Customer, Ticket
from helpdesk_gui.reports.masking import mask_text
from helpdesk_gui.services.customers import callbacks
from helpdesk_gui.services.quality import improvement_cycle, kpi, reviews, service_errors
from helpdesk_gui.services.surveys import sms

LIST_LIMIT = 40


def errors(period: kpi.Period, branch_id: int | None, received: int) -> dict:
    """The register's month: count, rate, by kind, and the entries (free text masked)."""
    scope = kpi.Scope(branch_id)
    base = ServiceError.select().where(ServiceError.occurred_at >= period.start,
                                       ServiceError.occurred_at < period.end)
    if branch_id is not None:
        base = base.where(ServiceError.branch == branch_id)
    by_kind = dict(base.select(ServiceError.kind, fn.COUNT(ServiceError.id))
                   .group_by(ServiceError.kind).tuples())
    rows = service_errors.rows(period, branch_id)[:LIST_LIMIT]
    return {"count": service_errors.count(period, scope), "received": received,
            "rate": service_errors.service_error_rate(period, scope, received),
            "by_kind": {k: int(v) for k, v in sorted(by_kind.items())},
            "entries": [{"occurred_at": r.occurred_at.isoformat(sep=" "), "kind": r.kind,
                         "found_by": r.found_by, "ticket_no": r.ticket_no,
                         "description": mask_text(r.description),
                         "corrective_action": mask_text(r.corrective_action)} for r in rows]}


def vip(period: kpi.Period, branch_id: int | None) -> dict:
    """VIP customers now, and the month's tickets from VIP customers. The bare column is
    the condition of the partial VIP indexes (``db.partial``), so the planner uses them."""
    tickets = Ticket.select().where(Ticket.created_at >= period.start,
                                    Ticket.created_at < period.end, Ticket.vip)
    customers = Customer.select().where(Customer.is_vip)
    if branch_id is not None:
        tickets = kpi.Scope(branch_id).where(tickets, drive=False)  # not (branch, created_at)
        customers = customers.where(Customer.branch == branch_id)
    return {"vip_customers": customers.count(), "vip_tickets": tickets.count()}


def call_backs(month: str, branch_id: int | None) -> dict:
    """The month's call-back list: completion and the lines (masked)."""
    rows = callbacks.rows(month, branch_id)
    return {**callbacks.completion(month, branch_id),
            "rows": [{"customer": r.customer_name, "phone": r.phone,
                      "last_interaction": r.last_interaction_at.date().isoformat()
                      if r.last_interaction_at else "", "outcome": r.outcome,
                      "ticket_no": r.ticket_no} for r in rows[:LIST_LIMIT]]}


def improvement_actions(month: str, tz: str) -> list[dict]:
    """Last month's survey improvement actions (and older open ones) with their status."""
    today = datetime.now(UTC).astimezone(ZoneInfo(tz)).date()
    return [{"month": a.month, "dimension": a.dimension, "name_zh": a.name_zh,
             "title": a.title, "department": a.department, "owner": a.owner,
             "due_date": a.due_date, "status": a.status, "overdue": a.overdue}
            for a in improvement_cycle.for_report(month, today)]


def monthly(period: kpi.Period, branch_id: int | None, report: dict) -> dict:
    """The keys this module adds to the monthly report."""
    month = report["month"]
    return {"service_errors": errors(period, branch_id, report["received"]),
            "reviews": reviews.completion(month, branch_id),
            "callbacks": call_backs(month, branch_id),
            "vip": vip(period, branch_id),
            "sms": sms.delivery(period),
            "improvement_actions": improvement_actions(month, report["timezone"])}
