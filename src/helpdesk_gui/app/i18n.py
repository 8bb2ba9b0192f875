"""Interface language: zh_CN by default on a Chinese system, English otherwise.

The choice can be forced in settings ("ui/language"); it takes effect at the next start
(every page builds its texts once, in the chosen language).
"""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from helpdesk_gui.paths import resource

SUPPORTED = ("zh_CN", "en")
SETTING = "ui/language"
# Where PySide6 keeps Qt's catalogues, relative to the folder holding the PySide6 package:
# the same in a wheel install and in the bundle (packaging/bundle_files.py puts
# qtbase_zh_CN.qm there), whatever prefix Qt itself reports.
QT_CATALOGUE_DIR = ("PySide6", "Qt", "translations")


def choose_language(settings: QSettings, system: QLocale | None = None) -> str:
    """The language to use: the saved choice, else the system's (Chinese → zh_CN)."""
    saved = str(settings.value(SETTING, "") or "")
    if saved in SUPPORTED:
        return saved
    name = (system or QLocale.system()).name()
    return "zh_CN" if name.startswith("zh") else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's own (standard buttons, file and print dialogs)."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(resource("i18n", f"helpdesk_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if any(qt.load(f"qtbase_{language}", str(folder)) for folder in qt_catalogue_dirs()):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return installed


def qt_catalogue_dirs() -> list[Path]:
    """Folders that may hold Qt's own catalogues (file dialogs, print preview, buttons):
    the one Qt reports, then the one beside the PySide6 package (a bundle, or a Qt whose
    configured prefix points elsewhere)."""
    reported = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    beside = Path(PySide6.__file__).resolve().parents[1].joinpath(*QT_CATALOGUE_DIR)
    return [reported] if reported == beside else [reported, beside]
