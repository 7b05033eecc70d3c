"""The tracker's first rows read through ``sqlite3`` alone (before the data stack is
imported) are the rows the page reads through the ORM: the same ids in the same order,
the same words in every column, on the demo case and on a file of an old release once
migrated; a file not at this program's schema is not read that way."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import select

from workbench.domain import Action, ActionStatus, Meeting
from workbench.services.followup import actions
from workbench.services.followup.tracker import TrackerFilter
from workbench.store import migrations, open_database
from workbench.store.first_read import CACHE_KIB, ShownAction, connect, first_actions

RELEASE_0_1_0 = Path(__file__).parent / "fixtures" / "release-0.1.0.sqlite"
TODAY = date(2026, 3, 1)  # some demo actions are overdue then, some not


def orm_view(path: Path) -> tuple[list[str], list[ShownAction]]:
    """The tracker's ids as it opens (every live action by due date, still open) and
    their rows, as the page reads them through the services."""
    db = open_database(path)
    try:
        with db.session() as s:
            order = actions.ordered_action_ids(s, "due")
            passing = actions.filtered_action_ids(s, TrackerFilter(open_only=True), today=TODAY)
            ids = [i for i in order if i in passing]
            rows = actions.read_actions(s, today=TODAY, ids=ids, ordered=False)
    finally:
        db.close()
    by_id = {r.id: r for r in rows}
    shown = [
        ShownAction(
            r.id,
            r.title,
            r.engagement,
            r.meeting,
            r.owner,
            r.organisation,
            r.due_on.isoformat() if r.due_on else None,
            r.status.value,
            r.audience.value,
            r.overdue,
        )
        for r in (by_id[i] for i in ids)
    ]
    return ids, shown


def raw_view(path: Path) -> tuple[list[str], list[ShownAction]]:
    first = first_actions(path, migrations.head_revision(), TODAY, rows=10_000)
    assert first is not None
    return first.ids, [first.rows[i] for i in first.ids]


def with_deleted_and_done(path: Path) -> None:
    """Some actions gone and some done (neither may show), a meeting deleted (named
    nowhere)."""
    db = open_database(path)
    try:
        with db.transaction() as s:
            rows = list(s.exec(select(Action).order_by(Action.id).limit(3)))
            rows[0].status = ActionStatus.DONE
            rows[1].deleted_at = rows[1].updated_at
            meeting = s.get(
                Meeting,
                s.exec(
                    select(Action.meeting_id).where(
                        Action.status == ActionStatus.OPEN,
                        Action.meeting_id.is_not(None),  # type: ignore[union-attr]
                    )
                ).first(),
            )
            meeting.deleted_at = meeting.updated_at
    finally:
        db.close()


def test_the_first_rows_are_the_pages_rows_on_the_demo_case(demo_db_path: Path) -> None:
    with_deleted_and_done(demo_db_path)
    ids, rows = raw_view(demo_db_path)
    assert (ids, rows) == orm_view(demo_db_path)
    assert len(ids) >= 3
    assert any(r.overdue for r in rows) and not all(r.overdue for r in rows)
    assert any(r.meeting is None for r in rows) and any(r.meeting for r in rows)
    assert {r.audience for r in rows} == {"group", "partners"}


def test_the_first_rows_are_the_pages_rows_on_an_old_file_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copyfile(RELEASE_0_1_0, path)
    assert first_actions(path, migrations.head_revision(), TODAY) is None  # not yet
    open_database(path).close()  # migrated
    ids, rows = raw_view(path)
    assert ids and (ids, rows) == orm_view(path)


def test_only_the_first_screens_are_read(demo_db_path: Path) -> None:
    first = first_actions(demo_db_path, migrations.head_revision(), TODAY, rows=2)
    assert first is not None and len(first.ids) > 2
    assert sorted(first.rows) == sorted(first.ids[:2])


def test_the_first_read_keeps_a_small_page_cache(demo_db_path: Path) -> None:
    """Half a megabyte, not SQLite's 2 MB: the peak memory of the first rows on screen."""
    conn = connect(demo_db_path, migrations.head_revision())
    assert conn is not None
    try:
        assert conn.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB <= -128
        assert conn.execute("PRAGMA query_only").fetchone()[0] == 1
    finally:
        conn.close()


@pytest.mark.parametrize("case", ["missing", "not ours", "other head"])
def test_a_file_that_cannot_be_read_so_gives_none(
    tmp_path: Path, demo_db_path: Path, case: str
) -> None:
    path, head = demo_db_path, migrations.head_revision()
    if case == "missing":
        path = tmp_path / "none.sqlite"
    elif case == "not ours":
        path = tmp_path / "other.sqlite"
        sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    else:
        head = "9999_from_the_future"
    assert first_actions(path, head, TODAY) is None
    assert not (tmp_path / "none.sqlite").exists()  # nothing created


def test_equal_due_dates_are_in_the_same_order(demo_db_path: Path) -> None:
    """Ties are ordered by rowid in both (the due date's index holds it)."""
    db = open_database(demo_db_path)
    try:
        with db.transaction() as s:
            for action in s.exec(select(Action)):
                action.status = ActionStatus.OPEN
                action.due_on = date(2026, 1, 5)
    finally:
        db.close()
    ids, rows = raw_view(demo_db_path)
    assert len(ids) > 5 and (ids, rows) == orm_view(demo_db_path)
    db = open_database(demo_db_path)
    try:
        with db.session() as s:
            down = actions.ordered_action_ids(s, "due", descending=True)
    finally:
        db.close()
    assert down == ids[::-1]
