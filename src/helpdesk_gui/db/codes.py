"""Vocabulary words stored as one-letter codes: a ticket's status, type, channel and SLA
state, and the kind and statuses of each history event.

A million-ticket file holds five million history events, and each spelled out its kind
and the two statuses it moved between ("in_progress" → "resolved"): 20 bytes an event,
again in every index that ends in such a column. As one letter each they are 3 bytes.
``CodeField`` stores the letter and hands back the word, so callers, sync bundles,
exports and the audit log keep using the words (``domain.vocabulary``); only a query
written as raw SQL must use ``code`` (or the field's ``db_value``).

The letters below are the stored format: a letter, once given, is never reused or
changed. A word not in the table (one a newer version added, arriving in a sync bundle)
is stored as itself and read back as itself, so nothing is lost; the schema step that
introduced the codes is ``v014_codes``.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import peewee as pw

TICKET_STATUS = MappingProxyType({
    "new": "n", "pending_approval": "p", "assigned": "a", "in_progress": "i",
    "waiting_customer": "w", "resolved": "r", "closed": "c", "cancelled": "x", "merged": "m",
})
TICKET_TYPE = MappingProxyType({
    "consultation": "q", "complaint": "c", "suggestion": "s", "repair": "f", "request": "r",
})
CHANNEL = MappingProxyType({
    "counter": "c", "phone": "p", "online": "o", "email": "e", "letter": "l", "social": "s",
    "sms": "m",
})
SLA_STATE = MappingProxyType({
    "on_track": "o", "at_risk": "r", "breached": "b", "met": "m", "extended": "e",
    "paused": "p",
})
EVENT_KIND = MappingProxyType({
    "created": "n", "assigned": "a", "started": "s", "waiting": "w", "resumed": "u",
    "contact": "t", "note": "o", "resolved": "r", "closed": "c", "reopened": "e",
    "cancelled": "x", "merged": "m", "merged_from": "f", "approved": "p", "rejected": "j",
    "extended": "d", "attached": "h", "customer_edited": "k",
})


def code(codes: Mapping[str, str], word: str) -> str:
    """The stored spelling of ``word``: its letter, or the word itself if it has none."""
    return codes.get(word, word)


class CodeField(pw.CharField):
    """A vocabulary word stored as its one-letter code (see the module docstring)."""

    def __init__(self, codes: Mapping[str, str], *args, **kwargs) -> None:
        kwargs.setdefault("max_length", 20)
        super().__init__(*args, **kwargs)
        letters = list(codes.values())
        if any(len(x) != 1 for x in letters) or len(set(letters)) != len(letters):
            raise ValueError("codes must be distinct single characters")
        self.codes = codes
        self.words = {letter: word for word, letter in codes.items()}

    def db_value(self, value):
        if value is None:
            return None
        value = str(value)
        stored = self.codes.get(value)
        if stored is not None:
            return stored
        if len(value) == 1 and value not in self.words:
            raise ValueError(f"{self.name}: {value!r} is neither a word nor a code")
        return value  # a code already, "" or a word this version does not know

    def python_value(self, value):
        if value is None:
            return None
        return self.words.get(value, value)

    def case_sql(self, column: str) -> str:
        """``CASE`` turning the words of ``column`` into their codes (the schema step)."""
        whens = " ".join(f"WHEN '{word}' THEN '{letter}'" for word, letter in self.codes.items())
        return f'CASE "{column}" {whens} ELSE "{column}" END'
