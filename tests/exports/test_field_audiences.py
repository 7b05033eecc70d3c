"""Every text of every table follows an audience rule, and every export keeps to it.

The tables and fields are found by inspecting the models (``field_case``), so a table
or a text field added later is covered without anyone remembering: if it has no rule in
``workbench.domain.audiences``, the first test names it; once it has one, the others
plant markers in it and read back every export the runner makes, for partners and for
the group, in every format (PDF text, metadata and outline; every part of a workbook;
the proposed file names).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from field_case import (
    MARK,
    build_field_case,
    export_texts,
    model_classes,
    not_exported_note,
)
from sqlmodel import SQLModel

from workbench.domain import Audience
from workbench.domain.audiences import (
    AUDIENCE_SUFFIX,
    INTERNAL_TABLES,
    NOT_EXPORTED,
    RECORD_TEXT,
    TextRule,
    field_audiences,
    is_text,
    text_rule,
)
from workbench.domain.types import EnumText


def _tables() -> list[sa.Table]:
    return list(SQLModel.metadata.sorted_tables)


def test_every_text_column_has_an_audience_rule() -> None:
    missing = [
        f"{table.name}.{column.name}"
        for table in _tables()
        for column in table.c
        if text_rule(table, column.name) is None
    ]
    assert not missing, (
        "These text columns follow no audience rule, so nothing keeps them out of a "
        "partners export: give each a '<field>_audience' column (Alembic), or name it in "
        "RECORD_TEXT (the title or text of a record with an audience) or NOT_EXPORTED (no "
        "export shows it) in workbench/domain/audiences.py:\n  "
        + "\n  ".join(missing)
        + "\nExemptions today:\n"
        + not_exported_note()
    )


def test_the_rules_name_real_columns_and_every_audience_is_tracked() -> None:
    tables = {table.name: table for table in _tables()}
    for name, columns in RECORD_TEXT.items():
        assert "audience" in tables[name].c, f"{name} has no audience of its own"
        for column in columns:
            assert is_text(tables[name].c[column]), f"{name}.{column}"
    for name, column in NOT_EXPORTED:
        assert is_text(tables[name].c[column]), f"{name}.{column}"
    assert set(INTERNAL_TABLES) <= set(tables)
    by_table = {cls.__tablename__: cls for cls in model_classes()}
    for table in _tables():
        for column in table.c:
            if column.name.endswith(AUDIENCE_SUFFIX):
                field = column.name.removesuffix(AUDIENCE_SUFFIX)
                assert field in field_audiences(table), f"{table.name}.{column.name}: of what?"
                assert isinstance(column.type, EnumText), column.name
                assert column.default is not None and column.default.arg == Audience.GROUP
        tracked = getattr(by_table.get(table.name), "__tracked__", ())
        for mark in field_audiences(table).values():
            assert mark in tracked, f"the history does not track {table.name}.{mark}"


def test_a_table_added_later_is_held_to_the_rule() -> None:
    """What the first test does with a table another feature adds (an interaction)."""
    interaction = sa.Table(
        "interaction",
        sa.MetaData(),
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("summary", sa.String),
        sa.Column("counterpart", sa.String),
        sa.Column("counterpart_audience", EnumText(Audience)),
        sa.Column("audience", EnumText(Audience)),
    )
    assert text_rule(interaction, "summary") is None  # named by the first test
    assert text_rule(interaction, "counterpart") is TextRule.FIELD
    assert text_rule(interaction, "id") is TextRule.NOT_TEXT
    assert text_rule(interaction, "audience") is TextRule.NOT_TEXT


def test_the_case_covers_every_table() -> None:
    covered = {cls.__tablename__ for cls in model_classes()}
    assert {t.name for t in _tables()} - covered == {"meta"}  # not a record: no rows planted


def _where(found: dict[str, list[str]]) -> str:
    return "\n  ".join(f"{text}: {', '.join(files)}" for text, files in found.items())


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def test_partners_exports_hold_no_text_kept_for_the_group(db, out: Path) -> None:
    """The engagement, its targets, people and organisations keep every text for the
    group; each content table has a group-only record and a partners one whose own-
    audience texts are kept. Partners see none of it, in any export, anywhere in the file;
    the group sees all of it; what no export shows is in none."""
    case = build_field_case(db)
    partners = export_texts(db, case, Audience.PARTNERS, out)
    group = export_texts(db, case, Audience.GROUP, out)

    leaked = {
        name: partners.holding(text)
        for name, text in case.of_kind("G", "F", "N").items()
        if partners.holding(text)
    }
    assert not leaked, "kept for the group, yet in a partners export:\n  " + _where(leaked)
    assert MARK not in partners.everything

    missing = [name for name, text in case.of_kind("G", "F").items() if not group.holding(text)]
    assert not missing, (
        "no group export shows these, so the partners check above proves nothing for "
        "them; if no export should, list them in NOT_EXPORTED:\n  " + "\n  ".join(missing)
    )
    shown = {
        name: group.holding(text) + partners.holding(text)
        for name, text in case.of_kind("N").items()
        if group.holding(text) or partners.holding(text)
    }
    assert not shown, "said to be in no export, yet exported:\n  " + _where(shown)

    unseen = [name for name, text in case.of_kind("S").items() if not partners.holding(text)]
    assert not unseen, "records for partners missing from every partners export: " + str(unseen)

    sent = (".ics", ".eml")  # an address is where an invitation or a draft goes, no more
    for exported in (partners, group):
        printed = {
            name: [f for f in exported.holding(text) if not f.endswith(sent)]
            for name, text in case.of_kind("A").items()
        }
        assert not any(printed.values()), "an address in a document:\n  " + _where(printed)
    addressed = [name for name, text in case.of_kind("A").items() if not partners.holding(text)]
    assert not addressed, "no invitation or draft for partners was addressed: " + str(addressed)


def test_texts_marked_for_partners_reach_them(db, out: Path) -> None:
    """The same case with every own-audience text marked for partners: nothing that
    was shared is held back."""
    case = build_field_case(db, shared=True)
    partners = export_texts(db, case, Audience.PARTNERS, out)
    missing = [name for name, text in case.of_kind("H").items() if not partners.holding(text)]
    assert not missing, "marked for partners, yet in no partners export: " + str(missing)
    leaked = {
        name: partners.holding(text)
        for name, text in case.of_kind("G", "N").items()
        if partners.holding(text)
    }
    assert not leaked, _where(leaked)
