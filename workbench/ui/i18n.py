"""The UI language: Qt's own translations and ours, following the system unless set.

Exports choose their language per export (``workbench.exports``); this only concerns
what the window shows.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from workbench import config

log = logging.getLogger(__name__)

SUPPORTED = ("en", "nl")
_installed: list[QTranslator] = []


def effective_language(setting: str | None) -> str:
    """``setting`` if it is a supported language, else the system's, else English."""
    if setting in SUPPORTED:
        return setting  # type: ignore[return-value]
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def install_translators(app: QCoreApplication, setting: str | None) -> str:
    """Load the translations for the chosen language; returns the language used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = effective_language(setting)
    QLocale.setDefault(QLocale(language))
    if language == "en":
        return language
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    if ours.load(f"workbench_{language}", str(config.translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file for %s in %s", language, config.translations_dir())
    return language
