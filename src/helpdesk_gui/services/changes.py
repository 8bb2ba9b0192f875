"""What an operation changed, broadcast once so each view refreshes only what it shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Changes:
    """Ids of changed records by kind ("ticket", "customer", ...) and what happened."""

    tickets: frozenset[int] = frozenset()
    customers: frozenset[int] = frozenset()
    kinds: frozenset[str] = field(default_factory=frozenset)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.tickets | other.tickets, self.customers | other.customers,
                       self.kinds | other.kinds)

    @classmethod
    def ticket(cls, ticket_id: int, *kinds: str) -> Changes:
        return cls(tickets=frozenset({ticket_id}), kinds=frozenset(kinds))


def changes_of(result: Any) -> Changes | None:
    """The ``Changes`` a write returned, directly or as its ``changes`` attribute."""
    if isinstance(result, Changes):
        return result
    changes = getattr(result, "changes", None)
    return changes if isinstance(changes, Changes) else None
