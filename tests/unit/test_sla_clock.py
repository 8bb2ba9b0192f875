"""Counting SLA time: deadlines, elapsed time, N working days, pauses, explanations.

Every expected value is computed by hand in the comment next to it.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest

from helpdesk_gui.domain.sla.calendar import BusinessCalendar, china_default
from helpdesk_gui.domain.sla.clock import (
    Segment,
    deadline,
    elapsed,
    explain,
    format_timeline,
    working_days_deadline,
)

TWO_RANGES = [["08:00", "12:00"], ["13:00", "17:00"]]
# Shanghai (UTC+8): Mon-Thu 08-12 + 13-17, Fri also 20:00-24:00, Sat 09-12, Sun closed;
# Fri 2026-05-01 is a holiday, Sat 2026-05-09 a make-up day (Monday's hours).
HALL = BusinessCalendar.from_dict({
    "hours": {"mon": TWO_RANGES, "tue": TWO_RANGES, "wed": TWO_RANGES, "thu": TWO_RANGES,
              "fri": [*TWO_RANGES, ["20:00", "24:00"]], "sat": [["09:00", "12:00"]]},
    "holidays": ["2026-05-01"], "workdays": ["2026-05-09"],
})
NINE_TO_SIX = [["09:00", "18:00"]]
# Shanghai, Mon-Fri 09-18, Dragon Boat Festival Fri 2026-06-19 closed (June 1 is a Monday).
OFFICE = BusinessCalendar.from_dict({
    "hours": {key: NINE_TO_SIX for key in ("mon", "tue", "wed", "thu", "fri")},
    "holidays": ["2026-06-19"],
})
EIGHT_TO_FIVE = [["08:00", "17:00"]]
BERLIN = BusinessCalendar.from_dict({
    "timezone": "Europe/Berlin",
    "hours": {key: EIGHT_TO_FIVE for key in ("mon", "tue", "wed", "thu", "fri")},
})
BERLIN_24X7 = BusinessCalendar.always_open("Europe/Berlin")
SHANGHAI_24X7 = BusinessCalendar.always_open("Asia/Shanghai")
CHINA = china_default()   # 08:30-12:00 + 13:30-17:30 = 450 minutes a day
CALENDARS = {"hall": HALL, "office": OFFICE, "berlin": BERLIN, "berlin24": BERLIN_24X7,
             "sh24": SHANGHAI_24X7, "china": CHINA}


def at(text: str) -> datetime:
    """Local Shanghai time unless the text carries its own offset."""
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else datetime.fromisoformat(text + "+08:00")


def pauses_of(spec: list[tuple[str, str | None]]) -> list[tuple[datetime, datetime | None]]:
    return [(at(a), None if b is None else at(b)) for a, b in spec]


# --------------------------------------------------------------------------- deadline

DEADLINES = [
    # calendar, start, minutes, expected
    ("hall", "2026-05-04T08:00", 240, "2026-05-04T12:00"),   # ends on closing: 12:00, not 13:00
    ("hall", "2026-05-04T08:00", 241, "2026-05-04T13:01"),
    ("hall", "2026-05-04T08:00", 480, "2026-05-04T17:00"),
    ("hall", "2026-05-04T08:00", 481, "2026-05-05T08:01"),
    ("hall", "2026-05-04T07:00", 0, "2026-05-04T07:00"),     # 0 minutes: start itself
    ("hall", "2026-05-04T11:30", 60, "2026-05-04T13:30"),    # 30 before lunch + 30 after
    ("hall", "2026-05-04T12:30", 30, "2026-05-04T13:30"),    # received during lunch
    ("hall", "2026-05-04T08:00", 0.5, "2026-05-04T08:00:30"),
    ("hall", "2026-05-07T16:00", 60, "2026-05-07T17:00"),
    ("hall", "2026-05-07T16:00", 61, "2026-05-08T08:01"),
    ("hall", "2026-05-08T16:00", 300, "2026-05-09T00:00"),   # 60 + 20:00-24:00 -> 24:00
    ("hall", "2026-05-08T16:00", 301, "2026-05-09T08:01"),   # make-up Sat opens 08:00 (Mon)
    ("hall", "2026-05-08T22:00", 150, "2026-05-09T08:30"),   # 120 to midnight + 30
    ("hall", "2026-05-09T12:30", 300, "2026-05-11T09:00"),   # 13-17 (240), Sun, Mon 08-09
    ("hall", "2026-04-30T16:30", 60, "2026-05-02T09:30"),    # 30 Thu, holiday Fri, Sat 09:00+30
    ("hall", "2026-05-02T11:00", 120, "2026-05-04T09:00"),   # Sat 11-12, Sun, Mon 08-09
    # Berlin, spring forward on Sun 2026-03-29: Friday 16-17 (60) + Monday 08-09 CEST
    ("berlin", "2026-03-27T16:00+01:00", 120, "2026-03-30T09:00+02:00"),
    ("berlin", "2026-03-27T16:00+01:00", 60, "2026-03-27T17:00+01:00"),
    # fall back on Sun 2026-10-25
    ("berlin", "2026-10-23T16:00+02:00", 120, "2026-10-26T09:00+01:00"),
    # 24x7 counts real time: Sat 12:00 CET + 24 h = Sun 13:00 CEST (the day has 23 h)
    ("berlin24", "2026-03-28T12:00+01:00", 1440, "2026-03-29T13:00+02:00"),
    ("berlin24", "2026-10-24T12:00+02:00", 1440, "2026-10-25T11:00+01:00"),
    ("sh24", "2026-05-04T10:00", 30 * 1440, "2026-06-03T10:00"),     # holidays do not matter
    ("sh24", "2026-05-04T10:00", 1, "2026-05-04T10:01"),
    # China National Day 2026: Sep 30 16:30-17:30 (60), Oct 1-7 closed, Oct 8 08:30 + 60
    ("china", "2026-09-30T16:30", 120, "2026-10-08T09:30"),
    # ordinary Saturday -> Sunday 2026-09-20 is a make-up day, whole day (450) used exactly
    ("china", "2026-09-19T10:00", 450, "2026-09-20T17:30"),
]


@pytest.mark.parametrize(("cal", "start", "minutes", "expected"), DEADLINES)
def test_deadline(cal, start, minutes, expected):
    due = deadline(CALENDARS[cal], at(start), minutes)
    assert due == at(expected)
    assert due.tzinfo is UTC


PAUSED_DEADLINES = [
    # start, minutes, pauses, expected   (calendar: HALL)
    # 30 counted, paused from 16:30 over the night until Tue 09:00, then 90 more
    ("2026-05-04T16:00", 120, [("2026-05-04T16:30", "2026-05-05T09:00")], "2026-05-05T10:30"),
    # a pause that only covers the night changes nothing: 60 Mon + Tue 08-09
    ("2026-05-04T16:00", 120, [("2026-05-04T18:00", "2026-05-05T07:00")], "2026-05-05T09:00"),
    # overlapping pauses merge into 16:30 .. Tue 08:30: 30 + 08:30-10:00
    ("2026-05-04T16:00", 120, [("2026-05-04T16:30", "2026-05-04T16:45"),
                               ("2026-05-04T16:40", "2026-05-05T08:30")], "2026-05-05T10:00"),
    # a pause that began before the clock started: counting starts at 09:00
    ("2026-05-04T08:00", 60, [("2026-05-04T07:00", "2026-05-04T09:00")], "2026-05-04T10:00"),
    # pause over a holiday and a night: 30 Thu, Sat 10:00-11:30
    ("2026-04-30T16:00", 120, [("2026-04-30T16:30", "2026-05-02T10:00")], "2026-05-02T11:30"),
    # still paused, but the target was already reached at 09:00 (breached before pausing)
    ("2026-05-04T08:00", 60, [("2026-05-04T10:00", None)], "2026-05-04T09:00"),
    ("2026-05-04T08:00", 60, [("2026-05-04T09:00", None)], "2026-05-04T09:00"),
    # still paused before the target is reached: no deadline
    ("2026-05-04T08:00", 120, [("2026-05-04T09:00", None)], None),
    ("2026-05-04T08:00", 1, [("2026-05-04T07:00", None)], None),
    ("2026-05-04T08:00", 0, [("2026-05-04T07:00", None)], "2026-05-04T08:00"),
    # an open pause starting in closed time stops the clock at the next opening
    ("2026-05-04T16:00", 120, [("2026-05-04T20:00", None)], None),
]


@pytest.mark.parametrize(("start", "minutes", "pauses", "expected"), PAUSED_DEADLINES)
def test_deadline_with_pauses(start, minutes, pauses, expected):
    due = deadline(HALL, at(start), minutes, pauses_of(pauses))
    assert due == (None if expected is None else at(expected))


def test_pause_across_the_dst_night():
    # Fri 16:00-16:30 CET (30), paused until Mon 08:30 CEST, then 90 -> 10:00 CEST
    pause = [(at("2026-03-27T16:30+01:00"), at("2026-03-30T08:30+02:00"))]
    due = deadline(BERLIN, at("2026-03-27T16:00+01:00"), 120, pause)
    assert due == at("2026-03-30T10:00+02:00")


@pytest.mark.parametrize(("call", "message"), [
    (lambda: deadline(HALL, datetime(2026, 5, 4, 8), 60), "start_utc: .* no time zone"),
    (lambda: deadline(HALL, at("2026-05-04T08:00"), -1), "must not be negative"),
    (lambda: deadline(HALL, at("2026-05-04T08:00"), 5, [(at("2026-05-04T09:00"),
                                                          at("2026-05-04T08:00"))]),
     r"pauses\[0\]: ends before it starts"),
    (lambda: deadline(HALL, at("2026-05-04T08:00"), 5, [(datetime(2026, 5, 4, 9), None)]),
     r"pauses\[0\].start: .* no time zone"),
    (lambda: elapsed(HALL, at("2026-05-04T08:00"), at("2026-05-04T07:00")), "before start"),
    (lambda: working_days_deadline(HALL, at("2026-05-04T08:00"), 0), "at least 1"),
])
def test_bad_arguments_are_refused(call, message):
    with pytest.raises(ValueError, match=message):
        call()


# --------------------------------------------------------------------------- elapsed

ELAPSED = [
    # calendar, start, end, pauses, seconds
    ("hall", "2026-05-04T08:00", "2026-05-04T17:00", [], 8 * 3600),
    ("hall", "2026-05-04T12:00", "2026-05-04T13:00", [], 0),            # lunch
    ("hall", "2026-05-04T10:00", "2026-05-04T10:00", [], 0),
    ("hall", "2026-05-04T08:00:00", "2026-05-04T08:00:01.500", [], 1.5),
    # Fri 8 h + 20-24 (4 h), make-up Sat with Monday's 8 h, Sunday 0
    ("hall", "2026-05-08T00:00", "2026-05-11T00:00", [], 20 * 3600),
    # Thu 8 h, Fri holiday 0, Sat 09-12 3 h
    ("hall", "2026-04-30T00:00", "2026-05-03T00:00", [], 11 * 3600),
    # paused 10:00-14:00 costs 10-12 and 13-14: 8 h - 3 h
    ("hall", "2026-05-04T08:00", "2026-05-04T17:00",
     [("2026-05-04T10:00", "2026-05-04T14:00")], 5 * 3600),
    # still paused from 15:00: Mon 08-12 + 13-15 only
    ("hall", "2026-05-04T08:00", "2026-05-05T17:00", [("2026-05-04T15:00", None)], 6 * 3600),
    ("berlin", "2026-03-27T16:00+01:00", "2026-03-30T09:00+02:00", [], 7200),
    ("berlin", "2026-10-23T16:00+02:00", "2026-10-26T09:00+01:00", [], 7200),
    ("berlin24", "2026-03-29T00:00+01:00", "2026-03-30T00:00+02:00", [], 23 * 3600),
    ("berlin24", "2026-10-25T00:00+02:00", "2026-10-26T00:00+01:00", [], 25 * 3600),
    # China National Day week: Sep 30 + Oct 8, 9, 10 (Sat, make-up) at 7.5 h each
    ("china", "2026-09-30T00:00", "2026-10-12T00:00", [], 4 * 27000),
    # Sep 28, 29, 30 + Oct 8, 9, 10
    ("china", "2026-09-28T00:00", "2026-10-12T00:00", [], 6 * 27000),
    ("china", "2026-10-01T00:00", "2026-10-08T00:00", [], 0),
    # a pause during the holiday week costs nothing
    ("china", "2026-09-30T00:00", "2026-10-12T00:00",
     [("2026-10-01T00:00", "2026-10-08T00:00")], 4 * 27000),
]


@pytest.mark.parametrize(("cal", "start", "end", "pauses", "seconds"), ELAPSED)
def test_elapsed(cal, start, end, pauses, seconds):
    spent = elapsed(CALENDARS[cal], at(start), at(end), pauses_of(pauses))
    assert spent == timedelta(seconds=seconds)


@pytest.mark.parametrize(("cal", "start", "minutes", "expected"), DEADLINES)
def test_elapsed_until_the_deadline_is_the_target(cal, start, minutes, expected):
    assert elapsed(CALENDARS[cal], at(start), at(expected)) == timedelta(minutes=minutes)


# --------------------------------------------------------------------------- working days

WORKING_DAYS = [
    # calendar, received, n, expected
    ("office", "2026-06-12T10:00", 1, "2026-06-15T18:00"),   # Fri -> Mon
    ("office", "2026-06-12T20:00", 1, "2026-06-15T18:00"),   # after hours: still Fri's day
    ("office", "2026-06-13T11:00", 1, "2026-06-15T18:00"),   # received on Saturday
    ("office", "2026-06-14T23:30", 1, "2026-06-15T18:00"),
    ("office", "2026-06-14T16:30Z", 1, "2026-06-16T18:00"),  # Sunday in UTC, Mon 00:30 local
    ("office", "2026-06-18T10:00", 1, "2026-06-22T18:00"),   # Thu -> Fri holiday -> Mon
    ("office", "2026-06-17T10:00", 3, "2026-06-23T18:00"),   # Thu 18, Mon 22, Tue 23
    ("office", "2026-06-08T08:00", 5, "2026-06-15T18:00"),   # before opening: day not counted
    ("hall", "2026-05-07T10:00", 1, "2026-05-09T00:00"),     # Friday closes at 24:00
    ("hall", "2026-04-30T10:00", 1, "2026-05-02T12:00"),     # holiday Fri -> Sat morning
    ("hall", "2026-05-08T10:00", 1, "2026-05-09T17:00"),     # make-up Saturday, Mon's hours
    ("china", "2026-09-30T10:00", 1, "2026-10-08T17:30"),
    ("china", "2026-09-30T10:00", 3, "2026-10-10T17:30"),    # Oct 8, 9, 10 (make-up Sat)
    ("china", "2026-09-30T10:00", 4, "2026-10-12T17:30"),
    ("china", "2026-10-03T10:00", 1, "2026-10-08T17:30"),    # received during the holiday
    ("berlin", "2026-03-27T10:00+01:00", 1, "2026-03-30T17:00+02:00"),
    ("berlin", "2026-10-23T10:00+02:00", 1, "2026-10-26T17:00+01:00"),
    ("sh24", "2026-05-04T10:00", 1, "2026-05-06T00:00"),     # 24x7: end of the next day
]


@pytest.mark.parametrize(("cal", "received", "n", "expected"), WORKING_DAYS)
def test_working_days_deadline(cal, received, n, expected):
    assert working_days_deadline(CALENDARS[cal], at(received), n) == at(expected)


WORKING_DAYS_PAUSED = [
    # OFFICE, received Mon 2026-06-08 10:00, n=1: unpaused due Tue 18:00; budget 8 h + 9 h
    ([("2026-06-08T14:00", "2026-06-08T16:00")], "2026-06-10T11:00"),  # +2 h -> Wed 11:00
    ([("2026-06-08T20:00", "2026-06-09T08:00")], "2026-06-09T18:00"),  # night: no change
    # paused Tue 17:00 .. Wed 10:00 (1 h Tue + 1 h Wed in hours): 16 h by Tue 17, Wed 10-11
    ([("2026-06-09T17:00", "2026-06-10T10:00")], "2026-06-10T11:00"),
    ([("2026-06-10T09:00", "2026-06-10T10:00")], "2026-06-09T18:00"),  # after the deadline
    ([("2026-06-08T08:00", "2026-06-08T11:00")], "2026-06-10T10:00"),  # only 10-11 counts
    ([("2026-06-09T10:00", None)], None),                              # still paused
]


@pytest.mark.parametrize(("pauses", "expected"), WORKING_DAYS_PAUSED)
def test_working_days_deadline_with_pauses(pauses, expected):
    due = working_days_deadline(OFFICE, at("2026-06-08T10:00"), 1, pauses_of(pauses))
    assert due == (None if expected is None else at(expected))


# --------------------------------------------------------------------------- explain


def _shape(segments: list[Segment]) -> list[tuple[str, str, str | None, float]]:
    def local(value: datetime | None) -> str | None:
        return None if value is None else value.astimezone(HALL.tz).strftime("%m-%d %H:%M")
    return [(s.kind, local(s.start), local(s.end), s.counted_minutes) for s in segments]


EXPLAINED = [
    ("2026-04-30T16:30", 60, [], [
        ("counted", "04-30 16:30", "04-30 17:00", 30),
        ("closed", "04-30 17:00", "05-01 00:00", 30),
        ("holiday", "05-01 00:00", "05-02 00:00", 30),
        ("closed", "05-02 00:00", "05-02 09:00", 30),
        ("counted", "05-02 09:00", "05-02 09:30", 60),
        ("deadline", "05-02 09:30", "05-02 09:30", 60),
    ]),
    ("2026-05-04T16:00", 120, [("2026-05-04T16:30", "2026-05-05T09:00")], [
        ("counted", "05-04 16:00", "05-04 16:30", 30),
        ("paused", "05-04 16:30", "05-04 17:00", 30),
        ("closed", "05-04 17:00", "05-05 08:00", 30),
        ("paused", "05-05 08:00", "05-05 09:00", 30),
        ("counted", "05-05 09:00", "05-05 10:30", 120),
        ("deadline", "05-05 10:30", "05-05 10:30", 120),
    ]),
    ("2026-05-04T16:00", 120, [("2026-05-04T16:30", None)], [
        ("counted", "05-04 16:00", "05-04 16:30", 30),
        ("paused", "05-04 16:30", None, 30),
    ]),
    ("2026-05-04T07:00", 0, [], [("deadline", "05-04 07:00", "05-04 07:00", 0)]),
    # the lunch break shows up as closed time between two counted stretches
    ("2026-05-04T11:00", 120, [], [
        ("counted", "05-04 11:00", "05-04 12:00", 60),
        ("closed", "05-04 12:00", "05-04 13:00", 60),
        ("counted", "05-04 13:00", "05-04 14:00", 120),
        ("deadline", "05-04 14:00", "05-04 14:00", 120),
    ]),
]


@pytest.mark.parametrize(("start", "minutes", "pauses", "expected"), EXPLAINED)
def test_explain(start, minutes, pauses, expected):
    assert _shape(explain(HALL, at(start), minutes, pauses_of(pauses))) == expected


def test_explain_merges_midnights_of_a_24x7_clock():
    segments = explain(BERLIN_24X7, at("2026-03-28T12:00+01:00"), 2880)
    assert [(s.kind, s.start, s.end) for s in segments] == [
        ("counted", at("2026-03-28T11:00Z"), at("2026-03-30T11:00Z")),
        ("deadline", at("2026-03-30T11:00Z"), at("2026-03-30T11:00Z")),
    ]


@pytest.mark.parametrize(("cal", "start", "minutes", "expected"), DEADLINES)
def test_explain_agrees_with_deadline_and_has_no_holes(cal, start, minutes, expected):
    segments = explain(CALENDARS[cal], at(start), minutes)
    assert segments[0].start == at(start)
    assert segments[-1].kind == "deadline" and segments[-1].start == at(expected)
    assert all(a.end == b.start for a, b in pairwise(segments))
    assert segments[-1].counted_minutes == pytest.approx(minutes)


def test_explain_as_text_uses_local_time():
    segments = explain(HALL, at("2026-04-30T16:30"), 60)
    lines = format_timeline(segments, "Asia/Shanghai").splitlines()
    assert lines[0] == ("2026-04-30 Thu 16:30 CST → 2026-04-30 Thu 17:00 CST  "
                        "counted  +30 min [total 30 min]")
    assert lines[2] == ("2026-05-01 Fri 00:00 CST → 2026-05-02 Sat 00:00 CST  "
                        "holiday  public holiday [total 30 min]")
    assert segments[-1].as_text("UTC") == ("2026-05-02 Sat 01:30 UTC  deadline 60 min reached "
                                           "[total 60 min]")


def test_explain_text_of_an_open_pause():
    segments = explain(HALL, at("2026-05-04T16:00"), 120, pauses_of([("2026-05-04T16:30", None)]))
    assert segments[-1].as_text(HALL.tz) == ("2026-05-04 Mon 16:30 CST → …  paused   still "
                                            "paused: no deadline until the pause ends "
                                            "[total 30 min]")


# --------------------------------------------------------------------------- speed


@pytest.mark.parametrize(("call", "budget_ms"), [
    (lambda: working_days_deadline(CHINA, at("2026-09-30T10:00"), 3), 2.0),
    (lambda: deadline(CHINA, at("2026-09-30T10:00"), 3 * 450), 2.0),
    (lambda: deadline(SHANGHAI_24X7, at("2026-05-04T10:00"), 30 * 1440), 5.0),
    (lambda: elapsed(BERLIN, at("2026-01-01T00:00Z"), at("2026-02-01T00:00Z")), 5.0),
])
def test_fast_enough(call, budget_ms):
    """Per-interval stepping: ~0.05 ms for 3 days and ~0.3 ms for 30 24x7 days here."""
    runs = 50
    began = time.perf_counter()
    for _ in range(runs):
        call()
    assert (time.perf_counter() - began) / runs * 1000 < budget_ms
