"""Attendance and scores of one session, typed in or imported from a sheet.

The tab is laid out in forms/training_scores.ui; the per-person attendance and score
editors are put into the table's rows here, as the session's people are read.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QFileDialog, QTableWidgetItem, QWidget

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.training.models import ASSESSMENT_METHODS, ATTENDANCE
from helpdesk_gui.services.training import (
    assessments as training_assess,
)
from helpdesk_gui.services.training import (
    courses as training,
)
from helpdesk_gui.services.training import (
    sheets as training_import,
)
from helpdesk_gui.services.training.assessments import ScoreEntry
from helpdesk_gui.ui.generated.ui_training_scores import Ui_ScoresTab
from helpdesk_gui.ui.training.common import fill_combo, select_code, show_error

NO_SCORE = -1.0


class ScoresTab(QWidget):
    """Pick a session and a method; set each person's attendance and score; save."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_ScoresTab()
        ui.setupUi(self)
        self.session_combo, self.method_combo = ui.sessionCombo, ui.methodCombo
        self.table, self.message = ui.scoreTable, ui.messageLabel
        self.save_button, self.import_button = ui.saveButton, ui.importButton
        fill_combo(self.method_combo, ASSESSMENT_METHODS)
        self.session_combo.currentIndexChanged.connect(self.load_session)
        self.method_combo.currentIndexChanged.connect(self.load_session)
        self.save_button.clicked.connect(self.save)
        self.import_button.clicked.connect(self.import_sheet)
        from helpdesk_gui.ui.widgets.export import export_button, export_table

        self.export_button = export_button(self.ctx, self, lambda: export_table(
            self.ctx, self, "training_records", "培训记录", self.table))
        ui.buttonRow.insertWidget(1, self.export_button)  # shown only to roles that may export

    def refresh(self) -> None:
        branch_id = self.ctx.branch.id
        self.ctx.ops.read(lambda: training.list_sessions(branch_id), self._show_sessions,
                          lambda e: show_error(self, e))

    def _show_sessions(self, rows: list[training.SessionRow]) -> None:
        keep = self.session_combo.currentData()
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for r in rows:
            self.session_combo.addItem(f"{r.held_on.isoformat()} {r.course_title} ({r.trainer})",
                                       r.id)
        index = self.session_combo.findData(keep)
        self.session_combo.setCurrentIndex(index if index >= 0 else 0)
        self.session_combo.blockSignals(False)
        self.load_session()

    def load_session(self) -> None:
        session_id = self.session_combo.currentData()
        if session_id is None:
            self.table.setRowCount(0)
            return
        self.ctx.ops.read(lambda: (training.attendance_of(session_id),
                                   training_assess.scores_of(session_id)),
                          self._show_people, lambda e: show_error(self, e))

    def _show_people(self, data) -> None:
        people, scores = data
        method = self.method_combo.currentData()
        self.table.setRowCount(len(people))
        for r, (staff_id, number, name, status) in enumerate(people):
            item = QTableWidgetItem(number)
            item.setData(Qt.ItemDataRole.UserRole, staff_id)
            self.table.setItem(r, 0, item)
            self.table.setItem(r, 1, QTableWidgetItem(name))
            combo = QComboBox()
            fill_combo(combo, ATTENDANCE)
            select_code(combo, status)
            self.table.setCellWidget(r, 2, combo)
            spin = QDoubleSpinBox(decimals=1, minimum=NO_SCORE, maximum=100)
            spin.setSpecialValueText(self.tr("no score"))
            score = scores.get((staff_id, method))
            spin.setValue(score[0] if score else NO_SCORE)
            self.table.setCellWidget(r, 3, spin)
            result = "" if not score else (self.tr("Passed") if score[2] else self.tr("Failed"))
            self.table.setItem(r, 4, QTableWidgetItem(result))

    def entries(self) -> tuple[dict[int, str], list[ScoreEntry]]:
        """What is typed in the table: attendance per person, and the scores given."""
        method = self.method_combo.currentData()
        statuses, scores = {}, []
        for r in range(self.table.rowCount()):
            staff_id = self.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
            statuses[staff_id] = self.table.cellWidget(r, 2).currentData()
            value = self.table.cellWidget(r, 3).value()
            if value > NO_SCORE:
                scores.append(ScoreEntry(staff_id, method, value))
        return statuses, scores

    def save(self) -> None:
        session_id = self.session_combo.currentData()
        if session_id is None:
            return
        statuses, scores = self.entries()
        actor = self.ctx.actor

        def run():
            training.record_attendance(session_id, statuses, actor)
            return training_assess.record_scores(session_id, scores, actor)
        self.ctx.ops.write(run, lambda _c: self.message.setText(self.tr("Saved.")),
                           lambda e: show_error(self, e))

    def import_sheet(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import attendance and scores"), "",
            self.tr("Sheets (*.xlsx *.csv)"))
        if not path:
            return
        session_id, actor = self.session_combo.currentData(), self.ctx.actor
        self.ctx.ops.write(lambda: training_import.import_results(path, actor, session_id),
                           self._imported, self._import_failed)

    def _imported(self, result: training_import.ImportResult) -> None:
        self.message.setText(self.tr("Imported %n row(s).", "", result.rows))

    def _import_failed(self, error: Exception) -> None:
        if isinstance(error, training_import.ImportRejected):
            lines = [self.tr("Row {0}: {1}").format(n, why) for n, why in error.errors[:15]]
            self.message.setText(self.tr("Nothing imported:") + "\n" + "\n".join(lines))
        else:
            show_error(self, error)
