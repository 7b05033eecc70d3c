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
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from workbench import config, texts

if TYPE_CHECKING:  # the first paint imports this module, and does without ``datetime``
    from datetime import date, datetime

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
    # Dates and numbers as the user writes them: the system's locale when it speaks the
    # chosen language (en_GB writes 30/09/2022, en_US 9/30/2022), else the language's.
    # By name, so the formats are Qt's for that country, not those of a C environment.
    system = QLocale.system().name()
    QLocale.setDefault(QLocale(system if system.split("_")[0] == language else language))
    # imported here: ``workbench.services`` brings SQLAlchemy, which the first paint must
    # not wait for (ARCHITECTURE.md, Start-up)
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


def _qdate(value: date | datetime) -> QDate:
    local = getattr(value, "astimezone", None)  # a datetime: its day where the user is
    if local is not None:
        value = local().date()
    return QDate(value.year, value.month, value.day)


def _short_date_format(locale: QLocale) -> str:
    """The locale's short date with the year in full ("9/30/22" reads badly in a list of
    years; "30-09-2022" and "30/09/2022" are what Dutch and British users write)."""
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def format_date(value: date | datetime | None) -> str:
    """A day as the lists show it, short, in the UI locale ("30-09-2022" in Dutch); a
    moment is taken on the local day. Entry fields keep taking ISO and ``+14``."""
    if value is None:
        return ""
    locale = QLocale()
    return locale.toString(_qdate(value), _short_date_format(locale))


def format_time(value: datetime | None) -> str:
    """The local time of a moment, short, as the locale writes it ("14:00", "2:00 PM")."""
    if value is None:
        return ""
    local = value.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def format_datetime(value: datetime | None) -> str:
    """A moment in local time, short: the list's date and the locale's time."""
    return f"{format_date(value)} {format_time(value)}" if value else ""


def format_date_long(value: date | datetime | None) -> str:
    """A day for a heading, in words ("vrijdag 30 september 2022")."""
    return QLocale().toString(_qdate(value), QLocale.FormatType.LongFormat) if value else ""


def error_text(error: BaseException) -> str:
    """What the window says of a refusal: a ``DomainError``'s sentence in the UI language
    with its values filled in (``services.errors``), also when another error passed it on
    with the same words (``ExportError(str(exc)) from exc``); any other error as it says
    itself. By duck type: ``workbench.services`` would bring SQLAlchemy to the first paint."""
    for candidate in (error.__cause__, error):  # the one passed on first: its own words
        translated = getattr(candidate, "translated", None)
        if callable(translated) and (candidate is error or str(candidate) == str(error)):
            return str(translated(QCoreApplication.translate))
    return str(error)


def date_entry_format() -> str:
    """The display format of a date field: the locale's short date, year in full
    ("dd-MM-yyyy" in Dutch), as the lists show dates."""
    return _short_date_format(QLocale())


def datetime_entry_format() -> str:
    """The display format of a date-and-time field: the field's date and a 24-hour time."""
    return f"{date_entry_format()} HH:mm"


def read_date(text: str) -> str:
    """A date typed as the locale writes it ("30-9-2022", "30-09-22") in ISO; any other
    text as it is: ISO and the relative forms (``+14``, ``+2w``) are read by the services
    (``records.parse_due``), which then also say what is wrong with a typo."""
    text = (text or "").strip()
    locale = QLocale()
    loose = _short_date_format(locale).replace("dd", "d").replace("MM", "M")
    for fmt, century in ((loose, 0), (loose.replace("yyyy", "yy"), 100)):
        day = locale.toDate(text, fmt)
        if day.isValid():
            return day.addYears(century if day.year() < 2000 else 0).toString("yyyy-MM-dd")
    return text
