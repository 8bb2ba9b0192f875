"""The counter tablet: the customer rates the service right after it (SERVICE_STANDARD §7).

The clerk picks the ticket just served and starts the survey; the survey then opens as a
full-screen, frameless window on top of everything, with large touch targets and nothing
else reachable: it cannot be closed, and Escape does nothing. Only a staff password
(checked off the GUI thread by ``services.surveys.answers.kiosk_unlock``) leaves kiosk mode.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.base import utcnow
from helpdesk_gui.domain.surveys.models import DIMENSIONS
from helpdesk_gui.services.security.privacy import mask_name, mask_text
from helpdesk_gui.services.surveys import answers as surveys
from helpdesk_gui.services.surveys.answers import Answer
from helpdesk_gui.ui.labels import label
from helpdesk_gui.ui.service_errors import error_text

TOUCH = 64  # px: the smallest touch target
BIG_FONT = "font-size: 22px;"
SCORE_STYLE = ("QPushButton { font-size: 22px; }"
               "QPushButton:checked { background: #2f6fb0; color: white; font-weight: bold; }")


def _scale(parent: QWidget, layout: QGridLayout, row: int, low: int, high: int
           ) -> QButtonGroup:
    """A row of checkable score buttons (low..high) in ``layout`` at ``row``."""
    group = QButtonGroup(parent)
    group.setExclusive(True)
    for column, score in enumerate(range(low, high + 1), 1):
        button = QPushButton(str(score))
        button.setCheckable(True)
        button.setMinimumSize(TOUCH, TOUCH)
        button.setStyleSheet(SCORE_STYLE)
        group.addButton(button, score)
        layout.addWidget(button, row, column)
    return group


class KioskWindow(QWidget):
    """The survey form as the customer sees it; closes only after ``unlock``."""

    submitted = Signal(object)  # Answer
    exit_requested = Signal()

    def __init__(self, ticket_label: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self._unlocked = False
        self.stack = QStackedWidget()
        self.stack.addWidget(self._form(ticket_label))
        thanks = QLabel(self.tr("Thank you for your feedback!"))
        thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        thanks.setStyleSheet("font-size: 40px;")
        self.stack.addWidget(thanks)
        self.staff_button = QPushButton(self.tr("Staff"))
        self.staff_button.setMinimumSize(TOUCH, 40)
        self.staff_button.clicked.connect(self.exit_requested)
        corner = QHBoxLayout()
        corner.addStretch(1)
        corner.addWidget(self.staff_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(corner)

    def _form(self, ticket_label: str) -> QWidget:
        form = QWidget()
        grid = QGridLayout(form)
        title = QLabel(self.tr("Please rate the service you just received"))
        title.setStyleSheet("font-size: 30px; font-weight: bold;")
        grid.addWidget(title, 0, 0, 1, 12)
        grid.addWidget(QLabel(ticket_label), 1, 0, 1, 12)
        grid.addWidget(self._caption(self.tr("Overall satisfaction (1 = very dissatisfied, "
                                             "5 = very satisfied)")), 2, 0)
        self.overall = _scale(self, grid, 2, 1, 5)
        self.dimensions: dict[str, QButtonGroup] = {}
        for row, code in enumerate(DIMENSIONS, 3):
            grid.addWidget(self._caption(label(DIMENSIONS, code) + " (0–10)"), row, 0)
            self.dimensions[code] = _scale(self, grid, row, 0, 10)
        grid.addWidget(self._caption(self.tr("Would you recommend us? (0–10)")), 8, 0)
        self.recommend = _scale(self, grid, 8, 0, 10)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Your comments (optional)"))
        self.comment.setStyleSheet(BIG_FONT)
        self.comment.setMaximumHeight(120)
        grid.addWidget(self.comment, 9, 0, 1, 12)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020; font-size: 18px;")
        grid.addWidget(self.error, 10, 0, 1, 8)
        self.submit = QPushButton(self.tr("Submit"))
        self.submit.setMinimumSize(4 * TOUCH, TOUCH + 16)
        self.submit.setStyleSheet("font-size: 26px;")
        self.submit.setEnabled(False)
        self.submit.clicked.connect(self._submit)
        self.overall.idToggled.connect(lambda *_: self.submit.setEnabled(
            self.overall.checkedId() > 0))
        grid.addWidget(self.submit, 10, 8, 1, 4)
        return form

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setStyleSheet("font-size: 18px;")
        label.setMinimumWidth(220)
        return label

    def answer(self) -> Answer:
        """What the customer has chosen so far (unanswered items are None)."""
        def value(group: QButtonGroup) -> int | None:
            return None if group.checkedId() == -1 else group.checkedId()
        return Answer(overall=value(self.overall), recommend=value(self.recommend),
                      comment=self.comment.toPlainText(),
                      **{code: value(group) for code, group in self.dimensions.items()})

    def _submit(self) -> None:
        self.submit.setEnabled(False)
        self.submitted.emit(self.answer())

    def show_thanks(self) -> None:
        self.stack.setCurrentIndex(1)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.submit.setEnabled(True)

    def unlock(self) -> None:
        """Staff password accepted: the window may close now."""
        self._unlocked = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._unlocked:
            event.accept()
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            return  # no way out for the customer
        super().keyPressEvent(event)


class KioskPage(QWidget):
    """The clerk's side: pick the ticket just served and hand over the tablet."""

    kiosk_mode = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.window_: KioskWindow | None = None
        self._ticket_id: int | None = None
        self.tickets = QListWidget()
        self.start_button = QPushButton(self.tr("Start survey on the tablet"))
        self.start_button.setMinimumHeight(48)
        self.start_button.clicked.connect(self.start)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tickets you received today without a survey:")))
        layout.addWidget(self.tickets, 1)
        layout.addWidget(self.start_button)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        clerk, since = self.ctx.actor.id, utcnow() - timedelta(hours=12)
        self.ctx.ops.read(lambda: surveys.recent_counter_tickets(clerk, since),
                          self._show_tickets, self._failed)

    def _show_tickets(self, rows: list[tuple]) -> None:
        self.tickets.clear()
        for ticket_id, number, name, subject in rows:
            # the tablet faces the customer: names and numbers in the text are masked
            item = QListWidgetItem(f"{number}  {mask_name(name) or ''}  {mask_text(subject)}")
            item.setData(Qt.ItemDataRole.UserRole, ticket_id)
            self.tickets.addItem(item)
        if rows:
            self.tickets.setCurrentRow(0)
        self.start_button.setEnabled(bool(rows))

    def start(self) -> None:
        item = self.tickets.currentItem()
        if item is None:
            return
        self._ticket_id = item.data(Qt.ItemDataRole.UserRole)
        self.window_ = KioskWindow(item.text().split("  ")[0])
        self.window_.submitted.connect(self._save)
        self.window_.exit_requested.connect(self.ask_password)
        self.window_.showFullScreen()
        self.kiosk_mode.emit(True)

    def _save(self, answer: Answer) -> None:
        ticket_id = self._ticket_id
        self.ctx.ops.write(lambda: surveys.kiosk_answer(ticket_id, answer),
                           lambda _: self.window_.show_thanks(),
                           lambda exc: self.window_.show_error(error_text(exc)))

    def ask_password(self) -> None:
        password, ok = QInputDialog.getText(self.window_, self.tr("Staff only"),
                                            self.tr("Staff password:"), QLineEdit.Password)
        if not ok or not password:
            return
        staff_id = self.ctx.actor.id
        self.ctx.ops.write(lambda: surveys.kiosk_unlock(staff_id, password),
                          self._unlock_result, self._failed)

    def _unlock_result(self, ok: bool) -> None:
        if not ok:
            self.status.setText(self.tr("Wrong password: the tablet stays in kiosk mode."))
            return
        self.window_.unlock()
        self.window_.deleteLater()
        self.window_ = None
        self.kiosk_mode.emit(False)
        self.status.setText("")
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self.status.setText(error_text(exc))

    def on_changes(self, changes) -> None:
        if self.window_ is None and "created" in changes.kinds:
            self.refresh()
