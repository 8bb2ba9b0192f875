"""Settings of this PC (this seat at the counter), kept in ``QSettings``.

The counter window (窗口号) belongs to the desk, not to the person: whoever signs in at
window 3 serves at window 3. It is read through ``counter_window`` only, so moving it
to the hall server later (one seat row per PC) changes this module and nothing else.
The printer and paper last used for receipts are remembered per PC as well.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

WINDOW_KEY = "counter/window"
PRINTER_KEY = "printing/printer"
PAPER_KEY = "printing/receipt_paper"
PAPERS = ("receipt80", "A5", "A4")


def counter_window(settings: QSettings) -> str:
    """The window number of this PC ("" when not set)."""
    return str(settings.value(WINDOW_KEY, "") or "").strip()


def set_counter_window(settings: QSettings, window: str) -> None:
    settings.setValue(WINDOW_KEY, (window or "").strip()[:16])


def default_printer(settings: QSettings) -> str:
    return str(settings.value(PRINTER_KEY, "") or "")


def remember_printer(settings: QSettings, name: str) -> None:
    if name:
        settings.setValue(PRINTER_KEY, name)


def receipt_paper(settings: QSettings) -> str:
    paper = str(settings.value(PAPER_KEY, "receipt80") or "receipt80")
    return paper if paper in PAPERS else "receipt80"


def set_receipt_paper(settings: QSettings, paper: str) -> None:
    if paper in PAPERS:
        settings.setValue(PAPER_KEY, paper)


def pdf_folder() -> Path:
    """Where PDF copies go when the PC has no printer: Documents/helpdesk_gui/prints."""
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(documents) / "helpdesk_gui" / "prints"
