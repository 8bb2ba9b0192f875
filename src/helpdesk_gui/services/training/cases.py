"""The case library: closed tickets and complaints kept as typical cases (典型案例).

SERVICE_STANDARD §9/§11: successes and failures feed training. A case is a closed
ticket promoted by a supervisor with the lessons learned. Its text is masked when it is
made (§12): the customer's name becomes 张*, phones 138****1234, other numbers (户号) keep
their first three and last two digits — so a case can be shown in a classroom or printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.errors import NotFound, ValidationError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets import validation
from helpdesk_gui.domain.tickets.models import Ticket, TicketEvent
from helpdesk_gui.domain.training.models import CASE_OUTCOMES, CourseCase, LibraryCase
from helpdesk_gui.domain.vocabulary import CHANNELS, TICKET_TYPES, chinese
from helpdesk_gui.services.changes import Changes
from helpdesk_gui.services.security.privacy import mask_name, mask_phone
from helpdesk_gui.services.training.courses import get_course, guard, trail

CASES_CHANGED = Changes(kinds=frozenset({"case", "training"}))
PROMOTE = "case.promote"
_MOBILE = re.compile(r"(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)")
_LONG_NUMBER = re.compile(r"(?<![\d*])(\d{2})(\d{4,})(\d{2})(?![\d*])")


def mask_text(text: str, names: tuple[str, ...] = (), secrets: tuple[str, ...] = ()) -> str:
    """Mask the given names and secret numbers, then any mobile or long number left."""
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        text = text.replace(name, mask_name(name) or "")
    for secret in (s for s in secrets if s):
        text = text.replace(secret, mask_phone(secret) or "")
    text = _MOBILE.sub(r"\1****\2", text)
    return _LONG_NUMBER.sub(lambda m: m.group(1) + "*" * len(m.group(2)) + m.group(3), text)


def _summary(ticket: Ticket) -> str:
    kind, channel = chinese(TICKET_TYPES, ticket.type), chinese(CHANNELS, ticket.channel)
    lines = [f"类型：{kind}　渠道：{channel}　级别：{ticket.level}",
             f"客户：{ticket.customer_name}", f"问题：{ticket.description}"]
    if ticket.request:
        lines.append(f"诉求：{ticket.request}")
    notes = (TicketEvent.select(TicketEvent.note).where(
        TicketEvent.ticket == ticket, TicketEvent.note != "").order_by(TicketEvent.at))
    seen = {ticket.resolution}
    for event in notes:  # repeated notes ("called the customer") and the result once only
        if event.note not in seen:
            seen.add(event.note)
            lines.append(f"过程：{event.note}")
    lines.append(f"处理结果：{ticket.resolution}")
    if ticket.solution:
        lines.append(f"技术方案：{ticket.solution}")
    return "\n".join(lines)


def _secrets_of(ticket: Ticket) -> tuple[tuple[str, ...], tuple[str, ...]]:
    customer = ticket.customer
    names = (ticket.customer_name, customer.name if customer else "")
    secrets = (customer.phone or "", customer.account_no or "") if customer else ()
    return names, secrets


def promote(ticket_id: int, outcome: str, lessons: str, actor: Staff,
            title: str = "") -> int:
    """Make a closed ticket a library case (masked); returns the case id."""
    validation.choice("outcome", outcome, CASE_OUTCOMES)
    lessons = validation.text("lessons", lessons, required=True, limit=4000)
    guard(actor, PROMOTE, "ticket", ticket_id)
    with database_proxy.obj.atomic():
        ticket = Ticket.get_or_none(Ticket.id == ticket_id)
        if ticket is None:
            raise NotFound(f"ticket #{ticket_id} does not exist")
        if ticket.status != "closed":
            raise ValidationError({"ticket": f"{ticket.ticket_no} is not closed yet"})
        if LibraryCase.get_or_none(LibraryCase.ticket == ticket):
            raise ValidationError({"ticket": f"{ticket.ticket_no} is already a case"})
        names, secrets = _secrets_of(ticket)
        case = LibraryCase.create(
            ticket=ticket, outcome=outcome, ticket_type=ticket.type,
            title=mask_text(title.strip() or ticket.subject or ticket.ticket_no, names, secrets),
            summary=mask_text(_summary(ticket), names, secrets),
            lessons=mask_text(lessons, names, secrets), promoted_by=actor,
            branch=ticket.branch)
        trail(actor, "case.promote", "ticket", ticket_id, {"outcome": outcome, "case": case.id})
    return case.id


@dataclass(frozen=True)
class CaseRow:
    id: int
    outcome: str
    ticket_type: str
    title: str
    summary: str
    lessons: str
    courses: tuple[str, ...]  # titles of the courses it is attached to


def list_cases(outcome: str | None = None, query: str = "") -> list[CaseRow]:
    """Library cases, newest first, filtered by outcome and words in title/summary/lessons."""
    cases = LibraryCase.select().order_by(LibraryCase.created_at.desc(), LibraryCase.id.desc())
    if outcome:
        cases = cases.where(LibraryCase.outcome == outcome)
    for word in (query or "").split():
        cases = cases.where(LibraryCase.title.contains(word) | LibraryCase.summary.contains(word)
                            | LibraryCase.lessons.contains(word))
    cases = list(cases)
    links: dict[int, list[str]] = {}
    if cases:
        from helpdesk_gui.domain.training.models import Course
        for case_id, title in (CourseCase.select(CourseCase.case, Course.title).join(Course)
                               .where(CourseCase.case.in_([c.id for c in cases])).tuples()):
            links.setdefault(case_id, []).append(title)
    return [CaseRow(c.id, c.outcome, c.ticket_type, c.title, c.summary, c.lessons,
                    tuple(links.get(c.id, ()))) for c in cases]


def attach(case_id: int, course_id: int, actor: Staff) -> Changes:
    """Use a case as material of a course (once per course)."""
    guard(actor, PROMOTE, "case", case_id)
    with database_proxy.obj.atomic():
        trail(actor, "case.attach", "case", case_id, {"course": course_id})
        case = LibraryCase.get_or_none(LibraryCase.id == case_id)
        if case is None:
            raise NotFound(f"case #{case_id} does not exist")
        course = get_course(course_id)
        if not CourseCase.get_or_none(CourseCase.course == course, CourseCase.case == case):
            CourseCase.create(course=course, case=case)
    return CASES_CHANGED


def cases_of_course(course_id: int) -> list[CaseRow]:
    ids = [cid for (cid,) in CourseCase.select(CourseCase.case)
           .where(CourseCase.course == course_id).tuples()]
    return [row for row in list_cases() if row.id in ids]


def closed_tickets_to_promote(limit: int = 200) -> list[tuple[int, str, str, str]]:
    """(id, ticket no, type, subject) of recent closed tickets not yet in the library."""
    taken = LibraryCase.select(LibraryCase.ticket)
    return list(Ticket.select(Ticket.id, Ticket.ticket_no, Ticket.type, Ticket.subject)
                .where(Ticket.status == "closed", Ticket.id.not_in(taken))
                .order_by(Ticket.closed_at.desc()).limit(limit).tuples())
