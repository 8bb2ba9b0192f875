"""Demo data: realistic proportions, consistent states and numbers, and the bench command."""

from __future__ import annotations

import sqlite3
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta

import pytest

from helpdesk_gui import bench, cli
from helpdesk_gui.db import open_database, search
from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.demo import capabilities as demo_capabilities
from helpdesk_gui.demo import generate as demo
from helpdesk_gui.demo.sla import DemoDeadlines
from helpdesk_gui.domain.hall import Branch, Staff
from helpdesk_gui.domain.tickets.models import Customer, Ticket, TicketCounter, TicketEvent
from helpdesk_gui.services.tickets.intake import IntakeForm, create_ticket
from helpdesk_gui.services.tickets.numbering import next_number
from helpdesk_gui.services.tickets.records import ticket_terms

NOW = datetime(2026, 6, 15, 7, 30)  # 15:30 in Beijing, a Monday


@pytest.fixture
def demo_db(db):
    summary = demo.generate(1500, seed=7, now=NOW)
    return db, summary


def _share(counter: Counter, key) -> float:
    return counter[key] / sum(counter.values())


def test_summary_and_people(demo_db):
    _db, summary = demo_db
    assert (summary.tickets, summary.branches) == (1500, 3)
    assert Ticket.select().count() == 1500
    assert 300 <= Customer.select().count() <= 500 == 1500 // 3
    assert summary.customers == Customer.select().count()
    assert {b.code for b in Branch.select()} >= {"BJ01", "BJ02", "BJ03"}
    phones = [c.phone for c in Customer.select()]
    assert len(set(phones)) == len(phones)
    assert all(len(p) == 11 and p[0] == "1" and p[1] in "3456789" for p in phones)
    assert 0 < Customer.select().where(Customer.is_vip).count() < 60
    assert {s.role for s in demo.demo_users()} == {"counter", "handler", "supervisor", "admin"}
    assert [s.employee_no for s in demo.demo_users()][0] == "1001"


def test_proportions_roughly_right(demo_db):
    tickets = list(Ticket.select())
    types = Counter(t.type for t in tickets)
    assert 0.29 < _share(types, "consultation") < 0.41
    assert 0.24 < _share(types, "repair") < 0.36
    assert 0.06 < _share(types, "complaint") < 0.14
    levels = Counter(t.level for t in tickets)
    assert 0.02 < _share(levels, 1) < 0.10 and 0.62 < _share(levels, 3) < 0.80
    channels = Counter(t.channel for t in tickets)
    assert channels.most_common(2)[0][0] in ("counter", "phone")
    assert set(channels) == {"counter", "phone", "online", "sms", "social", "email", "letter"}
    hours = Counter((t.created_at + timedelta(hours=8)).hour for t in tickets)
    assert sum(hours[h] for h in range(9, 17)) > 10 * sum(hours[h] for h in range(0, 6))
    weekdays = Counter((t.created_at + timedelta(hours=8)).weekday() for t in tickets)
    assert weekdays[2] > 1.5 * weekdays[6]
    assert min(t.created_at for t in tickets) > NOW - timedelta(days=370)
    assert max(t.created_at for t in tickets) <= NOW


def test_states_consistent_with_time(demo_db):
    statuses = Counter(t.status for t in Ticket.select())
    assert statuses["closed"] > 0.8 * 1500
    assert statuses["cancelled"] > 10 and statuses["in_progress"] > 0
    for t in Ticket.select():
        if t.status == "closed":
            assert t.resolved_at <= t.closed_at and t.resolution
        if t.status in ("resolved", "closed"):
            assert t.resolved_at is not None and t.first_response_at <= t.resolved_at
        if t.status in ("assigned", "in_progress", "waiting_customer", "resolved") or (
                t.status == "closed" and not t.first_contact_resolved):
            assert t.assignee_id is not None, t.ticket_no
        if t.status in ("new", "cancelled", "merged"):
            assert t.assignee_id is None and t.resolved_at is None
        if t.status == "merged":
            assert t.merged_into_id and t.merged_into_id < t.id
        if t.first_contact_resolved:
            assert t.type == "consultation" and t.status == "closed"
            assert t.closed_at == t.created_at and t.sla_state == "met"
        else:
            assert t.response_due > t.created_at and t.resolve_due >= t.response_due
        assert t.created_at <= t.updated_at <= NOW


def test_history_matches_state(demo_db):
    events = defaultdict(list)
    for e in TicketEvent.select().order_by(TicketEvent.at, TicketEvent.id):
        if e.kind != "merged_from":
            events[e.ticket_id].append(e)
    for t in Ticket.select():
        history = events[t.id]
        assert history[0].kind == "created" and history[0].at == t.created_at
        assert history[-1].to_status == t.status, t.ticket_no
        assert history[-1].at == t.updated_at
        kinds = [e.kind for e in history]
        assert kinds.count("reopened") == t.reopen_count
        if t.status in ("in_progress", "waiting_customer", "resolved", "closed") \
                and not t.first_contact_resolved:
            assert "assigned" in kinds and "started" in kinds
        assert kinds.count("contact") == t.contacts or t.status not in ("resolved", "closed")
    assert Ticket.select().where(Ticket.reopen_count > 0).count() > 0


def test_level3_resolution_deadline_is_third_working_day(demo_db):
    dl = DemoDeadlines("Asia/Shanghai")
    waited = TicketEvent.select(TicketEvent.ticket).where(TicketEvent.kind == "waiting")
    checked = 0
    for t in Ticket.select().where(Ticket.level == 3, ~Ticket.first_contact_resolved,
                                   Ticket.id.not_in(waited)).limit(100):
        local = t.created_at.replace(tzinfo=UTC).astimezone(dl.cal.tz)
        expected = dl.cal.close_of_business(dl.cal.working_day_after(local.date(), 3))
        assert t.resolve_due == expected.astimezone(UTC).replace(tzinfo=None), t.ticket_no
        checked += 1
    assert checked == 100


def test_numbers_gap_free_and_counter_continues(demo_db):
    seqs = defaultdict(list)
    for no, in Ticket.select(Ticket.ticket_no).tuples():
        code, day, seq = no.split("-")
        seqs[(code, day)].append(int(seq))
    for key, found in seqs.items():
        assert sorted(found) == list(range(1, len(found) + 1)), key
    codes = {b.id: b.code for b in Branch.select()}
    counters = {(codes[c.branch_id], c.day): c.last_seq for c in TicketCounter.select()}
    assert counters == {key: len(v) for key, v in seqs.items()}
    last = Ticket.select().order_by(Ticket.id.desc()).first()
    code, day, seq = last.ticket_no.split("-")
    assert next_number(last.branch, last.created_at) == f"{code}-{day}-{int(seq) + 1:04d}"


def test_new_ticket_after_demo_continues_today(db):
    demo.generate(300, seed=3)  # now = the real clock
    clerk = demo.demo_users()[0]
    branch_code = clerk.branch.code
    today = datetime.now(UTC).astimezone().strftime("%Y%m%d")
    before = {c.day: c.last_seq for c in TicketCounter.select()
              .where(TicketCounter.branch == clerk.branch)}
    created = create_ticket(IntakeForm(channel="counter", type="repair", level=2,
                                       customer_name="张三", phone="13900001111",
                                       description="小区停电"), clerk)
    code, day, seq = created.ticket_no.split("-")
    assert code == branch_code and int(seq) == before.get(day, 0) + 1
    assert day in (today, (datetime.now(UTC) + timedelta(hours=8)).strftime("%Y%m%d"))


def test_search_index_finds_two_character_words(demo_db):
    for word in ("停电", "水费"):
        hits = set(search.TICKETS.ranked(word, 10**6))
        truth = {t.id for t in Ticket.select() if word in
                 t.subject + t.description + t.request + t.customer_name}
        assert hits == truth and len(truth) > 10
    ticket = Ticket.select().first()  # stored terms are exactly what the service computes
    assert search.terms(ticket.subject, ticket.description, ticket.request,
                        ticket.customer_name) == ticket_terms(ticket)


def _snapshot(path) -> tuple[list, list]:
    conn = sqlite3.connect(path)
    try:
        return (conn.execute("SELECT * FROM ticket ORDER BY id").fetchall(),
                conn.execute("SELECT * FROM ticket_event ORDER BY id").fetchall())
    finally:
        conn.close()


def _generate_into(path, seed: int) -> None:
    database = open_database(f"sqlite:///{path}")
    demo.generate(300, seed=seed, now=NOW)
    database.close()
    database_proxy.initialize(None)


def test_deterministic_per_seed(tmp_path):
    for name, seed in (("a", 5), ("b", 5), ("c", 6)):
        _generate_into(tmp_path / f"{name}.db", seed)
    a, b, c = (_snapshot(tmp_path / f"{n}.db") for n in "abc")
    assert a == b and len(a[0]) == 300
    assert a[0] != c[0]


def test_cli_refuses_a_database_with_tickets(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    try:
        assert cli.main(["--db", url, "demo", "--tickets", "120", "--seed", "2"]) == 0
        out = capsys.readouterr().out
        assert "tickets: 120" in out and "demo user: 1001" in out and "seconds:" in out
        existing = Ticket.select().count()  # 120 + the urgent ones awaiting approval
        assert existing == 120 + len(demo_capabilities.URGENT_REQUESTS)
        assert cli.main(["--db", url, "demo", "--tickets", "50"]) == 1
        assert f"already has {existing} tickets" in capsys.readouterr().err
        assert Ticket.select().count() == existing
        assert cli.main(["--db", url, "demo", "--tickets", "50", "--force"]) == 0
        urgent = len(demo_capabilities.URGENT_REQUESTS)
        assert Ticket.select().count() == existing + 50 + urgent
        assert Staff.select().count() == 63  # the staff were reused, not duplicated
    finally:
        database_proxy.obj.close()
        database_proxy.initialize(None)


def test_bench_runs_end_to_end(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'bench.db'}"
    try:
        bench.main(["--db", url, "--tickets", "2000", "--repeat", "1", "--no-startup"])
        out = capsys.readouterr().out
    finally:
        database_proxy.obj.close()
        database_proxy.initialize(None)
    for name in ("cold start to main window", "first page", "page down", "jump to last row",
                 "sort change", "filter type=repair", "search ticket number", "search phone",
                 "search text, 3 chars", "search text, 2 chars", "create ticket (p95)",
                 "peak memory (bench process)"):
        line = next(x for x in out.splitlines() if x.startswith(name))
        assert "PASS" in line or "FAIL" in line or "n/a" in line
    assert out.count("PASS") + out.count("FAIL") >= 12
