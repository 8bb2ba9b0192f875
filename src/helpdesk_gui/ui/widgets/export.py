"""*Export…* on a list page: ask where, write in the background, say what was written.

Pages pass a job ``path -> row count`` (a service export: masked, permission-checked and
audited). Tables already on screen (improvement actions, the call-back list, training
records) are exported as shown: their text is taken on the GUI thread (no query) and
written in the background. The button exists only for roles allowed ``export.run``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)

from helpdesk_gui.services.security import permissions
from helpdesk_gui.ui import branch_time
from helpdesk_gui.ui.service_errors import error_text
from helpdesk_gui.ui.widgets import save_place


def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def export_button(ctx, parent: QWidget, slot: Callable[[], None]) -> QPushButton:
    button = QPushButton(_tr("Export…"), parent)
    button.setObjectName("export")
    button.setToolTip(_tr("Save this list, as filtered, to Excel or CSV (personal data "
                          "masked)"))
    button.setVisible(permissions.allowed(ctx.actor, "export.run"))
    button.clicked.connect(slot)
    return button


def ask_path(parent: QWidget, stem: str, timezone: str, settings) -> Path | None:
    """The file to write; the suggested name carries the branch's date and time, in the
    folder the last export went to (``save_place``)."""
    suggested = f"{stem}-{branch_time.file_stamp(timezone)[:13]}.xlsx"
    path, chosen = QFileDialog.getSaveFileName(
        parent, _tr("Export"), save_place.start_path(settings, "exports", suggested),
        "Excel (*.xlsx);;CSV (*.csv)")
    if not path:
        return None
    save_place.remember(settings, "exports", path)
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
    return path


def run_export(ctx, parent: QWidget, stem: str, job: Callable[[Path], int],
               status: QLabel | None = None) -> None:
    """Ask for the file, run ``job`` on the writer thread, report the row count."""
    path = ask_path(parent, stem, ctx.branch.timezone, ctx.settings)
    if path is None:
        return

    def done(count: int) -> None:
        text = _tr("%1 rows written to %2").replace("%1", str(count)).replace("%2", str(path))
        if status is not None:
            status.setText(text)
        else:
            QMessageBox.information(parent, _tr("Export"), text)

    def failed(exc: Exception) -> None:
        QMessageBox.warning(parent, _tr("Export"), error_text(exc))
    ctx.ops.write(lambda: job(path), done, failed)


def table_contents(table: QTableWidget) -> tuple[list[str], list[list[str]]]:
    """Headers and cell texts of a table as shown."""
    headers = [table.horizontalHeaderItem(c).text() if table.horizontalHeaderItem(c) else ""
               for c in range(table.columnCount())]
    rows = [[table.item(r, c).text() if table.item(r, c) else ""
             for c in range(table.columnCount())] for r in range(table.rowCount())]
    return headers, rows


def export_table(ctx, parent: QWidget, kind: str, title: str, table: QTableWidget,
                 status: QLabel | None = None) -> None:
    """Export a table widget exactly as the page shows it."""
    from helpdesk_gui.services.ledger import list_exports

    headers, rows = table_contents(table)
    actor = ctx.actor
    run_export(ctx, parent, kind, lambda path: list_exports.export_table(
        actor, kind, path, headers, rows, title), status)
