"""Where a *Save* dialog opens: the folder this person last saved that kind of file in,
else their Documents folder — never the folder the program happened to be started from
(a desktop shortcut starts it in the installation folder, which the clerk cannot find
again and may not be allowed to write)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


def _key(kind: str) -> str:
    return f"save/{kind}"


def start_path(settings: QSettings, kind: str, file_name: str) -> str:
    """The path the dialog proposes for ``file_name`` (a report, an export…)."""
    folder = str(settings.value(_key(kind), "") or "")
    if not folder or not Path(folder).is_dir():
        folder = (QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                  or str(Path.home()))
    return str(Path(folder) / file_name)


def remember(settings: QSettings, kind: str, path: str | Path) -> None:
    """Open the next dialog of this kind where this file was saved."""
    settings.setValue(_key(kind), str(Path(path).parent))
