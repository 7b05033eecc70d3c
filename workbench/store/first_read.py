"""The first page's rows through ``sqlite3`` alone, before the data stack is imported.

The window opens on the page the user had last (Home, or the tracker); its rows appear
before SQLAlchemy, SQLModel, pydantic and the domain are imported, because importing
them alone takes longer than the whole rest of the start (``make bench``). So the
tracker's first screen is read here, with the standard library only: a read-only
connection (``mode=ro``, through SQLite like every other), the ids in the list's order
and which pass its default filter (still open), and the rows of the first screens.
The page is then built on the ORM as always and takes over the same rows, selection and
scroll (``ui/shell/first_rows.py``).

The SQL lives here once: ``services.followup.actions`` orders the tracker's ids with
the same order (``BY_DUE``: equal due dates by rowid), so the first read and the page
cannot disagree on the order of equal due dates. The rows' statement is
``actions.read_actions`` for the working group written out;
``tests/store/test_first_read.py`` checks both give the same rows on the demo case and
on an old file migrated. A file whose schema is not this program's
head (an old file about to be migrated, a newer one) is not read here: None, and the
page shows its rows once the database is open.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

#: The tracker's default order: by due date, equal dates in the order they were written
#: (the rowid: the due date's index holds it, so the index answers with no sort).
BY_DUE = "ORDER BY a.due_on, a.rowid"
#: Every live action's id, in the tracker's default order.
ACTION_IDS_BY_DUE = f"SELECT a.id FROM action AS a WHERE a.deleted_at IS NULL {BY_DUE}"
#: The same, last due first.
ACTION_IDS_BY_DUE_DESC = (
    "SELECT a.id FROM action AS a WHERE a.deleted_at IS NULL ORDER BY a.due_on DESC, a.rowid DESC"
)
#: The statuses of an action still to follow up (SQL).
OPEN_STATUSES = "('open', 'in_progress')"
#: The live actions still open (the tracker's default filter), in its default order:
#: the status index finds them and a sort of a few thousand orders them, where reading
#: every action in order and dropping the others takes five times as long.
OPEN_ACTION_IDS_BY_DUE = (
    "SELECT a.id FROM action AS a "
    f"WHERE a.deleted_at IS NULL AND a.status IN {OPEN_STATUSES} {BY_DUE}"
)
#: The columns the tracker's list shows, for the ids given as one JSON parameter; what
#: ``actions.read_actions`` reads for the working group (who sees everything live).
ACTION_ROWS = f"""
SELECT a.id, a.title, e.title, m.title, owner.name, org.name, a.due_on, a.status,
       a.audience, (a.due_on < :today AND a.status IN {OPEN_STATUSES})
FROM action AS a
LEFT OUTER JOIN engagement AS e ON a.engagement_id = e.id
LEFT OUTER JOIN person AS owner ON a.owner_id = owner.id
LEFT OUTER JOIN organisation AS org ON owner.organisation_id = org.id
LEFT OUTER JOIN meeting AS m ON a.meeting_id = m.id AND m.deleted_at IS NULL
WHERE a.deleted_at IS NULL AND a.id IN (SELECT value FROM json_each(:ids))
"""


def local_today() -> date:
    """``domain.rules.local_today``, for the first reads (the domain is not imported yet)."""
    return datetime.now().astimezone().date()


#: Rows read ahead of the first paint of the list: a tall screen and more.
FIRST_ROWS = 120


class ShownAction(NamedTuple):
    """An action as the tracker's list shows it (values as SQLite holds them)."""

    id: str
    title: str
    engagement: str | None
    meeting: str | None
    owner: str | None
    organisation: str | None
    due_on: str | None  # ISO date
    status: str
    audience: str
    overdue: bool


@dataclass
class FirstActions:
    """The tracker's list as it opens: every id it shows, in order, and the first rows."""

    ids: list[str]
    rows: dict[str, ShownAction] = field(default_factory=dict)


#: The first read's page cache, in KiB. With SQLite's default (2 MB) the process peaked
#: 1.7 MB higher when the tracker's first rows were shown (``make bench``'s probe), for
#: nothing: these reads (the status index, a sort of a few thousand ids, a screen of
#: rows; Home's counts) take the same time with 128 KiB as with 2 MB, the file's pages
#: being in the OS's cache.
CACHE_KIB = 512


def connect(path: Path, head: str | None) -> sqlite3.Connection | None:
    """A read-only connection to ``path`` when its schema is ``head``, with a small page
    cache (``CACHE_KIB``); else None."""
    if head is None or not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA query_only = ON")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except (sqlite3.Error, TypeError):  # not ours, damaged, or no revision
        conn.close()
        return None
    if revision != head:
        conn.close()
        return None
    return conn


def ordered_open_ids(conn: sqlite3.Connection) -> list[str]:
    """The ids the tracker shows as it opens: the live actions still open, in its order."""
    return [r[0] for r in conn.execute(OPEN_ACTION_IDS_BY_DUE)]


def shown_actions(
    conn: sqlite3.Connection, ids: Sequence[str], today: date
) -> dict[str, ShownAction]:
    """The rows of ``ids`` (those still live), by id."""
    rows = conn.execute(ACTION_ROWS, {"ids": json.dumps(list(ids)), "today": today.isoformat()})
    made = (ShownAction._make((*row[:-1], bool(row[-1]))) for row in rows)
    return {row.id: row for row in made}


def first_actions(
    path: Path, head: str | None, today: date, rows: int = FIRST_ROWS
) -> FirstActions | None:
    """The tracker's first screens from the file at ``path``; None when it cannot be
    read this way (see the module's docstring)."""
    conn = connect(path, head)
    if conn is None:
        return None
    try:
        ids = ordered_open_ids(conn)
        return FirstActions(ids, shown_actions(conn, ids[:rows], today))
    except sqlite3.Error:
        return None
    finally:
        conn.close()
