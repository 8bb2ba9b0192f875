"""The errors the hall's software raises on purpose.

Every one of them carries a message a counter clerk or supervisor can act on: which
field, which ticket, which state, why. The GUI shows ``str(error)`` as is.
"""

from __future__ import annotations


class HelpdeskError(Exception):
    """Base for errors that are the user's to fix, not a crash."""


class ConfigurationError(HelpdeskError):
    """The installation is set up wrongly (bad --db URL, unreadable folder...)."""


class ValidationError(HelpdeskError):
    """Input that cannot be accepted. ``errors`` maps field name -> reason."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        text = "; ".join(f"{field}: {reason}" for field, reason in self.errors.items())
        super().__init__(text)


class IllegalTransition(HelpdeskError):
    """An action that the ticket's current state does not allow."""

    def __init__(self, ticket_no: str, state: str, action: str, allowed: list[str]):
        self.ticket_no = ticket_no
        self.state = state
        self.action = action
        self.allowed = allowed
        hint = ", ".join(allowed) if allowed else "none"
        super().__init__(
            f"ticket {ticket_no}: cannot {action} while the ticket is {state} "
            f"(allowed now: {hint})"
        )


class NotFound(HelpdeskError):
    """A ticket, customer or staff member that does not exist."""


class PermissionDenied(HelpdeskError):
    """The acting staff member's role does not allow the action."""


class SchemaTooNew(ConfigurationError):
    """The database was written by a newer version of the application."""


class SchemaTooOld(ConfigurationError):
    """The hall server's schema is older than this application; the administrator upgrades."""


class DatabaseUnavailable(ConfigurationError):
    """The database server cannot be reached or refuses this user."""
