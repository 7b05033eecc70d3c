"""Command-line commands; each module registers its subcommands (see ``workbench.cli``).

What a command says goes through ``translate("Cli", text)``: the window's catalogue
(``resources/translations/workbench_<lang>.qm``, where lupdate files the texts under the
``Cli`` context), read with a ``QTranslator`` of QtCore, no application object and no
display needed. The language is the interface language setting, else ``LANG``
(``use_language``, called by ``workbench.cli``). The command line is an entry point, as
the window is: it may use QtCore; the services below it do not.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

    from workbench.store import Database

_translator: QTranslator | None = None


class CliError(Exception):
    """A failure the command reports in one line; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def use_language(lang: str) -> None:
    """Say everything from now on in ``lang`` (``en``, ``nl``), from the window's catalogue."""
    global _translator
    from PySide6.QtCore import QTranslator

    from workbench import config

    translator = QTranslator()
    _translator = (
        translator if translator.load(f"workbench_{lang}", str(config.translations_dir())) else None
    )


def translate(context: str, text: str) -> str:
    """``text`` in the chosen language (lupdate finds the calls by this name; it files
    plural forms only for ``self.tr``, so command texts avoid ``%n``)."""
    found = _translator.translate(context, text) if _translator else ""
    return found or text


def error_text(error: BaseException) -> str:
    """A refusal as the command says it: a ``DomainError``'s sentence in the chosen
    language with its values filled in, also when another error passed it on with the
    same words (``ExportError(str(exc)) from exc``); any other error as it says itself."""
    for candidate in (error.__cause__, error):  # the one passed on first: its own words
        translated = getattr(candidate, "translated", None)
        if callable(translated) and (candidate is error or str(candidate) == str(error)):
            return str(translated(translate))
    return str(error)


def open_db(args: argparse.Namespace) -> Database:
    """The database named by ``--db``/``WORKBENCH_DB``, opened (and migrated)."""
    from workbench.config import resolve_db_path
    from workbench.store import open_database

    return open_database(resolve_db_path(args.db))


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """``--db`` also after the subcommand (``workbench list meetings --db X``)."""
    parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS, help="the database file")


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def to_json(rows: Iterable[Any]) -> str:
    """Rows (dataclasses, named tuples or dicts) as a JSON list, dates in ISO 8601, enums
    as values."""
    out = []
    for row in rows:
        if is_dataclass(row) and not isinstance(row, type):
            data = asdict(row)
        else:
            data = row._asdict() if hasattr(row, "_asdict") else dict(row)
        out.append({k: _jsonable(v) for k, v in data.items()})
    return json.dumps(out, ensure_ascii=False, indent=2)
