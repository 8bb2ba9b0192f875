"""Extending a ticket's resolution time (SERVICE_STANDARD §3 "Extensions").

If resolution will be late, the handler tells the customer in advance — the reason and a
new expected time — and records it. The extension is history (who, why, old and new
time) and is counted on the ticket's clocks: a ticket resolved by the new time is
"met after extension" (``extended``), never "on time".
"""

from __future__ import annotations

from datetime import datetime

from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.sla.models import dt_text
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.tickets.flow import _act


def request_extension(ticket_id: int, actor: Staff, new_due: datetime, reason: str,
                      customer_told: bool, now: datetime | None = None) -> Changes:
    """Set a new resolution deadline (naive UTC) after the customer was told why.

    Refused after the current deadline has passed: an extension is announced in
    advance, it cannot turn a breach into "met". The role check (``ticket.extend``) is
    done by ``ticket_flow._act``.
    """
    reason = validation.text("reason", reason, required=True)
    if not customer_told:
        raise ValidationError({"customer_told": "tell the customer the reason and the new "
                                                "time before recording the extension"})
    now = now or utcnow()
    new_due = new_due.replace(microsecond=0, tzinfo=None)

    def apply(t: Ticket) -> dict:
        old_due = t.resolve_due
        if old_due is not None and now >= old_due:
            raise ValidationError({"new_due": "the resolution deadline has already passed; "
                                              "an extension must be agreed before it"})
        if new_due <= max(now, old_due or now):
            raise ValidationError({"new_due": "the new time must be later than the current "
                                              "deadline"})
        t._sla_event, t._sla_extend_to = "extend", new_due
        return {"old_due": dt_text(old_due), "new_due": dt_text(new_due),
                "customer_told": True}
    return _act(ticket_id, actor, "extend", apply, note=reason, event="extended")
