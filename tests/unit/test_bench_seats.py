"""The seat bench runs end to end and checks the hall it leaves behind (no timings
asserted here: measurements are the bench's, not the tests')."""

from __future__ import annotations

import pytest

from helpdesk_gui.bench import seats
from helpdesk_gui.db.connect import database_proxy


@pytest.mark.sqlite_only
def test_seat_bench_on_one_sqlite_file(capsys):
    try:
        seats.main(["--seats", "2", "--minutes", "0.1", "--backend", "sqlite",
                    "--seed", "10"])
    finally:
        database_proxy.initialize(None)
    out = capsys.readouterr().out
    assert "seat load: SQLite (one file), 2 seats" in out
    assert "errors: 0;" in out
    assert "lost 0, duplicate numbers 0, gaps 0" in out
    created = next(line for line in out.splitlines() if line.startswith("create"))
    assert int(created.split()[1]) > 0  # the counter seat took tickets in


def test_report_names_lost_tickets_and_errors():
    results = [{"times": {"create": [10.0, 20.0]}, "errors": ["create: boom"],
                "created": ["BJ01-20260101-0001", "BJ01-20260101-0002"]}]
    text = seats.report(results, {"stored": 1, "lost": 1, "duplicates": 0, "gaps": 1},
                        "SQLite", 6)
    assert "errors: 1;" in text and "lost 1" in text and "gaps 1" in text
    assert text.endswith("RESULT: FAIL")
