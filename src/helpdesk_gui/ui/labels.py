"""Names of the hall's codes on screen, translated through Qt.

The English names in the vocabulary tables (``domain.vocabulary.label_tables()``) are the
translation sources, each table in its own context ("Vocabulary.CHANNELS", ...); the zh_CN
catalogue is generated from the same tables, so the screen, the PDFs and the exports
always use the same Chinese words.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

from helpdesk_gui.domain import vocabulary as v


@cache
def _contexts() -> dict[int, str]:
    return {id(table): f"Vocabulary.{name}" for name, table in v.label_tables().items()}


def label(table, code: object) -> str:
    """The on-screen name of a code from one of the vocabulary tables."""
    try:
        english = table[code][0]
    except KeyError:
        return str(code)
    return QCoreApplication.translate(_contexts().get(id(table), "Vocabulary"), english)


def channel(code: str) -> str:
    return label(v.CHANNELS, code)


def ticket_type(code: str) -> str:
    return label(v.TICKET_TYPES, code)


def level(code: int) -> str:
    return label(v.LEVELS, code)


def status(code: str) -> str:
    return label(v.STATUSES, code)


def role(code: str) -> str:
    return label(v.ROLES, code)


def event(code: str) -> str:
    return label(v.EVENT_KINDS, code)


def choices(table) -> list[tuple[object, str]]:
    """(code, on-screen name) pairs for a combo box, in the table's order."""
    return [(code, label(table, code)) for code in table]
