"""The input form of each complaint stage step, shown under the complaint's detail.

Only the next step's form is shown (stages run in order), so the handler sees exactly
what the standard asks for at this point: category and handler when classifying, root
cause and findings when investigating, solution and corrective action when proposing,
method and satisfaction when giving feedback. ``call(actor, complaint_id)`` returns the
service call to run on the writer thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from helpdesk_gui.domain.complaints import models as cm
from helpdesk_gui.services.complaints import process as complaints
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.complaints.common import fill_combo


def _tr(text: str) -> str:
    return QCoreApplication.translate("ComplaintSteps", text)


def _text_box(height: int = 60) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setFixedHeight(height)
    return box


class StepForm(QWidget):
    """The fields of one step; ``fields`` maps a name to its widget (tests type into them)."""

    def __init__(self, action: str, parent=None):
        super().__init__(parent)
        self.action = action
        self.fields: dict[str, QWidget] = {}
        self._layout = QFormLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def add(self, name: str, label: str, widget: QWidget) -> QWidget:
        widget.setObjectName(f"{self.action}_{name}")
        self.fields[name] = widget
        self._layout.addRow(label, widget)
        return widget

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


def build_forms(handlers: list[tuple[int, str, str]],
                causes: list[tuple[str, str, str, bool]], chinese: bool) -> dict[str, StepForm]:
    """One form per action (the handler and root-cause lists come from the database)."""
    forms = {name: StepForm(name) for name in (*cm.COMPLAINT_ACTIONS, "reopen")}
    forms["acknowledge"].add("note", _tr("Note"), QLineEdit())
    f = forms["classify"]
    fill_combo(f.add("category", _tr("Category"), QComboBox()),
               labels.choices(cm.COMPLAINT_CATEGORIES))
    fill_combo(f.add("assignee", _tr("Handler"), QComboBox()),
               [(sid, f"{no} {name}") for sid, no, name in handlers])
    f.add("major", _tr("Major complaint"), QCheckBox())
    f.add("note", _tr("Note"), QLineEdit())
    f = forms["investigate"]
    f.add("findings", _tr("Findings"), _text_box())
    fill_combo(f.add("root_cause", _tr("Root cause"), QComboBox()),
               [(code, zh if chinese else en) for code, en, zh, _active in causes])
    f = forms["propose"]
    f.add("solution", _tr("Solution"), _text_box())
    f.add("corrective_action", _tr("Corrective action"), _text_box())
    forms["carry_out"].add("note", _tr("What was done"), _text_box())
    f = forms["feedback"]
    fill_combo(f.add("method", _tr("Feedback method"), QComboBox()),
               labels.choices(cm.FEEDBACK_METHODS))
    fill_combo(f.add("satisfaction", _tr("Satisfaction"), QComboBox()),
               labels.choices(cm.SATISFACTION), blank=_tr("(choose)"))
    f.add("note", _tr("Note"), QLineEdit())
    forms["close"].add("note", _tr("Closing note"), QLineEdit())
    forms["reopen"].add("reason", _tr("Reason"), QLineEdit())
    return forms


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
