"""A sheet's rows as its cells take them, converted a whole column at a time.

A busy group's tracker has a couple of hundred thousand cells, and writing them with
openpyxl costs a few microseconds each; a Python function call per cell to clean text,
check for formula-looking text, translate a status or style a date would add a third
to that. So each column is converted in one go: text is cleaned cell by cell only if
one look at the whole column finds something to clean, and formula-looking text is
found with one comprehension; drop-down labels come from a small dictionary; and dates
are plain values of a type openpyxl already knows the number format of, so no date
needs a cell object of its own.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, TIME_FORMATS

from workbench.exports.xlsx.columns import (
    ERROR_LITERALS,
    FORMULA_CHARS,
    MAX_CELL,
    Column,
    cell_text,
    choice_label,
)

#: The control characters a cell cannot hold (openpyxl's ``ILLEGAL_CHARACTERS_RE``), as a
#: table that deletes them: translating a whole column and comparing lengths finds any
#: of them several times faster than the regular expression does.
_ILLEGAL = dict.fromkeys(c for c in range(32) if ILLEGAL_CHARACTERS_RE.match(chr(c)))


def text_cell(ws: Any, value: str) -> Any:
    """A cell that holds ``value`` as text, even though it begins like a formula."""
    cell = WriteOnlyCell(ws, value=value)
    cell.data_type = "s"
    cell.quotePrefix = True
    return cell


def text_column(ws: Any, values: Sequence[Any]) -> list[Any]:
    """Text as cells hold it: no control characters, at most 32,767 characters, and
    text beginning with ``= + - @`` or that is an error literal (``#N/A``...) stored as text
    (quote prefix), never as a formula or an error.

    Same result as ``cell_text`` and ``is_formula_like`` on every cell, but the cleaning
    looks at the whole column at once and walks it cell by cell only if it has something
    to clean.
    """
    texts = [v for v in values if v is not None]
    if not all(isinstance(v, str) for v in texts):
        out = [cell_text(v) for v in values]
    else:
        blob = "\n".join(texts)
        dirty = (
            "\r" in blob
            or len(blob.translate(_ILLEGAL)) != len(blob)
            or max(map(len, texts), default=0) > MAX_CELL
        )
        out = [cell_text(v) for v in values] if dirty else list(values)
    return _as_text_where_needed(ws, out)


def _as_text_where_needed(ws: Any, values: list[Any]) -> list[Any]:
    """Text that begins like a formula or is an Excel error literal, as a text cell."""
    for i in [
        i
        for i, v in enumerate(values)
        if isinstance(v, str) and (v.startswith(FORMULA_CHARS) or v in ERROR_LITERALS)
    ]:
        values[i] = text_cell(ws, values[i])
    return values


def choice_column(column: Column, values: Sequence[Any], lang: str) -> list[Any]:
    """Stored values of a drop-down column as the labels the drop-down offers."""
    labels: dict[Any, str | None] = {None: None}
    for value in column.choices:
        labels[value] = choice_label(column, value, lang)
    for value in set(values) - labels.keys():  # a value the list does not know: as is
        labels[value] = choice_label(column, value, lang)
    return [labels[v] for v in values]


#: The ``date``/``datetime`` types whose values openpyxl writes with a given format.
_DATED: dict[tuple[type, str], type[Any]] = {}


def dated_type(base: type[date], number_format: str) -> type[Any]:
    """A subclass of ``base`` (``date`` or ``datetime``) written with ``number_format``.

    openpyxl gives a date the number format it keeps for the value's type
    (``TIME_FORMATS``, which it also fills in itself for subclasses it meets). A type
    of our own per format, registered there, makes every date a plain value that comes
    out as a real date in the language's format: the alternative, a styled cell object
    per date, costs more than writing the date itself.
    """
    key = (base, number_format)
    kind = _DATED.get(key)
    if kind is None:
        kind = type(f"{base.__name__}_{len(_DATED)}", (base,), {"__slots__": ()})
        TIME_FORMATS[kind] = number_format
        _DATED[key] = kind
    return kind


def date_column(values: Sequence[Any], kind: str, number_format: str) -> list[Any]:
    """Dates (``kind`` "date") or local times ("datetime") written in ``number_format``."""
    if kind == "date":
        day = dated_type(date, number_format)
        return [day(v.year, v.month, v.day) if isinstance(v, date) else v for v in values]
    moment = dated_type(datetime, number_format)
    return [
        moment(v.year, v.month, v.day, v.hour, v.minute, v.second, v.microsecond)
        if isinstance(v, datetime)
        else v
        for v in values
    ]


def sheet_rows(
    ws: Any,
    columns: Sequence[Column],
    records: Sequence[dict[str, Any]],
    lang: str,
    formats: dict[str, str],
) -> Iterator[tuple[Any, ...]]:
    """The rows to append for ``records`` (each the dict ``SheetSpec.values`` gives);
    ``formats`` has the number format of "date" and of "datetime" columns."""
    converted: list[list[Any]] = []
    for column in columns:
        values = [r.get(column.key) for r in records]
        if column.kind == "choice":  # a label, or an unknown value as it is stored
            values = _as_text_where_needed(ws, choice_column(column, values, lang))
        elif column.kind in ("date", "datetime"):
            values = date_column(values, column.kind, formats[column.kind])
        elif column.kind != "id":
            values = text_column(ws, values)
        converted.append(values)
    return zip(*converted, strict=True)
