"""The demo case in Dutch: the same records and ids as the English one, every text Dutch."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from workbench.domain import Engagement, Lesson, Meeting, Organisation
from workbench.services.demo import data, data_nl, stewardship_data
from workbench.services.demo.build import ENGAGEMENT_ID, SECRETARIAT_ID, build_demo
from workbench.store import Database, open_database
from workbench.texts import set_content_language

TODAY = date(2025, 3, 3)
#: Spec fields that are not texts (slugs), or not translated (a document's own pages).
NOT_TEXT = {"key", "filename", "letterhead", "pages"}


def _texts(value: Any, found: set[str]) -> None:
    """Every human text of a spec: a string with a space, or a capitalised word."""
    if type(value) is str:
        if " " in value or ("-" not in value and value[:1].isupper() and len(value) > 2):
            found.add(value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            if field.name not in NOT_TEXT:
                _texts(getattr(value, field.name), found)
    elif isinstance(value, tuple | list):
        for item in value:
            _texts(item, found)
    elif isinstance(value, dict):
        for item in value.values():
            _texts(item, found)


def test_every_text_of_the_case_has_a_dutch_twin() -> None:
    found: set[str] = set()
    for module in (data, stewardship_data):
        for name in dir(module):
            if name.isupper():
                _texts(getattr(module, name), found)
    missing = sorted(t for t in found if t not in data_nl.NL and t not in data_nl.SAME)
    assert missing == []
    assert not set(data_nl.NL) - found, "a Dutch entry no English text uses any more"


def _snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, with texts left out: ids, links, enums, numbers and dates."""
    shape: dict[str, list[tuple[Any, ...]]] = {}
    with db.engine.connect() as conn:
        tables = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            rows = conn.execute(sa.text(f'SELECT * FROM "{table}"')).all()
            shape[table] = sorted(
                tuple(v for v in row if not (isinstance(v, str) and " " in v)) for row in rows
            )
    return shape


def _build(path: Path, lang: str) -> Database:
    db = open_database(path)
    build_demo(db, today=TODAY, lang=lang)
    return db


def test_both_languages_load_with_identical_records_and_ids(tmp_path: Path) -> None:
    en, nl = _build(tmp_path / "en.sqlite", "en"), _build(tmp_path / "nl.sqlite", "nl")
    try:
        en_shape, nl_shape = _snapshot(en), _snapshot(nl)
        assert en_shape.keys() == nl_shape.keys()
        for table in en_shape:
            if table in ("alembic_version",):
                continue
            assert len(en_shape[table]) == len(nl_shape[table]), table
        with en.session() as s_en, nl.session() as s_nl:
            for cls in (Meeting, Organisation, Lesson):
                ids_en = set(s_en.scalars(sa.select(cls.id)))
                assert ids_en and ids_en == set(s_nl.scalars(sa.select(cls.id)))
            eng_en = s_en.get(Engagement, ENGAGEMENT_ID)
            eng_nl = s_nl.get(Engagement, ENGAGEMENT_ID)
            assert eng_en is not None and eng_nl is not None
            assert (eng_en.title, eng_nl.title) == ("Mica supply chain", "Micaketen")
            ser = s_nl.get(Organisation, SECRETARIAT_ID)
            assert ser is not None and ser.name == "SER-secretariaat"
            titles = set(s_nl.scalars(sa.select(Meeting.title)))
            assert "Startbijeenkomst van de werkgroep: mica in de auto-industrie" in titles
            assert not titles & set(s_en.scalars(sa.select(Meeting.title)))
    finally:
        en.close()
        nl.close()


def test_the_demo_follows_the_users_language_by_default(tmp_path: Path) -> None:
    set_content_language("nl")
    db = open_database(tmp_path / "demo.sqlite")
    try:
        build_demo(db, today=TODAY)
        with db.session() as s:
            engagement = s.get(Engagement, ENGAGEMENT_ID)
            assert engagement is not None and engagement.title == "Micaketen"
    finally:
        db.close()
