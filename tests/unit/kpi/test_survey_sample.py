"""The monthly sample (§7), checked against counts worked out by hand."""

from __future__ import annotations

import random

from helpdesk_gui.domain.surveys.models import Survey
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.surveys import answers as surveys
from helpdesk_gui.services.surveys import jobs as survey_jobs

from .conftest import make_ticket, t

TYPES = ["consultation", "complaint", "suggestion", "repair", "request"]
CHANNELS = ["counter", "phone", "online", "email", "letter", "social", "sms"]


def test_sixty_customers_every_type_and_channel(survey_db, branch, clerk):
    for i in range(60):
        make_ticket(branch, clerk, f"S{i}", f"2026-03-{1 + i % 28:02d} 03:00", status="closed",
                    type=TYPES[i % 5], channel=CHANNELS[i % 7], customer_name=f"客户{i}")
    make_ticket(branch, clerk, "OPEN", "2026-03-02 03:00", customer_name="未办结")
    make_ticket(branch, clerk, "APR", "2026-04-01 03:00", status="closed")
    drawn = survey_jobs.draw_monthly_sample_plan("2026-03", branch.id, t("2026-04-01 00:00"),
                                                 random.Random(3))
    # 61 customers (the open ticket's too) → ceil(6.1) = 7; 7 channels also force 7
    assert (drawn.customers, drawn.needed, drawn.already_invited) == (61, 7, 0)
    sampled = [s.ticket for s in Survey.select()]
    assert drawn.invited == len(sampled) == 7 and drawn.uncovered == []
    assert {x.type for x in sampled} == set(TYPES)
    assert {x.channel for x in sampled} == set(CHANNELS)
    assert all(x.status == "closed" and x.ticket_no not in ("APR", "OPEN") for x in sampled)
    assert survey_jobs.draw_monthly_sample("2026-03", branch.id, t("2026-04-02 00:00")) == 0


def test_customers_already_invited_count_and_only_closed_tickets(survey_db, branch, clerk):
    """40 customers (客户1 twice): 30 closed tickets, 10 still open. Three customers were
    invited in March already; one complaint (#5) and one phone ticket (#7) are the only
    closed tickets of their type/channel; the only repair (#35) is still open.
    Needed ceil(10 % × 40) = 4; already 3; coverage adds #5 and #7 → 5 ≥ 4, nothing more."""
    tickets = {}
    for i in range(40):
        tickets[i] = make_ticket(
            branch, clerk, f"M{i}", "2026-03-05 03:00", customer_name=f"客户{i}",
            status="closed" if i < 30 else "in_progress",
            type={5: "complaint", 35: "repair"}.get(i, "consultation"),
            channel="phone" if i == 7 else "counter")
    make_ticket(branch, clerk, "M1b", "2026-03-06 03:00", customer_name="客户1", status="closed")
    for i in (0, 1, 2):
        surveys.invite(tickets[i], "routine", t("2026-03-10 00:00"))
    drawn = survey_jobs.draw_monthly_sample_plan("2026-03", branch.id, t("2026-04-01 00:00"),
                                                 random.Random(1))
    assert (drawn.customers, drawn.needed, drawn.already_invited) == (40, 4, 3)
    assert drawn.chosen == [tickets[5].id, tickets[7].id]
    assert drawn.uncovered == ["type:repair"]
    kinds = {s.ticket_id: s.kind for s in Survey.select()}
    assert kinds[tickets[5].id] == kinds[tickets[7].id] == "sample" and len(kinds) == 5


def test_sample_fills_to_the_share_with_closed_tickets(survey_db, branch, clerk):
    """25 closed consultations at the counter, 25 customers: coverage needs one, the share
    ceil(2.5) = 3 needs two more."""
    for i in range(25):
        make_ticket(branch, clerk, f"F{i}", "2026-03-05 03:00", customer_name=f"客户{i}",
                    status="closed")
    drawn = survey_jobs.draw_monthly_sample_plan("2026-03", branch.id, t("2026-04-01 00:00"),
                                                 random.Random(7))
    assert (drawn.needed, drawn.invited) == (3, 3)
    assert len({Ticket.get_by_id(i).customer_name for i in drawn.chosen}) == 3
