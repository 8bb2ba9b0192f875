"""The input form of each complaint stage step, shown under the complaint's detail.

Only the next step's form is shown (stages run in order), so the handler sees exactly
what the standard asks for at this point: category and handler when classifying, root
cause and findings when investigating, solution and corrective action when proposing,
method and satisfaction when giving feedback. ``call(actor, complaint_id)`` returns the
service call to run on the writer thread.

The forms are the pages of forms/complaint_steps.ui; each input is named
``<action>_<field>`` there, which is how ``StepForm`` finds its fields. The complaint
detail's form shows a ``StepStack`` where the steps go.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QStackedWidget, QWidget

from helpdesk_gui.domain.complaints import models as cm
from helpdesk_gui.services.complaints import process as complaints
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.complaints.common import fill_combo
from helpdesk_gui.ui.generated.ui_complaint_steps import Ui_ComplaintSteps

STEP_ACTIONS = (*cm.COMPLAINT_ACTIONS, "reopen")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComplaintSteps", text)  # the form's context


class StepForm:
    """The fields of one step's page; ``fields`` maps a name to its widget (tests type
    into them)."""

    def __init__(self, action: str, page: QWidget):
        self.action, self.page = action, page
        prefix = f"{action}_"
        self.fields: dict[str, QWidget] = {
            widget.objectName().removeprefix(prefix): widget
            for widget in page.findChildren(QWidget) if widget.objectName().startswith(prefix)}

    def text(self, name: str) -> str:
        widget = self.fields[name]
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return widget.text()

    def code(self, name: str):
        return self.fields[name].currentData()

    def clear(self) -> None:
        for widget in self.fields.values():
            if isinstance(widget, (QPlainTextEdit, QLineEdit)):
                widget.clear()


class StepStack(QStackedWidget):
    """All step forms, one page each; ``forms`` maps an action to its ``StepForm``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_ComplaintSteps()
        self.ui.setupUi(self)
        pages = {self.widget(i).objectName(): self.widget(i) for i in range(self.count())}
        self.forms = {action: StepForm(action, pages[_page_name(action)])
                      for action in STEP_ACTIONS}
        f = self.forms
        fill_combo(f["classify"].fields["category"], labels.choices(cm.COMPLAINT_CATEGORIES))
        fill_combo(f["feedback"].fields["method"], labels.choices(cm.FEEDBACK_METHODS))
        fill_combo(f["feedback"].fields["satisfaction"], labels.choices(cm.SATISFACTION),
                   blank=_tr("(choose)"))

    def fill(self, handlers: list[tuple[int, str, str]],
             causes: list[tuple[str, str, str, bool]], chinese: bool) -> dict[str, StepForm]:
        """Offer the handlers and root causes read from the database; returns the forms."""
        fill_combo(self.forms["classify"].fields["assignee"],
                   [(sid, f"{no} {name}") for sid, no, name in handlers])
        fill_combo(self.forms["investigate"].fields["root_cause"],
                   [(code, zh if chinese else en) for code, en, zh, _active in causes])
        return self.forms

    def show_form(self, form: StepForm) -> None:
        self.setCurrentWidget(form.page)


def _page_name(action: str) -> str:
    """``carry_out`` -> ``carryOutPage``: the page of a step in the form."""
    first, *rest = action.split("_")
    return first + "".join(word.title() for word in rest) + "Page"


def call(form: StepForm, actor, complaint_id: int) -> Callable[[], object]:
    """The service call a step form stands for, with the values typed now."""
    a, cid = form.action, complaint_id
    if a == "acknowledge":
        note = form.text("note")
        return lambda: complaints.acknowledge(cid, actor, note)
    if a == "classify":
        category, assignee = form.code("category"), form.code("assignee")
        major, note = form.fields["major"].isChecked(), form.text("note")
        return lambda: complaints.classify(cid, actor, category, assignee or 0, major=major,
                                           note=note)
    if a == "investigate":
        findings, cause = form.text("findings"), form.code("root_cause")
        return lambda: complaints.investigate(cid, actor, findings, cause or "")
    if a == "propose":
        solution, corrective = form.text("solution"), form.text("corrective_action")
        return lambda: complaints.propose(cid, actor, solution, corrective)
    if a == "carry_out":
        note = form.text("note")
        return lambda: complaints.carry_out(cid, actor, note)
    if a == "feedback":
        method, score, note = form.code("method"), form.code("satisfaction"), form.text("note")
        return lambda: complaints.feedback(cid, actor, method, score, note)
    if a == "close":
        note = form.text("note")
        return lambda: complaints.close(cid, actor, note)
    reason = form.text("reason")
    return lambda: complaints.reopen(cid, actor, reason)
