"""Demo survey answers for the tickets already in a demo database.

About 40 % of closed tickets get a routine survey (kiosk for counter tickets, otherwise
SMS, online or phone); most are answered, some abandoned; a few answers are invalid
(straight-lined or abusive), as in a real hall. Inserted in bulk: a demo database can
hold a million tickets.
"""

from __future__ import annotations

import random
import secrets
from datetime import datetime, timedelta

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.surveys.models import Survey
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.surveys.answers import CODE_ALPHABET, invitation_channel

SHARE = 0.4
CHUNK = 500
COMMENTS_GOOD = ("办理很快，工作人员很耐心，谢谢！", "维修师傅准时上门，问题解决了。",
                 "解释得很清楚，满意。", "服务态度好，流程简单。", "")
COMMENTS_BAD = ("等了很久都没有人联系我，希望改进响应速度。",
                "问题反复出现，第二次上门才修好，比较失望。", "电话一直打不通，办理流程太复杂了。")


def _scores(rng: random.Random, mood: int) -> dict:
    base = {5: 9, 4: 8, 3: 7, 2: 5, 1: 3}[mood]
    dims = {d: max(0, min(10, base + rng.randint(-2, 1))) for d in (
        "responsiveness", "problem_solving", "attitude", "professionalism", "clarity")}
    if rng.random() < 0.15:
        dims["responsiveness"] = max(0, dims["responsiveness"] - 3)  # the usual weak spot
    recommend = max(0, min(10, base + rng.randint(-2, 2)))
    return {**dims, "recommend": recommend}


def _row(rng: random.Random, ticket: tuple, now: datetime) -> dict | None:
    tid, branch, channel, closed = ticket
    invited = closed + timedelta(minutes=rng.randint(5, 600))
    if invited > now:
        return None
    code = "".join(rng.choice(CODE_ALPHABET) for _ in range(6)) + secrets.token_hex(3).upper()
    row = {"uuid": secrets.token_hex(16), "branch": branch, "ticket": tid, "kind": "routine",
           "channel": "kiosk" if channel == "counter" else invitation_channel(channel),
           "code": code[:12], "invited_at": invited, "created_at": invited,
           "updated_at": invited, "status": "invited", "comment": "", "invalid_reason": ""}
    fate = rng.random()
    if row["channel"] != "kiosk" and (fate < 0.15 or invited > now - timedelta(days=2)):
        if invited < now - timedelta(days=7):
            row.update(status="abandoned", abandoned_at=invited + timedelta(days=7))
        return row
    mood = rng.choices((5, 4, 3, 2, 1), (55, 30, 9, 4, 2))[0]
    row.update(_scores(rng, mood), overall=mood, status="answered", valid=True,
               answered_at=invited if row["channel"] == "kiosk" else invited + timedelta(
                   hours=rng.randint(1, 48)))
    row["comment"] = rng.choice(COMMENTS_BAD if mood <= 2 else COMMENTS_GOOD)
    if rng.random() < 0.05:
        row.update({k: 10 for k in ("responsiveness", "problem_solving", "attitude",
                                    "professionalism", "clarity", "recommend")},
                   valid=False, invalid_reason="every item given the same score")
    return row


def generate_surveys(rng: random.Random, now: datetime) -> int:
    """Add demo surveys for closed tickets that have none; returns how many."""
    surveyed = Survey.select(Survey.ticket)
    tickets = (Ticket.select(Ticket.id, Ticket.branch, Ticket.channel, Ticket.closed_at)
               .where(Ticket.closed_at.is_null(False), Ticket.id.not_in(surveyed)).tuples())
    rows = [r for t in tickets if rng.random() < SHARE and (r := _row(rng, t, now))]
    fields = sorted({k for r in rows for k in r})
    with database_proxy.obj.atomic():
        for start in range(0, len(rows), CHUNK):
            chunk = [{k: r.get(k) for k in fields} for r in rows[start:start + CHUNK]]
            Survey.insert_many(chunk).execute()
    return len(rows)
