"""Lists and records for paper beyond the receipt: the complaint record and the survey
call-back list, as ready-to-lay-out rich text (built off the GUI thread, masked, audited).

The call-back list prints whatever ``services.surveys.answers.waiting`` returns, so a
richer call-back list service later prints without changes here.
"""

from __future__ import annotations

from datetime import datetime

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain import vocabulary as v
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.reports import receipt as layout
from helpdesk_gui.services.security import audit, permissions, privacy
from helpdesk_gui.services.tickets.receipts import local, name_of


def _footer(actor: Staff, tz: str, now: datetime, chinese: bool) -> str:
    who = f"{actor.employee_no} {actor.name}"
    return layout.words(chinese)["printed"].format(who=who, at=local(now, tz))


def complaint_record(complaint_id: int, actor: Staff, chinese: bool = True,
                     now: datetime | None = None) -> tuple[str, str]:
    """(ticket number, rich text) of one complaint with every stage step, masked."""
    from helpdesk_gui.domain.complaints import models as cm
    from helpdesk_gui.services.complaints import query

    permissions.require(actor, "receipt.print", "complaint", complaint_id)
    view = query.detail(complaint_id)
    branch = Branch.get_by_id(actor.branch_id)
    now, tz = now or utcnow(), branch.timezone
    i = 1 if chinese else 0
    fields = [["受理编号" if chinese else "Ticket", view.ticket_no],
              ["投诉人" if chinese else "Complainant", privacy.mask_name(view.complainant) or ""],
              ["联系电话" if chinese else "Phone", privacy.mask_phone(view.phone) or ""],
              ["受理时间" if chinese else "Received", local(view.received_at, tz)],
              ["渠道" if chinese else "Channel", name_of(v.CHANNELS, view.channel, chinese)],
              ["事项" if chinese else "Matter", privacy.mask_text(view.matter)],
              ["描述" if chinese else "Description", privacy.mask_text(view.description)],
              ["阶段" if chinese else "Stage", cm.COMPLAINT_STAGES[view.stage][i]],
              ["确认时限" if chinese else "Acknowledge by", local(view.ack_due, tz)],
              ["方案时限" if chinese else "Solution by", local(view.solution_due, tz)],
              ["调查结果" if chinese else "Findings", privacy.mask_text(view.findings)],
              ["解决方案" if chinese else "Solution", privacy.mask_text(view.solution)]]
    steps = [[local(s.at, tz), cm.ACTION_NAMES.get(s.action, (s.action, s.action))[i], s.actor,
              privacy.mask_text(s.note)] for s in view.steps]
    heads = ["时间", "环节", "处理人", "说明"] if chinese else ["When", "Step", "Who", "Note"]
    with database_proxy.obj.atomic():
        audit.record(actor, "complaint.record_printed", "complaint", complaint_id,
                     {"ticket_no": view.ticket_no})
    title = f"{branch.name} · {'投诉记录' if chinese else 'Complaint record'} {view.ticket_no}"
    html = (layout.table_html(title, ["", ""], fields, "", chinese).replace("</body></html>", "")
            + layout.table_html("", heads, steps, _footer(actor, tz, now, chinese), chinese)
            .replace("<html><body style='font-size:10pt'>", ""))
    return view.ticket_no, html


def callback_list(actor: Staff, chinese: bool = True,
                  now: datetime | None = None) -> tuple[str, str]:
    """(file stem, rich text) of the invitations still waiting for an answer, oldest first."""
    from helpdesk_gui.domain.surveys.models import SURVEY_CHANNELS, SURVEY_KINDS
    from helpdesk_gui.services.surveys import answers

    permissions.require(actor, "survey.answer", "survey", "callback_list")
    branch = Branch.get_by_id(actor.branch_id)
    now, tz = now or utcnow(), branch.timezone
    i = 1 if chinese else 0
    rows = [[r.code, r.ticket_no, privacy.mask_name(r.customer_name) or "",
             SURVEY_KINDS[r.kind][i], SURVEY_CHANNELS[r.channel][i], local(r.invited_at, tz)]
            for r in answers.waiting(branch.id)]
    heads = (["评价码", "受理编号", "客户", "类型", "方式", "邀请时间"] if chinese else
             ["Code", "Ticket", "Customer", "Kind", "Channel", "Invited"])
    with database_proxy.obj.atomic():
        audit.record(actor, "survey.callback_list_printed", "branch", branch.id,
                     {"rows": len(rows)})
    title = f"{branch.name} · {layout.words(chinese)['callback']}"
    stem = f"callback-{local(now, tz)[:10]}"
    return stem, layout.table_html(title, heads, rows, _footer(actor, tz, now, chinese), chinese)
