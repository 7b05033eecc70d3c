"""Labels and date formats for exports, in Dutch and English.

The language of an export is chosen per export, independent of the UI language (a Dutch
secretariat may send English minutes to a partner abroad), so exports do not use Qt's
translator: each language is a module of plain dicts (``en.py``, ``nl.py``; the words of
the stewardship record in ``stewardship.py``, both languages side by side), checked by a
test to have the same keys; this module turns keys, enum values and dates into words.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import Enum

from workbench.exports.i18n import en, nl, stewardship

LANGS: tuple[str, ...] = ("en", "nl")
DEFAULT_LANG = "en"

LABELS: dict[str, dict[str, str]] = {
    "en": {**en.LABELS, **stewardship.LABELS["en"]},
    "nl": {**nl.LABELS, **stewardship.LABELS["nl"]},
}
ENUM_LABELS: dict[str, dict[str, str]] = {
    "en": {**en.ENUM_LABELS, **stewardship.ENUM_LABELS["en"]},
    "nl": {**nl.ENUM_LABELS, **stewardship.ENUM_LABELS["nl"]},
}
_MONTHS: dict[str, list[str]] = {"en": en.MONTHS, "nl": nl.MONTHS}


def check_lang(lang: str) -> str:
    """The language code, or ValueError naming the ones we have."""
    if lang not in LANGS:
        raise ValueError(f"unknown export language {lang!r}; choose one of {', '.join(LANGS)}")
    return lang


def t(lang: str, key: str, **values: object) -> str:
    """The label ``key`` in ``lang``, with ``{placeholders}`` filled in."""
    text = LABELS[lang][key]
    return text.format(**values) if values else text


def enum_label(lang: str, value: Enum | str | None) -> str:
    """The label of an enum value (``"in_progress"`` → "In progress" / "Bezig")."""
    if value is None:
        return ""
    key = str(value.value if isinstance(value, Enum) else value)
    return ENUM_LABELS[lang].get(key, key.replace("_", " "))


def stage_label(lang: str, stage: int) -> str:
    return ENUM_LABELS[lang].get(f"stage_{stage}", str(stage))


def format_date(value: date | None, lang: str) -> str:
    """A date as people write it: "12 March 2021" / "12 maart 2021"."""
    if value is None:
        return ""
    return f"{value.day} {_MONTHS[lang][value.month - 1]} {value.year}"


def format_short_date(value: date | None, lang: str) -> str:
    """A compact date for table cells: 2021-03-12 / 12-03-2021."""
    if value is None:
        return ""
    return value.strftime("%d-%m-%Y" if lang == "nl" else "%Y-%m-%d")


def local_time(value: datetime) -> datetime:
    """A stored UTC timestamp in the machine's local time, where the reader is."""
    return value.astimezone()


def format_datetime(value: datetime | None, lang: str) -> str:
    """A meeting's start, in local time: "12 March 2021, 14:00"."""
    if value is None:
        return ""
    local = local_time(value)
    return f"{format_date(local.date(), lang)}, {local:%H:%M}"


#: Excel number formats for dates, by language.
EXCEL_DATE_FORMAT = {"en": "yyyy-mm-dd", "nl": "dd-mm-yyyy"}
EXCEL_DATETIME_FORMAT = {"en": "yyyy-mm-dd hh:mm", "nl": "dd-mm-yyyy hh:mm"}
