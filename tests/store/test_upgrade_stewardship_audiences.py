"""Migration 0007 gives the stewardship record's own texts an audience: ``group``.

The kept fixture of release 0.1.0 is brought to 0005 (the stewardship tables are there,
but an interaction's summary, an escalation's reason and result and a document's
description have no audience yet), a record written as that version wrote it is put in,
every part of it for partners; then the file is opened as today's program opens it. The
new audiences are working group only on every upgraded row, so nothing written before
the upgrade reaches partners by upgrading, while the records themselves stay shared.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

from alembic import command
from sqlmodel import SQLModel

from workbench.domain import Audience
from workbench.domain.audiences import field_audiences
from workbench.services.reporting.engagement import load_engagement
from workbench.services.stewardship.documents import read_documents
from workbench.services.stewardship.ladder import shipped_id
from workbench.store import migrations, open_database
from workbench.store.database import create_sqlite_engine

FIXTURE = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"
NEW = {
    "interaction": {"summary_audience"},
    "escalation": {"reason_audience", "result_audience"},
    "document": {"description_audience"},
}
NOW = "2021-03-01 09:00:00.000000"


def _at_0005(tmp_path: Path) -> Path:
    path = tmp_path / "workbench.sqlite"
    shutil.copyfile(FIXTURE, path)
    engine = create_sqlite_engine(path)
    with engine.begin() as conn:
        command.upgrade(migrations.alembic_config(conn), "0005")
    engine.dispose()
    return path


def _insert(conn: sqlite3.Connection, table: str, **values: object) -> None:
    values = {"created_at": NOW, "updated_at": NOW, **values}
    names = ", ".join(f'"{n}"' for n in values)
    marks = ", ".join("?" for _ in values)
    conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(values.values()))


def test_the_new_audiences_are_declared_and_match_the_migration() -> None:
    tables = {t.name: t for t in SQLModel.metadata.sorted_tables}
    for table, columns in NEW.items():
        assert columns <= set(field_audiences(tables[table]).values()), table


def test_upgraded_stewardship_texts_are_for_the_group_only(tmp_path: Path) -> None:
    path = _at_0005(tmp_path)
    conn = sqlite3.connect(path)
    try:
        before = {r[1] for r in conn.execute('PRAGMA table_info("interaction")')}
        assert "summary_audience" not in before
        engagement, target = conn.execute(
            "SELECT t.engagement_id, t.id FROM target t WHERE t.deleted_at IS NULL LIMIT 1"
        ).fetchone()
        _insert(
            conn, "interaction", id="i-1", engagement_id=engagement, target_id=target,
            occurred_on="2021-02-10", kind="letter", direction="received",
            subject="Letter on mica capacity", summary="They did not answer our questions.",
            audience="partners",
        )  # fmt: skip
        _insert(
            conn, "escalation", id="x-1", engagement_id=engagement, target_id=target,
            step_id=shipped_id("letter_to_board"), taken_on="2021-02-25",
            reason="Silent for a year", result="A meeting with the board", audience="partners",
        )  # fmt: skip
        data = b"the letter"
        sha = hashlib.sha256(data).hexdigest()
        conn.execute(
            "INSERT INTO documentblob (sha256, size, data, created_at) VALUES (?, ?, ?, ?)",
            (sha, len(data), data, NOW),
        )
        _insert(
            conn, "document", id="d-1", engagement_id=engagement, interaction_id="i-1",
            title="Letter", filename="letter.pdf", media_type="application/pdf",
            size=len(data), sha256=sha, description="Our frank reading of it",
            audience="partners",
        )  # fmt: skip
        conn.commit()
    finally:
        conn.close()

    db = open_database(path)
    try:
        with db.engine.connect() as c:
            for table, columns in NEW.items():
                for column in columns:
                    values = c.exec_driver_sql(f'SELECT DISTINCT "{column}" FROM "{table}"').all()
                    assert values == [("group",)], (table, column)
        with db.session() as s:
            partners = load_engagement(s, engagement, Audience.PARTNERS)
            group = load_engagement(s, engagement, Audience.GROUP)
            shared_docs = read_documents(s, audience=Audience.PARTNERS, engagement_id=engagement)
        [interaction] = partners.stewardship.interactions
        assert interaction.subject == "Letter on mica capacity"  # the record stays shared
        assert interaction.summary is None  # its summary is the group's now
        [step] = partners.stewardship.escalations
        assert (step.reason, step.result) == (None, None)
        [document] = shared_docs
        assert document.title == "Letter" and document.description is None
        [kept] = group.stewardship.escalations
        assert kept.reason == "Silent for a year"
        assert group.stewardship.interactions[0].summary == "They did not answer our questions."
    finally:
        db.close()
