"""The ticket-list bench's raw twins find the tickets the list finds, on both backends: a
twin that matched nothing (a word where the column holds its letter) would time an empty
index probe and make the list look 80 times slower than hand-written SQL."""

from __future__ import annotations

import pytest

from helpdesk_gui.bench import tickets as bench_tickets
from helpdesk_gui.demo.generate import generate

FILTERS = ("filter type=repair", "filter open statuses", "search ticket number",
           "search phone", "search text, 2 chars")


@pytest.fixture
def twins(db):
    generate(400, months=2)
    conn, find_samples, raw_cases = bench_tickets.twin_connection(db.test_url)
    yield bench_tickets.cases(conn, find_samples(conn), raw_cases)
    conn.close()


def test_each_filter_twin_pages_the_tickets_the_list_pages(twins):
    by_name = {case.name: case for case in twins}
    for name in FILTERS:
        _count, _exact, page = by_name[name].ours()
        raw_page = by_name[name].raw()
        assert page, name  # the demo has tickets of each kind asked for
        assert [row[0] for row in raw_page] == [row[0] for row in page], name
