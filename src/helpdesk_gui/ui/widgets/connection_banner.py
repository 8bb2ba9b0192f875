"""The banner across the top of the window while the hall server cannot be reached.

Shown on ``OpRunner.connection_lost``, hidden on ``connection_back``: the clerk sees why
nothing answers, and that the program is trying again by itself; what was typed stays
in the page (the page acknowledges a ticket only when its write committed).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from helpdesk_gui.app.ops import OpRunner


class ConnectionBanner(QLabel):
    """"Connection lost, retrying…" while the server is away."""

    def __init__(self, ops: OpRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("connection_banner")
        self.setText(self.tr("Connection lost, retrying…"))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("QLabel#connection_banner { background:#b3261e; color:white; "
                           "font-size:15px; font-weight:bold; padding:6px; }")
        self.hide()
        ops.connection_lost.connect(self.show)
        ops.connection_back.connect(self.hide)
