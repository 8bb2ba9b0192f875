"""Receipts and printed records laid out as rich text for Qt's print support.

Built without Qt (plain HTML of the subset ``QTextDocument`` understands) so it runs in
the background with the data; the screen hands the text to a ``QTextDocument`` and
prints it. Images are referenced by name (``qr.png``) and added by the printer code.
Labels are Chinese or English, like the rest of paper output.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from helpdesk_gui.domain import vocabulary as v
from helpdesk_gui.services.security.privacy import mask_text
from helpdesk_gui.services.tickets.receipts import Receipt, TicketRecord, local, name_of

QR_IMAGE = "qr.png"

_ZH = {
    "title": "受理回执", "ticket_no": "受理编号", "type": "业务类型", "level": "紧急程度",
    "channel": "受理渠道", "customer": "客户", "phone": "联系电话", "account": "户号",
    "asked": "您的诉求", "received": "受理时间", "respond": "响应时限", "resolve": "办结时限",
    "clerk": "受理人工号", "window": "窗口", "survey": "满意度评价码",
    "survey_hint": "办结后请扫码或凭评价码评价我们的服务", "phone_hall": "服务电话",
    "reprint": "补打（第{n}份）", "keep": "请妥善保管本回执，查询进度请提供受理编号。",
    "record": "工单记录", "history": "处理过程", "time": "时间", "by": "处理人",
    "step": "环节", "note": "说明", "printed": "打印：{who}  {at}", "status": "状态",
    "subject": "主题", "description": "描述", "resolution": "处理结果",
    "assignee": "处理人员", "callback": "回访名单", "code": "评价码", "invited": "邀请时间",
    "kind": "类型", "count": "共 {n} 条",
}
_EN = {
    "title": "Receipt", "ticket_no": "Ticket no.", "type": "Type", "level": "Level",
    "channel": "Channel", "customer": "Customer", "phone": "Phone", "account": "Account no.",
    "asked": "You asked for", "received": "Received", "respond": "Respond by",
    "resolve": "Resolve by", "clerk": "Clerk no.", "window": "Window",
    "survey": "Survey code", "survey_hint": "When it is done, rate our service with this code",
    "phone_hall": "Hall phone", "reprint": "Reprint (copy {n})",
    "keep": "Keep this receipt; quote the ticket number to ask about progress.",
    "record": "Ticket record", "history": "History", "time": "Time", "by": "By",
    "step": "Step", "note": "Note", "printed": "Printed by {who} at {at}", "status": "Status",
    "subject": "Subject", "description": "Description", "resolution": "Resolution",
    "assignee": "Handler", "callback": "Call-back list", "code": "Code", "invited": "Invited",
    "kind": "Kind", "count": "{n} rows",
}


def words(chinese: bool) -> dict[str, str]:
    return _ZH if chinese else _EN


def _rows(pairs: Iterable[tuple[str, str]]) -> str:
    return "".join(
        f"<tr><td style='color:#444' width='34%'>{escape(k)}</td><td>{escape(val)}</td></tr>"
        for k, val in pairs if val)


def receipt_html(r: Receipt, chinese: bool = True, narrow: bool = True) -> str:
    """The slip: hall, big ticket number, what was asked, deadlines, clerk, survey QR."""
    w = words(chinese)
    big = 16 if narrow else 26
    reprint = (f"<p align='center' style='color:#a00'>{escape(w['reprint'].format(n=r.copy))}"
               "</p>" if r.copy > 1 else "")
    details = _rows([
        (w["type"], r.type), (w["level"], r.level), (w["channel"], r.channel),
        (w["customer"], r.customer_name), (w["phone"], r.phone), (w["account"], r.account_no),
        (w["received"], r.received_at), (w["respond"], r.respond_by),
        (w["resolve"], r.resolve_by), (w["clerk"], r.clerk_no), (w["window"], r.window)])
    hall_phone = (f"<p align='center'>{escape(w['phone_hall'])}: {escape(r.hall_phone)}</p>"
                  if r.hall_phone else "")
    footer = f"<p align='center'>{escape(r.footer)}</p>" if r.footer else ""
    return f"""<html><body style='font-size:9pt'>
<p align='center' style='font-size:12pt; font-weight:bold'>{escape(r.hall_name)}</p>
<p align='center' style='font-size:11pt'>{escape(w['title'])}</p>{reprint}
<p align='center' style='color:#444'>{escape(w['ticket_no'])}</p>
<p align='center' style='font-size:{big}pt; font-weight:bold'>{escape(r.ticket_no)}</p>
<table width='100%' cellspacing='0' cellpadding='2'>{details}</table>
<p><b>{escape(w['asked'])}</b>: {escape(r.asked_for)}</p>
<p>{escape(r.commitment)}</p>
<p align='center'><img src='{QR_IMAGE}' width='110' height='110'></p>
<p align='center'>{escape(w['survey'])}: <b style='font-size:13pt'>{escape(r.survey_code)}</b>
</p>
<p align='center' style='color:#444'>{escape(w['survey_hint'])}</p>
{hall_phone}<p align='center' style='color:#444'>{escape(w['keep'])}</p>{footer}
</body></html>"""


def ticket_record_html(record: TicketRecord, chinese: bool = True) -> str:
    """The full ticket on A4: fields, customer (masked), history with every note."""
    w, d, tz = words(chinese), record.detail, record.timezone
    customer = d.customer
    fields = _rows([
        (w["status"], name_of(v.STATUSES, d.status, chinese)),
        (w["type"], name_of(v.TICKET_TYPES, d.type, chinese)),
        (w["level"], name_of(v.LEVELS, d.level, chinese)),
        (w["channel"], name_of(v.CHANNELS, d.channel, chinese)),
        (w["customer"], d.customer_name),
        (w["phone"], customer.phone or "" if customer else ""),
        (w["received"], f"{local(d.created_at, tz)}  {d.received_by}"),
        (w["assignee"], d.assignee), (w["respond"], local(d.response_due, tz)),
        (w["resolve"], local(d.resolve_due, tz)), (w["subject"], mask_text(d.subject)),
        (w["description"], mask_text(d.description)), (w["asked"], mask_text(d.request)),
        (w["resolution"], mask_text(d.resolution))])
    history = "".join(
        f"<tr><td>{local(e.at, tz)}</td><td>{escape(e.actor)}</td>"
        f"<td>{escape(name_of(v.EVENT_KINDS, e.kind, chinese))}</td>"
        f"<td>{escape(mask_text(e.note))}</td></tr>" for e in d.history)
    printed = w["printed"].format(who=record.printed_by, at=record.printed_at)
    return f"""<html><body style='font-size:10pt'>
<p style='font-size:14pt; font-weight:bold'>{escape(record.hall_name)} · {escape(w['record'])}
 {escape(d.ticket_no)}</p>
<table width='100%' cellspacing='0' cellpadding='3'>{fields}</table>
<p style='font-size:12pt; font-weight:bold'>{escape(w['history'])}</p>
<table width='100%' border='1' cellspacing='0' cellpadding='3'>
<tr><th>{w['time']}</th><th>{w['by']}</th><th>{w['step']}</th><th>{w['note']}</th></tr>
{history}</table>
<p style='color:#666'>{escape(printed)}</p></body></html>"""


def table_html(title: str, headers: list[str], rows: list[list[str]], footer: str,
               chinese: bool = True) -> str:
    """A titled list on A4 (complaint record, call-back list)."""
    w = words(chinese)
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>"
                   for row in rows)
    return f"""<html><body style='font-size:10pt'>
<p style='font-size:14pt; font-weight:bold'>{escape(title)}</p>
<table width='100%' border='1' cellspacing='0' cellpadding='3'><tr>{head}</tr>{body}</table>
<p>{escape(w['count'].format(n=len(rows)))}</p><p style='color:#666'>{escape(footer)}</p>
</body></html>"""
