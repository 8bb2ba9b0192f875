"""Headless training commands: import a sign-in/score sheet, list expiring certificates,
show a branch's training completion for a quarter."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from zoneinfo import ZoneInfo


def add_commands(subparsers) -> None:
    """``training import FILE``, ``training certificates``, ``training completion``."""
    cmd = subparsers.add_parser("training", help="staff training records")
    sub = cmd.add_subparsers(dest="training_command", metavar="ACTION", required=True)
    imp = sub.add_parser("import", help="import attendance and scores from .xlsx or .csv")
    imp.add_argument("file")
    imp.add_argument("--session", type=int, help="session id, when the sheet does not name it")
    imp.set_defaults(func=_import)
    certs = sub.add_parser("certificates", help="certificates expiring within N days")
    certs.add_argument("--days", type=int, default=30)
    certs.set_defaults(func=_certificates)
    done = sub.add_parser("completion", help="training completion of a branch in a quarter")
    done.add_argument("branch", help="branch code")
    done.add_argument("year", type=int)
    done.add_argument("quarter", type=int, choices=[1, 2, 3, 4])
    done.set_defaults(func=_completion)


def _open(args: argparse.Namespace, action: str = ""):
    """Sign in (see ``cli.common``); with ``action``, the role must allow it."""
    from helpdesk_gui.cli.common import open_as_actor
    from helpdesk_gui.services.security import permissions

    _, actor = open_as_actor(args)
    if action:
        permissions.require(actor, action)
    return actor


def _import(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.training.sheets import ImportRejected, import_results

    actor = _open(args)
    try:
        result = import_results(args.file, actor, args.session)
    except ImportRejected as exc:
        print("nothing imported:")
        for row, reason in exc.errors:
            print(f"  row {row}: {reason}")
        return 1
    print(f"imported {result.rows} rows into {result.sessions} session(s)")
    return 0


def _certificates(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.training.assessments import certificate_reminders

    actor = _open(args, "training.manage")
    now = datetime.now(UTC).astimezone(ZoneInfo(actor.branch.timezone))  # the branch's day
    for r in certificate_reminders(now, args.days):
        state = "EXPIRED" if r.expired else f"{r.days_left} days"
        print(f"{r.certificate.staff_name}\t{r.certificate.name}\t"
              f"{r.certificate.expires_on}\t{state}")
    return 0


def _completion(args: argparse.Namespace) -> int:
    from helpdesk_gui.domain.hall import Branch
    from helpdesk_gui.services.training.plan import compliance, training_completion

    _open(args, "training.manage")
    branch = Branch.get_or_none(Branch.code == args.branch.upper())
    if branch is None:
        print(f"no branch with code {args.branch}")
        return 1
    done = training_completion(branch.id, args.year, args.quarter)
    rate = "-" if done.completion_rate is None else f"{done.completion_rate:.0%}"
    print(f"{branch.name} {args.year}Q{args.quarter}: sessions {done.sessions}, "
          f"places {done.planned_places}, attended {done.attended}, completed {done.completed} "
          f"({rate}), {done.hours:g} person-hours")
    problems = compliance(branch.id, args.year, args.quarter).problems
    print("etiquette rule: " + ("met" if not problems else "; ".join(problems)))
    return 0
