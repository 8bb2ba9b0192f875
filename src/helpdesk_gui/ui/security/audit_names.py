"""Audit action codes and object kinds in the user's words (the codes stay in the tooltip).

The trail stores codes such as ``ticket.created`` or ``complaint.acknowledge``: stable,
searchable, the same on every seat. Supervisors read them in Chinese: the part before the
dot is the kind of record, the part after it the step. Steps of the ticket, complaint and
suggestion processes take the names their own pages use; the rest come from the table
here. An unknown code is shown as it is, never hidden.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from helpdesk_gui.domain import vocabulary as v
from helpdesk_gui.domain.complaints import models as cm
from helpdesk_gui.domain.suggestions import models as sm
from helpdesk_gui.ui import labels


def _tr(text: str) -> str:
    """Translated when shown (the tables below hold the English, marked for the catalogue)."""
    return QCoreApplication.translate("AuditNames", text)


KINDS = {
    "attachment": _tr("Attachment"),
    "auth": _tr("Sign-in"),
    "backup": _tr("Backup"),
    "branch": _tr("Branch"),
    "calendar": _tr("Calendar"),
    "callback": _tr("Call-back"),
    "case": _tr("Case"),
    "complaint": _tr("Complaint"),
    "customer": _tr("Customer"),
    "export": _tr("Export"),
    "import": _tr("Import"),
    "improvement": _tr("Improvement action"),
    "knowledge": _tr("Knowledge"),
    "knowledge_article": _tr("Knowledge article"),
    "permission": _tr("Permission"),
    "privacy": _tr("Personal data"),
    "report": _tr("Report"),
    "review": _tr("Review"),
    "seat": _tr("Seat"),
    "service_error": _tr("Service error"),
    "settings": _tr("Settings"),
    "sla": _tr("Service times"),
    "staff": _tr("Staff"),
    "suggestion": _tr("Suggestion"),
    "survey": _tr("Survey"),
    "sync": _tr("Data sync"),
    "ticket": _tr("Ticket"),
    "token": _tr("Access token"),
    "training": _tr("Training"),
}
STEPS = {
    "accounts": _tr("accounts imported"),
    "activate": _tr("activated or deactivated"),
    "add": _tr("added"),
    "anonymize": _tr("anonymized"),
    "answer": _tr("answered"),
    "attach": _tr("attached"),
    "attendance": _tr("attendance recorded"),
    "branch": _tr("branch settings changed"),
    "callback_list_printed": _tr("call-back list printed"),
    "certificate_add": _tr("certificate added"),
    "change": _tr("changed"),
    "closed": _tr("closed"),
    "course_create": _tr("course created"),
    "course_update": _tr("course changed"),
    "create": _tr("created"),
    "created": _tr("created"),
    "day": _tr("day set"),
    "denied": _tr("refused"),
    "department": _tr("department assigned"),
    "edit": _tr("edited"),
    "export": _tr("exported"),
    "first_run": _tr("first set-up"),
    "handler": _tr("dedicated handler set"),
    "hours": _tr("business hours changed"),
    "import": _tr("imported"),
    "init": _tr("set up"),
    "locked": _tr("account locked"),
    "lookup": _tr("looked up"),
    "monthly": _tr("monthly"),
    "note": _tr("note added"),
    "open": _tr("opened"),
    "password_changed": _tr("password changed"),
    "password_reset": _tr("password reset"),
    "pdf": _tr("PDF written"),
    "plan_add": _tr("plan item added"),
    "policy": _tr("policy saved"),
    "promote": _tr("made a case"),
    "quarterly": _tr("quarterly"),
    "receipt_printed": _tr("receipt printed"),
    "record": _tr("recorded"),
    "record_printed": _tr("record printed"),
    "restore": _tr("restored"),
    "retire": _tr("retired"),
    "reveal": _tr("shown in full"),
    "revoke": _tr("revoked"),
    "rolled_back": _tr("rolled back"),
    "scores": _tr("scores recorded"),
    "session_create": _tr("session scheduled"),
    "sign_in": _tr("signed in"),
    "sign_in_failed": _tr("sign-in failed"),
    "sign_in_refused": _tr("sign-in refused"),
    "sign_out": _tr("signed out"),
    "site_add": _tr("site added"),
    "status": _tr("status"),
    "unlocked": _tr("unlocked"),
    "update": _tr("updated"),
    "view": _tr("viewed"),
    "vip": _tr("VIP changed"),
    # what was exported (export.<list>)
    "tickets": _tr("ticket list"),
    "complaints": _tr("complaint list"),
    "suggestions": _tr("suggestion list"),
    "improvement_actions": _tr("improvement actions"),
    "callbacks": _tr("call-back list"),
    "training": _tr("training records"),
}
_PROCESS_STEPS = {"complaint": cm.ACTION_NAMES, "suggestion": sm.SUGGESTION_ACTIONS,
                  "ticket": v.EVENT_KINDS}


def kind_text(kind: str) -> str:
    """A record kind (``ticket``, ``knowledge_article``...) in words."""
    return _tr(KINDS[kind]) if kind in KINDS else kind


def action_text(code: str) -> str:
    """``ticket.created`` → "Ticket · created" (工单 · 创建); unknown codes unchanged."""
    kind, _, step = code.partition(".")
    step = step.removesuffix(".filter")  # an export with a filter: the same list
    if not step:
        return kind_text(kind)
    process = _PROCESS_STEPS.get(kind)
    if process is not None and step in process:
        words = labels.label(process, step)
    elif step in STEPS:
        words = _tr(STEPS[step])
    elif kind not in KINDS:
        return code
    else:
        words = step
    return f"{kind_text(kind)} · {words}"
