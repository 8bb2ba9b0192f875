"""The Training page: courses and sessions, attendance and scores, plans and needs.

Every query and change runs through ``ctx.ops``; the page refreshes when a change of
kind "training" is broadcast (by this page, an import, or another window). The course and
session forms are laid out in forms/training_courses.ui.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidgetItem, QTabWidget, QWidget

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.training.models import COURSE_CATEGORIES, COURSE_FORMS, SUBTOPICS
from helpdesk_gui.services.training import courses as training
from helpdesk_gui.services.training import needs as training_needs
from helpdesk_gui.services.training.courses import CourseForm
from helpdesk_gui.ui import branch_time, labels
from helpdesk_gui.ui.generated.ui_training_courses import Ui_CoursesTab
from helpdesk_gui.ui.training.common import fill_combo, fill_table, selected_id, show_error
from helpdesk_gui.ui.training.training_quality import QualityTab
from helpdesk_gui.ui.training.training_scores import ScoresTab


class CoursesTab(QWidget):
    """The course catalogue, the sessions of the chosen course, and forms to add both."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_CoursesTab()
        ui.setupUi(self)
        self.courses, self.sessions = ui.courseTable, ui.sessionTable
        self.code_edit, self.title_edit = ui.codeEdit, ui.titleEdit
        self.subtopic_combo, self.form_combo = ui.subtopicCombo, ui.formCombo
        self.hours_spin, self.pass_spin = ui.hoursSpin, ui.passSpin
        self.date_edit, self.trainer_edit, self.place_edit = (ui.sessionDate, ui.trainerEdit,
                                                              ui.placeEdit)
        self.attendee_list = ui.attendeeList
        self.add_course_button, self.add_session_button = (ui.addCourseButton,
                                                           ui.addSessionButton)
        fill_combo(self.subtopic_combo, SUBTOPICS)
        fill_combo(self.form_combo, COURSE_FORMS)
        self.date_edit.setDate(branch_time.qtoday(ctx.branch.timezone))
        self.courses.itemSelectionChanged.connect(self.refresh_sessions)
        self.add_course_button.clicked.connect(self.add_course)
        self.add_session_button.clicked.connect(self.add_session)

    # --- loading ---------------------------------------------------------------------
    def refresh(self) -> None:
        branch_id = self.ctx.branch.id
        self.ctx.ops.read(training.list_courses, self._show_courses, self._error)
        self.ctx.ops.read(lambda: training_needs.directory(branch_id), self._show_staff,
                          self._error)

    def _show_courses(self, rows: list[training.CourseRow]) -> None:
        keep = selected_id(self.courses)
        fill_table(self.courses, [
            (r.code, r.title, labels.label(COURSE_CATEGORIES, r.category),
             labels.label(SUBTOPICS, r.subtopic), labels.label(COURSE_FORMS, r.form),
             f"{r.hours:g}", f"{r.pass_mark:g}", r.sessions) for r in rows],
            [r.id for r in rows])
        for row, course in enumerate(rows):
            if course.id == keep:
                self.courses.selectRow(row)
        self.refresh_sessions()

    def _show_staff(self, people: list[training_needs.DirectoryRow]) -> None:
        self.attendee_list.clear()
        for person in people:
            item = QListWidgetItem(f"{person.employee_no} {person.name}")
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.attendee_list.addItem(item)

    def refresh_sessions(self) -> None:
        course_id = selected_id(self.courses)
        branch_id = self.ctx.branch.id
        self.add_session_button.setEnabled(course_id is not None)
        self.ctx.ops.read(lambda: training.list_sessions(branch_id, course_id),
                          self._show_sessions, self._error)

    def _show_sessions(self, rows: list[training.SessionRow]) -> None:
        fill_table(self.sessions, [(r.held_on.isoformat(), r.course_title, r.trainer, r.place,
                                    r.planned, r.attended) for r in rows], [r.id for r in rows])

    def _error(self, error: Exception) -> None:
        show_error(self, error)

    # --- actions ---------------------------------------------------------------------
    def add_course(self) -> None:
        form = CourseForm(code=self.code_edit.text(), title=self.title_edit.text(),
                          subtopic=self.subtopic_combo.currentData(),
                          form=self.form_combo.currentData(), hours=self.hours_spin.value(),
                          pass_mark=self.pass_spin.value())
        actor = self.ctx.actor
        self.ctx.ops.write(lambda: training.create_course(form, actor),
                           lambda _c: (self.code_edit.clear(), self.title_edit.clear()),
                           self._error)

    def checked_attendees(self) -> list[int]:
        items = (self.attendee_list.item(i) for i in range(self.attendee_list.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def add_session(self) -> None:
        course_id = selected_id(self.courses)
        if course_id is None:
            return
        args = (course_id, self.ctx.branch.id, self.date_edit.date().toPython(),
                self.trainer_edit.text(), self.place_edit.text(), self.checked_attendees(),
                self.ctx.actor)

        def run() -> training.Changes:
            training.create_session(*args)
            return training.TRAINING_CHANGED
        self.ctx.ops.write(run, lambda _r: self.place_edit.clear(), self._error)


class TrainingPage(QWidget):
    """Staff training (人员培训): catalogue, sessions, scores, plans and needs."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.courses_tab = CoursesTab(ctx)
        self.scores_tab = ScoresTab(ctx)
        self.quality_tab = QualityTab(ctx)
        self.tabs.addTab(self.courses_tab, self.tr("Courses and sessions"))
        self.tabs.addTab(self.scores_tab, self.tr("Attendance and scores"))
        self.tabs.addTab(self.quality_tab, self.tr("Plans, needs and certificates"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        self.courses_tab.refresh()
        self.scores_tab.refresh()
        self.quality_tab.refresh()

    def on_changes(self, changes) -> None:
        """Refresh what training shows when training (or tickets, for needs) changed."""
        if {"training", "case"} & set(changes.kinds):
            self.refresh()
        elif changes.tickets:
            self.quality_tab.refresh()
