"""The ticket list queries: filters, quick search, keyset paging and jumps, detail."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

import pytest

from helpdesk_gui.domain.errors import PermissionDenied
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.domain.tickets.models import Ticket
from helpdesk_gui.domain.vocabulary import STATUSES
from helpdesk_gui.services.security import staff as staff_service
from helpdesk_gui.services.tickets import approval
from helpdesk_gui.services.tickets import detail as td
from helpdesk_gui.services.tickets import flow as ticket_flow
from helpdesk_gui.services.tickets import query as tq
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
from helpdesk_gui.services.tickets.query import TicketFilter, TicketSort


def _new(clerk, text="小区停电，冰箱里的东西坏了", name="张伟", phone="13812345678",
         account=None, **kw):
    form = IntakeForm(channel=kw.pop("channel", "phone"), type=kw.pop("type", "repair"),
                      level=kw.pop("level", 2), customer_name=name, description=text,
                      phone=phone, account_no=account, **kw)
    return create_ticket(form, clerk)


ALL, NEWEST = TicketFilter(), TicketSort()


def _ids(f=ALL, sort=NEWEST):
    return [row[0] for row in tq.fetch_page(f, sort, None, 10_000)]


@pytest.fixture
def hall(clerk, handler, supervisor):
    """A few distinct tickets to filter and search."""
    t = {
        "outage": _new(clerk, "朝阳路小区停电三小时", "张伟", "13812345678", level=1),
        "bill": _new(clerk, "这个月水费太高了", "李娜", "13987654321", account="3100123456",
                     type="complaint", channel="counter", level=3),
        "gas": _new(clerk, "燃气表不走字，请上门检查", "王秀英", "13700001111",
                    type="consultation", channel="online", level=3),
        "meter": _new(clerk, "电表箱门损坏 meter box broken", "刘洋", "13600002222",
                      type="request", channel="phone", level=2),
    }
    approval.approve(t["outage"].id, supervisor)  # level 1: a supervisor approves first
    ticket_flow.assign(t["outage"].id, handler.id, clerk)
    ticket_flow.assign(t["gas"].id, handler.id, clerk)
    ticket_flow.start(t["gas"].id, handler)
    return {k: v.id for k, v in t.items()}


def test_each_filter_and_combined(hall, clerk, handler):
    assert set(_ids(TicketFilter(statuses=("new",)))) == {hall["bill"], hall["meter"]}
    assert set(_ids(TicketFilter(statuses=("assigned", "in_progress")))) == {
        hall["outage"], hall["gas"]}
    assert _ids(TicketFilter(types=("complaint",))) == [hall["bill"]]
    assert _ids(TicketFilter(levels=(1,))) == [hall["outage"]]
    assert _ids(TicketFilter(channels=("online",))) == [hall["gas"]]
    assert set(_ids(TicketFilter(assignee_id=handler.id))) == {hall["outage"], hall["gas"]}
    assert len(_ids(TicketFilter(mine=clerk.id))) == 4  # received them all
    assert set(_ids(TicketFilter(mine=handler.id))) == {hall["outage"], hall["gas"]}
    both = TicketFilter(assignee_id=handler.id, statuses=("in_progress",), levels=(3,))
    assert _ids(both) == [hall["gas"]]
    assert tq.count_tickets(both) == 1
    assert tq.count_tickets(TicketFilter()) == 4


def test_date_range_is_in_local_time(hall):
    # 16:30 UTC on 31 Jan is 00:30 on 1 Feb in Shanghai
    Ticket.update(created_at=datetime(2026, 1, 31, 16, 30)).where(
        Ticket.id == hall["bill"]).execute()
    Ticket.update(created_at=datetime(2026, 1, 31, 15, 59)).where(
        Ticket.id == hall["gas"]).execute()
    feb = TicketFilter(created_from=date(2026, 2, 1), created_to=date(2026, 2, 1))
    jan = TicketFilter(created_from=date(2026, 1, 31), created_to=date(2026, 1, 31))
    assert _ids(feb) == [hall["bill"]]
    assert _ids(jan) == [hall["gas"]]
    assert tq.count_tickets(TicketFilter(created_to=date(2026, 1, 31))) == 1
    utc_day = TicketFilter(created_from=date(2026, 1, 31), created_to=date(2026, 1, 31),
                           tz="UTC")
    assert set(_ids(utc_day)) == {hall["bill"], hall["gas"]}


@pytest.mark.parametrize("typed, expected", [
    ("停电", {"outage"}), ("水费", {"bill"}), ("停", {"outage"}), ("燃气表", {"gas"}),
    ("上门检查", {"gas"}), ("王秀英", {"gas"}), ("李娜", {"bill"}), ("meter", {"meter"}),
    ("1381", {"outage"}), ("139 8765", {"bill"}), ("3100", {"bill"}), ("1300", set()),
    ("电", {"outage", "meter"}), ("!!!", set()), ("停水", set()),
])
def test_quick_search(hall, typed, expected):
    f = TicketFilter(search=typed)
    assert set(_ids(f)) == {hall[k] for k in expected}
    assert tq.count_tickets(f) == len(expected)


def test_quick_search_by_ticket_number_and_prefix(hall):
    number = Ticket.get_by_id(hall["gas"]).ticket_no
    assert _ids(TicketFilter(search=number)) == [hall["gas"]]
    assert _ids(TicketFilter(search=number.lower())) == [hall["gas"]]
    assert len(_ids(TicketFilter(search=number[:10]))) == 4
    assert _ids(TicketFilter(search="XX99-2026")) == []
    assert tq.search_kind(number[:12]) == ("ticket_no", number[:12])
    assert tq.search_kind("138-1234") == ("digits", "1381234")
    assert tq.search_kind("123")[0] == "text"


# --- keyset paging against a plain ORDER BY ------------------------------------------------

@pytest.fixture
def many(clerk, handler, supervisor):
    """90 tickets with repeated sort values and NULLs in the nullable columns."""
    rnd = random.Random(11)
    for i in range(90):
        _new(clerk, f"第{i}号工单", rnd.choice(["张伟", "李娜", "王芳"]), None,
             account=f"88{i:04d}", level=rnd.choice([1, 2, 3]),
             channel=rnd.choice(["phone", "counter"]), type=rnd.choice(["repair", "request"]))
    base = datetime(2026, 3, 1, 8, 0)
    people = [None, handler.id, supervisor.id]
    for t in Ticket.select():
        Ticket.update(
            created_at=base + timedelta(minutes=rnd.randrange(20)),  # many equal values
            updated_at=base + timedelta(minutes=rnd.randrange(5)),
            status=rnd.choice(["new", "assigned", "in_progress", "closed", "cancelled"]),
            assignee=rnd.choice(people),
            resolve_due=rnd.choice([None, base + timedelta(hours=rnd.randrange(4))]),
        ).where(Ticket.id == t.id).execute()
    return list(Ticket.select().order_by(Ticket.id))


def _expected(tickets, sort: TicketSort, keep=lambda t: True) -> list[int]:
    """The order the list must show, computed in Python: NULLs last in both directions."""
    keys = {"assignee": ("assignee_id", "created_at"),
            "time_left": ("resolve_due",)}.get(sort.column) or {
        "status": ("status", "created_at"), "type": ("type", "created_at"),
        "level": ("level", "created_at"), "channel": ("channel", "created_at"),
    }.get(sort.column, (sort.column,))
    chosen = [t for t in tickets if keep(t)]
    if sort.column == "status":  # the workflow's order, not the stored letters'
        flow = list(STATUSES)
        return [t.id for t in sorted(chosen, key=lambda t: (flow.index(t.status),
                                                            t.created_at, t.id),
                                     reverse=sort.descending)]
    filled = [t for t in chosen if getattr(t, keys[0]) is not None]
    empty = [t for t in chosen if getattr(t, keys[0]) is None]
    out = []
    for group, used in ((filled, keys), (empty, keys[1:])):
        group.sort(key=lambda t, used=used: (*(getattr(t, k) for k in used), t.id),
                   reverse=sort.descending)
        out += [t.id for t in group]
    return out


def _walk(f, sort, size, backwards=False):
    seen, cursor = [], None
    while True:
        page = tq.fetch_page(f, sort, cursor, size, backwards=backwards)
        if not page:
            return seen
        seen = page + seen if backwards else seen + page
        cursor = page[0] if backwards else page[-1]


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("column", sorted(tq.SORTABLE))
def test_keyset_paging_matches_order_by(many, column, descending):
    sort = TicketSort(column, descending)
    expected = _expected(many, sort)
    forward = [row[0] for row in _walk(TicketFilter(), sort, 7)]
    backward = [row[0] for row in _walk(TicketFilter(), sort, 7, backwards=True)]
    assert forward == expected
    assert backward == expected
    cursor = tq.page_key(tq.fetch_page(TicketFilter(), sort, None, 10)[-1], sort)
    assert [r[0] for r in tq.fetch_page(TicketFilter(), sort, cursor, 5)] == expected[10:15]


@pytest.mark.parametrize("column", ["created_at", "resolve_due", "assignee", "customer_name",
                                    "status"])
def test_paging_with_a_filter_in_both_query_plans(many, column):
    f = TicketFilter(statuses=("new", "closed"))
    sort = TicketSort(column, True)
    expected = _expected(many, sort, lambda t: t.status in ("new", "closed"))
    total = tq.count_tickets(f)
    assert total == len(expected)
    for hint in (None, total, 1):  # 1: treated as sparse → the filter's index drives
        walked, cursor = [], None
        while page := tq.fetch_page(f, sort, cursor, 6, total=hint):
            walked += [row[0] for row in page]
            cursor = page[-1]
        assert walked == expected


@pytest.mark.parametrize("column, descending", [("created_at", True), ("resolve_due", False),
                                                ("assignee", True), ("ticket_no", False),
                                                ("status", False), ("status", True)])
def test_fetch_at_start_middle_and_end(many, column, descending):
    sort = TicketSort(column, descending)
    expected = _expected(many, sort)
    n = len(expected)
    for offset in (0, 1, 13, n // 2 - 3, n // 2 + 5, n - 11, n - 1):
        rows = tq.fetch_at(TicketFilter(), sort, offset, 10, total=n)
        assert [r[0] for r in rows] == expected[offset:offset + 10], offset
    assert tq.fetch_at(TicketFilter(), sort, n, 10) == []


def test_rows_are_plain_tuples_in_the_documented_layout(hall, handler):
    row = tq.fetch_page(TicketFilter(search="燃气"), TicketSort(), None, 5)[0]
    assert isinstance(row, tuple) and len(row) == len(tq.ROW)
    assert row[0] == hall["gas"]
    assert row[tq.ROW.index("status")] == "in_progress"
    assert row[tq.ROW.index("assignee")] == handler.name
    assert row[tq.ROW.index("assignee_id")] == handler.id


def test_unsortable_column_is_refused(hall):
    with pytest.raises(ValueError):
        tq.fetch_page(TicketFilter(), TicketSort("subject"), None, 10)


def test_detail_has_history_masked_phone_and_legal_actions(hall, clerk, handler):
    d = td.ticket_detail(hall["gas"])
    assert d.status == "in_progress" and d.assignee == handler.name
    assert d.received_by == clerk.name
    assert d.customer.phone == "137****1111"
    assert td.ticket_detail(hall["gas"], reveal_phone=True,
                            actor=handler).customer.phone == "13700001111"
    with pytest.raises(PermissionDenied, match="customer.reveal"):
        td.ticket_detail(hall["gas"], reveal_phone=True, actor=clerk)
    assert AuditEntry.select().where(AuditEntry.action == "customer.reveal").count() == 1
    assert [(e.kind, e.actor) for e in d.history] == [
        ("created", clerk.name), ("assigned", clerk.name), ("started", handler.name)]
    assert "resolve" in d.actions and "start" not in d.actions and "close" not in d.actions
    assert td.ticket_id_by_number(d.ticket_no) == d.id
    assert td.mask_phone("01012345678") == "010****5678"


def test_mine_for_someone_without_tickets(db, branch):
    clerk2 = staff_service.create_staff(branch, "1009", "周杰", "counter")
    assert tq.count_tickets(TicketFilter(mine=clerk2.id)) == 0


def test_first_look_at_a_common_word_shows_the_page_before_the_exact_count(
        many, monkeypatch, backend):
    """A word in every ticket: the server stops counting after the cap (its index cannot
    count) and walks the sort index with a test per ticket; SQLite counts exactly. Both
    show the same first page, and the exact count follows."""
    monkeypatch.setattr(tq, "QUICK_COUNT_FLOOR", 20)
    f, sort = TicketFilter(search="工单"), TicketSort("created_at", True)
    expected = _expected(many, sort)
    total, exact, rows = tq.first_look(f, sort, 10)
    cap = tq.dense_from(10)  # √(10 × 90) = 30: walking and gathering read alike
    assert cap == 30
    assert (total, exact) == ((90, True) if backend == "sqlite" else (cap + 1, False))
    assert [r[0] for r in rows] == expected[:10]
    assert tq.count_tickets(f) == 90
    for hint in (None, 1, 90):  # sparse (matches sorted) and dense (sort index walked)
        walked, cursor = [], None
        while page := tq.fetch_page(f, sort, cursor, 7, total=hint):
            walked += [row[0] for row in page]
            cursor = page[-1]
        assert walked == expected
    assert tq.first_look(TicketFilter(search="第77号"), sort, 10)[:2] == (1, True)


@pytest.fixture
def two_branches(hall, clerk):
    """Headquarters holds a second branch's tickets beside the first one's."""
    other = staff_service.ensure_branch("BJ02", "北京海淀营业厅")
    their_clerk = staff_service.create_staff(other, "5001", "陈静", "counter")
    theirs = {
        "outage": _new(their_clerk, "海淀小区停电两小时", "周杰", "13511112222", level=2),
        "bill": _new(their_clerk, "这个月水费太高了", "吴敏", "13533334444",
                     type="complaint", channel="counter", level=3),
    }
    return other, {k: v.id for k, v in theirs.items()}


def test_branch_filter_with_search_sorting_and_paging(hall, branch, two_branches):
    other, theirs = two_branches
    mine = TicketFilter(branch_id=branch.id)
    assert set(_ids(mine)) == set(hall.values())
    assert set(_ids(TicketFilter(branch_id=other.id))) == set(theirs.values())
    assert tq.count_tickets(mine) == 4 and tq.count_tickets(TicketFilter()) == 6
    # the quick search keeps to the chosen branch: 水费 is in one ticket of each
    assert set(_ids(TicketFilter(search="水费"))) == {hall["bill"], theirs["bill"]}
    assert _ids(TicketFilter(search="水费", branch_id=other.id)) == [theirs["bill"]]
    assert tq.count_tickets(TicketFilter(search="水费", branch_id=branch.id)) == 1
    assert _ids(TicketFilter(search="1351111", branch_id=branch.id)) == []
    assert _ids(TicketFilter(search="BJ02-", branch_id=other.id)) == _ids(
        TicketFilter(branch_id=other.id))
    for column in ("created_at", "ticket_no", "resolve_due", "assignee"):  # both plans
        sort = TicketSort(column, True)
        for hint in (None, 1, 6):
            walked, cursor = [], None
            while page := tq.fetch_page(mine, sort, cursor, 3, total=hint):
                walked += [row[0] for row in page]
                cursor = page[-1]
            assert set(walked) == set(hall.values()) and len(walked) == 4, (column, hint)
        assert [r[0] for r in tq.fetch_at(mine, sort, 2, 10)] == _ids(mine, sort)[2:]
