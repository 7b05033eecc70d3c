"""A database made by a released version opens in this one with nothing lost.

``fixtures/release-0.1.0.sqlite`` is the demo case as release 0.1.0 (schema ``0002``)
wrote it; it is kept as it was and never regenerated. Every later schema change must
upgrade it: the records it holds are all there after the upgrade, the file is sound,
a copy of the old file was taken first, and the services read it as they read a new
database. A migration that adds tables or fields checks its own defaults here too.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from workbench.store import migrations, open_database

FIXTURES = Path(__file__).parent / "fixtures"
RELEASE_0_1_0 = FIXTURES / "release-0.1.0.sqlite"
RELEASE_TABLES = (
    "organisation",
    "person",
    "engagement",
    "target",
    "objective",
    "meeting",
    "attendance",
    "agendaitem",
    "decision",
    "commitment",
    "action",
    "note",
    "lesson",
    "change",
    "agendatemplate",
    "templateitem",
    "conflict",
)


def _counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in RELEASE_TABLES
        }
    finally:
        conn.close()


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "workbench.sqlite"
    shutil.copyfile(RELEASE_0_1_0, path)
    return path


def test_the_fixture_is_the_release_schema() -> None:
    conn = sqlite3.connect(f"file:{RELEASE_0_1_0}?mode=ro", uri=True)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
    finally:
        conn.close()


def test_a_release_0_1_0_database_upgrades_with_every_record(old_file: Path) -> None:
    before = _counts(old_file)
    assert before["action"] > 0 and before["meeting"] > 0

    db = open_database(old_file)
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
            version = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        assert version == migrations.head_revision()
    finally:
        db.close()

    after = _counts(old_file)
    assert after == before
    if version != "0002":  # an upgrade ran: the old file was copied first
        assert list(old_file.parent.glob("workbench.before-upgrade-0002-*.sqlite"))


def test_the_services_read_an_upgraded_release_database(old_file: Path) -> None:
    from workbench.services import search

    db = open_database(old_file)
    try:
        with db.session() as session:
            hits = search.search(session, "mica")
        assert hits, "the search index of the old file answers after the upgrade"
    finally:
        db.close()
