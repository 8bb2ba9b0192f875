"""Complaint stages, suggestion steps and improvement actions check the role matrix.

The administrator manages accounts, not customers (separation of duties): each of these
steps refuses the administrator, writes a ``permission.denied`` audit row and changes
nothing; an allowed role's step is audited under that person.
"""

from __future__ import annotations

from datetime import date

import pytest

from helpdesk_gui.domain.complaints.models import Complaint
from helpdesk_gui.domain.errors import PermissionDenied
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.services.complaints import process as complaints
from helpdesk_gui.services.security import staff
from helpdesk_gui.services.suggestions import improvements
from helpdesk_gui.services.suggestions import process as suggestions
from helpdesk_gui.services.suggestions.process import SuggestionForm


@pytest.fixture
def admin(branch):
    return staff.create_staff(branch, "9001", "孙丽", "admin")


def _denials(actor) -> int:
    return AuditEntry.select().where(AuditEntry.action == "permission.denied",
                                     AuditEntry.actor_no == actor.employee_no).count()


def test_complaint_stages_refuse_the_administrator_and_audit_it(new_ticket, clerk, admin):
    cid = complaints.open_for_ticket(new_ticket.id, clerk).complaint_id
    with pytest.raises(PermissionDenied, match="complaint.handle"):
        complaints.acknowledge(cid, admin, "x")
    with pytest.raises(PermissionDenied, match="complaint.handle"):
        complaints.reopen(cid, admin, "x")
    assert Complaint.get_by_id(cid).stage == "received" and _denials(admin) == 2
    complaints.acknowledge(cid, clerk, "已致电客户")
    row = AuditEntry.get(AuditEntry.action == "complaint.acknowledge")
    assert row.actor_no == clerk.employee_no


def test_suggestion_steps_refuse_the_administrator(cdb, clerk, admin):
    form = SuggestionForm(channel="counter", title="增加周末营业时间", content="上班族没时间",
                          customer_name="陈静", phone="13700001234")
    with pytest.raises(PermissionDenied, match="suggestion.handle"):
        suggestions.create(form, admin)
    sid = suggestions.create(form, clerk).id
    for step in (lambda: suggestions.acknowledge(sid, admin),
                 lambda: suggestions.screen(sid, admin, 4, 3),
                 lambda: suggestions.inform(sid, admin, "phone", 5)):
        with pytest.raises(PermissionDenied, match="suggestion.handle"):
            step()
    assert _denials(admin) == 4


def test_improvement_actions_need_a_handler_or_supervisor(cdb, clerk, handler, supervisor):
    with pytest.raises(PermissionDenied, match="improvement.manage"):
        improvements.add(clerk, "抄表复核制度", handler.id, date(2030, 1, 1))
    improvements.add(supervisor, "抄表复核制度", handler.id, date(2030, 1, 1))
    action_id = improvements.rows()[0].id
    with pytest.raises(PermissionDenied, match="improvement.manage"):
        improvements.set_status(action_id, clerk, "in_progress")
    with pytest.raises(PermissionDenied, match="improvement.manage"):
        improvements.add_effect_note(action_id, clerk, "x")
    improvements.add_effect_note(action_id, handler, "已培训抄表员")
    assert _denials(clerk) == 3
