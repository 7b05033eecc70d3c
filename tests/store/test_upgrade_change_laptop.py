"""Migration 0006 gives the history a laptop: a release 0.1.0 file upgrades, old changes
keep every value and name no laptop, new changes name the one they were made on."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlmodel import select

from workbench.domain import Action, ActionStatus, Change
from workbench.services.exchange.packages import installation_id
from workbench.store import open_database

RELEASE_0_1_0 = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"


def test_old_changes_keep_their_values_and_new_ones_name_the_laptop(tmp_path: Path) -> None:
    path = tmp_path / "workbench.sqlite"
    shutil.copyfile(RELEASE_0_1_0, path)
    conn = sqlite3.connect(path)
    before = conn.execute("SELECT id, field, old, new FROM change ORDER BY id").fetchall()
    conn.close()
    assert before

    db = open_database(path)
    try:
        with db.session() as s:
            rows = list(s.exec(select(Change).order_by(Change.id)))
        assert [(c.id, c.field, c.old, c.new) for c in rows] == before
        assert {c.laptop for c in rows} == {None}

        laptop = installation_id(db)
        with db.transaction() as s:
            action = s.exec(select(Action).where(Action.status == ActionStatus.OPEN)).first()
            action.status = ActionStatus.DONE
            action_id = action.id
        with db.session() as s:
            change = s.exec(select(Change).where(Change.entity_id == action_id)).all()[-1]
        assert change.field == "status" and change.laptop == laptop
    finally:
        db.close()
