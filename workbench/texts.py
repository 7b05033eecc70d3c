"""Texts the services write into the user's data, in English and in Dutch.

Some records are made by the program rather than typed: the shipped agenda templates,
the carry-over item at the top of a new agenda, the demo case. They are written once, in
the language of the user at the moment they are created, and are ordinary data from then
on (the user may edit them; a template a user made is never touched). So they cannot go
through Qt's catalogue, which translates what is *shown*, and the services must not
import Qt anyway: both languages live here, and a test checks that every text has both.

Which language is "the user's" is decided by the program's entry point, once: the window
sets it to the interface language (``workbench.ui.i18n``), the command line to
``--lang``, the interface language setting or ``LANG`` (``workbench.cli``). Services
read it with ``content_language()``; a caller may still pass a language explicitly.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the window's first paint imports this module, and no ``datetime``
    from datetime import date

LANGUAGES = ("en", "nl")
DEFAULT = "en"

_language = DEFAULT


def supported(lang: str | None) -> str | None:
    """``lang`` (``"nl"``, ``"nl_NL.UTF-8"``, ``"NL"``) as a supported code, else None."""
    if not lang:
        return None
    code = lang.strip().lower().replace("-", "_").split("_")[0].split(".")[0]
    return code if code in LANGUAGES else None


def set_content_language(lang: str | None) -> str:
    """Write new shipped texts in ``lang`` from now on (unsupported: English)."""
    global _language
    _language = supported(lang) or DEFAULT
    return _language


def content_language(lang: str | None = None) -> str:
    """``lang`` if given and supported, else the language the entry point chose."""
    return supported(lang) or _language


def language_from_environment(setting: str | None = None) -> str:
    """The interface language ``setting`` if supported, else the system's (``LANGUAGE``,
    ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext reads them), else English."""
    chosen = supported(setting)
    if chosen:
        return chosen
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        for part in value.split(":"):
            found = supported(part)
            if found:
                return found
            if part and part not in ("C", "POSIX") and not part.startswith("C."):
                return DEFAULT  # a language is set, and it is one we do not speak
    return DEFAULT


#: The item every agenda of an engagement opens on (``meetings.agenda``).
CARRY_OVER_TITLE = {
    "en": "Open actions and commitments",
    "nl": "Actiepunten en toezeggingen uit eerdere vergaderingen",
}


def carry_over_title(lang: str | None = None) -> str:
    return CARRY_OVER_TITLE[content_language(lang)]


#: Month names as a date is written in running text (an agenda item's title).
MONTHS = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
}  # fmt: skip


def written_date(day: date, lang: str | None = None) -> str:
    """A day as the language writes it in a sentence ("30 September 2022", "30 september
    2022"): stored in a title, it is data, so it cannot follow the window's locale later."""
    return f"{day.day} {MONTHS[content_language(lang)][day.month - 1]} {day.year}"
