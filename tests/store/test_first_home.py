"""Home's first reading through ``sqlite3`` alone (before the data stack is imported) is
the services' reading: the same ``HomeData`` — rows, counts, order, words — on the demo
case and on the shapes of the benchmark's data (overdue both ways, "I am" set and not,
notes to file, a meeting running, no meeting ahead, packages exchanged); a file that is
empty or not at this program's schema is not read that way."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import select

from workbench.bench.generate import FULL, generate
from workbench.domain import (
    Commitment,
    Conflict,
    Direction,
    Meeting,
    MeetingStatus,
    Note,
)
from workbench.rows import HomeData
from workbench.services import home
from workbench.store import lineage, migrations, open_database
from workbench.store.first_home import first_home

DEMO_DAYS = (date(2022, 6, 1), date(2026, 3, 1), date(2030, 1, 1))


def at(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=11, tzinfo=UTC)


def both(path: Path, me: str | None, day: date) -> tuple[HomeData | None, HomeData]:
    """The first reading and the services' reading of the file at ``path``."""
    raw = first_home(path, migrations.head_revision(), me, day, at(day))
    db = open_database(path)
    try:
        with db.session() as s:
            orm = home.read_home(s, me_id=me, today=day, now=at(day))
    finally:
        db.close()
    return raw, orm


def owners(path: Path) -> list[str]:
    """The people with open actions, busiest first (the bench's "I am")."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT owner_id FROM action WHERE deleted_at IS NULL AND owner_id IS NOT NULL "
            "AND status IN ('open', 'in_progress') GROUP BY owner_id ORDER BY count(*) DESC"
        ).fetchall()
    finally:
        con.close()
    return [r[0] for r in rows]


def busier(path: Path) -> None:
    """The demo with what the bench's data has more of: overdue promises by the group,
    more notes to file than Home lists, a meeting running, a deleted meeting ahead,
    conflicts waiting and packages in and out."""
    db = open_database(path)
    try:
        with db.transaction() as s:
            mica = s.exec(select(Commitment)).first()
            assert mica is not None
            for n in range(3):
                s.add(
                    Commitment(
                        engagement_id=mica.engagement_id,
                        direction=Direction.BY_GROUP,
                        text=f"Send the letter {n}",
                        due_on=date(2024, 1, 10 + n),
                    )
                )
            for n in range(7):
                s.add(
                    Note(
                        body=f"Call {n}\nabout the audit",
                        captured_at=datetime(2025, 1, 1, 9, n, tzinfo=UTC),
                    )
                )
            meetings = list(s.exec(select(Meeting).order_by(Meeting.starts_at)))
            meetings[0].status = MeetingStatus.IN_PROGRESS
            meetings[-1].deleted_at = meetings[-1].updated_at
            s.add(Conflict(entity="action", entity_id="x", kept="{}", other="{}"))
        with db.engine.begin() as conn:
            lineage.set_value(
                conn,
                "peer:abc:last_import",
                json.dumps({"imported_at": "2025-02-03T10:00:00+00:00"}),
            )
            lineage.set_value(conn, lineage.LAST_EXPORT_KEY, "2025-02-04T11:00:00+00:00")
    finally:
        db.close()


@pytest.mark.parametrize("day", DEMO_DAYS)
def test_the_first_home_is_the_services_home_on_the_demo_case(
    demo_db_path: Path, day: date
) -> None:
    people = owners(demo_db_path)
    for me in (None, people[0], people[-1], "nobody-by-this-id"):
        raw, orm = both(demo_db_path, me, day)
        assert raw == orm
    assert orm.engagements and orm.notes and orm.exchange.peers == 0


def test_the_first_home_is_the_services_home_when_busier(demo_db_path: Path) -> None:
    busier(demo_db_path)
    day = date(2026, 3, 1)
    raw, orm = both(demo_db_path, owners(demo_db_path)[0], day)
    assert raw == orm
    assert orm.next_meeting is not None and orm.next_meeting.status == "in_progress"
    assert any(g.by_group and g.by_company and g.actions for g in orm.overdue)
    assert orm.notes_total > len(orm.notes) == 5
    assert orm.exchange.conflicts == 1 and orm.exchange.last_import_at is not None
    assert orm.exchange.last_export_at is not None and orm.my_actions_total > 0


def test_the_first_home_is_the_services_home_on_the_benchs_data(tmp_path: Path) -> None:
    """The shapes of ``make bench``'s five years (a small copy): many overdue both ways in
    several engagements, the busiest owner as "I am", notes to file; and with every
    meeting past, no meeting ahead."""
    path = tmp_path / "bench.sqlite"
    today = date(2025, 6, 30)
    db = open_database(path)
    try:
        generate(db, scale=FULL.times(0.004), today=today)
    finally:
        db.close()
    me = owners(path)[0]
    for day in (today, today + timedelta(days=3 * 365)):
        for who in (me, None):
            raw, orm = both(path, who, day)
            assert raw == orm
    ahead, _ = both(path, me, today)
    assert ahead is not None and ahead.next_meeting is not None and ahead.notes_total >= 5
    late, _ = both(path, me, today + timedelta(days=3 * 365))
    assert late is not None and late.next_meeting is None and late.my_actions
    assert late.overdue_total > 3 and any(g.by_company for g in late.overdue)


def test_an_empty_or_foreign_file_is_not_read_so(tmp_path: Path, demo_db_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    open_database(empty).close()
    head, day = migrations.head_revision(), date(2026, 3, 1)
    assert first_home(empty, head, None, day) is None  # the welcome page shows
    assert first_home(demo_db_path, "9999_from_the_future", None, day) is None
    assert first_home(tmp_path / "none.sqlite", head, None, day) is None
    assert not (tmp_path / "none.sqlite").exists()
