"""The benchmark's generator, at a hundredth of the size: counts, links, dates, the index.

The full size (300,000 records) runs only in ``make bench``; this checks that what it
makes is a database the app could have written: every foreign key resolves, follow-ups
hang off the meeting they came from, nothing is stamped after "today", and the
full-text index holds the generated notes.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from workbench.bench.generate import FULL, Scale, cached_database, generate, spread
from workbench.bench.rows import INSERT_ORDER
from workbench.domain import (
    Action,
    ActionStatus,
    AgendaItem,
    Commitment,
    Meeting,
    MeetingStatus,
    Note,
)
from workbench.services.demo.build import ENGAGEMENT_ID
from workbench.store import Database, open_database

TODAY = date(2025, 6, 30)
SMALL = FULL.times(0.01)


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One generated database for the module's tests, which only read it."""
    database = open_database(tmp_path_factory.mktemp("bench") / "small.sqlite")
    generate(database, scale=SMALL, today=TODAY)
    yield database
    database.close()


def generated(table: sa.Table) -> sa.ColumnElement[bool]:
    """Rows the generator made (random version-4 ids), not the demo's (version 5)."""
    return sa.func.substr(table.c.id, 15, 1) == "4"


def scalar(db: Database, sql: str) -> object:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(sql).scalar_one()


def test_scale_times_keeps_proportions_and_at_least_one() -> None:
    assert Scale(20, 200, 500, 200, 2000) == SMALL
    assert FULL.times(1e-9) == Scale(1, 1, 1, 1, 1)


def test_spread_splits_exactly() -> None:
    import random

    counts = spread(1003, 10, random.Random(1))
    assert sum(counts) == 1003
    assert max(counts) - min(counts) <= 1
    assert spread(5, 0, random.Random(1)) == []


def test_generates_the_totals_of_the_scale(small: Database) -> None:
    for table, expected in (
        ("meeting", SMALL.meetings),
        ("agendaitem", SMALL.agenda_items),
        ("action", SMALL.actions),
        ("commitment", SMALL.commitments),
        ("note", SMALL.notes),
    ):
        assert scalar(small, f"SELECT count(*) FROM {table}") == expected, table
    # the demo case is the ground it builds on
    assert scalar(small, f"SELECT count(*) FROM engagement WHERE id = '{ENGAGEMENT_ID}'") == 1
    assert scalar(small, "SELECT count(*) FROM engagement") == 11


def test_every_foreign_key_resolves(small: Database) -> None:
    with small.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []


def test_follow_ups_hang_off_their_meeting(small: Database) -> None:
    a, c, i, m = (t.__table__ for t in (Action, Commitment, AgendaItem, Meeting))
    with small.session() as session:
        for table in (a, c):
            wrong_item = session.execute(
                sa.select(sa.func.count())
                .select_from(table.join(i, table.c.agenda_item_id == i.c.id))
                .where(i.c.meeting_id != table.c.meeting_id)
            ).scalar_one()
            wrong_engagement = session.execute(
                sa.select(sa.func.count())
                .select_from(table.join(m, table.c.meeting_id == m.c.id))
                .where(m.c.engagement_id != table.c.engagement_id)
            ).scalar_one()
            assert (wrong_item, wrong_engagement) == (0, 0), table.name
        linked = session.execute(
            sa.select(a.c.meeting_id, c.c.meeting_id)
            .join(c, a.c.commitment_id == c.c.id)
            .where(generated(a))
        ).all()
        assert linked and all(x == y for x, y in linked)


def test_dates_follow_the_life_of_a_meeting(small: Database) -> None:
    end_of_today = datetime.combine(TODAY, datetime.min.time(), UTC) + timedelta(days=1)
    with small.session() as session:
        for model in INSERT_ORDER:
            table = model.__table__  # type: ignore[attr-defined]
            newest = session.execute(sa.select(sa.func.max(table.c.updated_at))).scalar()
            assert newest is None or newest <= end_of_today, table.name
        a, m = Action.__table__, Meeting.__table__
        rows = session.execute(
            sa.select(a.c.due_on, a.c.status, a.c.done_on, m.c.starts_at, m.c.status)
            .join(m, a.c.meeting_id == m.c.id)
            .where(generated(a))
        ).all()
    assert rows
    for due, status, done_on, starts, meeting_status in rows:
        assert due > starts.date()
        assert (status == ActionStatus.DONE) == (done_on is not None)
        if done_on:
            assert starts.date() <= done_on <= TODAY
        held = meeting_status in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)
        assert held == (starts < end_of_today - timedelta(days=1))
    statuses = {r[1] for r in rows}
    assert {ActionStatus.DONE, ActionStatus.OPEN} <= statuses
    overdue = [r for r in rows if r[0] < TODAY and r[1] in ("open", "in_progress")]
    assert 0 < len(overdue) < len(rows) / 4  # some overdue, as in any real tracker


def test_notes_have_text_and_reach_the_search_index(small: Database) -> None:
    with small.session() as session:
        bodies = session.scalars(sa.select(Note.body).limit(50)).all()  # type: ignore[call-overload]
    assert all(len(body) > 20 for body in bodies)
    assert len(set(bodies)) > 40  # varied text, not one sentence repeated
    with small.engine.connect() as conn:
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        if "search_doc" not in tables:
            pytest.skip("no full-text index in this schema")
        indexed = conn.exec_driver_sql(
            "SELECT count(*) FROM search_doc WHERE kind = 'note'"
        ).scalar_one()
        triggers = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search%'"
        ).scalar_one()
    assert indexed == SMALL.notes
    assert triggers > 0  # put back after the bulk insert


def test_same_seed_same_records(small: Database, tmp_path: Path) -> None:
    other = open_database(tmp_path / "other.sqlite")
    try:
        generate(other, scale=SMALL, today=TODAY)
        query = "SELECT group_concat(id || title, ',') FROM (SELECT * FROM meeting ORDER BY id)"
        assert scalar(other, query) == scalar(small, query)
    finally:
        other.close()


def test_cached_file_is_made_once(tmp_path: Path) -> None:
    tiny = FULL.times(0.01)
    path, seconds = cached_database(tiny, folder=tmp_path)
    assert seconds is not None and path.exists()
    again, reused = cached_database(tiny, folder=tmp_path)
    assert (again, reused) == (path, None)
    db = open_database(path)
    try:
        assert scalar(db, "SELECT count(*) FROM action") == tiny.actions
    finally:
        db.close()
