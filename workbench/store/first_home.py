"""Home's data through ``sqlite3`` alone, before the data stack is imported.

The window opens on Home; importing SQLAlchemy, SQLModel and the domain takes longer
than the whole rest of the start, so Home's first reading is done here with the
standard library (as the tracker's first rows are, ``first_read.py``): a read-only
connection to a file at this program's schema head, the questions ``services.home``
asks, in the SQL its queries compile to, giving the same ``HomeData`` (``rows.py``)
with the enums' values as SQLite holds them. ``tests/store/test_first_home.py`` checks
both give equal data on the demo case and on the shapes the bench's data has (overdue
both ways, "I am" set and not, notes to file, no meeting ahead). The window draws it
with Home's own cards (``ui/home/first.py``); the page then reads through the services
as always once the database is open.

An empty file (no engagement) is not read: the window shows its welcome page then.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from workbench.rows import (
    ActionRow,
    CommitmentRow,
    EngagementLine,
    ExchangeState,
    HomeData,
    MeetingLine,
    NoteRow,
    OverdueGroup,
    preview,
)
from workbench.store.first_read import OPEN_STATUSES, connect

#: How many lines each part of Home lists (``services.home.late``).
SHOWN = 5
SHOWN_PER_ENGAGEMENT = 3
LATER_MEETINGS = 2

#: Every overdue action and commitment (engagement, direction, id), oldest first: the
#: rule of ``domain.rules.is_overdue`` (due before today, still open) in plain SQL, so the
#: status indexes find the rows. ``services.home.late`` asks it too.
LATE_SQL = (
    "SELECT engagement_id, NULL, id, due_on FROM action WHERE deleted_at IS NULL "
    f"AND status IN {OPEN_STATUSES} AND due_on < ? "
    "UNION ALL SELECT engagement_id, direction, id, due_on FROM commitment "
    f"WHERE deleted_at IS NULL AND status IN {OPEN_STATUSES} AND due_on < ? "
    "ORDER BY due_on, id"
)

_MEETINGS = """
SELECT meeting.id, meeting.title, meeting.kind, meeting.status, meeting.starts_at,
       meeting.duration_minutes, meeting.place, meeting.engagement_id,
       engagement.title AS engagement, person.name AS chair
FROM meeting LEFT OUTER JOIN engagement ON meeting.engagement_id = engagement.id
LEFT OUTER JOIN person ON meeting.chair_id = person.id
WHERE meeting.deleted_at IS NULL AND (meeting.status = 'in_progress'
      OR meeting.status IN ('draft', 'scheduled') AND meeting.starts_at >= ?)
ORDER BY CASE WHEN (meeting.status = 'in_progress') THEN 0 ELSE 1 END,
         meeting.starts_at, meeting.id
LIMIT ?
"""
_ATTENDANCE = """
SELECT attendance.meeting_id, person.is_member, organisation.name
FROM attendance JOIN person ON attendance.person_id = person.id
LEFT OUTER JOIN organisation ON person.organisation_id = organisation.id
WHERE attendance.meeting_id IN (SELECT value FROM json_each(?))
      AND attendance.deleted_at IS NULL
ORDER BY organisation.name
"""
_AGENDA = """
SELECT agendaitem.meeting_id, count(*), coalesce(sum(agendaitem.planned_minutes), 0)
FROM agendaitem
WHERE agendaitem.meeting_id IN (SELECT value FROM json_each(?))
      AND agendaitem.deleted_at IS NULL
GROUP BY agendaitem.meeting_id
"""
#: ``actions.read_actions`` for the working group: the columns of ``ActionRow``.
_ACTIONS = f"""
SELECT action.id, action.title, action.engagement_id, engagement.title, origin.id,
       origin.title, action.owner_id, owner.name, org.name, action.due_on, action.status,
       action.done_on, action.audience,
       CASE WHEN (action.due_on < :today AND action.status IN {OPEN_STATUSES})
       THEN 1 ELSE 0 END, action.notes, origin.starts_at
FROM action LEFT OUTER JOIN engagement ON action.engagement_id = engagement.id
LEFT OUTER JOIN person AS owner ON action.owner_id = owner.id
LEFT OUTER JOIN organisation AS org ON owner.organisation_id = org.id
LEFT OUTER JOIN meeting AS origin ON action.meeting_id = origin.id
     AND origin.deleted_at IS NULL
WHERE action.deleted_at IS NULL AND action.id IN (SELECT value FROM json_each(:ids))
ORDER BY action.due_on IS NULL, action.due_on, action.created_at, action.id
"""
#: ``commitments.read_commitments`` for the working group: ``CommitmentRow``'s columns.
_COMMITMENTS = f"""
SELECT commitment.id, commitment.text, commitment.direction, commitment.engagement_id,
       engagement.title, commitment.party_id, party.name, commitment.owner_id, owner.name,
       origin.id, origin.title, origin.starts_at, commitment.due_on, commitment.status,
       commitment.evidence, commitment.audience,
       CASE WHEN (commitment.due_on < :today AND commitment.status IN {OPEN_STATUSES})
       THEN 1 ELSE 0 END
FROM commitment LEFT OUTER JOIN engagement ON commitment.engagement_id = engagement.id
LEFT OUTER JOIN organisation AS party ON commitment.party_id = party.id
LEFT OUTER JOIN person AS owner ON commitment.owner_id = owner.id
LEFT OUTER JOIN meeting AS origin ON commitment.meeting_id = origin.id
     AND origin.deleted_at IS NULL
WHERE commitment.deleted_at IS NULL
      AND commitment.id IN (SELECT value FROM json_each(:ids))
ORDER BY commitment.due_on, commitment.created_at, commitment.id
"""
_MINE = f"action.deleted_at IS NULL AND action.owner_id = ? AND action.status IN {OPEN_STATUSES}"
_NOTES_WAITING = "note.deleted_at IS NULL AND note.triaged IS 0"
_NOTES = """
SELECT note.id, note.body, note.captured_at, note.place, note.engagement_id,
       engagement.title, note.meeting_id, meeting.title, note.triaged, note.audience
FROM note LEFT OUTER JOIN engagement ON note.engagement_id = engagement.id
LEFT OUTER JOIN meeting ON note.meeting_id = meeting.id
WHERE note.deleted_at IS NULL AND note.id IN (SELECT value FROM json_each(?))
ORDER BY note.captured_at DESC
"""
_ORDER = {"active": 0, "paused": 1, "closed": 2}  # ``state.engagement_lines``


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _utc(value: str | None) -> datetime | None:
    """A timestamp as ``domain.types.UTCDateTime`` gives it: stored naive UTC, aware."""
    return datetime.fromisoformat(value).replace(tzinfo=UTC) if value else None


def _stamp(value: datetime) -> str:
    """A UTC moment as SQLAlchemy binds it for SQLite (naive, microseconds)."""
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _ids(ids: Iterable[str]) -> str:
    return json.dumps(list(ids))


def _actions(conn: sqlite3.Connection, ids: Sequence[str], today: date) -> list[ActionRow]:
    found = conn.execute(_ACTIONS, {"ids": _ids(ids), "today": today.isoformat()})
    return [
        ActionRow._make(
            (*r[:9], _day(r[9]), r[10], _day(r[11]), r[12], bool(r[13]), r[14], _utc(r[15]))
        )
        for r in found
    ]


def _commitments(conn: sqlite3.Connection, ids: Sequence[str], today: date) -> list[CommitmentRow]:
    found = conn.execute(_COMMITMENTS, {"ids": _ids(ids), "today": today.isoformat()})
    return [
        CommitmentRow._make((*r[:11], _utc(r[11]), _day(r[12]), *r[13:16], bool(r[16])))
        for r in found
    ]


def _count(conn: sqlite3.Connection, sql: str, *args: Any) -> int:
    return int(conn.execute(sql, args).fetchone()[0])


def meetings(conn: sqlite3.Connection, now: datetime) -> list[MeetingLine]:
    """``home.upcoming_meetings``: the one running now, then those from today on."""
    local = now.astimezone()
    day_start = datetime.combine(local.date(), time(), tzinfo=local.tzinfo)
    rows = conn.execute(_MEETINGS, (_stamp(day_start), 1 + LATER_MEETINGS)).fetchall()
    ids = _ids(r[0] for r in rows)
    invited: dict[str, int] = {}
    guests: dict[str, list[str]] = {}
    for meeting_id, is_member, organisation in conn.execute(_ATTENDANCE, (ids,)):
        invited[meeting_id] = invited.get(meeting_id, 0) + 1
        names = guests.setdefault(meeting_id, [])
        if not is_member and organisation and organisation not in names:
            names.append(organisation)
    agenda = {r[0]: (int(r[1]), int(r[2])) for r in conn.execute(_AGENDA, (ids,))}
    return [
        MeetingLine(
            id=r[0],
            title=r[1],
            kind=r[2],
            status=r[3],
            starts_at=_utc(r[4]),
            duration_minutes=r[5],
            place=r[6],
            engagement_id=r[7],
            engagement=r[8],
            chair=r[9],
            invited=invited.get(r[0], 0),
            guests=tuple(guests.get(r[0], ())),
            agenda_items=agenda.get(r[0], (0, 0))[0],
            agenda_minutes=agenda.get(r[0], (0, 0))[1],
        )
        for r in rows
    ]


def overdue(conn: sqlite3.Connection, today: date) -> list[OverdueGroup]:
    """``home.overdue_by_engagement``: per engagement, most overdue first."""
    iso = today.isoformat()
    late = conn.execute(LATE_SQL, (iso, iso)).fetchall()
    if not late:
        return []
    counts = Counter((engagement, direction) for engagement, direction, _id, _due in late)
    oldest: dict[str | None, list[str]] = {}
    for engagement, _direction, record_id, _due in late:
        first = oldest.setdefault(engagement, [])
        if len(first) < SHOWN_PER_ENGAGEMENT:
            first.append(record_id)
    shown = [i for ids in oldest.values() for i in ids]
    found: dict[str, ActionRow | CommitmentRow] = {r.id: r for r in _actions(conn, shown, today)}
    found.update((r.id, r) for r in _commitments(conn, shown, today))
    titles = dict(
        conn.execute(
            "SELECT id, title FROM engagement WHERE id IN (SELECT value FROM json_each(?))",
            (_ids(k for k in oldest if k),),
        ).fetchall()
    )
    groups = [
        OverdueGroup(
            engagement,
            titles.get(engagement) if engagement else None,
            counts[(engagement, None)],
            counts[(engagement, "by_company")],
            counts[(engagement, "by_group")],
            tuple(found[i] for i in ids if i in found),
        )
        for engagement, ids in oldest.items()
    ]
    groups.sort(key=lambda g: (-g.total, g.engagement or ""))
    return groups


def mine(conn: sqlite3.Connection, me_id: str, today: date) -> tuple[list[ActionRow], int]:
    """``home.my_open_actions``: the first open actions of one person, and how many."""
    total = _count(conn, f"SELECT count(*) FROM action WHERE {_MINE}", me_id)
    ids = [
        r[0]
        for r in conn.execute(
            f"SELECT action.id FROM action WHERE {_MINE} "
            "ORDER BY action.due_on IS NULL, action.due_on, action.id LIMIT ?",
            (me_id, SHOWN),
        )
    ]
    return _actions(conn, ids, today), total


def notes(conn: sqlite3.Connection) -> tuple[list[NoteRow], int]:
    """``home.notes_to_file``: the newest notes not yet triaged, and how many wait."""
    ids = [
        r[0]
        for r in conn.execute(
            f"SELECT note.id FROM note WHERE {_NOTES_WAITING} "
            "ORDER BY note.captured_at DESC LIMIT ?",
            (SHOWN,),
        )
    ]
    rows = [
        NoteRow(
            r[0],
            preview(r[1]),
            _utc(r[2]) or datetime.min,
            r[3],
            r[4],
            r[5],
            r[6],
            r[7],
            bool(r[8]),
            r[9],
        )
        for r in conn.execute(_NOTES, (_ids(ids),))
    ]
    return rows, _count(conn, f"SELECT count(*) FROM note WHERE {_NOTES_WAITING}")


def engagements(conn: sqlite3.Connection) -> list[EngagementLine]:
    """``home.engagement_lines``: every engagement, active first, objectives by stage."""
    stages: dict[str, list[int]] = {}
    for engagement_id, stage, n in conn.execute(
        "SELECT engagement_id, stage, count(*) FROM objective WHERE deleted_at IS NULL "
        "GROUP BY engagement_id, stage"
    ):
        if 0 <= stage <= 4:
            stages.setdefault(engagement_id, [0] * 5)[stage] = n
    rows = conn.execute(
        "SELECT id, title, status FROM engagement WHERE deleted_at IS NULL ORDER BY title"
    ).fetchall()
    rows.sort(key=lambda r: (_ORDER.get(r[2], 3), r[1]))
    none = (0, 0, 0, 0, 0)
    return [
        EngagementLine(i, title, status, _five(stages.get(i), none)) for i, title, status in rows
    ]


def _five(
    counts: list[int] | None, none: tuple[int, int, int, int, int]
) -> tuple[int, int, int, int, int]:
    return (counts[0], counts[1], counts[2], counts[3], counts[4]) if counts else none


def moment_in(value: str | None, key: str) -> datetime | None:
    """The moment under ``key`` in a stored exchange stamp (JSON), or None; shared with
    ``services/home/state.py``."""
    try:
        text = json.loads(value)[key] if value else None
        return datetime.fromisoformat(text) if text else None
    except (ValueError, TypeError, KeyError):
        return None


def _meta(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def exchange(conn: sqlite3.Connection) -> ExchangeState:
    """``home.exchange_state``: conflicts waiting, the last package in and out."""
    conflicts = _count(
        conn, 'SELECT count(*) FROM "conflict" WHERE deleted_at IS NULL AND resolved_at IS NULL'
    )
    imports = [
        moment_in(value, "imported_at")
        for (value,) in conn.execute("SELECT value FROM meta WHERE key LIKE 'peer:%:last_import'")
    ]
    known = [i for i in imports if i is not None]
    stamp = _meta(conn, "exchange:last_export_stamp")  # ``lineage.LAST_EXPORT_KEY``
    try:
        stamped = datetime.fromisoformat(stamp) if stamp else None
    except ValueError:
        stamped = None
    written = [moment_in(_meta(conn, "exchange:last_export"), "exported_at"), stamped]
    sent = [w for w in written if w is not None]
    return ExchangeState(
        conflicts, max(known) if known else None, max(sent) if sent else None, len(imports)
    )


def read(conn: sqlite3.Connection, me_id: str | None, today: date, now: datetime) -> HomeData:
    """``services.home.read_home`` on a ``sqlite3`` connection."""
    ahead = meetings(conn, now)
    me_name = None
    if me_id:
        row = conn.execute("SELECT name FROM person WHERE id = ?", (me_id,)).fetchone()
        me_name = row[0] if row else None
    my_rows, my_total = mine(conn, me_id, today) if me_id and me_name is not None else ([], 0)
    waiting, waiting_total = notes(conn)
    return HomeData(
        today=today,
        next_meeting=ahead[0] if ahead else None,
        later_meetings=tuple(ahead[1:]),
        overdue=tuple(overdue(conn, today)),
        me_id=me_id if me_name is not None else None,
        me_name=me_name,
        my_actions=tuple(my_rows),
        my_actions_total=my_total,
        notes=tuple(waiting),
        notes_total=waiting_total,
        exchange=exchange(conn),
        engagements=tuple(engagements(conn)),
    )


def first_home(
    path: Path, head: str | None, me_id: str | None, today: date, now: datetime | None = None
) -> HomeData | None:
    """Home's data from the file at ``path``; None when it cannot be read this way (not at
    ``head``, missing, damaged) or has no engagement (the welcome page shows)."""
    conn = connect(path, head)
    if conn is None:
        return None
    try:
        if conn.execute("SELECT 1 FROM engagement WHERE deleted_at IS NULL LIMIT 1").fetchone():
            return read(conn, me_id, today, now or datetime.now(UTC))
        return None
    except sqlite3.Error:
        return None
    finally:
        conn.close()
