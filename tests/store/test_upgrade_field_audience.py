"""Migration 0005 gives every text that can leave the group an audience: ``group``.

A database made by release 0.1.0 (the kept fixture, never regenerated) upgrades with
every new ``<field>_audience`` column on every row set to working group only, so that
nothing written before the upgrade reaches a partners export by upgrading; the search
index's triggers survive (no table was rebuilt), and the history records a change of one
of the new audiences like any other audience.
"""

from __future__ import annotations

import io
import shutil
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import SQLModel

from workbench.domain import Audience, Engagement, Target
from workbench.domain.audiences import field_audiences
from workbench.services.history import record_history
from workbench.services.records import update_record
from workbench.store import open_database

RELEASE_0_1_0 = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "workbench.sqlite"
    shutil.copyfile(RELEASE_0_1_0, path)
    return path


def _field_audience_columns() -> list[tuple[str, str]]:
    return [
        (table.name, column)
        for table in SQLModel.metadata.sorted_tables
        for column in field_audiences(table).values()
    ]


def _triggers(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    finally:
        conn.close()


def test_every_new_audience_is_group_on_every_upgraded_row(old_file: Path) -> None:
    columns = _field_audience_columns()
    assert ("engagement", "baseline_audience") in columns
    assert ("target", "why_selected_audience") in columns
    triggers_before = _triggers(old_file)
    open_database(old_file).close()

    conn = sqlite3.connect(f"file:{old_file}?mode=ro", uri=True)
    try:
        for table, column in columns:
            rows = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            values = conn.execute(f'SELECT DISTINCT "{column}" FROM "{table}"').fetchall()
            if rows:
                assert values == [("group",)], (table, column)
    finally:
        conn.close()
    # the full-text index is still kept in step on the tables that got columns
    assert _triggers(old_file) == triggers_before
    assert "search_agendaitem_update" in triggers_before


def test_an_upgraded_engagement_shows_partners_none_of_its_texts(old_file: Path) -> None:
    from workbench.exports.pdf.report import write_report
    from workbench.services.reporting.engagement import load_engagement

    db = open_database(old_file)
    try:
        with db.session() as s:
            engagement = s.exec(Engagement.__table__.select()).mappings().one()
            target = s.exec(Target.__table__.select()).mappings().first()
            partners = load_engagement(s, engagement["id"], Audience.PARTNERS)
            group = load_engagement(s, engagement["id"], Audience.GROUP)
        texts = [
            engagement["title"],
            engagement["theme"],
            engagement["description"],
            engagement["baseline"],
            target["hq_region"],
            target["why_selected"],
        ]
        assert all(texts)
        out = io.BytesIO()
        write_report(partners, out, lang="en")
        reader = PdfReader(io.BytesIO(out.getvalue()))
        shown = " ".join(p.extract_text() for p in reader.pages)
        shown += " ".join(str(v) for v in (reader.metadata or {}).values())
        shown = " ".join(shown.split())
        for value in texts:
            assert " ".join(value.split())[:40] not in shown, value
        assert partners.title is None and partners.baseline is None
        assert group.title == engagement["title"] and group.baseline == engagement["baseline"]
    finally:
        db.close()


def test_the_history_records_a_change_of_a_field_audience(old_file: Path) -> None:
    db = open_database(old_file)
    try:
        with db.transaction() as s:
            engagement_id = s.exec(Engagement.__table__.select()).mappings().one()["id"]
            update_record(s, Engagement, engagement_id, baseline_audience=Audience.PARTNERS)
        with db.session() as s:
            history = record_history(s, "engagement", engagement_id)
        change = next(h for h in history if h.field == "baseline_audience")
        assert (change.old, change.new) == ("group", "partners")
    finally:
        db.close()
