"""What a ledger row needs beyond its ticket: the handler's name and the case records.

Kept apart from the importer's reading and checking so each stays small:

* a handler the staff directory does not know (a ledger from before the software, a
  person who has left) is kept as a *name* in the ticket's history instead of refusing the
  file; the import summary lists those names;
* complaint and suggestion tickets get their complaint or suggestion record as intake
  gives them (§5–§6). A complaint the ledger shows as closed is recorded as closed (结案)
  at the ledger's closing time, so no acknowledgement alarm is raised for an old case.
"""

from __future__ import annotations

from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.tickets.records import log_event

LEDGER_NOTE = "台账导入"


def unknown_handler(values: dict) -> str:
    """The handler named in the row when the staff directory does not know them."""
    return values.get("handler_name") or ""


def add_records(ticket: Ticket, values: dict, actor: Staff) -> None:
    """The handler's name and the complaint/suggestion record of one imported ticket
    (inside the import's transaction)."""
    name = unknown_handler(values)
    if name:
        log_event(ticket, actor, "note", ticket.status, ticket.status,
                  note=f"{LEDGER_NOTE}：处理人 {name}（不在员工名册）",
                  data={"ledger_handler": name}, now=ticket.created_at)
    if ticket.type == "complaint":
        _complaint(ticket, actor)
    elif ticket.type == "suggestion":
        _suggestion(ticket, actor)


def _complaint(ticket: Ticket, actor: Staff) -> None:
    from helpdesk_gui.domain.complaints.models import Complaint, ComplaintStep
    from helpdesk_gui.services.complaints import process as complaints

    opened = complaints.open_for_ticket(ticket.id, actor, now=ticket.created_at)
    if ticket.closed_at is None:
        return
    complaint = Complaint.get_by_id(opened.complaint_id)
    done = ticket.closed_at
    complaint.acknowledged_at = ticket.first_response_at or done
    complaint.stage, complaint.stage_at, complaint.closed_at = "closed", done, done
    complaint.save()
    ComplaintStep.create(complaint=complaint, action="close", from_stage="received",
                         to_stage="closed", at=done, actor=actor, note=LEDGER_NOTE)


def _suggestion(ticket: Ticket, actor: Staff) -> None:
    from helpdesk_gui.domain.suggestions.models import Suggestion
    from helpdesk_gui.services.suggestions import process as suggestions

    suggestions.open_for_ticket(ticket.id, actor)
    done = ticket.closed_at or ticket.resolved_at
    if done is not None:  # the hall answered it long ago: no acknowledgement alarm
        Suggestion.update(acknowledged_at=ticket.first_response_at or done).where(
            Suggestion.ticket == ticket.id).execute()
