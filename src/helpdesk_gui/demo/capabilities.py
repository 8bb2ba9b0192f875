"""Demo records beyond tickets: complaints, suggestions, surveys, training, knowledge,
and passwords for the demo users, so a newcomer can sign in with every role.

Runs after ``demo.generate`` has made the tickets, through the capabilities' own services
so the records follow their real rules (stages in order, valid answers...).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime

from helpdesk_gui.demo import (
    complaints as complaints_demo,
)
from helpdesk_gui.demo import (
    surveys as surveys_demo,
)
from helpdesk_gui.demo import (
    training as training_demo,
)
from helpdesk_gui.demo.generate import demo_users
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.services.security import auth

DEMO_PASSWORD = "demo1234"

Report = Callable[[str], None]


def set_demo_passwords(password: str = DEMO_PASSWORD) -> list[tuple[str, str, str]]:
    """Give each demo user (one per role) the demo password; returns (no, name, role)."""
    people = demo_users()
    for person in people:
        auth.set_password(person, password)
    return [(p.employee_no, p.name, p.role) for p in people]


URGENT_REQUESTS = (
    ("张建华", "13911112222", "燃气泄漏", "楼道里有很浓的燃气味，邻居已经开窗，请马上派人。",
     "立即上门检查并关阀"),
    ("李秀兰", "13833334444", "电梯困人停电", "整栋楼突然停电，电梯里困了一位老人。",
     "尽快恢复供电"),
    ("王强", "13755556666", "主水管爆裂", "小区门口主水管爆裂，路面积水，全小区停水。",
     "马上抢修并告知恢复时间"),
)


def urgent_waiting_for_approval() -> int:
    """A few level-1 tickets received just now, waiting in the supervisor's approval queue."""
    from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket

    clerk = demo_users()[0]
    for name, phone, subject, description, request in URGENT_REQUESTS:
        create_ticket(IntakeForm(channel="phone", type="repair", level=1, customer_name=name,
                                 phone=phone, subject=subject, description=description,
                                 request=request), clerk)
    return len(URGENT_REQUESTS)


def populate(seed: int = 1, now: datetime | None = None,
             report: Report | None = None) -> dict[str, int]:
    """Add the capability demo records; returns counts for the summary."""
    rng = random.Random(seed)
    now = now or utcnow()
    say = report or (lambda text: None)
    say("complaints and suggestions")
    complaint_count, suggestion_count = complaints_demo.generate(rng, now)
    say("surveys")
    survey_count = surveys_demo.generate_surveys(rng, now)
    from helpdesk_gui.domain.training.models import Course

    if not Course.select().exists():  # the course plan exists once per hall
        say("training and knowledge")
        training_demo.generate_training(rng, now)
    say("urgent tickets awaiting approval")
    urgent = urgent_waiting_for_approval()
    return {"complaints": complaint_count, "suggestions": suggestion_count,
            "surveys": survey_count, "awaiting approval": urgent}
