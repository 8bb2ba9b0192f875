"""``helpdesk-gui sla deadline|elapsed``: through main() and as a real subprocess."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpdesk_gui.cli import sla as sla_cli

SRC = Path(__file__).resolve().parents[2] / "src"
EIGHT_TO_FIVE = [["08:00", "17:00"]]
BERLIN = {
    "timezone": "Europe/Berlin",
    "hours": {key: EIGHT_TO_FIVE for key in ("mon", "tue", "wed", "thu", "fri")},
}


@pytest.fixture
def berlin_file(tmp_path: Path) -> str:
    path = tmp_path / "berlin.json"
    path.write_text(json.dumps(BERLIN), encoding="utf-8")
    return str(path)


def run(capsys, *argv: str) -> tuple[int, list[str], str]:
    code = sla_cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


@pytest.mark.parametrize(("extra", "expected"), [
    # Fri 16-17 CET (60) + Mon 08-09 CEST (60), over the spring-forward weekend
    ([], "2026-03-30T09:00:00+02:00"),
    (["--minutes", "60"], "2026-03-27T17:00:00+01:00"),                 # exactly closing time
    (["--pause", "2026-03-27T16:30+01:00/2026-03-30T08:30+02:00"], "2026-03-30T10:00:00+02:00"),
    (["--pause", "2026-03-27T15:30Z/2026-03-27T15:45Z",                 # two pauses, 30 min
      "--pause", "2026-03-30T06:00Z/2026-03-30T06:15Z"], "2026-03-30T09:30:00+02:00"),
    (["--pause", "2026-03-27T16:30+01:00/"], "none (still paused)"),
    (["--pause", "2026-03-27T16:30+01:00/.."], "none (still paused)"),
])
def test_deadline(capsys, berlin_file, extra, expected):
    argv = ["sla", "deadline", "--calendar", berlin_file, "--start", "2026-03-27T15:00Z",
            "--minutes", "120", *extra]
    code, lines, err = run(capsys, *argv)
    assert (code, lines[-1], err) == (0, expected, "")


def test_deadline_explain_prints_the_timeline_first(capsys, berlin_file):
    code, lines, _ = run(capsys, "sla", "deadline", "--calendar", berlin_file, "--start",
                         "2026-03-27T16:00+01:00", "--minutes", "120", "--explain")
    assert code == 0
    assert lines == [
        "2026-03-27 Fri 16:00 CET → 2026-03-27 Fri 17:00 CET  counted  +60 min [total 60 min]",
        ("2026-03-27 Fri 17:00 CET → 2026-03-30 Mon 08:00 CEST  closed   closed (outside "
         "opening hours) [total 60 min]"),
        "2026-03-30 Mon 08:00 CEST → 2026-03-30 Mon 09:00 CEST  counted  +60 min [total 120 min]",
        "2026-03-30 Mon 09:00 CEST  deadline 120 min reached [total 120 min]",
        "2026-03-30T09:00:00+02:00",
    ]


@pytest.mark.parametrize(("start", "end", "pauses", "expected"), [
    ("2026-03-27T16:00+01:00", "2026-03-30T09:00+02:00", [], "7200"),
    ("2026-03-27T15:00Z", "2026-03-27T15:00:01.5Z", [], "1.5"),
    ("2026-03-28T00:00Z", "2026-03-29T23:00Z", [], "0"),                  # weekend
    ("2026-03-27T16:00+01:00", "2026-03-30T09:00+02:00",
     ["2026-03-30T08:00+02:00/2026-03-30T08:30+02:00"], "5400"),
])
def test_elapsed(capsys, berlin_file, start, end, pauses, expected):
    argv = ["sla", "elapsed", "--calendar", berlin_file, "--start", start, "--end", end]
    for pause in pauses:
        argv += ["--pause", pause]
    code, lines, _ = run(capsys, *argv)
    assert (code, lines[-1]) == (0, expected)


@pytest.mark.parametrize(("argv", "message"), [
    (["--start", "2026-03-27T16:00"], "argument --start: '2026-03-27T16:00' has no UTC offset"),
    (["--start", "yesterday"], "argument --start: 'yesterday' is not an ISO-8601 date-time"),
    (["--minutes", "-5"], "argument --minutes: '-5' is not a number of minutes >= 0"),
    (["--minutes", "nan"], "argument --minutes: 'nan' is not a number of minutes >= 0"),
    (["--pause", "2026-03-27T16:00Z"], "argument --pause: '2026-03-27T16:00Z': expected START/END"),
    (["--pause", "2026-03-27T16:00Z/2026-03-27T15:00Z"], "the pause ends before it starts"),
    (["--pause", "2026-03-27T16:00Z/2026-03-27T17:00"], "has no UTC offset"),
])
def test_bad_arguments_exit_2(capsys, berlin_file, argv, message):
    base = {"--start": "2026-03-27T15:00Z", "--minutes": "120"}
    base.update(dict(zip(argv[::2], argv[1::2], strict=True)))
    flat = [item for pair in base.items() for item in pair]
    code, lines, err = run(capsys, "sla", "deadline", "--calendar", berlin_file, *flat)
    assert code == 2 and lines == []
    assert message in err


@pytest.mark.parametrize(("content", "message"), [
    ({"timezone": "Mars/Base"}, "timezone: unknown time zone 'Mars/Base'"),
    ({"hours": {"tue": [["08:00", "12:00"], ["13:00", "12:00"]]}},
     "hours.tue[1]: end 12:00 is not after start 13:00"),
    ({"holidays": ["2026-01-01", "2026-10-01", "2026-13-01"]},
     "holidays[2]: '2026-13-01' is not a date YYYY-MM-DD"),
    ({"workdays": [20260214]}, "workdays[0]: 20260214 is not a date YYYY-MM-DD"),
    ({}, "hours: no opening hours for more than"),      # valid file, but never open
    ("{not json", "not a JSON file"),
])
def test_malformed_calendar_exits_2_naming_the_field(capsys, tmp_path, content, message):
    path = tmp_path / "cal.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    code, lines, err = run(capsys, "sla", "deadline", "--calendar", str(path),
                           "--start", "2026-03-27T15:00Z", "--minutes", "5")
    assert code == 2 and lines == []
    assert err.startswith(f"error: calendar {path}: ")
    assert message in err


def test_missing_calendar_file(capsys, tmp_path):
    code, _, err = run(capsys, "sla", "elapsed", "--calendar", str(tmp_path / "none.json"),
                       "--start", "2026-03-27T15:00Z", "--end", "2026-03-28T15:00Z")
    assert code == 2 and "cannot read the file" in err


def test_builtin_china_warns_about_unpublished_years(capsys):
    # 2027-01-01 (Fri) counts as an ordinary day because no schedule is known: 450,
    # Mon 4th 450, Tue 5th 08:30-12:00 (210) + 13:30-15:00 (90) = 1200
    code, lines, err = run(capsys, "sla", "deadline", "--calendar", "builtin:china",
                           "--start", "2026-12-31T16:00Z", "--minutes", "1200")
    assert (code, lines[-1]) == (0, "2027-01-05T15:00:00+08:00")
    assert err.startswith("warning: No official holiday schedule for 2027")


def test_builtin_china_national_day_without_warning(capsys):
    code, lines, err = run(capsys, "sla", "elapsed", "--calendar", "builtin:china",
                           "--start", "2026-09-30T00:00+08:00", "--end", "2026-10-12T00:00+08:00")
    assert (code, lines[-1], err) == (0, str(4 * 27000), "")


def test_sla_without_subcommand_is_a_usage_error(capsys):
    assert sla_cli.main(["sla"]) == 2
    assert "required" in capsys.readouterr().err


def test_registers_into_the_applications_parser():
    parser = argparse.ArgumentParser(prog="helpdesk-gui")
    sub = parser.add_subparsers(dest="command")
    sla_cli.add_commands(sub)
    args = parser.parse_args(["sla", "elapsed", "--calendar", "c.json", "--start",
                              "2026-03-27T15:00Z", "--end", "2026-03-27T16:00Z"])
    assert (args.command, args.sla_command, args.func) == ("sla", "elapsed", sla_cli.run_elapsed)
    assert args.pause == []


def _subprocess(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "helpdesk_gui.cli.sla", *argv],
                          capture_output=True, text=True, encoding="utf-8", env=env,
                          timeout=60, check=False)


def test_end_to_end_subprocess(berlin_file):
    done = _subprocess("sla", "deadline", "--calendar", berlin_file, "--start",
                       "2026-10-23T16:00+02:00", "--minutes", "120", "--explain")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "2026-10-26T09:00:00+01:00"    # fall back: Mon 09:00 CET
    assert len(lines) == 5 and "closed" in lines[1]


def test_end_to_end_subprocess_malformed_calendar(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"hours": {"tue": [["08:00", "12:00"], ["13:00", "12:00"]]}}),
                    encoding="utf-8")
    done = _subprocess("sla", "elapsed", "--calendar", str(path), "--start",
                       "2026-03-27T15:00Z", "--end", "2026-03-28T15:00Z")
    assert done.returncode == 2
    assert done.stdout == ""
    assert "hours.tue[1]: end 12:00 is not after start 13:00" in done.stderr
