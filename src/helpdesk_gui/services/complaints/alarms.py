"""Complaint deadlines on the SLA alarm machinery (SERVICE_STANDARD §5).

Acknowledge within 2 hours, a solution within 5 working days: each complaint that is
within an hour of such a deadline (at risk) or past it (breached) raises an ``SlaAlarm``
on its ticket with target ``cmp_ack`` or ``cmp_solution``. So the same rules apply as for
ticket deadlines: once per complaint, target and kind (a restart repeats nothing), to the
handler — breaches also to the branch's supervisors — and outside working hours deferred
to the next opening unless the ticket is level 1.
"""

from __future__ import annotations

from datetime import datetime

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.complaints.models import Complaint
from helpdesk_gui.domain.sla.models import Notification, SlaAlarm
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.complaints import query as complaints_query
from helpdesk_gui.services.sla import alarms as sla_alarms

TARGETS = {"acknowledge": "cmp_ack", "solution": "cmp_solution"}


def scan(now: datetime | None = None) -> list[sla_alarms.Alarm]:
    """Raise the complaint-deadline alarms that are new since the last scan."""
    now = now or utcnow()
    found = [a for a in complaints_query.alarms(now) if a.kind in TARGETS]
    if not found:
        return []
    raised = []
    with database_proxy.obj.atomic():
        for item in found:
            alarm = _raise(item, now)
            if alarm is not None:
                raised.append(alarm)
    return raised


def _raise(item: complaints_query.Alarm, now: datetime) -> sla_alarms.Alarm | None:
    target, kind = TARGETS[item.kind], "breached" if item.breached else "at_risk"
    ticket = Ticket.select().join(Complaint, on=(Complaint.ticket == Ticket.id)).where(
        Complaint.id == item.complaint_id).get()
    if SlaAlarm.select().where(SlaAlarm.ticket == ticket.id, SlaAlarm.target == target,
                               SlaAlarm.kind == kind).exists():
        return None
    alarm = SlaAlarm.create(ticket=ticket.id, target=target, kind=kind, cycle=0,
                            due=item.due, raised_at=now)
    now_ids, later_ids = [], []
    for person in sla_alarms.recipients(ticket, target, kind):
        at = sla_alarms.deliver_at(person, ticket.level, now)
        Notification.create(recipient=person.id, alarm=alarm.id, ticket=ticket.id,
                            target=target, kind=kind, created_at=now, deliver_at=at,
                            delivered=at <= now)
        (now_ids if at <= now else later_ids).append(person.id)
    return sla_alarms.Alarm(alarm.id, ticket.id, ticket.ticket_no, ticket.level, target, kind,
                            item.due, tuple(now_ids), tuple(later_ids))
