"""``helpdesk-gui retention run --years N``: anonymize personal data of old tickets.
"""

from __future__ import annotations

import argparse

from helpdesk_gui.cli.common import open_as_actor


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register this command group on the main parser's sub-parsers."""
    retention = sub.add_parser("retention", help="anonymize personal data of old tickets")
    retention.add_argument("action", choices=["run"])
    retention.add_argument("--years", type=_years, default=3,
                           help="keep personal data of tickets closed in the last N years "
                                "(at least 3)")
    retention.set_defaults(func=_retention_run)


def _years(text: str) -> int:
    """``--years``: a whole number of at least 3, refused before anything runs."""
    from helpdesk_gui.services.security import privacy

    try:
        years = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of years") from None
    if years < privacy.MIN_RETENTION_YEARS:
        raise argparse.ArgumentTypeError(
            f"closed tickets are kept at least {privacy.MIN_RETENTION_YEARS} years, not {years}")
    return years


def _retention_run(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.security import privacy

    _, actor = open_as_actor(args)
    print(privacy.anonymize_closed_before(args.years, actor=actor).message())
    return 0
