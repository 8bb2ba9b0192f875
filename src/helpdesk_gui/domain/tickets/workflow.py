"""The ticket flow of SERVICE_STANDARD §4 as an explicit state machine.

create → (level 1: awaiting approval → approve/reject) → assign → in progress ⇄ waiting
for customer → resolved → closed; resolved or closed → reopened (back to work); any open
ticket may be cancelled or merged into the ticket it duplicates. A level-1 ticket is
created ``pending_approval`` (``services.sla.setup.initial_status``) and ``assign`` does
not accept that state, so it cannot be dispatched before a supervisor approves; a
rejection (reason required) sends it to the ordinary queue at a lower level. A handler
may extend the resolution time of a ticket being worked (``extend``). Anything else is
an ``IllegalTransition`` that names the ticket, its state and the action, so the clerk
knows what to do instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from helpdesk_gui.domain.errors import IllegalTransition
from helpdesk_gui.domain.vocabulary import OPEN_STATUSES


@dataclass(frozen=True)
class Action:
    """A step a person can take on a ticket."""

    name: str
    sources: tuple[str, ...]
    target: str | None  # None: the state does not change (or is decided by the service)
    english: str
    chinese: str


_WORKING = ("assigned", "in_progress", "waiting_customer")

ACTIONS: dict[str, Action] = {a.name: a for a in (
    Action("approve", ("pending_approval",), "new", "Approve dispatch", "审批通过"),
    Action("reject", ("pending_approval",), "new", "Reject dispatch", "审批驳回"),
    Action("assign", ("new", *_WORKING), None, "Assign", "派单"),
    Action("start", ("assigned",), "in_progress", "Start handling", "开始处理"),
    Action("wait_customer", ("in_progress",), "waiting_customer",
           "Wait for customer", "待客户反馈"),
    Action("resume", ("waiting_customer",), "in_progress", "Resume", "恢复处理"),
    Action("record_contact", OPEN_STATUSES, None, "Record contact", "记录联系"),
    Action("add_note", (*OPEN_STATUSES, "resolved"), None, "Add note", "添加进展"),
    Action("extend", _WORKING, None, "Extend resolution time", "申请延期"),
    Action("resolve", ("in_progress", "waiting_customer"), "resolved", "Resolve", "解决"),
    Action("close", ("resolved",), "closed", "Close", "办结"),
    Action("reopen", ("resolved", "closed"), None, "Reopen", "重新打开"),
    Action("cancel", OPEN_STATUSES, "cancelled", "Cancel", "撤销"),
    Action("merge", OPEN_STATUSES, "merged", "Merge into…", "合并至…"),
)}


def allowed_actions(status: str) -> list[str]:
    """The actions a ticket in ``status`` allows, in display order."""
    return [name for name, action in ACTIONS.items() if status in action.sources]


def check(ticket_no: str, status: str, action: str) -> Action:
    """Return the action if ``status`` allows it, else raise ``IllegalTransition``."""
    try:
        spec = ACTIONS[action]
    except KeyError:
        raise ValueError(f"unknown ticket action {action!r}") from None
    if status not in spec.sources:
        raise IllegalTransition(ticket_no, status, action, allowed_actions(status))
    return spec


def assign_target(status: str) -> str:
    """Assigning a new ticket makes it assigned; reassigning keeps the working state."""
    return "assigned" if status == "new" else status


def reopen_target(has_assignee: bool) -> str:
    """A reopened ticket goes back to its handler, or to the queue if it never had one."""
    return "in_progress" if has_assignee else "new"
