"""The store: migration on open, pragmas, and refusal of files that are not ours."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic import command

from workbench.store import (
    NewerSchemaError,
    NotAWorkbenchDatabaseError,
    open_database,
)
from workbench.store.migrations import alembic_config, head_revision


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_empty_file_is_migrated_to_head(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        assert db.revision() == head_revision()
        with db.engine.connect() as conn:
            tables = {
                r[0]
                for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
            }
            assert {"engagement", "meeting", "commitment", "action", "note", "change"} <= tables
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
            # FULL: a commit (and the "Saved" shown after it) survives a power cut
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            # 1 MiB of page cache a connection, not 2 MB: the ready window's peak memory
            assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -1024
    finally:
        db.close()


def test_models_and_migrations_do_not_drift(db) -> None:
    with db.engine.connect() as conn:
        command.check(alembic_config(conn))  # raises if autogenerate would add anything


def test_reopening_changes_nothing(db_path: Path) -> None:
    open_database(db_path).close()
    db = open_database(db_path)
    assert db.revision() == head_revision()
    db.close()
    assert not list(db_path.parent.glob("*before-upgrade*"))


def test_newer_schema_is_refused_and_left_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    conn.commit()
    conn.close()
    before = _digest(db_path)
    with pytest.raises(NewerSchemaError, match="newer version"):
        open_database(db_path)
    assert _digest(db_path) == before


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(db_path: Path) -> None:
    db_path.write_text("minutes of the meeting, not a database\n")
    with pytest.raises(NotAWorkbenchDatabaseError, match="not a workbench database"):
        open_database(db_path)
    assert db_path.read_text() == "minutes of the meeting, not a database\n"


def test_another_sqlite_database_is_refused(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = _digest(db_path)
    with pytest.raises(NotAWorkbenchDatabaseError, match="not a workbench database"):
        open_database(db_path)
    assert _digest(db_path) == before


def test_older_schema_is_copied_before_upgrade(db_path: Path, monkeypatch) -> None:
    """Pretend the file is one revision behind: open() must copy it first."""
    from workbench.store import database, migrations

    open_database(db_path).close()
    real_head = migrations.head_revision()
    monkeypatch.setattr(migrations, "head_revision", lambda: "pretend-newer-head")
    monkeypatch.setattr(migrations, "upgrade_to_head", lambda conn: None)
    monkeypatch.setattr(migrations, "known_revisions", lambda: {real_head, "pretend-newer-head"})
    database.open_database(db_path).close()
    copies = list(db_path.parent.glob(f"{db_path.stem}.before-upgrade-{real_head}-*"))
    assert len(copies) == 1
    check = sqlite3.connect(copies[0])
    assert check.execute("SELECT version_num FROM alembic_version").fetchone()[0] == real_head
    check.close()


def test_a_folder_name_with_question_mark_and_hash_is_the_folder_used(tmp_path: Path) -> None:
    folder = tmp_path / "Werkgroep #mica? (2025) 100%20"
    folder.mkdir()
    path = folder / "my db#1.sqlite"
    db = open_database(path)
    try:
        with db.engine.connect() as conn:
            files = {r[1]: r[2] for r in conn.exec_driver_sql("PRAGMA database_list")}
        assert Path(files["main"]) == path
    finally:
        db.close()
    assert sqlite3.connect(path).execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]


def test_a_folder_is_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(NotAWorkbenchDatabaseError, match="is a folder, not a database file"):
        open_database(tmp_path)
