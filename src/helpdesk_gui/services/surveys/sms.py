"""Survey invitations by SMS through the hall's SMS gateway (SERVICE_STANDARD §7).

The gateway is a configurable HTTP endpoint (setting ``sms_gateway``: ``url``, ``template``,
``timeout_s``). Each text is POSTed as JSON ``{"phone": …, "text": …, "ref": …}``; any 2xx
answer means accepted. Python's own ``urllib.request`` is enough for one JSON POST, so no
HTTP library is added. Every text goes through the outbox (``SmsMessage``) first, inside
the caller's transaction, and is sent afterwards: a gateway that is down loses nothing —
the next run retries what failed (up to ``MAX_ATTEMPTS``), and the report counts what was
really accepted. The template may use ``{code}``, ``{ticket_no}`` and ``{name}`` (the
customer's surname only, masked as on paper).
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from datetime import datetime

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.surveys.models import Survey
from helpdesk_gui.domain.surveys.outbox import SmsMessage
from helpdesk_gui.domain.tickets.models import Customer, Ticket
from helpdesk_gui.services.quality import settings
from helpdesk_gui.services.security.privacy import mask_name

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 3


class _Safe(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, survey: Survey, ticket: Ticket) -> str:
    """The text of one invitation (unknown placeholders are left as written)."""
    return template.format_map(_Safe(code=survey.code, ticket_no=ticket.ticket_no,
                                     name=mask_name(ticket.customer_name) or ""))


def queue(rows: list[Survey], purpose: str = "invitation") -> int:
    """Put the SMS surveys among ``rows`` in the outbox (one text per survey and purpose)."""
    template = settings.current("sms_gateway")["template"]
    added = 0
    with database_proxy.obj.atomic():
        for survey in rows:
            if survey.channel != "sms":
                continue
            ticket = Ticket.get_by_id(survey.ticket_id)
            customer = Customer.get_or_none(Customer.id == ticket.customer_id)
            phone = customer.phone if customer else None
            if SmsMessage.select().where(SmsMessage.survey == survey.id,
                                         SmsMessage.purpose == purpose).exists():
                continue
            SmsMessage.create(survey=survey.id, purpose=purpose, phone=phone or "",
                              text=render(template, survey, ticket),
                              status="pending" if phone else "failed",
                              error="" if phone else "the customer has no phone number")
            added += 1
    return added


def post(url: str, payload: dict, timeout: float) -> None:
    """One POST to the gateway; raises ``OSError`` (incl. HTTP errors) when not accepted."""
    request = urllib.request.Request(
        url, data=json.dumps(payload, ensure_ascii=False).encode("utf-8"), method="POST",
        headers={"Content-Type": "application/json; charset=utf-8"})
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
        if not 200 <= response.status < 300:
            raise OSError(f"gateway answered HTTP {response.status}")


def send_pending(now: datetime) -> dict[str, int]:
    """Send what waits in the outbox; a failure is recorded and retried next run."""
    config = settings.current("sms_gateway")
    if not config["url"]:
        return {"sent": 0, "failed": 0, "waiting": SmsMessage.select().where(
            SmsMessage.status == "pending").count()}
    sent = failed = 0
    retry = (SmsMessage.status == "failed") & (SmsMessage.attempts < MAX_ATTEMPTS) & (
        SmsMessage.phone != "")
    for message in SmsMessage.select().where((SmsMessage.status == "pending") | retry):
        try:
            post(config["url"], {"phone": message.phone, "text": message.text,
                                 "ref": message.uuid}, float(config["timeout_s"]))
            message.status, message.sent_at, message.error = "sent", now, ""
            sent += 1
        except (OSError, urllib.error.URLError) as exc:
            message.status, message.error = "failed", str(exc)[:300]
            failed += 1
            log.warning("SMS to survey %s not accepted: %s", message.survey_id, exc)
        message.attempts += 1
        message.updated_at = now
        with database_proxy.obj.atomic():
            message.save()
    return {"sent": sent, "failed": failed, "waiting": 0}


def delivery(period) -> dict:
    """SMS texts accepted by the gateway and failed, for texts created in ``period``."""
    base = SmsMessage.select().where(SmsMessage.created_at >= period.start,
                                     SmsMessage.created_at < period.end)
    return {"sms_sent": base.where(SmsMessage.status == "sent").count(),
            "sms_failed": base.where(SmsMessage.status == "failed").count()}
