"""``helpdesk-gui user add|reset-password``: staff accounts from the command line.

An administrator signs in first; with ``--password-stdin`` (a global option, see
``cli.options``) the sign-in password is the first line of standard input and the new
password the second.
"""

from __future__ import annotations

import argparse

from helpdesk_gui.cli.common import open_as_actor, read_new_password


def add_commands(sub: argparse._SubParsersAction) -> None:
    """Register this command group on the main parser's sub-parsers."""
    user = sub.add_parser("user", help="staff accounts")
    actions = user.add_subparsers(dest="user_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a staff member with a password")
    add.add_argument("employee_no")
    add.add_argument("name")
    add.add_argument("role", choices=["counter", "handler", "supervisor", "admin"])
    add.set_defaults(func=_user_add)
    reset = actions.add_parser("reset-password", help="set a temporary password")
    reset.add_argument("employee_no")
    reset.set_defaults(func=_user_reset)


def _user_add(args: argparse.Namespace) -> int:
    from helpdesk_gui.db.connect import database_proxy
    from helpdesk_gui.services.security import audit, auth, permissions, staff

    _, actor = open_as_actor(args)
    permissions.require(actor, "staff.manage")
    password = read_new_password(args)
    auth.check_password_rules(password, args.employee_no)
    with database_proxy.obj.atomic():
        person = staff.create_staff(actor.branch, args.employee_no, args.name, args.role)
        auth.set_password(person, password)
        audit.record(actor, "staff.add", "staff", person.id,
                     {"employee_no": person.employee_no, "role": person.role})
    print(f"added {person.employee_no} {person.name} ({person.role}) to branch "
          f"{actor.branch.code}")
    return 0


def _user_reset(args: argparse.Namespace) -> int:
    from helpdesk_gui.services.security import auth, staff

    _, actor = open_as_actor(args)
    person = staff.by_employee_no(args.employee_no)
    auth.reset_password(actor, person.id, read_new_password(args))
    print(f"password of {person.employee_no} reset; it must be changed at the next sign-in")
    return 0
