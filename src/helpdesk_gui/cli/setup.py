"""``helpdesk-gui setup``: the first-run wizard's twin on the command line.

The only command a database without an administrator accepts: it creates the branch and
the first administrator (``services.security.auth.first_run``), and refuses once one
exists.
"""

from __future__ import annotations

import argparse

from helpdesk_gui.cli.common import read_new_password


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register ``setup`` on the main parser's sub-parsers."""
    setup = sub.add_parser("setup", help="first run: the branch and its first administrator")
    setup.add_argument("--branch-code", required=True, help="branch code in ticket numbers")
    setup.add_argument("--branch-name", required=True)
    setup.add_argument("--admin-no", required=True, help="the administrator's employee number")
    setup.add_argument("--admin-name", required=True)
    setup.add_argument("--timezone", default="Asia/Shanghai")
    setup.set_defaults(func=_setup)


def _setup(args: argparse.Namespace) -> int:
    from helpdesk_gui.db import open_database
    from helpdesk_gui.services.security import auth

    open_database(getattr(args, "db", None))
    if not auth.needs_first_run():
        print("setup: this database already has an administrator; sign in with --user "
              "instead")
        return 2
    admin = auth.first_run(args.branch_code, args.branch_name, args.admin_no,
                           args.admin_name, read_new_password(args), args.timezone)
    print(f"branch {admin.branch.code} {admin.branch.name}: administrator "
          f"{admin.employee_no} {admin.name} created")
    return 0
