"""Satisfaction surveys (SERVICE_STANDARD §7): invitations, answers and their validity.

An invitation is a ``Survey`` row with a short code (printed in the SMS, typed by staff
when the answer comes back by SMS or the online form). Answers come from four places:
the counter kiosk right after service, a phone call-back entered by staff, a code
entered later, or a ledger import. Every answer is kept; an answer that breaks a
validity rule is marked invalid *with its reason* instead of being deleted, because the
report must show how many were discarded (analysis needs ≥ 80 % valid).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.errors import NotFound, ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.surveys.models import DIMENSIONS, WAITING_STATUSES, Survey
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.domain.tickets.receipts import ReceiptCode
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.quality import settings, snapshots
from helpdesk_gui.services.security import audit, permissions

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read out by phone
CODE_LENGTH = 8
# the validity rules' numbers and the word list are the ``surveys`` setting
# (services.quality.settings), which a supervisor changes


@dataclass(frozen=True)
class Answer:
    """What the customer answered. Scores: overall 1–5, the rest 0–10."""

    overall: int
    responsiveness: int | None = None
    problem_solving: int | None = None
    attitude: int | None = None
    professionalism: int | None = None
    clarity: int | None = None
    recommend: int | None = None
    comment: str = ""

    def items(self) -> list[int]:
        """The 0–10 items that were answered (dimensions and recommend)."""
        values = [getattr(self, d) for d in DIMENSIONS] + [self.recommend]
        return [v for v in values if v is not None]


def _score(field: str, value, low: int, high: int, required: bool) -> int | None:
    if value is None:
        if required:
            raise ValidationError({field: "required"})
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError({field: f"{value!r} is not a score from {low} to {high}"})
    return value


def check(answer: Answer) -> Answer:
    """Refuse impossible answers (scores out of range): they are typing errors."""
    validation.collect(
        lambda: _score("overall", answer.overall, 1, 5, True),
        *[lambda d=d: _score(d, getattr(answer, d), 0, 10, False) for d in DIMENSIONS],
        lambda: _score("recommend", answer.recommend, 0, 10, False),
        lambda: validation.text("comment", answer.comment, required=False, limit=2000),
    )
    return answer


def invalid_reason(answer: Answer, rules: dict | None = None) -> str:
    """Why an answer must be discarded (§7, exactly as the standard words it), or "".

    * every item given the same score: the overall score, all five dimensions and the
      recommend score all answered, and all the same number (an answer that gives
      overall 5 and 10 everywhere else used the scales, not one number — it stays valid);
    * a required free text shorter than 10 characters: the comment is required when the
      overall score is at or below ``comment_required_at_or_below`` (default 2: a
      dissatisfied customer says what went wrong);
    * abusive content: the comment contains a word of the supervisor's list.
    ``rules`` is the ``surveys`` setting (read from the database when not given).
    """
    rules = rules or settings.current("surveys")
    items = [answer.overall, *answer.items()]
    if len(items) == len(DIMENSIONS) + 2 and len(set(items)) == 1:
        return "every item given the same score"
    comment = (answer.comment or "").strip()
    minimum = int(rules["min_comment"])
    if answer.overall <= int(rules["comment_required_at_or_below"]) and len(comment) < minimum:
        return f"comment shorter than {minimum} characters where one is required"
    lowered = comment.lower()
    if any(word and word.lower() in lowered for word in rules["abuse_words"]):
        return "abusive content"
    return ""


def set_abuse_words(words: list[str], actor: Staff, note: str = "") -> Changes:
    """Replace the word list of abusive content (a new version of the ``surveys`` setting)."""
    cleaned = sorted({w.strip() for w in words if w and w.strip()})
    if not cleaned:
        raise ValidationError({"abuse_words": "the list needs at least one word"})
    return settings.change("surveys", {"abuse_words": cleaned}, actor, note)


def new_code() -> str:
    """A random answer code, unique among surveys."""
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        taken = Survey.select().where(Survey.code == code).exists() or \
            ReceiptCode.select().where(ReceiptCode.code == code).exists()
        if not taken:
            return code


def invitation_channel(ticket_channel: str) -> str:
    """How to reach the customer: call back phone customers (often elderly), send the
    online form to online customers, an SMS code to everyone else."""
    if ticket_channel == "phone":
        return "phone"
    if ticket_channel in ("online", "email", "social"):
        return "online"
    return "sms"


def invite(ticket: Ticket, kind: str, now: datetime, channel: str | None = None) -> Survey:
    """Create the invitation (inside the caller's transaction). A routine survey takes
    the code already printed on the ticket's receipt, so the customer's slip answers it."""
    reserved = (ReceiptCode.select(ReceiptCode.code).where(ReceiptCode.ticket == ticket.id)
                .scalar() if kind == "routine" else None)
    return Survey.create(branch=ticket.branch_id, ticket=ticket, kind=kind,
                         channel=channel or invitation_channel(ticket.channel),
                         code=reserved or new_code(), invited_at=now, created_at=now,
                         updated_at=now)


def _store(survey: Survey, answer: Answer, actor: Staff | None, now: datetime) -> Changes:
    check(answer)
    if survey.status == "answered":
        raise ValidationError({"survey": f"survey {survey.code} has already been answered"})
    reason = invalid_reason(answer)
    for field in (*DIMENSIONS, "overall", "recommend"):
        setattr(survey, field, getattr(answer, field))
    survey.comment = (answer.comment or "").strip()
    survey.valid, survey.invalid_reason = not reason, reason
    survey.status, survey.answered_at, survey.updated_at = "answered", now, now
    survey.entered_by = actor
    survey.save()
    resolved_at = Ticket.select(Ticket.resolved_at).where(Ticket.id == survey.ticket_id).scalar()
    if resolved_at is not None:  # the month's satisfaction counts answers about it
        snapshots.invalidate_span(survey.branch_id, resolved_at, resolved_at)
    if actor is not None:
        audit.record(actor, "survey.answer", "survey", survey.id,
                     {"code": survey.code, "valid": survey.valid})
    return Changes.ticket(survey.ticket_id, "survey_answered")


def _entered_by(actor: Staff | None, ref: object) -> None:
    """Staff entering an answer need the role for it (the kiosk has no staff actor)."""
    if actor is not None:
        permissions.require(actor, "survey.answer", "survey", ref)


def answer_by_code(code: str, answer: Answer, actor: Staff | None = None,
                   now: datetime | None = None) -> Changes:
    """Record an answer that came back by SMS or the online form, by its code."""
    wanted = (code or "").strip().upper()
    _entered_by(actor, wanted)
    with database_proxy.obj.atomic():
        survey = Survey.get_or_none(Survey.code == wanted)
        if survey is None:
            pending = (ReceiptCode.select(Ticket.ticket_no).join(Ticket)
                       .where(ReceiptCode.code == wanted).scalar())
            if pending:
                raise ValidationError({"code": f"ticket {pending} is still being handled; "
                                               "its survey opens when it is closed"})
            raise ValidationError({"code": f"no survey has the code {code!r}"})
        if survey.status == "abandoned":
            raise ValidationError({"code": f"survey {wanted} was abandoned (no reply in time)"})
        return _store(survey, answer, actor, now or utcnow())


def kiosk_answer(ticket_id: int, answer: Answer, now: datetime | None = None) -> Changes:
    """The customer answered on the counter tablet right after service (routine survey)."""
    now = now or utcnow()
    with database_proxy.obj.atomic():
        ticket = Ticket.get_or_none(Ticket.id == ticket_id)
        if ticket is None:
            raise NotFound(f"ticket #{ticket_id} does not exist")
        survey = Survey.get_or_none(Survey.ticket == ticket, Survey.kind == "routine")
        if survey is None:
            survey = invite(ticket, "routine", now, channel="kiosk")
        return _store(survey, answer, None, now)


@dataclass(frozen=True)
class WaitingSurvey:
    """An invitation without an answer yet, for the call-back list."""

    id: int
    code: str
    ticket_no: str
    customer_name: str
    channel: str
    kind: str
    status: str
    invited_at: datetime


def waiting(branch_id: int | None = None, channel: str | None = None,
            limit: int = 200) -> list[WaitingSurvey]:
    """Invitations still waiting for an answer, oldest first (phone call-back list)."""
    query = (Survey.select(Survey.id, Survey.code, Ticket.ticket_no, Ticket.customer_name,
                           Survey.channel, Survey.kind, Survey.status, Survey.invited_at)
             .join(Ticket).where(Survey.status.in_(WAITING_STATUSES)))
    if branch_id is not None:
        query = query.where(Survey.branch == branch_id)
    if channel is not None:
        query = query.where(Survey.channel == channel)
    return [WaitingSurvey(*row) for row in
            query.order_by(Survey.invited_at, Survey.id).limit(limit).tuples()]


def recent_counter_tickets(clerk_id: int, since: datetime, limit: int = 20) -> list[tuple]:
    """(id, ticket_no, customer_name, subject) the clerk received since ``since`` and that
    have no routine survey yet: what the kiosk offers to rate."""
    rated = Survey.select(Survey.ticket).where(Survey.kind == "routine")
    return list(Ticket.select(Ticket.id, Ticket.ticket_no, Ticket.customer_name,
                              Ticket.subject)
                .where(Ticket.received_by == clerk_id, Ticket.created_at >= since,
                       Ticket.id.not_in(rated))
                .order_by(Ticket.created_at.desc(), Ticket.id.desc()).limit(limit).tuples())


def kiosk_unlock(staff_id: int, password: str) -> bool:
    """Hook for the kiosk: True when ``password`` is the staff member's own password.

    The counter tablet leaves kiosk mode only with it, so a customer cannot reach the
    rest of the application. The check is the sign-in's own (``auth.confirm_password``):
    wrong guesses count towards the lockout and are audited; a locked account raises
    ``AccountLocked`` (the kiosk says until when). Argon2 and audit rows: run it as a
    background write, never on the GUI thread."""
    from helpdesk_gui.services.security import auth

    try:
        auth.confirm_password(staff_id, password, "auth.kiosk_unlock")
    except auth.AccountLocked:
        raise
    except auth.SignInFailed:
        return False
    return True
