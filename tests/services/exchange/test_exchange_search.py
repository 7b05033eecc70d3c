"""A merge keeps the search index exactly as the per-row triggers would have."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlmodel import select

from workbench.domain import Action, Commitment, Note
from workbench.services import records
from workbench.services.exchange import packages as exchange
from workbench.store import Database, open_database
from workbench.store.search_index import rebuild


def index_content(db: Database) -> set[tuple]:
    with db.engine.connect() as conn:
        return set(
            conn.exec_driver_sql(
                "SELECT d.kind, d.record_id, i.title, i.body FROM search_index AS i "
                "JOIN search_doc AS d ON d.docid = i.rowid"
            ).all()
        )


def triggers(db: Database) -> set[tuple]:
    with db.engine.connect() as conn:
        return set(
            conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type='trigger'").all()
        )


def test_merged_text_is_indexed_as_by_the_triggers(demo_db_path: Path, tmp_path: Path) -> None:
    shutil.copyfile(demo_db_path, tmp_path / "a.sqlite")
    shutil.copyfile(demo_db_path, tmp_path / "b.sqlite")
    a, b = open_database(tmp_path / "a.sqlite"), open_database(tmp_path / "b.sqlite")
    try:
        with a.transaction() as s:
            notes = s.exec(select(Note).order_by(Note.id)).all()
            records.update_record(s, Note, notes[0].id, body="Smelter audit in Jharkhand")
            records.tombstone(s, Note, notes[1].id)
            action = s.exec(select(Action).order_by(Action.id)).first()
            records.update_record(s, Action, action.id, notes="Ask for the cobalt map too")
            commitment = s.exec(select(Commitment).order_by(Commitment.id)).first()
            records.update_record(s, Commitment, commitment.id, status="fulfilled")
            records.create_record(
                s, Note, body="Kodarma cooperative visit", engagement_id=notes[0].engagement_id
            )
        exchange.import_package(b, exchange.export_package(a, tmp_path / "p.zip").path)

        assert triggers(b) == triggers(a)  # set aside during the merge, and back
        merged = index_content(b)
        assert merged == index_content(a)  # what the triggers made on the other laptop
        assert any(r[1] == notes[0].id and "Smelter audit" in r[3] for r in merged)
        assert not any(r[1] == notes[1].id for r in merged)  # tombstoned: out of the index
        with b.engine.begin() as conn:
            rebuild(conn)
        assert index_content(b) == merged
    finally:
        a.close()
        b.close()
