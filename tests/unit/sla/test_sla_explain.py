"""Explaining a ticket's deadlines, through the service and the CLI."""

from __future__ import annotations

from datetime import datetime

import pytest

from helpdesk_gui.cli import sla as sla_cli
from helpdesk_gui.services.security.auth import SignInRequired
from helpdesk_gui.services.sla import explain as sla_explain
from helpdesk_gui.services.tickets import flow

from .conftest import new_ticket


def test_level3_over_a_holiday_explains_the_closed_days(clock, clerk, handler):
    clock.now = datetime(2026, 9, 30, 8, 30)  # Wed 16:30 Beijing, before National Day
    t = new_ticket(clerk, level=3)
    flow.assign(t.id, handler.id, clerk)
    ex = sla_explain.explain_ticket(t.id)
    res = [tl for tl in ex.timelines if tl.target == "resolution"][0]
    kinds = [s.kind for s in res.segments]
    assert "holiday" in kinds and "closed" in kinds and kinds[-1] == "deadline"
    assert res.segments[-1].start.replace(tzinfo=None) == res.due
    text = sla_explain.explanation_text(ex)
    assert "public holiday" in text and "Resolution" in text


def test_pause_shows_in_the_timeline(clock, clerk, handler):
    t = new_ticket(clerk, level=2)
    flow.assign(t.id, handler.id, clerk)
    flow.start(t.id, handler)
    clock.advance(hours=1)
    flow.wait_customer(t.id, handler, "等资料")
    clock.advance(hours=2)
    flow.resume(t.id, handler)
    res = [tl for tl in sla_explain.explain_ticket(t.id).timelines
           if tl.target == "resolution"][0]
    assert [s.kind for s in res.segments] == ["counted", "paused", "counted", "deadline"]


def test_cli_explain_prints_the_timeline(clock, clerk, tmp_path, capsys, sdb, db_url,
                                         cli_sign_in):
    t = new_ticket(clerk, level=2)
    url = db_url
    assert sla_cli.main(["--db", url, *cli_sign_in(clerk), "sla", "explain", t.ticket_no]) == 0
    out = capsys.readouterr().out
    assert t.ticket_no in out and "deadline" in out and "First response" in out
    assert sla_cli.main(["--db", url, *cli_sign_in(clerk), "sla", "explain", "NOPE-1"]) == 2


def test_cli_explain_needs_a_signed_in_staff_member(clerk, tmp_path, capsys, sdb, cli_sign_in):
    cli_sign_in(clerk)  # the database is past first run
    url = f"sqlite:///{tmp_path / 'helpdesk.db'}"
    with pytest.raises(SignInRequired):
        sla_cli.main(["--db", url, "sla", "explain", "NOPE-1"])
