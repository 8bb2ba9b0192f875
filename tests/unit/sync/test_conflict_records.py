"""A conflict's record is named for people: a ticket number, a staff member's number and
name, a masked customer — read from this site's copy, from a parent for a natural key,
or from the version that travelled when the row never arrived."""

from __future__ import annotations

import json
import uuid

from helpdesk_gui.domain.quality.models import Setting
from helpdesk_gui.domain.sync.models import SyncConflict
from helpdesk_gui.domain.tickets.models import Customer, Ticket, TicketEvent
from helpdesk_gui.domain.training.models import KnowledgeArticle
from helpdesk_gui.services.sync import conflicts, records, sites
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket


def _ticket(clerk) -> Ticket:
    made = create_ticket(IntakeForm(channel="counter", type="repair", level=3,
                                    customer_name="张伟", description="朝阳路小区停电",
                                    phone="13900000000"), clerk)
    return Ticket.get_by_id(made.id)


def test_local_records_are_named_by_their_own_fields_and_references(db, clerk):
    ticket = _ticket(clerk)
    event = TicketEvent.get(TicketEvent.ticket == ticket.id)
    customer = Customer.get_by_id(ticket.customer_id)
    assert records.describe("staff", str(clerk.uuid)) == "1001 王芳"
    assert records.describe("ticket", str(ticket.uuid)) == ticket.ticket_no
    assert records.describe("ticket_event", str(event.uuid)) == ticket.ticket_no  # via ticket
    assert records.describe("customer", str(customer.uuid)) == "张* 139****0000"  # masked


def test_natural_keys_and_free_text(db, clerk):
    Setting.create(key="sla.reminder", version=3, data="{}")
    assert records.describe("setting", json.dumps(["sla.reminder", 3])) == "sla.reminder 3"
    article = KnowledgeArticle.create(title="回电 13812345678 停电话术", category="billing",
                                      body="…")
    assert records.describe("knowledge_article", str(article.uuid)) == "回电 138****5678 停电话术"


def test_a_record_that_never_arrived_is_named_from_what_travelled(db, clerk):
    ticket = _ticket(clerk)
    missing = str(uuid.uuid4())
    travelled = {"ticket_no": "BJ02-20261203-0007", "customer": str(uuid.uuid4())}
    assert records.describe("ticket", missing, json.dumps(travelled)) == "BJ02-20261203-0007"
    sent_by_ticket = {"ticket": str(ticket.uuid), "kind": "n"}  # a reference held here
    assert records.describe("ticket_event", missing, json.dumps(sent_by_ticket)) == \
        ticket.ticket_no
    person = {"name": "欧阳修", "phone": "13712345678"}
    assert records.describe("customer", missing, json.dumps(person)) == "欧** 137****5678"
    assert records.describe("ticket", missing, "[1, 2]") == missing[:8] + "…"  # older rows
    assert records.describe("future_table", missing) == missing[:8] + "…"


def test_the_conflict_list_names_each_record(db, clerk, branch):
    from helpdesk_gui.services.security import staff as staff_service

    admin = staff_service.create_staff(branch, "9001", "管理员", "admin")
    sites.init_site(admin, "hq")
    ticket = _ticket(clerk)
    for key in (str(ticket.uuid), str(uuid.uuid4())):
        SyncConflict.create(table_name="ticket", row_key=key, from_site="BJ02", bundle_seq=4,
                            kind="non_owner", winner="local", decision="…",
                            data=json.dumps({"ticket_no": "BJ02-20261203-0001"}))
    named = [(c.record, c.row_key) for c in conflicts.list_conflicts(admin)]
    assert named[0][0] == "BJ02-20261203-0001" and named[1] == (ticket.ticket_no,
                                                              str(ticket.uuid))
