"""Reports page: build the monthly quality PDF, and import ledgers, in the background.

Both jobs run through ``ctx.ops`` (the PDF on the read pool, the import on the writer
thread); their progress arrives by a queued signal, so the window never freezes and no
widget is touched from a worker thread.
"""

from __future__ import annotations

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
from helpdesk_gui.services.quality import kpi
from helpdesk_gui.ui import branch_time
from helpdesk_gui.ui.service_errors import error_text

MONTHS_OFFERED = 24


class _Progress(QObject):
    """Carries progress from the worker thread to the progress bar (queued)."""

    moved = Signal(int)


def build_report_file(month: str, branch: str | None, actor, path: str, progress) -> str:
    """The background job: gather the figures and write the PDF; returns the path."""
    from helpdesk_gui.services.quality import reporting

    reporting.monthly_pdf(month, branch, actor, path, lambda pct, _text: progress(pct))
    return path


def branch_choices() -> list[tuple[str, str]]:
    return list(Branch.select(Branch.code, Branch.name).order_by(Branch.code).tuples())


class ReportsPage(QWidget):
    """Monthly quality report (PDF) and ledger import."""

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
        self.build_button = QPushButton(self.tr("Build quality report (PDF)…"))
        self.build_button.clicked.connect(self.build_pdf)
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
        report_box = QGroupBox(self.tr("Monthly quality report"))
        form = QFormLayout(report_box)
        form.addRow(self.tr("Month:"), self.month)
        form.addRow(self.tr("Branch:"), self.branch)
        form.addRow(self.build_button)
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

    def _fill_branches(self, rows: list[tuple[str, str]]) -> None:
        for code, name in rows:
            self.branch.addItem(f"{code} {name}", code)
        index = self.branch.findData(self.ctx.branch.code)
        if index >= 0 and not self.ctx.branch.is_headquarters:  # HQ: all branches first
            self.branch.setCurrentIndex(index)

    def _busy(self, busy: bool) -> None:
        self.build_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        self.bar.setVisible(busy)
        self.bar.setValue(0)

    def build_pdf(self) -> None:
        month, branch = self.month.currentText(), self.branch.currentData()
        suggested = f"quality-report-{branch or 'ALL'}-{month}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save quality report"), suggested,
                                              self.tr("PDF files (*.pdf)"))
        if not path:
            return
        actor = self.ctx.actor
        emit = self._progress.moved.emit
        self._busy(True)
        self.status.setText(self.tr("Building the report…"))
        self.ctx.ops.read(lambda: build_report_file(month, branch, actor, path, emit),
                          self._built, self._failed)

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
