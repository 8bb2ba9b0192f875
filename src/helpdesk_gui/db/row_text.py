"""The text a ticket row holds, as search sees it: the columns searched, joined into one
string, and the substring test of the Chinese words in a search.

Why a substring test at all: a CJK character, pair or longer word is in a row's search
terms exactly when it is in the row's text (a CJK substring lies inside one CJK run, and
the terms are that run's pairs plus its last character). So where a search matches many
rows and the database walks the list's sort order, each row is tested with ``LIKE`` on
its own text — a microsecond — instead of first gathering every match from the index
(which for one common character, 电, is a third of all tickets). Both backends use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import peewee as pw

Parts = list[tuple[str, list[str]]]  # what was typed, as ``search.query_parts`` parts
# the characters search pairs up: a run of them is a Chinese (Japanese, Korean) word
CJK = (
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs and compatibility
    "\u3040-\u30ff\uac00-\ud7af"  # kana, hangul
)
CJK_RUN = re.compile(f"^[{CJK}]+$")


@dataclass(frozen=True)
class Rows:
    """The table whose rows are searched and the text columns indexed, in order."""

    table: str
    columns: tuple[str, ...]

    def joined(self, alias: str = "") -> str:
        """All the columns' text in one string (the columns are NOT NULL), for the
        substring test; ``||`` because SQLite 3.40 has no ``concat_ws``."""
        prefix = f"{alias}." if alias else ""
        return "(" + " || ' ' || ".join(prefix + c for c in self.columns) + ")"


def cjk_word(kind: str, tokens: list[str]) -> str | None:
    """The CJK text a part stands for (a character, a pair, a longer word), else None."""
    if kind == "prefix":
        return tokens[0] if CJK_RUN.match(tokens[0]) else None
    return tokens[0] + "".join(pair[1] for pair in tokens[1:])


def like_tests(rows: Rows, parts: Parts, alias: str = "",
               mark: str = "%s") -> tuple[list[str], list[str], Parts]:
    """``(tests, params, other parts)``: a ``LIKE`` on the joined text for each CJK part
    (``mark`` is the driver's placeholder) and the parts that are not CJK (Latin words,
    which need the index's own tokenisation)."""
    tests, params, others = [], [], []
    for kind, tokens in parts:
        word = cjk_word(kind, tokens)
        if word is None:
            others.append((kind, tokens))
        else:
            tests.append(f"{rows.joined(alias)} LIKE {mark}")
            params.append(f"%{word}%")
    return tests, params, others


def on_the_row(id_field: pw.Field, rows: Rows, where: str, params: tuple | list,
               fence: str = "") -> pw.Node:
    """``where`` tested on the outer query's own row (``EXISTS`` by id, the row as
    ``hit``), so the database walks its sort order and tests each row it reads.
    ``fence``: PostgreSQL's ``OFFSET 0``, which keeps its planner from turning the test
    into a join driven by the index (SQLite never does, and has no bare ``OFFSET``)."""
    return pw.NodeList((
        pw.SQL(f"EXISTS (SELECT 1 FROM {rows.table} AS hit WHERE hit.id ="), id_field,
        pw.SQL(f"AND {where}{fence})", tuple(params))))
