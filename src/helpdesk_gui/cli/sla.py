"""``helpdesk-gui sla ...``: check deadlines from the command line.

For administrators who set up a branch calendar and want to see what it does before
tickets depend on it::

    helpdesk-gui sla deadline --calendar hall.json --start 2026-09-30T16:30+08:00 \\
        --minutes 120 --explain
    helpdesk-gui sla elapsed --calendar hall.json --start ... --end ... --pause A/B
    helpdesk-gui --db sqlite:///hall.db sla explain BJ01-20260511-0001

The answer is always the LAST line of standard output (scripts read that line);
warnings go to standard error. ``--calendar builtin:china`` uses the built-in
mainland China calendar instead of a file.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from helpdesk_gui.domain.sla import clock as sla_clock
from helpdesk_gui.domain.sla.calendar import BusinessCalendar, china_default
from helpdesk_gui.domain.sla.coverage import coverage_warning
from helpdesk_gui.domain.sla.hours import CalendarError

BUILTIN_CHINA = "builtin:china"
EXIT_OK, EXIT_USAGE = 0, 2


def parse_instant(text: str) -> datetime:
    """An ISO-8601 instant WITH an offset or ``Z``; naive times are refused."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO-8601 date-time, e.g. 2026-09-30T16:30+08:00") from None
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError(
            f"{text!r} has no UTC offset; write e.g. {text}+08:00 or {text}Z")
    return value


def parse_pause(text: str) -> tuple[datetime, datetime | None]:
    """``START/END``; ``START/`` or ``START/..`` is a pause that has not ended."""
    start_text, slash, end_text = text.partition("/")
    if not slash:
        raise argparse.ArgumentTypeError(f"{text!r}: expected START/END (END may be empty)")
    start = parse_instant(start_text)
    end = None if end_text.strip() in ("", "..") else parse_instant(end_text)
    if end is not None and end < start:
        raise argparse.ArgumentTypeError(f"{text!r}: the pause ends before it starts")
    return start, end


def load_calendar(path: str) -> BusinessCalendar:
    """Read a calendar JSON file (or the built-in one); errors name the file and field."""
    if path == BUILTIN_CHINA:
        return china_default()
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise CalendarError(f"{path}: cannot read the file ({exc.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CalendarError(f"{path}: not a JSON file ({exc})") from None
    try:
        return BusinessCalendar.from_dict(data)
    except CalendarError as exc:
        raise CalendarError(f"{path}: {exc}") from None


def add_commands(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``sla deadline`` and ``sla elapsed`` under the main CLI's subparsers."""
    sla = subparsers.add_parser("sla", help="compute service-level deadlines and times",
                                description="Check service-level deadlines against a "
                                "business calendar before tickets depend on it.")
    commands = sla.add_subparsers(dest="sla_command", metavar="{deadline,elapsed,explain}",
                                  required=True)
    due = commands.add_parser("deadline", help="when a target of N counted minutes is due")
    _add_common(due)
    due.add_argument("--minutes", type=_minutes, required=True, help="counted minutes")
    due.add_argument("--explain", action="store_true",
                     help="print the timeline (counted, closed, holiday, paused) first")
    due.set_defaults(func=run_deadline)
    spent = commands.add_parser("elapsed", help="counted time between two instants")
    _add_common(spent)
    spent.add_argument("--end", type=parse_instant, required=True, help="ISO-8601 instant")
    spent.set_defaults(func=run_elapsed)
    why = commands.add_parser("explain", help="each target's timeline for one ticket")
    why.add_argument("ticket_no", help="the ticket number (工单编号)")
    why.add_argument("--chinese", action="store_true", help="target names in Chinese")
    why.set_defaults(func=run_explain)
    return sla


def _add_common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--calendar", required=True,
                        help=f"calendar JSON file, or {BUILTIN_CHINA}")
    parser.add_argument("--start", type=parse_instant, required=True,
                        help="ISO-8601 instant with offset, e.g. 2026-09-30T16:30+08:00")
    parser.add_argument("--pause", type=parse_pause, action="append", default=[],
                        metavar="START/END", help="a pause (repeatable); END empty = ongoing")


def _minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value >= 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes >= 0")
    return value


def run_deadline(args: argparse.Namespace) -> int:
    """``sla deadline``: print the deadline (calendar time zone) as the last line."""
    calendar = _calendar_or_none(args.calendar)
    if calendar is None:
        return EXIT_USAGE
    try:
        segments = sla_clock.explain(calendar, args.start, args.minutes, args.pause)
    except CalendarError as exc:
        print(f"error: calendar {args.calendar}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    due = segments[-1].end if segments[-1].kind == "deadline" else None
    if args.explain:
        print(sla_clock.format_timeline(segments, calendar.tz))
    _warn_coverage(calendar, args.start, due or args.start)
    print("none (still paused)" if due is None else due.astimezone(calendar.tz).isoformat())
    return EXIT_OK


def run_elapsed(args: argparse.Namespace) -> int:
    """``sla elapsed``: print the counted seconds as the last line."""
    calendar = _calendar_or_none(args.calendar)
    if calendar is None:
        return EXIT_USAGE
    if args.end < args.start:
        print("error: --end is before --start", file=sys.stderr)
        return EXIT_USAGE
    spent = sla_clock.elapsed(calendar, args.start, args.end, args.pause)
    _warn_coverage(calendar, args.start, args.end)
    print(_seconds_text(spent))
    return EXIT_OK


def run_explain(args: argparse.Namespace) -> int:
    """``sla explain TICKET_NO``: counted intervals, pauses, closed days, deadlines."""
    from helpdesk_gui.cli.common import open_as_actor
    from helpdesk_gui.domain.errors import HelpdeskError
    from helpdesk_gui.services.sla import explain as sla_explain

    database, _actor = open_as_actor(args)
    try:
        explanation = sla_explain.explain_number(args.ticket_no)
    except HelpdeskError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        database.close()
    print(sla_explain.explanation_text(explanation, chinese=args.chinese))
    return EXIT_OK


def _seconds_text(spent: timedelta) -> str:
    if spent % timedelta(seconds=1) == timedelta():
        return str(spent // timedelta(seconds=1))
    return repr(spent.total_seconds())


def _calendar_or_none(path: str) -> BusinessCalendar | None:
    try:
        return load_calendar(path)
    except CalendarError as exc:
        print(f"error: calendar {exc}", file=sys.stderr)
        return None


def _warn_coverage(calendar: BusinessCalendar, start: datetime, end: datetime) -> None:
    missing = calendar.uncovered_years(start, end)
    if missing:
        print(f"warning: {coverage_warning(missing)}", file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    """A parser shaped like the application's ``cli.py`` with only ``sla`` in it."""
    from helpdesk_gui.cli.options import CommandParser

    parser = CommandParser(prog="helpdesk-gui", main=True)
    sub = parser.add_subparsers(dest="command")
    add_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``sla ...`` on its own; returns the exit code (argparse errors give 2)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        code = exc.code  # --help exits with None/0, usage errors with 2
        return code if isinstance(code, int) else (EXIT_OK if code is None else EXIT_USAGE)
    if not hasattr(args, "func"):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
