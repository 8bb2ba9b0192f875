"""What every page needs to know: who is working, where, and how to run work."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QSettings

from helpdesk_gui.app.ops import OpRunner
from helpdesk_gui.domain.hall import Branch, Staff


@dataclass
class AppContext:
    """Shared by the main window and its pages (one per signed-in session)."""

    ops: OpRunner
    actor: Staff
    branch: Branch
    database_display: str
    settings: QSettings = field(default_factory=lambda: QSettings("helpdesk_gui", "helpdesk_gui"))
    language: str = "zh_CN"

    @property
    def chinese(self) -> bool:
        """True when the interface speaks Chinese (vocabulary and commitments follow it)."""
        return self.language.startswith("zh")
