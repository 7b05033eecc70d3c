"""Migration 0003 (the stewardship record) upgrades a database made by release 0.1.0.

The kept fixture (``fixtures/release-0.1.0.sqlite``, the demo case at schema 0002) gains
the new tables, empty, with every old record kept; the shipped escalation ladder needs
no rows; the services of the record read and write the upgraded file, a document
included; and the demo, built again on top, adds its stewardship record to it.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from workbench.domain import Target
from workbench.store import migrations, open_database

FIXTURE = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"
NEW_TABLES = (
    "interaction",
    "interactionobjective",
    "escalationstep",
    "escalation",
    "targetrole",
    "document",
    "commitmentevidence",
    "documentblob",
)


@pytest.fixture
def upgraded(tmp_path: Path):
    path = tmp_path / "workbench.sqlite"
    shutil.copyfile(FIXTURE, path)
    db = open_database(path)
    yield db
    db.close()


def _columns(db, table: str) -> set[str]:
    with db.engine.connect() as conn:
        return {row[1] for row in conn.exec_driver_sql(f'PRAGMA table_info("{table}")')}


def test_the_new_tables_are_there_and_empty(upgraded) -> None:
    with upgraded.engine.connect() as conn:
        for table in NEW_TABLES:
            assert conn.exec_driver_sql(f'SELECT count(*) FROM "{table}"').scalar() == 0, table
        version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert version == migrations.head_revision()
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    assert {"occurred_on", "kind", "direction", "seniority", "audience"} <= _columns(
        upgraded, "interaction"
    )
    assert {"sha256", "size", "data"} == _columns(upgraded, "documentblob") - {"created_at"}


def test_the_old_records_are_all_kept(tmp_path: Path) -> None:
    path = tmp_path / "workbench.sqlite"
    shutil.copyfile(FIXTURE, path)

    def counts() -> dict[str, int]:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = [
                r[0]
                for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
                if not r[0].startswith(("sqlite_", "search_", "alembic"))
            ]
            return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
        finally:
            conn.close()

    before = counts()
    open_database(path).close()
    after = counts()
    assert {t: after[t] for t in before} == before
    assert set(NEW_TABLES) <= set(after) - set(before)
    assert list(tmp_path.glob("workbench.before-upgrade-0002-*.sqlite"))


def test_the_stewardship_services_work_on_the_upgraded_file(upgraded, tmp_path: Path) -> None:
    from workbench.services import listing
    from workbench.services.stewardship import documents, escalation, interactions, ladder

    with upgraded.session() as s:
        [engagement] = listing.list_engagements(s)
        assert [step.key for step in ladder.ladder(s)][:2] == ["letter_to_board", "collaborative"]
    letter = tmp_path / "letter.pdf"
    letter.write_bytes(b"%PDF-1.4 a letter")
    with upgraded.transaction() as s:
        made = interactions.create_interaction(s, engagement.id, subject="After the upgrade")
        documents.attach_file(s, documents.Owner("interaction", made.id), letter)
        target = s.exec(select(Target)).first()  # any company of the case
        escalation.take_step(s, target.id, ladder.shipped_id("letter_to_board"))
    with upgraded.session() as s:
        assert [r.subject for r in interactions.read_interactions(s)] == ["After the upgrade"]
        [doc] = documents.read_documents(s)
        assert documents.document_bytes(s, doc.id)[1] == b"%PDF-1.4 a letter"
        assert documents.document_problems(s) == []


def test_the_demo_adds_its_stewardship_record_to_the_upgraded_release(upgraded) -> None:
    from workbench.services.demo.build import build_demo

    summary = build_demo(upgraded)
    assert summary.interactions > 0 and summary.documents > 0
    assert summary.meetings == 0  # the release's demo case was there already
    assert build_demo(upgraded).documents == 0
