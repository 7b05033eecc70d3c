"""The check on open: a damaged file is refused, kept as it is, and the latest backup named."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from pathlib import Path

import pytest

from workbench.domain import Organisation
from workbench.store import open_database
from workbench.store.backup import back_up_now, restore
from workbench.store.integrity import DamagedDatabaseError


def make_database(path: Path, rows: int = 400) -> None:
    db = open_database(path)
    with db.transaction() as s:
        for i in range(rows):
            s.add(Organisation(name=f"Organisation {i} " + "x" * 200))
    db.close()  # checkpointed: everything is in the main file


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_truncated_file_is_refused_and_kept_as_it_is(db_path: Path) -> None:
    make_database(db_path)
    backup = back_up_now(db_path, now=datetime(2025, 3, 1, tzinfo=UTC))
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])
    before = digest(db_path)
    files = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(db_path)
    error = caught.value
    assert str(backup) in str(error) and "workbench restore" in str(error)
    assert error.latest_backup is not None and error.latest_backup.path == backup
    assert "left as it is" in str(error)
    assert digest(db_path) == before  # not "repaired", not touched
    assert sorted(p.name for p in db_path.parent.iterdir()) == files

    aside = restore(error.latest_backup.path, db_path)  # the way back works
    assert digest(aside) == before
    reopened = open_database(db_path)
    try:
        assert reopened.integrity_problems() == []
    finally:
        reopened.close()


def test_a_corrupt_page_is_refused(db_path: Path) -> None:
    make_database(db_path)
    data = bytearray(db_path.read_bytes())
    page = 4096
    for offset in range(page * 3, page * 3 + 600):  # scribble over a b-tree page
        data[offset] = 0xFF
    db_path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(db_path)
    assert "There is no backup" in str(caught.value)
    assert caught.value.latest_backup is None


def test_a_sound_file_opens(db_path: Path) -> None:
    make_database(db_path, rows=3)
    db = open_database(db_path)
    db.close()


def scribble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, 4096 * 3 + 600):
        data[offset] = 0xFF
    path.write_bytes(bytes(data))


def test_a_big_file_is_checked_for_truncation_on_open_and_fully_later(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.store import integrity

    make_database(db_path)
    monkeypatch.setattr(integrity, "FULL_CHECK_MAX_BYTES", 4096)  # "big" from 4 KB
    scribble(db_path)
    assert integrity.needs_background_check(db_path)
    integrity.check_on_open(db_path)  # a damaged page in a big file: left for later
    with pytest.raises(DamagedDatabaseError):
        integrity.quick_check(db_path)  # ... which the GUI runs right after opening
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) - 4096])  # a truncated big file: at once
    with pytest.raises(DamagedDatabaseError, match="cut short"):
        integrity.check_on_open(db_path)


def test_a_file_cut_mid_page_is_refused(db_path: Path) -> None:
    make_database(db_path, rows=3)
    data = db_path.read_bytes()
    db_path.write_bytes(data[:-100])
    with pytest.raises(DamagedDatabaseError, match="cut short"):
        open_database(db_path)
