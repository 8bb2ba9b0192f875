"""Printing with Qt's print support: preview, the PC's remembered printer, PDF fallback.

``PrintJob`` takes rich text already built in the background (``reports.receipt``) and
the images it refers to. With a printer installed it opens ``QPrintPreviewDialog`` on
the printer this PC used last; without one it writes a PDF copy (the same layout) and
says where. The 80 mm roll has no fixed length: the page is made as long as the slip.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QWidget

from helpdesk_gui.app import workplace

ROLL_WIDTH_MM = 80.0
ROLL_MARGIN_MM = 4.0
PAGE_MARGIN_MM = 12.0


def document(html: str, images: dict[str, bytes] | None = None) -> QTextDocument:
    """A text document of ``html`` with its named images added."""
    doc = QTextDocument()
    for name, data in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name),
                        QImage.fromData(data))
    doc.setHtml(html)
    return doc


def _layout_dpi(doc: QTextDocument) -> float:
    """The resolution the document is laid out at (the screen's, for Qt's print scaling)."""
    device = doc.documentLayout().paintDevice()
    return float(device.logicalDpiX()) if device is not None else 96.0


def _printable_mm(paper: str) -> QSizeF:
    if paper == "receipt80":
        return QSizeF(ROLL_WIDTH_MM - 2 * ROLL_MARGIN_MM, 0)
    size = QPageSize(QPageSize.PageSizeId.A5 if paper == "A5" else QPageSize.PageSizeId.A4)
    mm = size.size(QPageSize.Unit.Millimeter)
    return QSizeF(mm.width() - 2 * PAGE_MARGIN_MM, mm.height() - 2 * PAGE_MARGIN_MM)


def paginate(doc: QTextDocument, paper: str) -> float:
    """Lay ``doc`` out in pages of ``paper``'s printable area (at the layout resolution),
    so ``print_`` keeps our layout instead of adding its own page numbers. On the roll
    the one page is as long as the slip. Returns the page length in millimetres."""
    px_per_mm = _layout_dpi(doc) / 25.4
    printable = _printable_mm(paper)
    doc.setDocumentMargin(0)
    width = printable.width() * px_per_mm
    if paper != "receipt80":
        doc.setPageSize(QSizeF(width, printable.height() * px_per_mm))
        return printable.height()
    doc.setPageSize(QSizeF(width, 1e7))
    height = doc.documentLayout().documentSize().height() + 2 * px_per_mm
    doc.setPageSize(QSizeF(width, height))
    return height / px_per_mm


def set_paper(printer: QPrinter, paper: str, doc: QTextDocument) -> None:
    """Paper size and margins for ``paper`` ("receipt80", "A5" or "A4"); paginates ``doc``."""
    length = paginate(doc, paper)
    if paper == "receipt80":
        size = QPageSize(QSizeF(ROLL_WIDTH_MM, length + 2 * ROLL_MARGIN_MM),
                         QPageSize.Unit.Millimeter, "80 mm",
                         QPageSize.SizeMatchPolicy.ExactMatch)
        margins = QMarginsF(*(ROLL_MARGIN_MM,) * 4)
    else:
        size = QPageSize(QPageSize.PageSizeId.A5 if paper == "A5" else QPageSize.PageSizeId.A4)
        margins = QMarginsF(*(PAGE_MARGIN_MM,) * 4)
    printer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, margins,
                                      QPageLayout.Unit.Millimeter))


def render_pdf(doc: QTextDocument, path: Path, paper: str = "A4") -> Path:
    """Write ``doc`` to a PDF file laid out exactly as it prints."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    set_paper(printer, paper, doc)
    doc.print_(printer)
    return path


def safe_stem(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text).strip("_") or "print"


class PrintJob:
    """One print: preview on this PC's printer, or a PDF copy when it has none."""

    def __init__(self, parent: QWidget, settings, title: str, html: str,
                 images: dict[str, bytes] | None = None, paper: str = "A4",
                 file_stem: str = "print"):
        self.parent, self.settings, self.title, self.paper = parent, settings, title, paper
        self.doc = document(html, images)
        self.file_stem = safe_stem(file_stem)
        self.pdf_path: Path | None = None

    def run(self) -> None:
        if not QPrinterInfo.availablePrinterNames():
            self.save_pdf()
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        wanted = workplace.default_printer(self.settings)
        if wanted in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(wanted)
        set_paper(printer, self.paper, self.doc)
        preview = QPrintPreviewDialog(printer, self.parent)
        preview.setWindowTitle(self.title)
        preview.paintRequested.connect(self.doc.print_)
        if preview.exec():
            workplace.remember_printer(self.settings, printer.printerName())

    def save_pdf(self, folder: Path | None = None) -> Path:
        """The no-printer path: a PDF copy in the prints folder, and where it went."""
        folder = folder or workplace.pdf_folder()
        folder.mkdir(parents=True, exist_ok=True)
        self.pdf_path = render_pdf(self.doc, folder / f"{self.file_stem}.pdf", self.paper)
        QMessageBox.information(
            self.parent, self.title,
            QCoreApplication.translate("Printing", "No printer is installed on this PC. "
                                       "A PDF copy was saved to:\n%1")
            .replace("%1", str(self.pdf_path)))
        return self.pdf_path
