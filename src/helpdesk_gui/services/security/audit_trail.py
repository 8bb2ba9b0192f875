"""Reading the audit trail, for the staff allowed to: its rows (``audit.view``) and the
check of its chain (``audit.verify``). A denial is itself audited (``permissions``).

Apart from ``audit``, which every checked action calls to write its row: the role check
audits a denial through ``audit``, so the reading that needs the check lives above both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.services.security import audit, permissions


def check_chain(actor: Staff, anchor: dict | None = None) -> audit.VerifyResult:
    """``audit.verify`` for a staff member allowed to (``audit.verify``)."""
    permissions.require(actor, "audit.verify")
    return audit.verify(anchor)


@dataclass(frozen=True)
class AuditFilter:
    """What the audit page shows. ``None``/empty means "any"; times are UTC."""

    since: datetime | None = None
    until: datetime | None = None  # exclusive
    actor_no: str = ""
    action: str = ""  # exact action, or a prefix ending in "." (e.g. "auth.")
    object_type: str = ""
    object_id: str = ""
    before_id: int | None = None  # keyset paging: rows older than this id
    limit: int = 500


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor_no: str
    action: str
    object_type: str
    object_id: str
    detail: dict


def _conditions(f: AuditFilter) -> list:
    conds = []
    if f.since is not None:
        conds.append(AuditEntry.at >= f.since)
    if f.until is not None:
        conds.append(AuditEntry.at < f.until)
    if f.actor_no.strip():
        conds.append(AuditEntry.actor_no == f.actor_no.strip())
    if f.action.endswith("."):
        conds.append(AuditEntry.action.startswith(f.action))
    elif f.action:
        conds.append(AuditEntry.action == f.action)
    if f.object_type:
        conds.append(AuditEntry.object_type == f.object_type)
    if f.object_id:
        conds.append(AuditEntry.object_id == f.object_id)
    if f.before_id is not None:
        conds.append(AuditEntry.id < f.before_id)
    return conds


def query(actor: Staff, f: AuditFilter | None = None) -> list[AuditRow]:
    """Audit rows matching the filter, newest first (at most ``limit``); ``audit.view``."""
    permissions.require(actor, "audit.view")
    f = f or AuditFilter()
    select = AuditEntry.select(AuditEntry.id, AuditEntry.at, AuditEntry.actor_no,
                               AuditEntry.action, AuditEntry.object_type,
                               AuditEntry.object_id, AuditEntry.detail)
    conds = _conditions(f)
    if conds:
        select = select.where(*conds)
    rows = select.order_by(AuditEntry.id.desc()).limit(f.limit).tuples()
    return [AuditRow(i, at, no, action, otype, oid, _loads(detail))
            for i, at, no, action, otype, oid, detail in rows]


def _loads(text: str) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {"raw": text}
    return value if isinstance(value, dict) else {"value": value}


def known_actions(actor: Staff) -> list[str]:
    """The actions present in the trail, for the audit page's filter list; ``audit.view``."""
    permissions.require(actor, "audit.view")
    rows = AuditEntry.select(AuditEntry.action).distinct().order_by(AuditEntry.action)
    return [action for (action,) in rows.tuples()]
