"""Backups sealed for the group: the file holds no note's text, restores with the key
(also after the key was replaced), and a changed byte is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from exchange_helpers import build_small_case, copy_db

from workbench.domain import Commitment
from workbench.services import group
from workbench.services.exchange import packages as exchange
from workbench.services.exchange.sealing import MAGIC
from workbench.services.group.backups import seal_backup, unseal_backup
from workbench.store import open_database
from workbench.store.backup import BackupError, back_up_now, list_backups, restore

SECRET = "Frank: the supplier in Jharkhand still buys from child-run mines"


@pytest.fixture
def grouped(tmp_path: Path):
    """A database in a group, with a frank note; B, a second member, to be removed."""
    db = open_database(tmp_path / "a.sqlite")
    case = build_small_case(db)
    b = copy_db(tmp_path / "a.sqlite", tmp_path / "b.sqlite")
    exchange.installation_id(db), exchange.installation_id(b)
    group.join_group(b, group.create_group(db))
    exchange.import_package(db, exchange.export_package(b, tmp_path / "b.wbx").path)
    b.close()
    with db.transaction() as s:
        s.get(Commitment, case["commitments"][0]).text = SECRET
    yield db, case
    db.close()


def _texts(path: Path) -> list[str]:
    db = open_database(path)
    try:
        with db.session() as s:
            return sorted(s.execute(sa.select(Commitment.text)).scalars())
    finally:
        db.close()


def test_a_sealed_backup_holds_no_text_and_restores_with_the_key(grouped) -> None:
    db, case = grouped
    backup = back_up_now(db.path, seal=seal_backup)
    assert backup.name.endswith(".sqlite.sealed")
    data = backup.read_bytes()
    assert data.startswith(MAGIC) and b"Jharkhand" not in data and b"SQLite format" not in data
    assert [b.path for b in list_backups(db.path)] == [backup]
    assert not list(backup.parent.glob("*.partial"))

    # the key is replaced (a laptop removed): the older backup still restores
    other = next(m for m in group.members(db) if m.laptop_id != exchange.installation_id(db))
    group.remove_member(db, other.laptop_id)
    with db.transaction() as s:
        s.get(Commitment, case["commitments"][0]).text = "Changed after the backup"
    path = db.path
    db.close()
    with pytest.raises(BackupError, match="sealed"):
        restore(backup, path)  # without the key: refused, nothing moved
    assert SECRET not in _texts(path)
    aside = restore(backup, path, unseal=unseal_backup)
    assert aside is not None and "Changed after the backup" in _texts(aside)
    assert SECRET in _texts(path)


def test_a_changed_sealed_backup_is_refused(grouped, tmp_path: Path) -> None:
    db, _case = grouped
    backup = back_up_now(db.path, seal=seal_backup)
    data = bytearray(backup.read_bytes())
    data[len(data) // 2] ^= 1
    backup.write_bytes(bytes(data))
    path = db.path
    db.close()
    with pytest.raises(BackupError, match="cannot be restored"):
        restore(backup, path, unseal=unseal_backup)
    assert SECRET in _texts(path)


def test_without_a_group_a_backup_stays_plain(tmp_path: Path) -> None:
    db = open_database(tmp_path / "plain.sqlite")
    build_small_case(db)
    try:
        backup = back_up_now(db.path, seal=seal_backup)
    finally:
        db.close()
    assert backup.suffix == ".sqlite" and backup.read_bytes().startswith(b"SQLite format 3")
