"""Backups: consistent copies, one a day keeping ten, and a restore that keeps the current file."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from workbench import config
from workbench.domain import Organisation
from workbench.store import Database, open_database
from workbench.store.backup import (
    KEEP,
    BackupError,
    auto_backup_if_due,
    back_up_now,
    backup_file,
    latest_backup,
    list_backups,
    restore,
)

NOON = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


def names(db: Database) -> list[str]:
    with db.session() as s:
        return sorted(o.name for o in s.exec(select(Organisation)))


def add(db: Database, name: str) -> None:
    with db.transaction() as s:
        s.add(Organisation(name=name))


def test_a_backup_while_the_database_is_open_holds_every_commit(db: Database, tmp_path: Path):
    add(db, "Velora Motors")  # committed, still in the WAL
    target = backup_file(db.path, tmp_path / "copy.sqlite")
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("SELECT name FROM organisation").fetchall() == [("Velora Motors",)]
        assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one file
    finally:
        copy.close()
    assert not Path(f"{target}-wal").exists()


def test_auto_backup_once_a_day_keeping_the_last_ten(db: Database) -> None:
    assert auto_backup_if_due(db, now=NOON) is not None
    assert auto_backup_if_due(db, now=NOON + timedelta(hours=1)) is None  # same day
    for day in range(1, 14):
        assert auto_backup_if_due(db, now=NOON + timedelta(days=day)) is not None
    backups = list_backups(db.path)
    assert len(backups) == KEEP
    assert backups[0].taken_at == NOON + timedelta(days=13)  # newest first
    assert backups[-1].taken_at == NOON + timedelta(days=4)
    assert all(b.path.parent == config.backups_dir() for b in backups)


def test_backups_of_another_database_are_left_alone(db: Database, tmp_path: Path) -> None:
    other = open_database(tmp_path / "other.sqlite")
    try:
        back_up_now(other.path, now=NOON)
        for day in range(KEEP + 2):
            back_up_now(db.path, now=NOON + timedelta(days=day))
        assert len(list_backups(other.path)) == 1
        assert latest_backup(db.path).taken_at == NOON + timedelta(days=KEEP + 1)
    finally:
        other.close()


def test_restore_keeps_the_current_file_aside(db: Database) -> None:
    add(db, "Before the backup")
    backup = back_up_now(db.path, now=NOON)
    add(db, "After the backup")
    db.close()  # the app closes the database before restoring
    aside = restore(backup, db.path, now=NOON + timedelta(hours=2))
    assert aside is not None and aside.exists() and aside != db.path
    restored = open_database(db.path)
    try:
        assert names(restored) == ["Before the backup"]
    finally:
        restored.close()
    kept = open_database(aside)  # nothing lost: the replaced file still has everything
    try:
        assert names(kept) == ["After the backup", "Before the backup"]
    finally:
        kept.close()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(db: Database, tmp_path: Path):
    add(db, "Precious")
    db.close()
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    before = sorted(p.name for p in db.path.parent.iterdir())
    with pytest.raises(BackupError, match="cannot be restored"):
        restore(bad, db.path)
    with pytest.raises(BackupError, match="no backup"):
        restore(tmp_path / "missing.sqlite", db.path)
    assert sorted(p.name for p in db.path.parent.iterdir()) == before
    reopened = open_database(db.path)
    try:
        assert names(reopened) == ["Precious"]
    finally:
        reopened.close()


def test_backing_up_a_missing_database_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BackupError, match="no database"):
        backup_file(tmp_path / "none.sqlite", tmp_path / "copy.sqlite")
