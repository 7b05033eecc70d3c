"""The exchange folder never opens the live database with anything but SQLite: a sync
that writes packages, reads the other laptop's, compacts, and looks at where the
database lies (even inside the exchange folder itself) does no plain open of it."""

from __future__ import annotations

import shutil
from pathlib import Path

from open_guard import only_sqlite_opens
from sqlmodel import select

from workbench.domain import Commitment
from workbench.services.sync import SyncOptions, sync_once
from workbench.services.sync import status as st
from workbench.store import open_database


def test_a_sync_touches_the_database_only_through_sqlite(demo_db_path: Path, tmp_path) -> None:
    folder = tmp_path / "Exchange"
    inside = folder / "not-a-laptop" / "workbench.sqlite"  # the worst place for it
    inside.parent.mkdir(parents=True)
    shutil.copyfile(demo_db_path, inside)
    other_path = tmp_path / "other.sqlite"
    shutil.copyfile(demo_db_path, other_path)
    other = open_database(other_path)
    db = open_database(inside)
    try:
        sync_once(other, folder)
        with other.transaction() as s:
            s.exec(select(Commitment)).first().text = "from the other laptop"
        sync_once(other, folder)
        with only_sqlite_opens(inside):
            options = SyncOptions(compact_after=1)
            report = sync_once(db, folder, options=options)
            with db.transaction() as s:
                s.exec(select(Commitment)).first().evidence = "typed here"
            report = sync_once(db, folder, options=options)
        assert [p.code for p in report.problems] == [st.DATABASE_IN_FOLDER]
        sync_once(other, folder)
        with other.session() as s:
            assert s.exec(select(Commitment)).first().evidence == "typed here"
    finally:
        db.close()
        other.close()
