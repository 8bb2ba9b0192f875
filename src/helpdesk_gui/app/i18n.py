"""Interface language: zh_CN by default on a Chinese system, English otherwise.

The choice can be forced in settings ("ui/language"); it takes effect at the next start
(every page builds its texts once, in the chosen language).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from helpdesk_gui.paths import resource

SUPPORTED = ("zh_CN", "en")
SETTING = "ui/language"


def choose_language(settings: QSettings, system: QLocale | None = None) -> str:
    """The language to use: the saved choice, else the system's (Chinese → zh_CN)."""
    saved = str(settings.value(SETTING, "") or "")
    if saved in SUPPORTED:
        return saved
    name = (system or QLocale.system()).name()
    return "zh_CN" if name.startswith("zh") else "en"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our catalogue and Qt's own (standard buttons) for the language."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(resource("i18n", f"helpdesk_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    QLocale.setDefault(QLocale(language))
    return installed
