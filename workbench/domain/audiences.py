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
- **shown with what it links**: a text of a record that has no audience of its own and
  is only ever shown as part of records that do (a step of the escalation ladder is
  named with each escalation that took it; the page a commitment's evidence cites, with
  the commitment and the document): the readers of those records decide (``LINKED_TEXT``);
- **an address**: where an invitation or an e-mail draft is sent, in its address fields
  only, never printed in a document (``ADDRESSES``);
- **not text**: the id, foreign keys and enums (``is_text`` says which columns are
  text, by their type), and ids kept without a foreign key (``REFERENCES``);
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
    "interaction": frozenset({"subject"}),
    "document": frozenset({"title"}),
    "minutesversion": frozenset({"reason"}),
}

#: Texts of a record without an audience, shown only as part of records that have one.
LINKED_TEXT: Mapping[tuple[str, str], str] = {
    ("escalationstep", "name"): "a step of the group's ladder, named with each escalation "
    "that took it, where that escalation may be shown",
    ("commitmentevidence", "page"): "the place in a document a commitment's evidence cites, "
    "shown only where both the commitment and the document may be",
}

#: Addresses: in the address fields of what is sent to that person, in no document.
ADDRESSES: Mapping[tuple[str, str], str] = {
    ("person", "email"): "where an invitation or a draft is sent to someone: in its address "
    "fields only, never printed in a document",
}

#: Ids kept as text without a foreign key (table, column) -> the table they name.
REFERENCES: Mapping[tuple[str, str], str] = {
    ("escalation", "step_id"): "escalationstep",  # a shipped step has no row
    ("meeting", "template_id"): "agendatemplate",  # the template may be gone
    ("document", "sha256"): "documentblob",  # the bytes, named by their hash
}

#: Text columns that no export shows, and why (a test checks that none does).
NOT_EXPORTED: Mapping[tuple[str, str], str] = {
    ("person", "role"): "a contact's job, for the group's own lists",
    ("organisation", "country"): "for the group's own lists; a target's region is shown",
    ("escalationstep", "description"): "what a step of the ladder means, for the group's "
    "ladder dialog",
    ("document", "media_type"): "how the program opens the file, found from its name",
    ("document", "filename"): "the name the file was attached under; a document leaves named "
    "by its number and title (and the extension of this name)",
    ("minutesversion", "snapshot"): "the minutes as frozen, for the group's history of them",
}

#: Tables whose rows never reach a document, and why.
INTERNAL_TABLES: Mapping[str, str] = {
    "change": "the history of tracked fields, shown in the program only",
    "conflict": "versions set aside by a merge, shown in the program only",
    "meta": "facts about this database file",
    "agendatemplate": "templates are copied into agenda items, which have audiences",
    "templateitem": "templates are copied into agenda items, which have audiences",
    "sentexport": "the send log (what left, to whom), shown in the program only",
}


class TextRule(StrEnum):
    """How a column's text is kept from partners."""

    RECORD = "record"  # the record's own audience
    FIELD = "field"  # a <field>_audience column of its own
    LINKED = "linked"  # shown only with records that have an audience (LINKED_TEXT)
    ADDRESS = "address"  # in the address fields of what is sent (ADDRESSES)
    NOT_TEXT = "not_text"  # id, foreign key, enum, number, date, REFERENCES
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
    if not is_text(table.c[column]) or (table.name, column) in REFERENCES:
        return TextRule.NOT_TEXT
    if column in field_audiences(table):
        return TextRule.FIELD
    if column in RECORD_TEXT.get(table.name, ()) and "audience" in table.c:
        return TextRule.RECORD
    if (table.name, column) in LINKED_TEXT:
        return TextRule.LINKED
    if (table.name, column) in ADDRESSES:
        return TextRule.ADDRESS
    if (table.name, column) in NOT_EXPORTED:
        return TextRule.NOT_EXPORTED
    return None
