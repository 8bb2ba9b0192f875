"""Reports page: build the monthly and quarterly quality PDFs, and import ledgers, in the
background.

Both jobs run through ``ctx.ops`` (the PDF on the read pool, the import on the writer
thread); their progress arrives by a queued signal, so the window never freezes and no
widget is touched from a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.hall import Branch
from helpdesk_gui.services.quality import kpi, snapshots
from helpdesk_gui.ui import branch_time
from helpdesk_gui.ui.service_errors import error_text
from helpdesk_gui.ui.widgets import save_place

MONTHS_OFFERED = 24
QUARTERS_OFFERED = 8


class _Progress(QObject):
    """Carries progress from the worker thread to the progress bar (queued)."""

    moved = Signal(int)


def build_report_file(month: str, branch: str | None, actor, path: str, progress) -> str:
    """The background job: gather the figures and write the PDF; returns the path."""
    from helpdesk_gui.services.quality import reporting

    reporting.monthly_pdf(month, branch, actor, path, lambda pct, _text: progress(pct))
    return path


def build_quarterly_file(quarter: str, branch: str | None, actor, path: str) -> str:
    """The background job of the quarterly PDF (checked and audited by the service)."""
    from helpdesk_gui.services.quality import quarterly

    return str(quarterly.quarterly_pdf(quarter, branch, actor, path))


def quarters_back(month: str, count: int) -> list[str]:
    """``count`` quarters before the one ``month`` is in, the latest first (2026-Q3, …)."""
    return [snapshots.quarter_of(kpi.shift_month(month, -3 * back))
            for back in range(1, count + 1)]


def branch_choices() -> list[tuple[str, str]]:
    return list(Branch.select(Branch.code, Branch.name).order_by(Branch.code).tuples())


class ReportsPage(QWidget):
    """Monthly and quarterly quality reports (PDF) and ledger import."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._progress = _Progress(self)
        self.month = QComboBox()
        this = branch_time.today(ctx.branch.timezone).strftime("%Y-%m")
        for back in range(1, MONTHS_OFFERED + 1):  # last month first: the usual report
            self.month.addItem(kpi.shift_month(this, -back))
        self.month.insertItem(0, this)
        self.month.setCurrentIndex(1)
        self.branch = QComboBox()
        self.branch.addItem(self.tr("All branches"), None)
        self.build_button = QPushButton(self.tr("Build monthly report (PDF)…"))
        self.build_button.clicked.connect(self.build_pdf)
        self.quarter = QComboBox()  # the quarter just ended first: the one §8 asks for
        self.quarter.addItems(quarters_back(this, QUARTERS_OFFERED))
        self.quarter_button = QPushButton(self.tr("Build quarterly report (PDF)…"))
        self.quarter_button.clicked.connect(self.build_quarterly_pdf)
        self.import_button = QPushButton(self.tr("Import ledger (CSV/Excel)…"))
        self.import_button.clicked.connect(self.import_ledger)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setVisible(False)
        self._progress.moved.connect(self.bar.setValue)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._layout()
        ctx.ops.read(branch_choices, self._fill_branches, self._failed)

    def _layout(self) -> None:
        report_box = QGroupBox(self.tr("Quality reports"))
        form = QFormLayout(report_box)
        form.addRow(self.tr("Branch:"), self.branch)
        form.addRow(self.tr("Month:"), self._beside(self.month, self.build_button))
        form.addRow(self.tr("Quarter:"), self._beside(self.quarter, self.quarter_button))
        import_box = QGroupBox(self.tr("Ledger import (台账)"))
        row = QHBoxLayout(import_box)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(report_box)
        layout.addWidget(import_box)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        layout.addStretch(1)

    @staticmethod
    def _beside(choice: QComboBox, button: QPushButton) -> QWidget:
        """A period chooser with its build button on one row."""
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(choice, 1)
        line.addWidget(button)
        return row

    def _fill_branches(self, rows: list[tuple[str, str]]) -> None:
        for code, name in rows:
            self.branch.addItem(f"{code} {name}", code)
        index = self.branch.findData(self.ctx.branch.code)
        if index >= 0 and not self.ctx.branch.is_headquarters:  # HQ: all branches first
            self.branch.setCurrentIndex(index)

    def _busy(self, busy: bool, steps: bool = True) -> None:
        """Buttons off and the bar shown while a job runs; a job that reports no steps
        (``steps=False``) gets a moving bar instead of a percentage."""
        for button in (self.build_button, self.quarter_button, self.import_button):
            button.setEnabled(not busy)
        self.bar.setRange(0, 0 if busy and not steps else 100)
        self.bar.setVisible(busy)
        self.bar.setValue(0)

    def _ask_path(self, title: str, suggested: str) -> str:
        """The PDF file to write ("" when cancelled), offered where reports went last."""
        settings = self.ctx.settings
        path, _ = QFileDialog.getSaveFileName(
            self, title, save_place.start_path(settings, "reports", suggested),
            self.tr("PDF files (*.pdf)"))
        if path:
            save_place.remember(settings, "reports", path)
        return path

    def build_pdf(self) -> None:
        month, branch = self.month.currentText(), self.branch.currentData()
        actor, emit = self.ctx.actor, self._progress.moved.emit
        self._build(self.tr("Save quality report"),
                    f"quality-report-{branch or 'ALL'}-{month}.pdf",
                    lambda path: build_report_file(month, branch, actor, path, emit))

    def build_quarterly_pdf(self) -> None:
        quarter, branch = self.quarter.currentText(), self.branch.currentData()
        actor = self.ctx.actor
        self._build(self.tr("Save quarterly report"),
                    f"quarterly-report-{branch or 'ALL'}-{quarter}.pdf",
                    lambda path: build_quarterly_file(quarter, branch, actor, path),
                    steps=False)

    def _build(self, title: str, suggested: str, job: Callable[[str], str],
               steps: bool = True) -> None:
        """Ask where, then run ``job(path)`` on the read pool (``steps``: it reports
        progress)."""
        path = self._ask_path(title, suggested)
        if not path:
            return
        self._busy(True, steps)
        self.status.setText(self.tr("Building the report…"))
        self.ctx.ops.read(lambda: job(path), self._built, self._failed)

    def _built(self, path: str) -> None:
        self._busy(False)
        self.status.setText(self.tr("Report saved: %1").replace("%1", path))

    def import_ledger(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import ledger"), "",
                                              self.tr("Ledgers (*.csv *.xlsx)"))
        if not path:
            return
        from helpdesk_gui.services.ledger.imports import import_tickets

        actor, emit = self.ctx.actor, self._progress.moved.emit
        self._busy(True)
        self.ctx.ops.write(lambda: import_tickets(path, actor, skip_invalid=False,
                                                  progress=lambda d, t: emit(100 * d // t)),
                           self._imported, self._failed)

    def _imported(self, result) -> None:
        self._busy(False)
        self.status.setText(self.tr("Imported %1, already present %2.")
                            .replace("%1", str(result.imported))
                            .replace("%2", str(result.already_present)))

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        self.status.setText(error_text(exc))
