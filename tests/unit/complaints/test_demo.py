"""Demo data covers every complaint stage and every suggestion status."""

from __future__ import annotations

import random

from helpdesk_gui.demo import complaints as complaints_demo
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.complaints import models as cm
from helpdesk_gui.domain.complaints.models import Complaint
from helpdesk_gui.domain.suggestions import models as sm
from helpdesk_gui.domain.suggestions.models import ImprovementAction, Suggestion

from .conftest import complaint_ticket


def test_every_stage_and_status(cdb, clerk, handler, supervisor):
    for n in range(18):
        complaint_ticket(clerk, phone=f"1380000{n:04d}", subject=f"投诉事项{n}")
    made, _ = complaints_demo.generate(random.Random(7), utcnow())
    assert made == 18
    stages = {c.stage for c in Complaint.select()}
    assert stages == set(cm.STAGE_ORDER)
    assert {s.status for s in Suggestion.select()} == set(sm.SUGGESTION_STATUSES)
    assert ImprovementAction.select().count() > 0
    closed = Complaint.select().where(Complaint.stage == "closed").first()
    assert closed.closed_at >= closed.received_at
