"""Repeat complaints (SERVICE_STANDARD §5): the same customer on the same matter again.

The customer is recognised by phone, account number (户号) or customer record; "the
same matter" is the same category or a matter text that contains the other (after
removing spaces and punctuation). Only complaints within the configurable window
(default 90 days) count. Hits are linked (``ComplaintRepeat``), never merged: each
complaint keeps its own process, the link lets the handler read the earlier one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.complaints.models import Complaint, ComplaintRepeat
from helpdesk_gui.domain.complaints.models import ComplaintSetting as settings
from helpdesk_gui.domain.tickets.models import Ticket


@dataclass(frozen=True)
class RepeatHit:
    """An earlier complaint by the same customer, shown as a flag with a link."""

    complaint_id: int
    ticket_id: int
    ticket_no: str
    received_at: datetime
    matter: str
    category: str | None
    stage: str
    # "matter", "category", "customer" (intake: category not known yet) or "intake" (the
    # clerk confirmed at intake that an earlier complaint of the customer is this matter)
    basis: str



def _norm(text: str) -> str:
    return "".join(ch for ch in (text or "").lower() if ch.isalnum())


def same_matter(a: str, b: str) -> bool:
    """Two matters are the same when one (normalised) contains the other."""
    x, y = _norm(a), _norm(b)
    return bool(x and y) and (x in y or y in x)


def repeats_for(phone: str | None, account_no: str | None, category: str | None = None, *,
                matter: str | None = None, customer_id: int | None = None,
                exclude_id: int | None = None, now: datetime | None = None) -> list[RepeatHit]:
    """Earlier complaints by this customer within the repeat window, newest first.

    Without ``category`` and ``matter`` (at intake, before classification) every complaint
    of the customer in the window is returned with basis "customer"; otherwise only those
    on the same matter or in the same category.
    """
    who = []
    if phone:
        who.append(Complaint.phone == phone)
    if account_no:
        who.append(Complaint.account_no == account_no)
    if customer_id:
        who.append(Complaint.customer == customer_id)
    if not who:
        return []
    since = (now or utcnow()) - timedelta(days=settings.get_int("repeat_window_days"))
    cond = who[0]
    for extra in who[1:]:
        cond = cond | extra
    query = (Complaint.select(Complaint, Ticket.ticket_no).join(Ticket)
             .where(cond, Complaint.received_at >= since)
             .order_by(Complaint.received_at.desc(), Complaint.id.desc()))
    if exclude_id is not None:
        query = query.where(Complaint.id != exclude_id)
    hits = []
    for c in query:
        basis = _basis(c, category, matter)
        if basis:
            hits.append(RepeatHit(c.id, c.ticket_id, c.ticket.ticket_no, c.received_at,
                                  c.matter, c.category, c.stage, basis))
    return hits


def _basis(earlier: Complaint, category: str | None, matter: str | None) -> str:
    if category is None and matter is None:
        return "customer"
    if matter and same_matter(earlier.matter, matter):
        return "matter"
    if category and earlier.category == category:
        return "category"
    return ""


def link_repeats(complaint: Complaint, confirmed: Iterable[int] = ()) -> list[RepeatHit]:
    """Link this complaint to earlier ones on the same matter or category.

    ``confirmed``: earlier complaints the clerk flagged at intake as the same matter
    (basis "intake"); only this customer's complaints within the window are taken.
    """
    def earlier(category: str | None = None, matter: str | None = None) -> list[RepeatHit]:
        return repeats_for(complaint.phone, complaint.account_no, category, matter=matter,
                           customer_id=complaint.customer_id, exclude_id=complaint.id,
                           now=complaint.received_at)

    hits = earlier(complaint.category, complaint.matter)
    wanted = set(confirmed) - {h.complaint_id for h in hits}
    if wanted:  # every complaint of the customer in the window, as the intake flag showed
        hits += [dataclasses.replace(h, basis="intake") for h in earlier()
                 if h.complaint_id in wanted]
    hits = [h for h in hits if h.received_at <= complaint.received_at]
    for hit in hits:
        (ComplaintRepeat.insert(complaint=complaint, earlier=hit.complaint_id, basis=hit.basis)
         .on_conflict_ignore().execute())
    complaint.repeat_count = ComplaintRepeat.select().where(
        ComplaintRepeat.complaint == complaint).count()
    return hits


def linked_repeats(complaint_id: int) -> list[RepeatHit]:
    """The earlier complaints this one was linked to."""
    rows = (ComplaintRepeat.select(ComplaintRepeat, Complaint, Ticket.ticket_no)
            .join(Complaint, on=(ComplaintRepeat.earlier == Complaint.id))
            .join(Ticket).where(ComplaintRepeat.complaint == complaint_id)
            .order_by(Complaint.received_at.desc()))
    return [RepeatHit(r.earlier.id, r.earlier.ticket_id, r.earlier.ticket.ticket_no,
                      r.earlier.received_at, r.earlier.matter, r.earlier.category,
                      r.earlier.stage, r.basis) for r in rows]
