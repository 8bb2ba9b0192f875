"""``sync push``/``sync pull``: the same bundles through headquarters' database mailbox."""

from __future__ import annotations

import pytest
from network import Site, connect

from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.sync.models import SyncMailbox, SyncSite
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.sync import mailbox
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket


@pytest.mark.postgres
def test_branch_pushes_to_and_pulls_from_headquarters_on_postgresql(tmp_path):
    import pghall

    if pghall.unavailable_reason():
        pytest.skip(pghall.unavailable_reason())
    url = pghall.fresh_database()
    hq, branch = Site(tmp_path, "HQ", "hq", url=url), Site(tmp_path, "B01", "branch")
    try:
        hq.setup("总部")
        branch.setup("一厅")
        connect(hq, [branch])
        branch.use()
        clerk = staff_service.create_staff(branch.admin.branch, "B01-1", "王芳", "counter")
        made = create_ticket(IntakeForm(channel="counter", type="consultation", level=3,
                                        customer_name="张三", description="家里停电了",
                                        phone="13812345678"), clerk)
        number = Ticket.get_by_id(made.id).ticket_no
        assert "posted" in mailbox.push(branch.admin, url)[0]
        hq.use()
        assert SyncMailbox.select().where(SyncMailbox.to_site == "HQ").count() == 1
        assert "applied bundle 1 from B01" in mailbox.pull(hq.admin)[0]
        assert Ticket.get(Ticket.ticket_no == number)
        assert Staff.get(Staff.employee_no == "B01-1")
        assert mailbox.pull(hq.admin) == ["no bundles waiting"]
        assert "bundle 1 for B01" in mailbox.push(hq.admin)[0]
        branch.use()
        assert "applied bundle 1 from HQ" in mailbox.pull(branch.admin, url)[0]
        assert SyncSite.get(SyncSite.code == "HQ").acked_seq == 1  # HQ confirmed bundle 1
    finally:
        hq.close()
        branch.close()


def test_a_branch_must_name_headquarters_database(tmp_path):
    from helpdesk_gui.domain.errors import ValidationError

    hq, branch = Site(tmp_path, "HQ", "hq"), Site(tmp_path, "B01", "branch")
    try:
        hq.setup("总部")
        branch.setup("一厅")
        connect(hq, [branch])
        branch.use()
        with pytest.raises(ValidationError, match="--to postgresql"):
            mailbox.push(branch.admin, None)
    finally:
        hq.close()
        branch.close()
