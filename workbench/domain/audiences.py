"""Which audience rule every stored text follows: the one place that says so.

The audience rule (content is for the working group only unless marked for partners)
holds for every piece of text that can leave the group, not only for whole records. Each
text column of each table follows exactly one of these rules:

- **the record's audience**: the title or text of a content record (``Content``) *is*
  the record; a group-only decision is not in a partners export at all
  (``RECORD_TEXT``);
- **its own audience**: a column ``<field>_audience`` beside it (working group only by
  default), for the other texts of a record: an engagement's theme and baseline, a
  target's region, a meeting's place or link, a commitment's evidence, a person's name.
  A partners export shows the text only when the field *and* its record are for
  partners (``field_audiences`` finds them by their name);
- **not text**: the id, foreign keys and enums (``is_text`` says which columns are
  text, by their type);
- **in no export**: columns no document shows, each with the reason (``NOT_EXPORTED``),
  and tables that never leave the program as a document (``INTERNAL_TABLES``).

``text_rule`` answers for one column; ``tests/exports/test_field_audiences.py`` asks it for
every column of every table and fails, naming the column, when one has no rule: a table
or field added later must say here how its text is shared before the suite passes.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any

import sqlalchemy as sa

from workbench.domain.types import EnumText

AUDIENCE_SUFFIX = "_audience"

#: Texts that follow their record's own ``audience`` (table -> columns).
RECORD_TEXT: Mapping[str, frozenset[str]] = {
    "objective": frozenset({"text"}),
    "lesson": frozenset({"text"}),
    "meeting": frozenset({"title"}),
    "agendaitem": frozenset({"title"}),
    "decision": frozenset({"text"}),
    "commitment": frozenset({"text"}),
    "action": frozenset({"title"}),
    "note": frozenset({"body"}),
}

#: Text columns that no export shows, and why (a test checks that none does).
NOT_EXPORTED: Mapping[tuple[str, str], str] = {
    ("person", "role"): "a contact's job, for the group's own lists",
    ("person", "email"): "where to write to someone, never printed in a document",
    ("organisation", "country"): "for the group's own lists; a target's region is shown",
}

#: Tables whose rows never reach a document, and why.
INTERNAL_TABLES: Mapping[str, str] = {
    "change": "the history of tracked fields, shown in the program only",
    "conflict": "versions set aside by a merge, shown in the program only",
    "meta": "facts about this database file",
    "agendatemplate": "templates are copied into agenda items, which have audiences",
    "templateitem": "templates are copied into agenda items, which have audiences",
}


class TextRule(StrEnum):
    """How a column's text is kept from partners."""

    RECORD = "record"  # the record's own audience
    FIELD = "field"  # a <field>_audience column of its own
    NOT_TEXT = "not_text"  # id, foreign key, enum, number, date
    NOT_EXPORTED = "not_exported"  # in no export (NOT_EXPORTED)
    INTERNAL = "internal"  # its table never reaches a document (INTERNAL_TABLES)


def audience_column(field: str) -> str:
    """The name of the column holding the audience of ``field``."""
    return field + AUDIENCE_SUFFIX


def is_text(column: sa.Column[Any]) -> bool:
    """Free text a user typed: a string column that is no key and no enum."""
    kind = column.type
    if isinstance(kind, EnumText):
        return False
    if isinstance(kind, sa.types.TypeDecorator):  # SQLModel's AutoString for ``str``
        kind = kind.impl_instance
    if not isinstance(kind, sa.String):
        return False
    return not (column.primary_key or column.foreign_keys)


def field_audiences(table: sa.Table) -> dict[str, str]:
    """The text fields of ``table`` that have an audience of their own:
    field -> its audience column."""
    names = [column.name for column in table.c]
    return {
        name: audience_column(name)
        for name in names
        if audience_column(name) in names and is_text(table.c[name])
    }


def text_rule(table: sa.Table, column: str) -> TextRule | None:
    """The rule ``column`` of ``table`` follows; None when it has none (a bug)."""
    if table.name in INTERNAL_TABLES:
        return TextRule.INTERNAL
    if not is_text(table.c[column]):
        return TextRule.NOT_TEXT
    if column in field_audiences(table):
        return TextRule.FIELD
    if column in RECORD_TEXT.get(table.name, ()) and "audience" in table.c:
        return TextRule.RECORD
    if (table.name, column) in NOT_EXPORTED:
        return TextRule.NOT_EXPORTED
    return None
