"""Demo records beyond tickets: complaints, suggestions, surveys, training, knowledge,
and passwords for the demo users, so a newcomer can sign in with every role.

Runs after ``demo.generate`` has made the tickets, through the capabilities' own services
so the records follow their real rules (stages in order, valid answers...).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime

from helpdesk_gui.domain.models import utcnow
from helpdesk_gui.services import auth, complaints_demo, surveys_demo, training_demo
from helpdesk_gui.services.demo import demo_users

DEMO_PASSWORD = "demo1234"

Report = Callable[[str], None]


def set_demo_passwords(password: str = DEMO_PASSWORD) -> list[tuple[str, str, str]]:
    """Give each demo user (one per role) the demo password; returns (no, name, role)."""
    people = demo_users()
    for person in people:
        auth.set_password(person, password)
    return [(p.employee_no, p.name, p.role) for p in people]


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
    from helpdesk_gui.domain.training_models import Course

    if not Course.select().exists():  # the course plan exists once per hall
        say("training and knowledge")
        training_demo.generate_training(rng, now)
    return {"complaints": complaint_count, "suggestions": suggestion_count,
            "surveys": survey_count}
