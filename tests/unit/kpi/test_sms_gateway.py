"""Survey invitations reach customers through an HTTP SMS gateway (a local fake server)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from helpdesk_gui.domain.surveys.outbox import SmsMessage
from helpdesk_gui.domain.tickets.models import Customer
from helpdesk_gui.services.quality import settings
from helpdesk_gui.services.surveys import answers as surveys
from helpdesk_gui.services.surveys import sms

from .conftest import make_ticket, t


@pytest.fixture
def gateway():
    """A fake gateway on 127.0.0.1 that records each POST; ``fail`` makes it answer 503."""
    received, state = [], {"fail": False}

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.append(json.loads(body))
            self.send_response(503 if state["fail"] else 200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/send", received, state
    server.shutdown()
    server.server_close()


def _invited(branch, clerk, phone="13812345678"):
    customer = Customer.create(branch=branch, name="张三", phone=phone)
    ticket = make_ticket(branch, clerk, "BJ01-1", "2026-03-02 02:00", customer=customer,
                         status="closed", closed_at="2026-03-02 03:00")
    return surveys.invite(ticket, "routine", t("2026-03-02 03:05"))


def test_invitation_is_posted_with_the_template(survey_db, branch, clerk, supervisor,
                                                gateway):
    url, received, _ = gateway
    settings.change("sms_gateway", {"url": url, "template": "工单{ticket_no}评价码{code}"},
                    supervisor)
    survey = _invited(branch, clerk)
    assert sms.queue([survey]) == 1 and sms.queue([survey]) == 0  # once per survey
    assert sms.send_pending(t("2026-03-02 03:06")) == {"sent": 1, "failed": 0, "waiting": 0}
    assert received == [{"phone": "13812345678", "text": f"工单BJ01-1评价码{survey.code}",
                         "ref": SmsMessage.get().uuid}]
    assert SmsMessage.get().status == "sent"


def test_gateway_down_loses_nothing_and_retries(survey_db, branch, clerk, supervisor,
                                                gateway):
    url, received, state = gateway
    settings.change("sms_gateway", {"url": url}, supervisor)
    sms.queue([_invited(branch, clerk)])
    state["fail"] = True
    assert sms.send_pending(t("2026-03-02 03:06"))["failed"] == 1
    row = SmsMessage.get()
    assert row.status == "failed" and "503" in row.error
    state["fail"] = False
    assert sms.send_pending(t("2026-03-02 03:16"))["sent"] == 1
    assert len(received) == 2 and SmsMessage.get().attempts == 2


def test_no_gateway_configured_keeps_texts_waiting(survey_db, branch, clerk):
    sms.queue([_invited(branch, clerk)])
    assert sms.send_pending(t("2026-03-02 03:06")) == {"sent": 0, "failed": 0, "waiting": 1}
