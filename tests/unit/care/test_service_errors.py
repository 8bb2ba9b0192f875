"""The service-error register and 服务差错率 = errors ÷ tickets received, by hand."""

from __future__ import annotations

from datetime import datetime

import pytest

from helpdesk_gui.domain.errors import PermissionDenied, ValidationError
from helpdesk_gui.domain.quality.models import ServiceError
from helpdesk_gui.services.quality import kpi, service_errors
from helpdesk_gui.services.quality.service_errors import ErrorForm
from tests.unit.kpi.conftest import make_ticket


def _month(branch, clerk, n: int, day: str = "2026-03-05 02:00"):
    return [make_ticket(branch, clerk, f"E{i}", day) for i in range(n)]


def test_rate_is_errors_over_tickets_received(db, branch, clerk, handler, supervisor):
    tickets = _month(branch, clerk, 8)  # 8 tickets received in March (Beijing)
    make_ticket(branch, clerk, "APR", "2026-04-02 02:00")
    for no, kind in (("E0", "wrong_information"), ("E3", "rudeness"), ("APR", "wrong_billing")):
        service_errors.record(ErrorForm(kind, "告知的停水时间有误", ticket_no=no,
                                        staff_no="2001", corrective_action="重新告知"),
                              supervisor)
    figures = kpi.month_figures("2026-03")
    assert figures["received"] == 9 - 1 and figures["service_error_rate"] == 0.25  # 2 / 8
    assert kpi.month_figures("2026-04")["service_error_rate"] == 1.0  # 1 / 1
    assert kpi.month_figures("2026-02")["service_error_rate"] is None  # nothing at all
    row = ServiceError.get(ServiceError.ticket == tickets[0])
    assert (row.found_by, row.staff_id, row.occurred_at) == ("ticket", handler.id,
                                                            tickets[0].created_at)


def test_no_error_is_zero_and_errors_without_tickets_are_never_null(db, branch, clerk,
                                                                      supervisor):
    _month(branch, clerk, 4)
    assert kpi.month_figures("2026-03")["service_error_rate"] == 0.0
    service_errors.record(ErrorForm("other", "电话回访时发现的差错",
                                    occurred_at=datetime(2026, 5, 3, 2)), supervisor)
    assert kpi.month_figures("2026-05")["service_error_rate"] == 1.0  # not null


def test_only_supervisors_record_and_fields_are_checked(db, branch, clerk, supervisor):
    with pytest.raises(PermissionDenied):
        service_errors.record(ErrorForm("rudeness", "态度差"), clerk)
    with pytest.raises(ValidationError) as err:
        service_errors.record(ErrorForm("rudeness", "", ticket_no="NOPE"), supervisor)
    assert set(err.value.errors) == {"description"}
    with pytest.raises(ValidationError) as err:
        service_errors.record(ErrorForm("rudeness", "态度差", ticket_no="NOPE"), supervisor)
    assert "NOPE" in err.value.errors["ticket_no"]
    assert ServiceError.select().count() == 0


def test_register_rows_for_the_month(db, branch, clerk, supervisor):
    _month(branch, clerk, 2)
    service_errors.record(ErrorForm("missed_deadline", "超过三个工作日未回复", ticket_no="E1",
                                    staff_no="1001"), supervisor)
    period = kpi.month_period("2026-03")
    [row] = service_errors.rows(period, branch.id)
    assert (row.ticket_no, row.kind, row.staff, row.recorded_by) == (
        "E1", "missed_deadline", "王芳", "赵敏")
