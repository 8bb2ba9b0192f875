"""Demo data covers every complaint stage and every suggestion status."""

from __future__ import annotations

import random

from helpdesk_gui.domain import complaint_models as cm
from helpdesk_gui.domain.complaint_models import Complaint, ImprovementAction, Suggestion
from helpdesk_gui.domain.models import utcnow
from helpdesk_gui.services import complaints_demo

from .conftest import complaint_ticket


def test_every_stage_and_status(cdb, clerk, handler, supervisor):
    for n in range(18):
        complaint_ticket(clerk, phone=f"1380000{n:04d}", subject=f"投诉事项{n}")
    made, _ = complaints_demo.generate(random.Random(7), utcnow())
    assert made == 18
    stages = {c.stage for c in Complaint.select()}
    assert stages == set(cm.STAGE_ORDER)
    assert {s.status for s in Suggestion.select()} == set(cm.SUGGESTION_STATUSES)
    assert ImprovementAction.select().count() > 0
    closed = Complaint.select().where(Complaint.stage == "closed").first()
    assert closed.closed_at >= closed.received_at
