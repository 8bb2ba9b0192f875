"""BusinessCalendar: hours, holidays, make-up days, DST, China data, files and CSV.

Expected values are worked out by hand in the tables; see the comments next to them.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime, timedelta

import pytest

from helpdesk_gui.domain.sla.calendar import BusinessCalendar, check_coverage, china_default
from helpdesk_gui.domain.sla.coverage import (
    CalendarCoverage,
    coverage_warning,
    known_years,
    unpublished_years,
)
from helpdesk_gui.domain.sla.hours import CalendarError, WorkRange
from helpdesk_gui.domain.sla.overrides import parse_day_overrides_csv

TWO_RANGES = [["08:00", "12:00"], ["13:00", "17:00"]]
# A hall in Shanghai (UTC+8, no DST): split days, a Friday evening shift until 24:00,
# Saturday mornings, Labour Day 2026-05-01 (Fri) closed, Sat 2026-05-09 a make-up day.
HALL_DICT = {
    "timezone": "Asia/Shanghai",
    "hours": {
        "mon": TWO_RANGES, "tue": TWO_RANGES, "wed": TWO_RANGES, "thu": TWO_RANGES,
        "fri": [*TWO_RANGES, ["20:00", "24:00"]],
        "sat": [["09:00", "12:00"]],
    },
    "holidays": ["2026-05-01"],
    "workdays": ["2026-05-09"],
}
HALL = BusinessCalendar.from_dict(HALL_DICT)
BERLIN_24X7 = BusinessCalendar.always_open("Europe/Berlin")


def iso(text: str) -> datetime:
    return datetime.fromisoformat(text)


def ranges(calendar: BusinessCalendar, day: str) -> list[str]:
    return [str(r) for r in calendar.day_ranges(date.fromisoformat(day))]


# --------------------------------------------------------------------------- days


@pytest.mark.parametrize(("day", "expected"), [
    ("2026-05-04", ["08:00-12:00", "13:00-17:00"]),                  # Monday
    ("2026-05-08", ["08:00-12:00", "13:00-17:00", "20:00-24:00"]),   # Friday evening shift
    ("2026-05-02", ["09:00-12:00"]),                                 # ordinary Saturday
    ("2026-05-03", []),                                              # Sunday: not listed
    ("2026-05-01", []),                                              # holiday on a Friday
    ("2026-05-09", ["08:00-12:00", "13:00-17:00"]),                  # make-up Sat: MONDAY's
])
def test_day_ranges(day, expected):
    assert ranges(HALL, day) == expected
    assert HALL.is_working_day(date.fromisoformat(day)) is bool(expected)


def test_work_range_times_express_24_00_as_none():
    late = WorkRange(20 * 60, 24 * 60)
    assert (late.start_time.isoformat(), late.end_time, str(late)) == ("20:00:00", None,
                                                                       "20:00-24:00")


@pytest.mark.parametrize(("day", "expected"), [
    ("2026-05-04", "2026-05-04T17:00+08:00"),
    ("2026-05-08", "2026-05-09T00:00+08:00"),   # 24:00 is midnight of the next day
    ("2026-05-02", "2026-05-02T12:00+08:00"),
    ("2026-05-09", "2026-05-09T17:00+08:00"),   # make-up day closes at Monday's time
])
def test_close_of_business(day, expected):
    assert HALL.close_of_business(date.fromisoformat(day)) == iso(expected)


def test_close_of_business_of_a_closed_day_is_an_error():
    with pytest.raises(ValueError, match="2026-05-01 is not a working day"):
        HALL.close_of_business(date(2026, 5, 1))


@pytest.mark.parametrize(("day", "n", "expected"), [
    ("2026-04-30", 1, "2026-05-02"),   # Thu -> Fri is a holiday -> Sat (open mornings)
    ("2026-05-02", 1, "2026-05-04"),   # Sat -> Sun closed -> Mon
    ("2026-05-08", 1, "2026-05-09"),   # Fri -> make-up Saturday
    ("2026-05-09", 1, "2026-05-11"),   # make-up Sat -> Sun closed -> Mon
    ("2026-04-29", 3, "2026-05-04"),   # Thu 30, (Fri hol), Sat 2, (Sun), Mon 4
])
def test_working_day_after(day, n, expected):
    assert HALL.working_day_after(date.fromisoformat(day), n) == date.fromisoformat(expected)


def test_next_working_day_skips_the_holiday():
    assert HALL.next_working_day(date(2026, 4, 30)) == date(2026, 5, 2)


def test_a_calendar_that_never_opens_fails_instead_of_looping():
    with pytest.raises(CalendarError, match="hours: no working day"):
        BusinessCalendar().next_working_day(date(2026, 1, 1))
    with pytest.raises(CalendarError, match="hours: no opening hours"):
        next(BusinessCalendar().open_intervals(iso("2026-01-01T00:00Z")))


# --------------------------------------------------------------------------- intervals


@pytest.mark.parametrize(("start", "end", "expected"), [
    # clipped at both ends, lunch break left out
    ("2026-05-04T10:00+08:00", "2026-05-04T14:00+08:00",
     [("2026-05-04T10:00+08:00", "2026-05-04T12:00+08:00"),
      ("2026-05-04T13:00+08:00", "2026-05-04T14:00+08:00")]),
    # Friday evening to the make-up Saturday (Monday's hours), holiday-free
    ("2026-05-08T21:00+08:00", "2026-05-09T09:00+08:00",
     [("2026-05-08T21:00+08:00", "2026-05-09T00:00+08:00"),
      ("2026-05-09T08:00+08:00", "2026-05-09T09:00+08:00")]),
    # Thursday evening over the holiday to the ordinary Saturday
    ("2026-04-30T16:00+08:00", "2026-05-02T10:00+08:00",
     [("2026-04-30T16:00+08:00", "2026-04-30T17:00+08:00"),
      ("2026-05-02T09:00+08:00", "2026-05-02T10:00+08:00")]),
    ("2026-05-03T00:00+08:00", "2026-05-03T23:00+08:00", []),   # Sunday
])
def test_open_intervals(start, end, expected):
    got = list(HALL.open_intervals(iso(start), iso(end)))
    assert got == [(iso(a), iso(b)) for a, b in expected]
    assert all(a.tzinfo is UTC for pair in got for a in pair)


def test_open_intervals_refuses_naive_datetimes():
    with pytest.raises(ValueError, match="no time zone"):
        list(HALL.open_intervals(datetime(2026, 5, 4, 8), iso("2026-05-05T00:00Z")))


def _open_seconds(calendar: BusinessCalendar, day: str) -> float:
    first = date.fromisoformat(day)
    start = calendar.local_to_utc(first, 0)
    end = calendar.local_to_utc(first + timedelta(days=1), 0)
    return sum((b - a).total_seconds() for a, b in calendar.open_intervals(start, end))


@pytest.mark.parametrize(("sunday_hours", "day", "seconds"), [
    ([["00:00", "24:00"]], "2026-03-29", 23 * 3600),      # spring forward: 23-hour day
    ([["00:00", "24:00"]], "2026-10-25", 25 * 3600),      # fall back: 25-hour day
    ([["00:00", "24:00"]], "2026-06-07", 24 * 3600),
    # 02:30 does not exist on 2026-03-29: it means 03:00 CEST, so 03:00-04:00 = 1 h
    ([["02:30", "04:00"]], "2026-03-29", 3600),
    ([["02:00", "03:00"]], "2026-03-29", 0),              # wholly inside the gap
    # 01:00 CEST .. 03:00 CET includes the repeated hour: 3 h of real time
    ([["01:00", "03:00"]], "2026-10-25", 3 * 3600),
    # 02:30 exists twice; the FIRST (CEST) is used: 00:30Z .. 03:00Z = 2.5 h
    ([["02:30", "04:00"]], "2026-10-25", 2.5 * 3600),
])
def test_berlin_daylight_saving(sunday_hours, day, seconds):
    calendar = BusinessCalendar.from_dict({"timezone": "Europe/Berlin",
                                           "hours": {"sun": sunday_hours}})
    assert _open_seconds(calendar, day) == seconds


@pytest.mark.parametrize(("zone", "day", "minute", "expected_utc"), [
    ("Europe/Berlin", "2026-03-29", 150, "2026-03-29T01:00Z"),  # 02:30 -> gap end 03:00
    ("Europe/Berlin", "2026-03-29", 120, "2026-03-29T01:00Z"),
    ("Europe/Berlin", "2026-03-29", 180, "2026-03-29T01:00Z"),  # 03:00 CEST itself
    ("Europe/Berlin", "2026-10-25", 150, "2026-10-25T00:30Z"),  # first 02:30 (CEST)
    ("Europe/Berlin", "2026-10-25", 1440, "2026-10-25T23:00Z"),  # 24:00 = next midnight CET
    ("Australia/Lord_Howe", "2026-10-04", 135, "2026-10-03T15:30Z"),  # 30-minute gap
    ("Asia/Shanghai", "2026-05-04", 510, "2026-05-04T00:30Z"),
])
def test_local_to_utc(zone, day, minute, expected_utc):
    calendar = BusinessCalendar.always_open(zone)
    assert calendar.local_to_utc(date.fromisoformat(day), minute) == iso(expected_utc)


@pytest.mark.parametrize(("instant", "expected"), [
    ("2026-05-03T16:30Z", "2026-05-04"),    # Sunday in UTC, Monday 00:30 in Shanghai
    ("2026-05-04T15:59Z", "2026-05-04"),
    ("2026-05-04T16:00Z", "2026-05-05"),
])
def test_local_date(instant, expected):
    assert HALL.local_date(iso(instant)) == date.fromisoformat(expected)


# --------------------------------------------------------------------------- files


def test_dict_round_trip_lists_every_weekday():
    data = HALL.to_dict()
    assert data["hours"]["sun"] == []
    assert data["hours"]["fri"][-1] == ["20:00", "24:00"]
    assert (data["holidays"], data["workdays"]) == (["2026-05-01"], ["2026-05-09"])
    assert "covered_years" not in data
    assert BusinessCalendar.from_dict(data) == HALL


def test_china_default_survives_a_round_trip_through_json():
    calendar = china_default(years=[2025, 2026])
    data = json.loads(json.dumps(calendar.to_dict()))
    assert data["covered_years"] == [2025, 2026]
    assert "2026-10-01" in data["holidays"] and "2026-10-10" in data["workdays"]
    assert BusinessCalendar.from_dict(data) == calendar


def test_defaults_missing_fields_to_shanghai_and_closed():
    calendar = BusinessCalendar.from_dict({})
    assert calendar.timezone == "Asia/Shanghai"
    assert calendar.hours == ((),) * 7


def test_calendar_is_immutable():
    with pytest.raises(dataclasses.FrozenInstanceError):
        HALL.timezone = "UTC"  # type: ignore[misc]


@pytest.mark.parametrize(("data", "message"), [
    ({"timezone": "Mars/Base"}, "timezone: unknown time zone 'Mars/Base'"),
    ({"timezone": ""}, "timezone: unknown time zone ''"),
    ({"timezone": 8}, "timezone: expected a time zone name, got 8"),
    ({"hours": {"tue": [["08:00", "12:00"], ["13:00", "12:00"]]}},
     "hours.tue[1]: end 12:00 is not after start 13:00"),
    ({"hours": {"mon": [["09:00", "09:00"]]}}, "hours.mon[0]: end 09:00 is not after start 09:00"),
    ({"hours": {"wed": [["13:00", "17:00"], ["08:00", "12:00"]]}},
     ("hours.wed[1]: 08:00-12:00 starts before hours.wed[0] (13:00-17:00); "
      "ranges must be sorted")),
    ({"hours": {"thu": [["08:00", "12:00"], ["11:30", "14:00"]]}},
     "hours.thu[1]: 11:30-14:00 overlaps hours.thu[0] (08:00-12:00)"),
    ({"hours": {"fri": [["08:00", "24:30"]]}},
     "hours.fri[0][1]: '24:30' is not a time HH:MM between 00:00 and 24:00"),
    ({"hours": {"fri": [["8:00", "12:00"]]}},
     "hours.fri[0][0]: '8:00' is not a time HH:MM between 00:00 and 24:00"),
    ({"hours": {"sat": [["08:00", "12:00", "13:00"]]}},
     "hours.sat[0]: expected [\"HH:MM\", \"HH:MM\"], got ['08:00', '12:00', '13:00']"),
    ({"hours": {"sat": "08:00-12:00"}}, 'hours.sat: expected a list of ["HH:MM", "HH:MM"]'),
    ({"hours": {"monday": []}}, "hours.monday: unknown weekday"),
    ({"hours": []}, "hours: expected an object"),
    ({"holidays": ["2026-01-01", "2026-10-01", "2026-13-01"]},
     "holidays[2]: '2026-13-01' is not a date YYYY-MM-DD"),
    ({"holidays": ["2026-1-1"]}, "holidays[0]: '2026-1-1' is not a date YYYY-MM-DD"),
    ({"holidays": "2026-01-01"}, "holidays: expected a list of dates YYYY-MM-DD"),
    ({"workdays": ["2026-02-30"]}, "workdays[0]: '2026-02-30' is not a date YYYY-MM-DD"),
    ({"holidays": ["2026-02-14"], "workdays": ["2026-02-14"]},
     "workdays[0]: 2026-02-14 is also listed in holidays"),
    ({"holiday": []}, "holiday: unknown field"),
    ({"covered_years": "2026"}, "covered_years: expected a list of years"),
])
def test_malformed_calendar_names_the_field(data, message):
    with pytest.raises(CalendarError) as error:
        BusinessCalendar.from_dict(data)
    assert str(error.value).startswith(message)


def test_a_calendar_must_be_an_object():
    with pytest.raises(CalendarError, match="calendar: expected a JSON object"):
        BusinessCalendar.from_dict(["mon"])  # type: ignore[arg-type]


def test_direct_construction_is_validated_too():
    with pytest.raises(CalendarError, match=r"hours.tue\[0\]: end 08:00 is not after start"):
        BusinessCalendar(hours=((), ((600, 480),), (), (), (), (), ()))


# --------------------------------------------------------------------------- China


CHINA = china_default()


@pytest.mark.parametrize(("day", "working"), [
    ("2026-09-18", True),    # Friday
    ("2026-09-19", False),   # ordinary Saturday
    ("2026-09-20", True),    # Sunday, make-up day for National Day
    ("2026-09-25", False),   # Mid-autumn Festival (Friday)
    ("2026-09-30", True),
    ("2026-10-01", False),   # National Day, Thursday
    ("2026-10-05", False),   # Monday inside the golden week
    ("2026-10-07", False),
    ("2026-10-08", True),
    ("2026-10-10", True),    # Saturday, make-up day
    ("2026-10-11", False),
    ("2026-02-14", True),    # Saturday before Spring Festival, make-up day
    ("2026-02-23", False),   # last day of Spring Festival, Monday
])
def test_china_default_2026(day, working):
    assert CHINA.is_working_day(date.fromisoformat(day)) is working


def test_china_default_only_lists_days_that_change_something():
    assert date(2026, 10, 3) not in CHINA.holidays    # a Saturday: closed anyway
    assert date(2026, 10, 1) in CHINA.holidays
    assert all(d.weekday() < 5 for d in CHINA.holidays)
    assert all(d.weekday() >= 5 for d in CHINA.workdays)
    assert ranges(CHINA, "2026-09-20") == ["08:30-12:00", "13:30-17:30"]   # Monday's hours


def test_china_default_with_saturday_opening_closes_statutory_saturdays():
    six_days = {key: [["09:00", "17:00"]] for key in ("mon", "tue", "wed", "thu", "fri", "sat")}
    calendar = china_default(years=[2026], hours=six_days)
    assert date(2026, 10, 3) in calendar.holidays             # National Day on a Saturday
    assert calendar.is_working_day(date(2026, 10, 17))        # ordinary Saturday stays open
    assert date(2026, 10, 10) not in calendar.workdays        # Saturday open anyway
    assert not calendar.is_working_day(date(2026, 9, 27))     # Sunday, Mid-autumn: closed


def test_china_default_hours_are_validated():
    with pytest.raises(CalendarError, match=r"hours.mon\[0\]: end 08:00 is not after"):
        china_default(hours={"mon": [["09:00", "08:00"]]})


def test_known_years_match_the_package_data():
    years = known_years()
    assert {2004, 2025, 2026} <= years
    assert 2003 not in years and 2100 not in years
    assert years == frozenset(range(min(years), max(years) + 1))


@pytest.mark.parametrize(("subject", "year", "covered"), [
    (china_default(years=[2025, 2026]), 2026, True),
    (china_default(years=[2025, 2026]), 2024, False),   # not loaded
    (china_default(years=[2026, 2100]), 2100, False),   # asked for, but not published
    (HALL, 2100, True),                                  # hand-written: trusted
    (CalendarCoverage(frozenset({2026})), 2027, False),
    ([2026, 2027], 2027, True),
    ({2026}, 2025, False),
])
def test_check_coverage(subject, year, covered):
    assert check_coverage(subject, year) is covered


def test_unpublished_years_counts_the_whole_span():
    days = [date(2026, 12, 1), date(2028, 1, 5)]
    assert unpublished_years(days, covered=[2026]) == [2027, 2028]
    assert unpublished_years([date(2100, 1, 1)]) == [2100]
    assert unpublished_years([]) == []


def test_uncovered_years_of_a_calendar_use_local_dates():
    calendar = china_default(years=[2026])
    # 2026-12-31T16:00Z is already 2027-01-01 in Shanghai
    assert calendar.uncovered_years(iso("2026-12-31T15:00Z"), iso("2026-12-31T15:59Z")) == []
    assert calendar.uncovered_years(iso("2026-12-31T15:00Z"), iso("2026-12-31T16:00Z")) == [2027]
    assert HALL.uncovered_years(iso("2099-01-01T00:00Z"), iso("2100-01-01T00:00Z")) == []


def test_coverage_warning_text():
    assert "2027" in coverage_warning([2027]) and "State Council" in coverage_warning([2027])
    assert coverage_warning([2028, 2027], lang="zh").startswith("2027, 2028年")
    assert coverage_warning([]) == ""


# --------------------------------------------------------------------------- CSV


@pytest.mark.parametrize(("text", "expected"), [
    ("2027-01-01,holiday,New Year\n2027-02-06,workday\n",
     [("2027-01-01", "holiday", "New Year", 1), ("2027-02-06", "workday", "", 2)]),
    ("\ufeffdate,kind,note\n2027-10-01,休,国庆节\n2027-09-26,班,调休\n",
     [("2027-10-01", "holiday", "国庆节", 2), ("2027-09-26", "workday", "调休", 3)]),
    ("日期,类型\n2027/10/8,假日\n\n# comment\n2027/9/26,调休上班\n",
     [("2027-10-08", "holiday", "", 2), ("2027-09-26", "workday", "", 5)]),
    ('2027-10-01,HOLIDAY,"National Day, day 1"\r\n2027-10-01,holiday\r\n',
     [("2027-10-01", "holiday", "National Day, day 1", 1), ("2027-10-01", "holiday", "", 2)]),
    ("\ufeff2027-05-01,休\n".encode(),            # bytes with BOM
     [("2027-05-01", "holiday", "", 1)]),
    ("2027-05-01,上班\n".encode(), [("2027-05-01", "workday", "", 1)]),
    ("", []),
])
def test_parse_day_overrides_csv(text, expected):
    got = parse_day_overrides_csv(text)
    assert [(o.day.isoformat(), o.kind, o.note, o.line) for o in got] == expected


@pytest.mark.parametrize(("text", "message"), [
    ("2027-01-01,holiday\n2027-13-01,holiday\n", "line 2: '2027-13-01' is not a date YYYY-MM-DD"),
    ("date,kind\n2027-01-01,vacation\n", "line 2: unknown kind 'vacation'"),
    ("2027-01-01\n", "line 1: expected date,kind[,note] but found 1 fields"),
    ("2027-01-01,休,a,b\n", "line 1: expected date,kind[,note] but found 4 fields"),
    ("2027-01-01,休\n2027-01-02,休\n2027-01-01,班\n",
     "line 3: 2027-01-01 is a workday here but a holiday on line 1"),
    ("date,kind\ndate,kind\n", "line 2: 'date' is not a date"),     # header only once
    (b"2027-01-01,holiday\n2027-01-02,\xd0\xdd\n", "line 2: not UTF-8 text"),  # GBK bytes
])
def test_parse_day_overrides_csv_errors_name_the_line(text, message):
    with pytest.raises(CalendarError) as error:
        parse_day_overrides_csv(text)
    assert str(error.value).startswith(message)


def test_overrides_change_the_calendar_and_can_mark_a_year_covered():
    base = china_default(years=[2026])
    rows = parse_day_overrides_csv("2027-01-01,休\n2026-10-08,休\n2026-10-01,班\n")
    calendar = base.with_overrides(rows, covered_years=[2027])
    assert not calendar.is_working_day(date(2027, 1, 1))
    assert not calendar.is_working_day(date(2026, 10, 8))
    assert ranges(calendar, "2026-10-01") == ["08:30-12:00", "13:30-17:30"]
    assert check_coverage(calendar, 2027) and not check_coverage(base, 2027)
    assert base.is_working_day(date(2026, 10, 8))             # the original is unchanged

