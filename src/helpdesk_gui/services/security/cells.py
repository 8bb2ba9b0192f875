"""Files that leave the application: spreadsheet cells that are text, files that are private.

* CSV/formula injection (OWASP "CSV Injection"): a cell that begins with ``=``, ``+``,
  ``-``, ``@``, a tab or a carriage return is taken as a formula by Excel and WPS —
  ``=HYPERLINK(…)`` leaks data on a click, ``=cmd|…`` runs programs. Such text (typed by
  a customer, so never trusted) is written with a leading apostrophe in CSV, and as a
  string cell (never a formula) in xlsx.
* Export files, rejected-row files and backups hold personal data: they are created
  readable and writable by their owner only.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def is_formula_like(value: object) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_cell(value: object) -> object:
    """The value as a CSV cell no spreadsheet runs as a formula."""
    return "'" + value if is_formula_like(value) else value


def csv_row(row: Iterable[object]) -> list[object]:
    """``csv_cell`` of every value of a row, in one pass (a month's export is a million
    cells: two calls a cell cost as much as writing the file)."""
    return ["'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS)
            else value for value in row]


def xlsx_cell(sheet, value: object, font=None):
    """A streamed (write-only) openpyxl cell: formula-like text as a plain string cell,
    never a formula; ``font`` for a header."""
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    if is_formula_like(value):
        cell.data_type = "s"
    if font is not None:
        cell.font = font
    return cell


def private_file(path: str | Path) -> Path:
    """Create ``path`` empty and owner-only, or take group/other access off it (POSIX)."""
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.close(fd)
    if os.name == "posix":
        os.chmod(path, 0o600)
    return path
