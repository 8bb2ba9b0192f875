"""Limits on ledger files, so a huge or hostile file is refused at once with a reason.

An import costs tens of milliseconds a row (the SLA replay of each ticket), so a 50 MB
csv or an xlsx that unpacks to hundreds of MB would run for hours. The xlsx check reads
the zip directory only (sizes as declared), before openpyxl unpacks anything.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from helpdesk_gui.domain.errors import HelpdeskError

MAX_FILE_BYTES = 20 * 1024 * 1024  # 20 MB: a 50,000-row ledger is about 10 MB
MAX_ROWS = 50_000
MAX_XLSX_UNPACKED = 200 * 1024 * 1024  # what the xlsx (a zip) unpacks to
MAX_XLSX_RATIO = 100  # a real sheet packs about 10:1; a zip bomb packs 1000:1


class ImportRefused(HelpdeskError):
    """The file is refused as a whole (too big, too many rows, a zip bomb)."""



def check_limits(path: Path) -> None:
    """Refuse a file larger than the limits before reading it."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportRefused(f"{path.name} is {size / 1048576:.0f} MB; ledgers up to "
                            f"{MAX_FILE_BYTES // 1048576} MB are imported — split the file")
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        try:
            with zipfile.ZipFile(path) as book:
                unpacked = sum(item.file_size for item in book.infolist())
        except zipfile.BadZipFile as exc:
            raise ImportRefused(f"{path.name} is not an Excel .xlsx file ({exc})") from exc
        if unpacked > MAX_XLSX_UNPACKED or unpacked > MAX_XLSX_RATIO * max(size, 1):
            raise ImportRefused(
                f"{path.name} unpacks to {unpacked / 1048576:.0f} MB from {size / 1024:.0f} KB; "
                f"at most {MAX_XLSX_UNPACKED // 1048576} MB (and {MAX_XLSX_RATIO}× its size) "
                "is read — save the sheet again, or as .csv")


def limited(rows: Iterator[tuple[int, list]], name: str) -> Iterator[tuple[int, list]]:
    for count, row in enumerate(rows, 1):
        if count > MAX_ROWS + 1:  # the header row plus MAX_ROWS data rows
            raise ImportRefused(f"{name} has more than {MAX_ROWS:,} rows; import it in parts")
        yield row


