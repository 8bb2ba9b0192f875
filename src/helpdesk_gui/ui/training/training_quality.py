"""Plans and compliance, training needs from quality figures, certificate reminders,
and one person's history — the links between training and quality (§9)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

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
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.training.common import fill_table, make_table, show_error

REMINDER_DAYS = 60


class QualityTab(QWidget):
    """Quarter plan with compliance and completion; needs; reminders; history."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        today = date.today()
        self.year_spin = QSpinBox(minimum=2000, maximum=2100, value=today.year)
        self.quarter_combo = QComboBox()
        for q in range(1, 5):
            self.quarter_combo.addItem(self.tr("Quarter {0}").format(q), q)
        self.quarter_combo.setCurrentIndex(training_plan.quarter_of(today)[1] - 1)
        self.year_spin.valueChanged.connect(self.refresh)
        self.quarter_combo.currentIndexChanged.connect(self.refresh)
        self.compliance_label = QLabel()
        self.compliance_label.setObjectName("complianceLabel")
        self.completion_label = QLabel()
        self.plan_table = make_table([self.tr("Code"), self.tr("Course"), self.tr("Subtopic"),
                                      self.tr("Month"), self.tr("Sessions held")])
        self.plan_course_combo = QComboBox()
        self.plan_button = QPushButton(self.tr("Add to plan"))
        self.plan_button.clicked.connect(self.add_to_plan)
        self.needs_table = make_table([self.tr("Employee no."), self.tr("Name"),
                                       self.tr("Complaints"), self.tr("Gaps"),
                                       self.tr("Courses covering the gaps")])
        self.needs_table.setObjectName("needsTable")
        self.reminder_table = make_table([self.tr("Name"), self.tr("Certificate"),
                                          self.tr("Expires"), self.tr("Days left")])
        self.staff_combo = QComboBox()
        self.staff_combo.currentIndexChanged.connect(self.load_history)
        self.history_table = make_table([self.tr("Date"), self.tr("Course"), self.tr("Hours"),
                                         self.tr("Attendance"), self.tr("Scores"),
                                         self.tr("Completed")])
        self._layout()

    def _layout(self) -> None:
        plan = QGroupBox(self.tr("Quarterly plan"))
        grid = QGridLayout(plan)
        row = QHBoxLayout()
        for widget in (self.year_spin, self.quarter_combo, self.plan_course_combo,
                       self.plan_button):
            row.addWidget(widget)
        grid.addLayout(row, 0, 0)
        grid.addWidget(self.compliance_label, 1, 0)
        grid.addWidget(self.completion_label, 2, 0)
        grid.addWidget(self.plan_table, 3, 0)
        needs = QGroupBox(self.tr("Training needs (quality figures below target this quarter)"))
        QVBoxLayout(needs).addWidget(self.needs_table)
        certs = QGroupBox(self.tr("Certificates expiring within {0} days").format(REMINDER_DAYS))
        QVBoxLayout(certs).addWidget(self.reminder_table)
        hist = QGroupBox(self.tr("Training history"))
        box = QVBoxLayout(hist)
        box.addWidget(self.staff_combo)
        box.addWidget(self.history_table)
        layout = QGridLayout(self)
        layout.addWidget(plan, 0, 0)
        layout.addWidget(needs, 0, 1)
        layout.addWidget(certs, 1, 0)
        layout.addWidget(hist, 1, 1)

    def period(self) -> tuple[int, int]:
        return self.year_spin.value(), self.quarter_combo.currentData()

    def refresh(self) -> None:
        branch_id, (year, quarter) = self.ctx.branch.id, self.period()
        first, last = training_plan.quarter_range(year, quarter)
        now = datetime.now()

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
