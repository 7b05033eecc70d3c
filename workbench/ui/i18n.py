"""The UI language: Qt's own translations and ours, following the system unless set.

English has a catalogue too, with only the plural forms (``workbench_en.ts``, made by
``lupdate -pluralonly``): ``self.tr("%n item(s)", "", n)`` says "1 item", "2 items"
only through it.

Exports choose their language per export (``workbench.exports``); this concerns what
the window shows, and the language in which the services write shipped texts into the
user's data (templates, the carry-over item, the demo case: ``services.texts``).
"""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLibraryInfo, QLocale, QTranslator

from workbench import config
from workbench.services import texts

log = logging.getLogger(__name__)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalogue under ``context`` and hand it back untranslated.

    The same as PySide6's, which its type stubs declare to return ``object``; this one
    says ``str``, so the type checker follows the texts into the models and dialogs.
    lupdate finds the calls by this name, wherever it is imported from.
    """
    return text


SUPPORTED = ("en", "nl")
_installed: list[QTranslator] = []


def effective_language(setting: str | None) -> str:
    """``setting`` if it is a supported language, else the system's, else English."""
    if setting in SUPPORTED:
        return setting
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "en"


def install_translators(app: QCoreApplication, setting: str | None) -> str:
    """Load the translations for the chosen language; returns the language used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = effective_language(setting)
    QLocale.setDefault(QLocale(language))
    texts.set_content_language(language)  # new templates, carry-over, demo: this language
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language != "en" and qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    if ours.load(f"workbench_{language}", str(config.translations_dir())):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation file for %s in %s", language, config.translations_dir())
    return language


def format_datetime_long(value: datetime | None) -> str:
    """A day and time with the weekday and month in the UI language ("di 4 jun 2024
    14:00"); Python's ``strftime`` would always say them in English."""
    if value is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return QLocale().toString(local, "ddd d MMM yyyy HH:mm")
