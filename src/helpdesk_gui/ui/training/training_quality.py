"""Plans and compliance, training needs from quality figures, certificate reminders,
and one person's history — the links between training and quality (§9).

The tab is laid out in forms/training_quality.ui."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.training.models import ATTENDANCE, SUBTOPICS
from helpdesk_gui.services.training import (
    assessments as training_assess,
)
from helpdesk_gui.services.training import (
    courses as training,
)
from helpdesk_gui.services.training import (
    needs as training_needs,
)
from helpdesk_gui.services.training import (
    plan as training_plan,
)
from helpdesk_gui.ui import branch_time, labels
from helpdesk_gui.ui.generated.ui_training_quality import Ui_QualityTab
from helpdesk_gui.ui.training.common import fill_table, show_error

REMINDER_DAYS = 60


class QualityTab(QWidget):
    """Quarter plan with compliance and completion; needs; reminders; history."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_QualityTab()
        ui.setupUi(self)
        self.year_spin, self.quarter_combo = ui.yearSpin, ui.quarterCombo
        self.plan_course_combo, self.plan_button = ui.planCourseCombo, ui.planButton
        self.compliance_label, self.completion_label = ui.complianceLabel, ui.completionLabel
        self.plan_table, self.needs_table = ui.planTable, ui.needsTable
        self.reminder_table, self.history_table = ui.reminderTable, ui.historyTable
        self.staff_combo = ui.staffCombo
        ui.certificatesBox.setTitle(ui.certificatesBox.title().format(REMINDER_DAYS))
        today = branch_time.today(ctx.branch.timezone)
        self.year_spin.setValue(today.year)
        for q in range(1, 5):
            self.quarter_combo.addItem(self.tr("Quarter {0}").format(q), q)
        self.quarter_combo.setCurrentIndex(training_plan.quarter_of(today)[1] - 1)
        self.year_spin.valueChanged.connect(self.refresh)
        self.quarter_combo.currentIndexChanged.connect(self.refresh)
        self.plan_button.clicked.connect(self.add_to_plan)
        self.staff_combo.currentIndexChanged.connect(self.load_history)

    def period(self) -> tuple[int, int]:
        return self.year_spin.value(), self.quarter_combo.currentData()

    def refresh(self) -> None:
        branch_id, (year, quarter) = self.ctx.branch.id, self.period()
        first, last = training_plan.quarter_range(year, quarter)
        now = branch_time.now(self.ctx.branch.timezone)  # whose date is the branch's day

        def load():
            return (training_plan.compliance(branch_id, year, quarter),
                    training_plan.training_completion(branch_id, year, quarter),
                    training_needs.training_needs(first, last, branch_id),
                    training_assess.certificate_reminders(now, REMINDER_DAYS, branch_id),
                    training.list_courses(), training_needs.directory(branch_id))
        self.ctx.ops.read(load, self._show, lambda e: show_error(self, e))

    def _show(self, data) -> None:
        plan, done, needs, reminders, courses, people = data
        self._show_plan(plan, done)
        fill_table(self.needs_table, [
            (n.employee_no, n.name, n.figures.complaints,
             "、".join(self._gap_names().get(g, g) for g in n.gaps),
             "、".join(title for _, _, title in n.courses) or self.tr("no course yet"))
            for n in needs], [n.staff_id for n in needs])
        fill_table(self.reminder_table, [
            (r.certificate.staff_name, r.certificate.name, r.certificate.expires_on.isoformat(),
             self.tr("expired") if r.expired else r.days_left) for r in reminders])
        self._fill(self.plan_course_combo, [(c.id, f"{c.code} {c.title}") for c in courses])
        self._fill(self.staff_combo, [(p.id, f"{p.employee_no} {p.name}") for p in people])

    def _show_plan(self, plan: training_plan.PlanCompliance,
                   done: training_plan.Completion) -> None:
        if plan.compliant:
            self.compliance_label.setText(self.tr("Compliant: service etiquette planned and held."))
        else:
            problems = {"no service-etiquette training planned":
                        self.tr("no service-etiquette training planned"),
                        "no service-etiquette training held":
                        self.tr("no service-etiquette training held")}
            self.compliance_label.setText(self.tr("Not compliant: {0}").format(
                "；".join(problems.get(p, p) for p in plan.problems)))
        rate = "—" if done.completion_rate is None else f"{done.completion_rate:.0%}"
        self.completion_label.setText(
            self.tr("Sessions {0}, places {1}, attended {2}, completed {3} ({4}), "
                    "{5:g} person-hours").format(done.sessions, done.planned_places,
                                                 done.attended, done.completed, rate,
                                                 done.hours))
        fill_table(self.plan_table, [
            (line.code, line.title, labels.label(SUBTOPICS, line.subtopic),
             line.planned_month or "", line.sessions_held) for line in plan.lines])

    def _gap_names(self) -> dict[str, str]:
        return {"complaints": self.tr("Complaints"), "reopens": self.tr("Reopened tickets"),
                "responsiveness": self.tr("Responsiveness"),
                "problem_solving": self.tr("Problem solving"), "attitude": self.tr("Attitude"),
                "professionalism": self.tr("Professionalism"),
                "clarity": self.tr("Clarity of communication")}

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[int, str]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for value, text in items:
            combo.addItem(text, value)
        index = combo.findData(keep)
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        if combo.currentData() != keep:
            combo.currentIndexChanged.emit(combo.currentIndex())

    def add_to_plan(self) -> None:
        course_id = self.plan_course_combo.currentData()
        if course_id is None:
            return
        (year, quarter), actor, branch_id = self.period(), self.ctx.actor, self.ctx.branch.id
        self.ctx.ops.write(
            lambda: training_plan.plan_course(branch_id, year, quarter, course_id, actor),
            None, lambda e: show_error(self, e))

    def load_history(self) -> None:
        staff_id = self.staff_combo.currentData()
        if staff_id is None:
            return
        self.ctx.ops.read(lambda: training_assess.history(staff_id), self._show_history,
                          lambda e: show_error(self, e))

    def _show_history(self, rows: list[training_assess.HistoryRow]) -> None:
        fill_table(self.history_table, [
            (r.held_on.isoformat(), r.course_title, f"{r.hours:g}",
             labels.label(ATTENDANCE, r.attendance),
             " ".join(f"{score:g}{'✓' if ok else '✗'}" for _, score, ok in r.scores),
             self.tr("Yes") if r.completed else self.tr("No")) for r in rows])
