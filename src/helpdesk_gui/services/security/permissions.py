"""Who may do what: the role × action matrix, enforced in the services.

The GUI hides or disables what a role cannot do (``allowed``), but the services check
again (``require``) so a hidden button is never the only guard. A denial raises
``PermissionDenied`` naming the role and the action, and is written to the audit trail.

The matrix (SERVICE_STANDARD §1 and §12) — ✓ allowed:

=====================  =======  =======  ==========  =====  ===============================
action                 counter  handler  supervisor  admin  note
=====================  =======  =======  ==========  =====  ===============================
ticket.create          ✓        ✓        ✓
ticket.assign          ✓                 ✓                  first dispatch (派单)
ticket.reassign                          ✓                  change the assignee
ticket.start                    ✓        ✓
ticket.wait_customer            ✓        ✓
ticket.resume          ✓        ✓        ✓                  customer brings the papers
ticket.record_contact  ✓        ✓        ✓
ticket.add_note        ✓        ✓        ✓
ticket.resolve                  ✓        ✓                  counter: only at intake
ticket.close           ✓        ✓        ✓                  customer confirmed
ticket.reopen          ✓                 ✓                  customer not satisfied
ticket.cancel          ✓                 ✓                  withdrawn / entered by mistake
ticket.merge                    ✓        ✓
ticket.extend                   ✓        ✓                  new resolution time, customer told
ticket.edit            ✓                 ✓                  correct the description
customer.reveal                 ✓        ✓                  one clear field, reason given
approval.decide                          ✓                  level-1 dispatch approval
export.run                               ✓           ✓
report.run                               ✓           ✓
settings.edit                            ✓           ✓      SLA numbers and other defaults
audit.view                                           ✓
audit.verify                                         ✓
staff.manage                                         ✓
password.reset                                       ✓
backup.create                                        ✓
backup.restore                                       ✓
privacy.anonymize                                    ✓      the retention job
import.run                               ✓           ✓      ledger (台账) import
survey.answer          ✓        ✓        ✓                  enter a call-back answer
training.manage                          ✓           ✓      courses, sessions, scores
knowledge.edit                           ✓           ✓      articles and scripts
case.promote                             ✓                  ticket → case library
complaint.close                          ✓                  §1: supervisors close complaints
suggestion.decide                        ✓                  adopt or reject a suggestion
service_error.record                     ✓                  §8 service-error register
review.record                            ✓                  §4 review of closed tickets
customer.tier                            ✓                  VIP flag, dedicated handler
callback.record        ✓        ✓        ✓                  §10 call-back outcome
seat.view                                ✓           ✓      who is signed in at which seat
token.manage                                         ✓      access tokens of scheduled jobs
complaint.handle       ✓        ✓        ✓                  complaint stages before close
suggestion.handle      ✓        ✓        ✓                  capture, thank, screen, inform
improvement.manage              ✓        ✓                  improvement actions and effects
customer.lookup        ✓        ✓        ✓                  find a customer at intake
receipt.print          ✓        ✓        ✓                  receipt and ticket on paper
attachment.add         ✓        ✓        ✓                  photo, scan, screenshot
attachment.view        ✓        ✓        ✓                  files may show personal data
customer.edit          ✓        ✓        ✓                  phone, address, VIP, note
sync.manage                                          ✓      this site's keys, peer sites
sync.view                                            ✓      sites, pending changes, conflicts
sync.export                                          ✓      make a bundle (push)
sync.import                                          ✓      apply a bundle (pull)
=====================  =======  =======  ==========  =====  ===============================

Why the administrator works no tickets and sees no clear personal data: separation of
duties — the person who manages accounts and the audit trail is not the one handling
customers' requests. Headless commands sign in as a staff member (``--user`` and a
password) or with an access token an administrator made (``services.security.tokens``),
and the same matrix applies to them. An inactive staff member may do nothing.

Call ``require`` *before* opening the write transaction of the action: a denial's audit
row is written in its own transaction, and would be rolled back with the caller's
transaction if ``require`` raised inside it.
"""

from __future__ import annotations

import logging
from types import MappingProxyType

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.errors import PermissionDenied
from helpdesk_gui.domain.hall import Staff

log = logging.getLogger(__name__)

ROLES = ("counter", "handler", "supervisor", "admin")

_C, _H, _S, _A = ROLES
_TICKET_WORKERS = frozenset({_C, _H, _S})

MATRIX: MappingProxyType[str, frozenset[str]] = MappingProxyType({
    "ticket.create": _TICKET_WORKERS,
    "ticket.assign": frozenset({_C, _S}),
    "ticket.reassign": frozenset({_S}),
    "ticket.start": frozenset({_H, _S}),
    "ticket.wait_customer": frozenset({_H, _S}),
    "ticket.resume": _TICKET_WORKERS,
    "ticket.record_contact": _TICKET_WORKERS,
    "ticket.add_note": _TICKET_WORKERS,
    "ticket.resolve": frozenset({_H, _S}),
    "ticket.close": _TICKET_WORKERS,
    "ticket.reopen": frozenset({_C, _S}),
    "ticket.cancel": frozenset({_C, _S}),
    "ticket.merge": frozenset({_H, _S}),
    "ticket.extend": frozenset({_H, _S}),
    "ticket.edit": frozenset({_C, _S}),
    "customer.reveal": frozenset({_H, _S}),
    "approval.decide": frozenset({_S}),
    "export.run": frozenset({_S, _A}),
    "report.run": frozenset({_S, _A}),
    "settings.edit": frozenset({_S, _A}),
    "audit.view": frozenset({_A}),
    "audit.verify": frozenset({_A}),
    "staff.manage": frozenset({_A}),
    "password.reset": frozenset({_A}),
    "backup.create": frozenset({_A}),
    "backup.restore": frozenset({_A}),
    "privacy.anonymize": frozenset({_A}),
    "import.run": frozenset({_S, _A}),
    "survey.answer": _TICKET_WORKERS,
    "training.manage": frozenset({_S, _A}),
    "knowledge.edit": frozenset({_S, _A}),
    "case.promote": frozenset({_S}),
    "complaint.close": frozenset({_S}),
    "suggestion.decide": frozenset({_S}),
    "service_error.record": frozenset({_S}),
    "review.record": frozenset({_S}),
    "customer.tier": frozenset({_S}),
    "callback.record": _TICKET_WORKERS,
    "seat.view": frozenset({_S, _A}),
    "token.manage": frozenset({_A}),
    "complaint.handle": _TICKET_WORKERS,
    "suggestion.handle": _TICKET_WORKERS,
    "improvement.manage": frozenset({_H, _S}),
    "customer.lookup": _TICKET_WORKERS,
    "receipt.print": _TICKET_WORKERS,
    "attachment.add": _TICKET_WORKERS,
    "attachment.view": _TICKET_WORKERS,
    "customer.edit": _TICKET_WORKERS,
    "sync.manage": frozenset({_A}),
    "sync.view": frozenset({_A}),
    "sync.export": frozenset({_A}),
    "sync.import": frozenset({_A}),
})
"""action -> the roles allowed to do it."""

ACTIONS: tuple[str, ...] = tuple(MATRIX)


def _role_of(actor: Staff | str | None) -> str | None:
    if actor is None:
        return None
    if isinstance(actor, str):
        return actor
    return actor.role if actor.active else None


def allowed(actor: Staff | str | None, action: str) -> bool:
    """True when the staff member (or a role name) may do ``action``. No database query.

    An unknown action is a programming error (``KeyError``), never a silent "no".
    """
    roles = MATRIX[action]
    return _role_of(actor) in roles


def denial_message(actor: Staff | str | None, action: str) -> str:
    """The text a denied user reads: who, which role, which action."""
    if actor is None:
        return f"not signed in: {action} needs a signed-in staff member"
    if isinstance(actor, str):
        return f"the role {actor} may not do {action}"
    if not actor.active:
        return f"{actor.employee_no} {actor.name} is deactivated and may not do {action}"
    allowed_roles = ", ".join(r for r in ROLES if r in MATRIX[action]) or "nobody"
    return (f"{actor.employee_no} {actor.name} (role {actor.role}) may not do {action}; "
            f"allowed roles: {allowed_roles}")


def require(actor: Staff | None, action: str, object_type: str = "",
            object_id: object = "") -> None:
    """Raise ``PermissionDenied`` (and audit the denial) unless ``actor`` may do ``action``."""
    if allowed(actor, action):
        return
    message = denial_message(actor, action)
    _audit_denial(actor, action, object_type, object_id, message)
    raise PermissionDenied(message)


def _audit_denial(actor: Staff | None, action: str, object_type: str, object_id: object,
                  message: str) -> None:
    from helpdesk_gui.services.security import audit

    database = database_proxy.obj
    if database.in_transaction():
        log.warning("permission check for %s inside a transaction: the denial's audit row "
                    "is lost if the transaction rolls back", action)
    role = actor.role if actor is not None else ""
    audit.record(actor, "permission.denied", object_type, object_id,
                 {"action": action, "role": role, "message": message})
