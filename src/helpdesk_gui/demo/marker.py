"""Which databases demo data may go into: new ones, and the ones it made itself.

Demo data sets well-known passwords on its demo accounts. Loaded into a hall's real
database it would hand the administrator role to anyone who reads the README, so the
demo claims a database only while it is empty (no staff, no tickets, no audit rows) and
marks it (``meta`` row ``demo_database``); later runs accept only a database carrying
that mark.
"""

from __future__ import annotations

from helpdesk_gui.db.connect import database_proxy
from helpdesk_gui.domain.base import Meta, utcnow
from helpdesk_gui.domain.errors import HelpdeskError
from helpdesk_gui.domain.hall import Staff
from helpdesk_gui.domain.security.models import AuditEntry
from helpdesk_gui.domain.tickets.models import Ticket

MARKER_KEY = "demo_database"


class NotADemoDatabase(HelpdeskError):
    """The database holds real data (or data of unknown origin): no demo data goes in."""


def is_demo_database() -> bool:
    """True when the demo created this database (the marker row is present)."""
    return Meta.get_or_none(Meta.key == MARKER_KEY) is not None


def is_new_database() -> bool:
    """True while the database holds nobody and nothing: no staff, tickets or audit rows."""
    return not (Staff.select().exists() or Ticket.select().exists()
                or AuditEntry.select().exists())


def claim_for_demo() -> None:
    """Mark a new database as the demo's, or refuse one that is not new and not the demo's.

    Inside one write transaction, so two demo runs cannot both find the database new.
    """
    with database_proxy.obj.atomic():
        if is_demo_database():
            return
        if not is_new_database():
            raise NotADemoDatabase(
                "demo: this database already holds staff, tickets or an audit trail and was "
                "not created by the demo; demo data (with its published passwords) goes only "
                "into a new database — use --db sqlite:///path/to/new-demo.db")
        Meta.put(MARKER_KEY, utcnow().isoformat())
