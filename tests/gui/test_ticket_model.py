"""The lazy ticket table model: Qt model contract, paging, stale results, changes."""

from __future__ import annotations

import dataclasses
from datetime import UTC
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from helpdesk_gui.services.tickets import detail as td
from helpdesk_gui.services.tickets import query as tq
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
from helpdesk_gui.ui.tickets.model import PLACEHOLDER, TicketTableModel

N = 230


def _create(clerk, i: int, level: int = 3):
    return create_ticket(IntakeForm(
        channel=("phone", "counter", "online")[i % 3], type=("repair", "complaint")[i % 2],
        level=level, customer_name=("张伟", "李娜", "王秀英", "刘洋")[i % 4],
        description=f"第{i}号：小区停电" if i % 5 == 0 else f"第{i}号：水费账单疑问",
        phone=f"138{i:08d}"), clerk)


@pytest.fixture
def tickets(clerk):
    return [_create(clerk, i, level=2 if i == 7 else 3).id for i in range(N)]


class DeferredOps:
    """A runner that holds reads until the test lets them finish (like a real thread)."""

    def __init__(self):
        self.jobs = []

    def read(self, fn, on_done=None, on_error=None):
        self.jobs.append((fn, on_done, on_error))

    def run_all(self):
        jobs, self.jobs = self.jobs, []
        for fn, on_done, _ in jobs:
            on_done(fn())


def _small(model: TicketTableModel, page: int = 40, pages: int = 3) -> TicketTableModel:
    model.PAGE_SIZE, model.MAX_PAGES = page, pages
    return model


def _ids(model: TicketTableModel) -> list[int]:
    return [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(model.rowCount())]


def test_qtmodeltester(qtmodeltester, ctx, tickets):
    model = _small(TicketTableModel(ctx))
    model.sort(tq.COLUMNS.index("created_at"), Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == N
    qtmodeltester.check(model)
    assert len(model._pages) <= 3


def test_every_row_in_order_through_small_pages(ctx, tickets):
    model = _small(TicketTableModel(ctx), page=17, pages=2)
    model.sort(tq.COLUMNS.index("customer_name"), Qt.SortOrder.AscendingOrder)
    expected = [r[0] for r in tq.fetch_page(tq.TicketFilter(), tq.TicketSort(
        "customer_name", False), None, 10_000)]
    assert _ids(model) == expected
    assert list(reversed([model.index(r, 0).data(Qt.ItemDataRole.UserRole)
                          for r in reversed(range(N))])) == expected


def test_display_is_translated_local_and_urgent_rows_highlighted(ctx, clerk, tickets):
    model = TicketTableModel(ctx)
    model.set_filter(tq.TicketFilter(search=td.ticket_detail(tickets[7]).ticket_no))
    assert model.rowCount() == 1
    cell = {c: model.index(0, i).data() for i, c in enumerate(tq.COLUMNS)}
    created = td.ticket_detail(tickets[7]).created_at.replace(tzinfo=UTC)
    assert cell["created_at"] == created.astimezone(ZoneInfo("Asia/Shanghai")).strftime(
        "%Y-%m-%d %H:%M")
    assert cell["status"] == "New" and cell["level"] == "2 Important"
    assert cell["type"] == "Complaint" and cell["customer_name"] == "刘*"  # masked (§12)
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    urgent = _create(clerk, 999, level=1)
    model.set_filter(tq.TicketFilter(levels=(1,)))
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == urgent.id
    assert model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Ticket No."


def test_missing_rows_show_a_placeholder_then_arrive(qtbot, ctx, tickets):
    ops = DeferredOps()
    model = _small(TicketTableModel(dataclasses.replace(ctx, ops=ops)))
    model.refresh()
    ops.run_all()
    assert model.rowCount() == N
    assert model.index(120, 0).data() == PLACEHOLDER  # page 3 not loaded: no query now
    assert model.index(121, 1).data() == PLACEHOLDER
    assert len(ops.jobs) == 1  # one request per page, however many cells ask
    with qtbot.waitSignal(model.dataChanged) as changed:
        ops.run_all()
    assert changed.args[0].row() == 120 and changed.args[1].row() == 159
    assert model.index(120, 0).data().startswith("BJ01-")


def test_results_of_an_old_query_are_dropped(ctx, tickets):
    ops = DeferredOps()
    model = _small(TicketTableModel(dataclasses.replace(ctx, ops=ops)))
    model.refresh()
    ops.run_all()
    model.index(200, 0).data()  # asks for a page of the unfiltered list...
    model.set_filter(tq.TicketFilter(search="停电"))  # ...then the filter changes
    ops.run_all()
    assert model.rowCount() == N // 5
    [model.index(r, 0).data() for r in range(model.rowCount())]
    ops.run_all()
    assert all(model.index(r, 0).data() != PLACEHOLDER for r in range(model.rowCount()))
    assert 200 // model.PAGE_SIZE not in model._pages


def test_sort_is_done_by_the_database(ctx, tickets):
    model = TicketTableModel(ctx)
    col = tq.COLUMNS.index("customer_name")
    model.sort(col, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, col).data() for r in range(model.rowCount())]
    assert names == sorted(names)
    model.sort(col, Qt.SortOrder.DescendingOrder)
    assert model.index(0, col).data() == max(names)
    before = model.ticket_sort()
    model.sort(tq.COLUMNS.index("subject"), Qt.SortOrder.AscendingOrder)  # no index: ignored
    assert model.ticket_sort() == before


def test_changes_recount_and_refresh_only_when_affected(qtbot, ctx, clerk, tickets):
    model = TicketTableModel(ctx)
    model.set_filter(tq.TicketFilter(search="停电"))
    before = model.rowCount()
    created = _create(clerk, 1000)  # i % 5 == 0: another power cut
    with qtbot.waitSignal(model.rowsInserted):
        model.on_changes(created.changes)
    assert model.rowCount() == before + 1
    assert model.index(0, 0).data(Qt.ItemDataRole.UserRole) == created.id
    other = _create(clerk, 1001)  # a water bill: not in this list
    with qtbot.assertNotEmitted(model.dataChanged), qtbot.assertNotEmitted(model.rowsInserted):
        model.on_changes(dataclasses.replace(other.changes, kinds=frozenset({"assigned"})))
    assert model.rowCount() == before + 1
