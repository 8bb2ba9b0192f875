"""A bundle from a branch that was offline is a late change: the closed months its tickets
touch are computed again at headquarters, the months before them stay kept."""

from __future__ import annotations

from datetime import timedelta

from network import Site, connect

from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.services.quality import kpi, snapshots
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.sync import bundles
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket


def _month(back: int) -> str:
    return kpi.shift_month(utcnow().strftime("%Y-%m"), -back)


def test_a_bundle_with_tickets_of_a_closed_month_recomputes_that_month(tmp_path):
    hq, branch = Site(tmp_path, "HQ", "hq"), Site(tmp_path, "B01", "branch")
    for site, name in ((hq, "总部"), (branch, "一厅")):
        site.setup(name)
    connect(hq, [branch])
    branch.use()
    clerk = staff_service.create_staff(branch.admin.branch, "B01-1", "王芳", "counter")
    made = create_ticket(IntakeForm(channel="counter", type="consultation", level=3,
                                    customer_name="张三", description="家里停电了",
                                    phone="13812345678"), Staff.get_by_id(clerk.id))
    late = kpi.month_period(_month(2), kpi.DEFAULT_TZ).start + timedelta(days=10)
    Ticket.update(created_at=late).where(Ticket.id == made.id).execute()  # taken offline then
    path = bundles.export_bundle(branch.admin, "HQ", tmp_path).path
    hq.use()
    tz = kpi.branch_timezone(None)
    before = {m: snapshots.month_figures(m)["received"] for m in (_month(2), _month(4))}
    assert snapshots.kept_figures(_month(2), None, tz) is not None
    bundles.import_bundle(hq.admin, path)
    assert snapshots.kept_figures(_month(2), None, tz) is None  # touched: computed again
    assert snapshots.kept_figures(_month(4), None, tz) is not None  # before it: still kept
    assert snapshots.month_figures(_month(2))["received"] == before[_month(2)] + 1
    assert snapshots.month_figures(_month(4))["received"] == before[_month(4)]
    for site in (hq, branch):
        site.close()
