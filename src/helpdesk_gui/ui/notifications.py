"""The notification centre: SLA alarms for the signed-in person.

Lists delivered notifications (newest first, unread in bold), shows the unread count
on a badge, opens the ticket on a click (``open_ticket(int)``; the main window shows it)
and marks it read. Connected to ``SchedulerBridge.alarms_raised`` (this seat raised them)
and to the ``Changes`` broadcast (``alarm``: another seat of the hall raised them): it
re-reads this person's notifications, so an alarm follows its recipient to whichever seat
they are signed in at; when the unread count grows, a tray message (where a tray exists).
All database work goes through ``ctx.ops``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from helpdesk_gui.app.context import AppContext
from helpdesk_gui.domain.sla import policy as sla_policy
from helpdesk_gui.services.sla import alarms as sla_alarms
from helpdesk_gui.ui import labels
from helpdesk_gui.ui.sla.style import local_text

ROW_ID = Qt.ItemDataRole.UserRole
ROW_TICKET = Qt.ItemDataRole.UserRole + 1


def _text(row: sla_alarms.NotificationRow, timezone: str) -> str:
    target = labels.label(sla_policy.TARGET_NAMES, row.target)
    kind = labels.label(sla_policy.ALARM_KINDS, row.kind)
    due = local_text(row.due, timezone)
    return f"{row.ticket_no}  {labels.level(row.level)}  {target}: {kind} ({due})\n" \
           f"{row.subject}"


class NotificationCentre(QWidget):
    """List of the actor's notifications with an unread badge."""

    open_ticket = Signal(int)
    unread_changed = Signal(int)
    arrived = Signal(int)  # how many new unread notifications a refresh found

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.unread = 0
        self.badge = QLabel()
        self.badge.setObjectName("notificationBadge")
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemClicked.connect(self._activate)
        single = self.style().styleHint(QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick)
        if not single:  # Enter/double-click; where one click activates it is itemClicked
            self.list.itemActivated.connect(self._activate)
        self.mark_all = QPushButton(self.tr("Mark all read"))
        self.mark_all.clicked.connect(self.mark_all_read)
        top = QHBoxLayout()  # the dock's title already says "Notifications"
        top.addWidget(self.badge)
        top.addStretch(1)
        top.addWidget(self.mark_all)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.tray: QSystemTrayIcon | None = None
        self._loaded = False
        self.arrived.connect(self._tray_message)
        self.refresh()

    # ---- data

    def refresh(self) -> None:
        actor_id = self.ctx.actor.id
        self.ctx.ops.read(lambda: sla_alarms.notifications_for(actor_id), self._show)

    def _show(self, rows: list[sla_alarms.NotificationRow]) -> None:
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(_text(row, self.ctx.branch.timezone))
            item.setData(ROW_ID, row.id)
            item.setData(ROW_TICKET, row.ticket_id)
            font = QFont(item.font())
            font.setBold(not row.read)
            item.setFont(font)
            self.list.addItem(item)
        before, unread = self.unread, sum(1 for r in rows if not r.read)
        self._set_unread(unread)
        if self._loaded and unread > before:
            self.arrived.emit(unread - before)
        self._loaded = True

    def _set_unread(self, count: int) -> None:
        self.unread = count
        self.badge.setText(self.tr("%n unread", "", count) if count else "")
        self.badge.setVisible(count > 0)
        self.unread_changed.emit(count)

    def _activate(self, item: QListWidgetItem) -> None:
        """Open the ticket and mark the line read (in place: the list is not rebuilt
        inside its own click signal)."""
        note_id, ticket_id = item.data(ROW_ID), item.data(ROW_TICKET)
        if ticket_id is not None:
            self.open_ticket.emit(int(ticket_id))
        actor_id = self.ctx.actor.id
        self.ctx.ops.write(lambda: sla_alarms.mark_read(actor_id, [note_id]),
                           lambda n: self._marked(note_id, n))

    def _marked(self, note_id: int, count: int) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(ROW_ID) == note_id:
                font = QFont(item.font())
                font.setBold(False)
                item.setFont(font)
        if count:
            self._set_unread(max(0, self.unread - count))

    def mark_all_read(self) -> None:
        actor_id = self.ctx.actor.id
        self.ctx.ops.write(lambda: sla_alarms.mark_read(actor_id), lambda _n: self.refresh())

    # ---- alarms from the scheduler (GUI thread, queued signal)

    def on_alarms(self, alarms: list[sla_alarms.Alarm]) -> None:
        mine = [a for a in alarms if self.ctx.actor.id in a.recipient_ids]
        if not mine:
            return
        self.refresh()  # the tray message follows from ``arrived``

    def on_changes(self, changes) -> None:
        """Another seat raised alarms: re-read this person's (they may be among them)."""
        if "alarm" in changes.kinds:
            self.refresh()

    def _tray_message(self, count: int) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable() or self.list.count() == 0:
            return
        if self.tray is None:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tray = QSystemTrayIcon(QIcon(icon), self)
            self.tray.show()
        title = self.tr("Service-level alarm")
        text = self.list.item(0).text().split("\n", 1)[0]  # the newest: number, target, kind
        if count > 1:
            text += " " + self.tr("(+%n more)", "", count - 1)
        self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 10_000)
