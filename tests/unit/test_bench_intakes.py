"""The bench's own intakes read like the generated tickets they join: a fixed sentence on
every new ticket had piled 10,000 copies of one text at the top of the list over a few
runs, and the next run's text search (newest first) then walked five times as far."""

from __future__ import annotations

from helpdesk_gui.bench import startup
from helpdesk_gui.demo.generate import generate
from helpdesk_gui.demo.text import TEMPLATES
from helpdesk_gui.domain.tickets.models import Ticket


def test_created_tickets_are_written_as_the_demo_writes_them(db, monkeypatch):
    generate(100, months=1)
    newest = Ticket.select(Ticket.id).order_by(Ticket.id.desc()).first().id
    monkeypatch.setattr(startup, "CREATIONS", 40)
    row = startup.create_p95(runs=1)
    assert row.ours is not None
    made = list(Ticket.select().where(Ticket.id > newest))
    assert len(made) == 40
    subjects = {t.subject for t in made}
    assert len({t.description for t in made}) >= 10 and len(subjects) >= 5
    kinds = {template.subject.split("{")[-1].split("}")[-1] for kind in TEMPLATES.values()
             for template in kind}
    assert all(any(s.endswith(k) for k in kinds) for s in subjects)
