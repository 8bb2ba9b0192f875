"""The list pages' exports: the ticket list with its current filter, improvement actions
and the call-back list — masked, permission-checked and audited like the command line's
exports (``services.ledger.exports.export_rows`` writes and audits them).

Rows are built here, off the GUI thread, in the hall's words (Chinese headers and names)
and in the branch's time zone. The ticket export takes at most ``MAX_ROWS`` rows, so a
filter that matches a million tickets gives a clear message instead of a frozen PC.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

import peewee as pw

from helpdesk_gui.domain import vocabulary as v
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets.models import Customer, Ticket
from helpdesk_gui.services.ledger.exports import export_rows
from helpdesk_gui.services.security import permissions, privacy
from helpdesk_gui.services.tickets import query as tq
from helpdesk_gui.services.tickets.receipts import local

MAX_ROWS = 100_000
TICKET_HEADERS = ("工单编号", "受理时间", "状态", "类型", "紧急程度", "渠道", "客户",
                  "联系电话", "标题", "客户诉求", "处理人", "响应时限", "办结时限", "服务时限状态",
                  "办结时间")


def _zh(table, code) -> str:
    return table[code][1] if code in table else str(code or "")


def ticket_rows(f: tq.TicketFilter) -> list[tuple]:
    """Every ticket the filter matches, newest first, personal data masked."""
    assignee = Staff.alias()
    query = (Ticket.select(Ticket.ticket_no, Ticket.created_at, Ticket.status, Ticket.type,
                           Ticket.level, Ticket.channel, Ticket.customer_name, Customer.phone,
                           Ticket.subject, Ticket.request, assignee.name, Ticket.response_due,
                           Ticket.resolve_due, Ticket.sla_state, Ticket.closed_at)
             .join(Customer, pw.JOIN.LEFT_OUTER, on=(Ticket.customer == Customer.id))
             .switch(Ticket)
             .join(assignee, pw.JOIN.LEFT_OUTER, on=(Ticket.assignee == assignee.id))
             .order_by(Ticket.created_at.desc(), Ticket.id.desc()))
    conds = tq.conditions(f)
    if conds:
        query = query.where(*conds)
    rows = list(query.limit(MAX_ROWS + 1).tuples())
    if len(rows) > MAX_ROWS:
        raise ValidationError({"filter": f"more than {MAX_ROWS} tickets match; narrow the "
                                         "filter (dates, status) and export again"})
    tz = f.tz
    return [(no, local(created, tz), _zh(v.STATUSES, status), _zh(v.TICKET_TYPES, kind),
             _zh(v.LEVELS, level), _zh(v.CHANNELS, channel), privacy.mask_name(name) or "",
             privacy.mask_phone(phone) or "", privacy.mask_text(subject),
             privacy.mask_text(request), handler or "", local(response_due, tz),
             local(resolve_due, tz), sla_state, local(closed, tz))
            for (no, created, status, kind, level, channel, name, phone, subject, request,
                 handler, response_due, resolve_due, sla_state, closed) in rows]


def export_tickets(actor: Staff, f: tq.TicketFilter, path: str | Path) -> int:
    """The ticket list as the page shows it (its filter), to CSV or Excel."""
    permissions.require(actor, "export.run", "export", "tickets")
    rows = ticket_rows(f)
    filter_detail = {k: value for k, value in asdict(f).items() if value not in ((), None, "")}
    return export_rows(actor, "tickets", path, TICKET_HEADERS, rows, "工单",
                       {"filter": filter_detail})


def export_table(actor: Staff, kind: str, path: str | Path, headers: list[str],
                 rows: list[list], title: str) -> int:
    """A list page's visible table (already masked on screen) to CSV or Excel."""
    permissions.require(actor, "export.run", "export", kind)
    return export_rows(actor, kind, path, headers, rows, title)
