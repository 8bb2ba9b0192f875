"""Exporting tickets, complaints and suggestions to CSV or Excel, personal data masked.

Headers and code values are in Chinese (the hall's own words, from the vocabulary
tables) because the files go to supervisors and headquarters as they are. Names and
phone numbers are masked (张*, 138****1234) unless the caller's role needs them
(SERVICE_STANDARD §12); the masking comes from ``services.security.privacy`` when that module
exists, else from the small fallbacks here. CSV is written as UTF-8 with a BOM so
Excel on a Chinese Windows opens it without garbling.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import peewee as pw

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.db.times import from_epoch, to_epoch
from helpdesk_gui.domain.complaints import models as cm
from helpdesk_gui.domain.complaints.models import Complaint, RootCause
from helpdesk_gui.domain.errors import ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.suggestions import models as sm
from helpdesk_gui.domain.suggestions.models import ImprovementAction, Suggestion
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.domain.vocabulary import CHANNELS
from helpdesk_gui.services.complaints.analysis import DEFAULT_TZ, utc_range
from helpdesk_gui.services.security.cells import (
    csv_row,
    is_formula_like,
    private_file,
    xlsx_cell,
)
from helpdesk_gui.services.security.privacy import (
    mask_account,
    mask_name,
    mask_phone,
    mask_text,
)

KINDS = ("tickets", "complaints", "suggestions")
FORMATS = ("csv", "xlsx")



def _zh(table, code) -> str:
    return table[code][1] if code in table else (str(code) if code is not None else "")


def localizer(tz: str) -> Callable[[datetime | None], str]:
    """``_local`` for many instants: the zone's offset is looked up once per hour of UTC
    and the text built directly (``astimezone`` and ``strftime`` per value cost more than
    the query for a month of tickets). A ticket time as SQLite returns it (whole seconds,
    ``db.times``) stays an integer: its local day's text is made once per day."""
    zone, offsets, days = ZoneInfo(tz), {}, {}

    def ahead(hour: int) -> int:  # the zone's offset in seconds, in hour ``hour`` of UTC
        offset = offsets.get(hour)
        if offset is None:
            moment = from_epoch(hour * 3600).replace(tzinfo=UTC)
            offset = offsets[hour] = int(moment.astimezone(zone).utcoffset().total_seconds())
        return offset

    def local(instant: datetime | int | str | None) -> str:
        if instant is None:
            return ""
        if isinstance(instant, int):
            day, second = divmod(instant + ahead(instant // 3600), 86400)
            text = days.get(day)
            if text is None:
                text = days[day] = from_epoch(day * 86400).strftime("%Y-%m-%d ")
            return f"{text}{second // 3600:02d}:{second % 3600 // 60:02d}"
        if isinstance(instant, str):  # an older text time, unconverted
            instant = datetime.fromisoformat(instant)
        hour = (instant.year, instant.month, instant.day, instant.hour)
        offset = offsets.get(hour)
        if offset is None:
            offset = offsets[hour] = timedelta(seconds=ahead(to_epoch(instant) // 3600))
        d = instant + offset
        return f"{d.year:04d}-{d.month:02d}-{d.day:02d} {d.hour:02d}:{d.minute:02d}"
    return local


def _local(instant: datetime | None, tz: str) -> str:
    if instant is None:
        return ""
    return instant.replace(tzinfo=UTC).astimezone(ZoneInfo(tz)).strftime("%Y-%m-%d %H:%M")


COMPLAINT_HEADERS = ("工单编号", "受理时间", "渠道", "投诉人", "联系电话", "户号", "投诉事项",
                     "客户诉求", "重大投诉", "分类", "当前阶段", "处理人", "根本原因",
                     "纠正措施", "解决方案", "反馈方式", "满意度", "确认时限", "方案时限",
                     "结案时间", "重开次数", "重复投诉次数")

SUGGESTION_HEADERS = ("编号", "受理时间", "渠道", "客户", "联系电话", "建议标题", "建议内容",
                      "状态", "重要性", "可行性", "优先级", "处理理由", "改进措施数",
                      "回复方式", "满意度", "回复时间")


def complaint_rows(date_from: date | None, date_to: date | None, *, mask: bool = True,
                   tz: str = DEFAULT_TZ, branch_id: int | None = None) -> Iterable[tuple]:
    """Complaints received between two local dates, oldest first, as export rows."""
    start, end = utc_range(date_from, date_to, tz)
    query = (Complaint.select(Complaint, Ticket, Staff, RootCause)
             .join(Ticket).switch(Complaint).join(Staff, pw.JOIN.LEFT_OUTER)
             .switch(Complaint).join(RootCause, pw.JOIN.LEFT_OUTER)
             .order_by(Complaint.received_at, Complaint.id))
    if start:
        query = query.where(Complaint.received_at >= start)
    if end:
        query = query.where(Complaint.received_at < end)
    if branch_id is not None:
        query = query.where(Ticket.branch == branch_id)  # the complaint's ticket
    name, phone, account = _maskers(mask)
    for c in query:
        text = _free_text(mask, c.complainant, c.phone)
        yield (c.ticket.ticket_no, _local(c.received_at, tz), _zh(CHANNELS, c.channel),
               name(c.complainant), phone(c.phone), account(c.account_no), text(c.matter),
               text(c.remedy),
               "是" if c.major else "否", _zh(cm.COMPLAINT_CATEGORIES, c.category),
               _zh(cm.COMPLAINT_STAGES, c.stage), c.assignee.name if c.assignee else "",
               c.root_cause.name_zh if c.root_cause else "", text(c.corrective_action),
               text(c.solution), _zh(cm.FEEDBACK_METHODS, c.feedback_method),
               c.satisfaction or "", _local(c.ack_due, tz), _local(c.solution_due, tz),
               _local(c.closed_at, tz), c.reopen_count, c.repeat_count)


def suggestion_rows(date_from: date | None, date_to: date | None, *, mask: bool = True,
                    tz: str = DEFAULT_TZ, branch_id: int | None = None) -> Iterable[tuple]:
    """Suggestions received between two local dates, oldest first, as export rows."""
    start, end = utc_range(date_from, date_to, tz)
    actions = (ImprovementAction.select(pw.fn.COUNT(ImprovementAction.id))
               .where(ImprovementAction.suggestion == Suggestion.id))
    query = (Suggestion.select(Suggestion, actions.alias("n_actions"))
             .order_by(Suggestion.received_at, Suggestion.id))
    if start:
        query = query.where(Suggestion.received_at >= start)
    if end:
        query = query.where(Suggestion.received_at < end)
    if branch_id is not None:
        query = query.where(Suggestion.received_by.in_(  # the branch of who received it
            Staff.select(Staff.id).where(Staff.branch == branch_id)))
    name, phone, _ = _maskers(mask)
    for s in query:
        text = _free_text(mask, s.customer_name, s.phone)
        yield (f"S{s.id:06d}", _local(s.received_at, tz), _zh(sm.SUGGESTION_CHANNELS, s.channel),
               name(s.customer_name), phone(s.phone), text(s.title), text(s.content),
               _zh(sm.SUGGESTION_STATUSES, s.status), s.importance or "", s.feasibility or "",
               s.priority or "", text(s.decision_reason), s.n_actions,
               _zh(cm.FEEDBACK_METHODS, s.result_method), s.satisfaction or "",
               _local(s.informed_at, tz))


def _free_text(mask: bool, person: str | None, phone: str | None) -> Callable[[str], str]:
    """Free text with the customer's own name and phone, and any mobile or ID number in
    it, masked with the same masks as the name and phone columns."""
    if not mask:
        return lambda value: value or ""
    known = [(v, masker(v)) for v, masker in ((person, mask_name), (phone, mask_phone))
             if v and len(v) >= 2]

    def masked(value: str | None) -> str:
        out = value or ""
        for clear, hidden in known:
            out = out.replace(clear, hidden or "")
        return mask_text(out)
    return masked


TICKET_HEADERS = ("工单编号", "受理时间", "渠道", "类型", "等级", "客户姓名", "联系电话", "户号",
                  "主题", "问题描述", "状态", "首次响应时间", "解决时间", "关闭时间", "沟通次数",
                  "处理人")  # the ledger's own column names: the file imports back


def ticket_rows(date_from: date | None, date_to: date | None, *, mask: bool = True,
                tz: str = DEFAULT_TZ, branch_id: int | None = None) -> Iterable[tuple]:
    """Tickets received between two local dates, oldest first, as ledger rows.

    Rows come as the driver's tuples in one pass over the ``created_at`` index (a month
    is ~80,000 tickets: model objects would cost more than the query)."""
    from helpdesk_gui.domain.tickets.models import Customer
    from helpdesk_gui.domain.vocabulary import LEVELS, STATUSES, TICKET_TYPES

    start, end = utc_range(date_from, date_to, tz)
    query = (Ticket.select(Ticket.ticket_no, Ticket.created_at, Ticket.channel, Ticket.type,
                           Ticket.level, Ticket.customer_name, Customer.phone,
                           Customer.account_no, Ticket.subject, Ticket.description,
                           Ticket.status, Ticket.first_response_at, Ticket.resolved_at,
                           Ticket.closed_at, Ticket.contacts, Staff.employee_no)
             .join(Customer, pw.JOIN.LEFT_OUTER).switch(Ticket)
             .join(Staff, pw.JOIN.LEFT_OUTER, on=(Ticket.assignee == Staff.id))
             .order_by(Ticket.created_at, Ticket.id))
    if start:
        query = query.where(Ticket.created_at >= start)
    if end:
        query = query.where(Ticket.created_at < end)
    if branch_id is not None:  # headquarters: one branch's ledger
        query = query.where(Ticket.branch == branch_id)
    name, phone, account = _maskers(mask)
    local = localizer(tz)
    # stored as one-letter codes (``db.codes``): the driver's rows carry the letters
    channel_of, type_of, status_of = (Ticket.channel.python_value, Ticket.type.python_value,
                                      Ticket.status.python_value)
    # the driver's rows as they come: peewee's per-value conversion of four timestamps
    # cost more than the query itself; ``localizer`` reads the text directly
    for (no, created, channel, kind, level, customer, tel, acct, subject, description, status,
         first, resolved, closed, contacts, handler) in database_proxy.obj.execute_sql(
            *query.sql()):
        text = _free_text(mask, customer, tel)  # the customer's name and phone in the text
        yield (no, local(created), _zh(CHANNELS, channel_of(channel)),
               _zh(TICKET_TYPES, type_of(kind)), _zh(LEVELS, level), name(customer),
               phone(tel), account(acct), text(subject), text(description),
               _zh(STATUSES, status_of(status)), local(first), local(resolved),
               local(closed), contacts, handler or "")


def _maskers(mask: bool) -> tuple[Callable, Callable, Callable]:
    if mask:
        return mask_name, mask_phone, mask_account
    plain = lambda value: value or ""  # noqa: E731
    return plain, plain, plain


def export(kind: str, path: str | Path, *, date_from: date | None = None,
           date_to: date | None = None, fmt: str | None = None, mask: bool = True,
           tz: str = DEFAULT_TZ, actor=None, branch_id: int | None = None) -> int:
    """Write the export file; returns the number of data rows.

    With ``actor`` the export is permission-checked (``export.run``) and audited.
    ``branch_id`` keeps to one branch's records (headquarters holds every branch's).
    """
    if actor is not None:
        from helpdesk_gui.services.security import permissions

        permissions.require(actor, "export.run", "export", kind)
    if kind not in KINDS:
        raise ValidationError({"kind": f"one of: {', '.join(KINDS)}"})
    path = Path(path)
    fmt = fmt or path.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise ValidationError({"format": "csv or xlsx"})
    if date_from and date_to and date_to < date_from:
        raise ValidationError({"to": "the end date is before the start date"})
    headers, make, title = {"tickets": (TICKET_HEADERS, ticket_rows, "工单"),
                            "complaints": (COMPLAINT_HEADERS, complaint_rows, "投诉"),
                            "suggestions": (SUGGESTION_HEADERS, suggestion_rows, "建议")}[kind]
    rows = list(make(date_from, date_to, mask=mask, tz=tz, branch_id=branch_id))
    (_write_csv if fmt == "csv" else _write_xlsx)(path, headers, rows, title)
    if actor is not None:
        _audit_export(actor, kind, path, len(rows), mask, branch_id)
    return len(rows)


def _audit_export(actor, kind: str, path: Path, count: int, masked: bool,
                  branch_id: int | None = None) -> None:
    from helpdesk_gui.db.connect import database_proxy
    from helpdesk_gui.services.security import audit

    with database_proxy.obj.atomic():
        audit.record(actor, f"export.{kind}", "export", path.name,
                     {"rows": count, "masked": masked, "branch": branch_id})


def _write_csv(path: Path, headers, rows, _title: str) -> None:
    private_file(path)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        writer.writerows(map(csv_row, rows))


def _write_xlsx(path: Path, headers, rows, title: str) -> None:
    """A streamed (write-only) workbook: a month of tickets is over a million cells, and an
    ordinary sheet looked up its last row once a row — minutes, growing with the square
    of the rows. Widths and the frozen header are set before the first row, as streaming
    requires."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title)
    sheet.freeze_panes = "A2"
    for index, header in enumerate(headers, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(10, len(header) * 2 + 4)
    sheet.append([xlsx_cell(sheet, header, Font(bold=True)) for header in headers])
    for row in rows:
        sheet.append([xlsx_cell(sheet, value) if is_formula_like(value) else value
                      for value in row])
    private_file(path)
    book.save(path)


def export_rows(actor, kind: str, path: str | Path, headers, rows: list, title: str,
                detail: dict | None = None) -> int:
    """Write any list page's rows (already masked) with the same check, writers and audit
    as the complaint and suggestion exports; ``kind`` names it in the audit trail."""
    from helpdesk_gui.services.security import permissions

    permissions.require(actor, "export.run", "export", kind)
    path = Path(path)
    fmt = path.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise ValidationError({"format": "csv or xlsx"})
    (_write_csv if fmt == "csv" else _write_xlsx)(path, headers, rows, title)
    _audit_export(actor, kind, path, len(rows), True)
    if detail:
        from helpdesk_gui.db.connect import database_proxy
        from helpdesk_gui.services.security import audit

        with database_proxy.obj.atomic():
            audit.record(actor, f"export.{kind}.filter", "export", path.name, detail)
    return len(rows)
