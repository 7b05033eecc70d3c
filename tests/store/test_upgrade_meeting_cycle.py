"""Migration 0004 (meeting cycle) upgrades the release 0.1.0 file with sound defaults.

Every existing meeting gets invitation SEQUENCE 0 and no template; the three new tables
are there and empty; the services of the cycle read the upgraded file as a new one.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import col, select

from workbench.store import open_database

RELEASE_0_1_0 = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "workbench.sqlite"
    shutil.copyfile(RELEASE_0_1_0, path)
    return path


def test_existing_meetings_get_sequence_zero_and_no_template(old_file: Path) -> None:
    conn = sqlite3.connect(old_file)
    meetings = conn.execute("SELECT count(*) FROM meeting").fetchone()[0]
    conn.close()
    assert meetings > 0

    open_database(old_file).close()
    conn = sqlite3.connect(old_file)
    try:
        rows = conn.execute("SELECT invitation_sequence, template_id FROM meeting").fetchall()
        tables = {
            name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
            for name in ("distribution", "sentexport", "minutesversion")
        }
        foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
    finally:
        conn.close()
    assert len(rows) == meetings
    assert set(rows) == {(0, None)}
    assert tables == {"distribution": 0, "sentexport": 0, "minutesversion": 0}
    assert foreign == []


def test_the_cycle_works_on_an_upgraded_file(old_file: Path) -> None:
    from workbench.domain import Meeting
    from workbench.services.cycle import approval, versions
    from workbench.services.cycle.sendlog import list_sent

    db = open_database(old_file)
    try:
        with db.transaction() as s:
            meeting = s.exec(select(Meeting).where(col(Meeting.starts_at).is_not(None))).first()
            assert meeting is not None
            meeting.place = "Somewhere else"
            s.flush()
            assert meeting.invitation_sequence == 1
            state = versions.minutes_state(s, meeting.id)
            assert state.versions == ()
            approval.approve_minutes(s, meeting.id)
        with db.session() as s:
            assert versions.minutes_state(s, meeting.id).frozen
            assert list_sent(s) == []
    finally:
        db.close()
