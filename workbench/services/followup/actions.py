"""The tracker's questions asked of SQLite: which actions, in what order, and a few rows.

The tracker shows 50,000 actions without reading them: it holds their ids in the order
the user chose and reads the rows of the screen it shows (``fetch_actions``). Ordering
(``ordered_action_ids``) and filtering (``filtered_action_ids``) are answered here, by
the indexes on ``action`` and the full-text index, so neither needs every row in memory.

The rules are those of ``tracker.TrackerFilter.predicate`` and the list's text filter:
every word typed must be in the title (case ignored; accents ignored at the start of a
word, through FTS5), in a name shown in the row (owner, organisation, engagement,
meeting; case and accents ignored), in the status shown, in the due date, or in the
word that marks an overdue action. Everything here goes through the sqlite3 connection
itself: at 50,000 rows the ORM's per-row work would cost more than the query.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlmodel import Session

from workbench.domain import ActionStatus, Audience
from workbench.services.followup.tracker import DUE_SOON_DAYS, TrackedAction, TrackerFilter, fold
from workbench.store.search_index import SOURCES, words

#: What the tracker can sort by (one per column of its list).
SORT_FIELDS = (
    "title",
    "owner",
    "organisation",
    "due",
    "status",
    "engagement",
    "meeting",
    "audience",
)

_OPEN = "('open', 'in_progress')"
_LIVE = "a.deleted_at IS NULL"
#: The low bits of an action's rowid in the full-text index (see ``search_index``).
_ACTION_CODE = next(s.code for s in SOURCES if s.kind == "action")
_CHUNK = 500  # ids per ``IN (?, ...)``: well under SQLite's limit on parameters
_DATE_TEXT = re.compile(r"[0-9-]+")


@dataclass(frozen=True)
class ShownWords:
    """The words the list shows besides titles and names, as the user reads them (in
    the user's language): a status's label and the mark of an overdue action."""

    statuses: Mapping[str, str] = field(default_factory=dict)  # status value -> label
    overdue: str = "(overdue)"


def _raw(session: Session) -> sqlite3.Connection:
    raw = session.connection().connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def _json(values: Collection[str]) -> str:
    """Many values as one parameter (``IN (SELECT value FROM json_each(?))``)."""
    return json.dumps(list(values))


# -- rows ---------------------------------------------------------------------------------
_ROW_SQL = (
    "SELECT a.id, a.title, a.engagement_id, e.title, a.meeting_id, m.title, a.owner_id, "
    "p.name, o.name, a.due_on, a.status, a.done_on, a.audience FROM action AS a "
    "LEFT JOIN engagement AS e ON e.id = a.engagement_id "
    "LEFT JOIN meeting AS m ON m.id = a.meeting_id "
    "LEFT JOIN person AS p ON p.id = a.owner_id "
    "LEFT JOIN organisation AS o ON o.id = p.organisation_id "
    f"WHERE {_LIVE} AND a.id IN "
)


def fetch_actions(session: Session, ids: Collection[str], *, today: date) -> list[TrackedAction]:
    """The live actions among ``ids``, names joined in (the rows of one screen: a few
    milliseconds for a couple of hundred). Ids of actions gone are left out; the order
    is not that of ``ids``."""
    raw = _raw(session)
    wanted = list(ids)
    iso_today = today.isoformat()
    statuses = {s.value: s for s in ActionStatus}
    audiences = {a.value: a for a in Audience}
    day = date.fromisoformat
    out: list[TrackedAction] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = raw.execute(f"{_ROW_SQL}({marks})", chunk)
        for rid, title, eid, eng, mid, meet, oid, owner, org, due, status, done, aud in rows:
            out.append(
                TrackedAction(
                    rid,
                    title,
                    eid,
                    eng,
                    mid,
                    meet,
                    oid,
                    owner,
                    org,
                    day(due) if due else None,
                    statuses[status],
                    day(done) if done else None,
                    audiences[aud],
                    due is not None and due < iso_today and status in ("open", "in_progress"),
                )
            )
    return out


# -- order --------------------------------------------------------------------------------
def _names(raw: sqlite3.Connection, sql: str) -> dict[str, str]:
    return {key: name or "" for key, name in raw.execute(sql)}


def _sort_keys(
    raw: sqlite3.Connection, by: str, labels: Mapping[str, str]
) -> tuple[str, Callable[[Any], Any]]:
    """The column read for ``by`` and how its value becomes a sort key (the same keys as
    the list sorting rows in memory: text without case, status in its life order)."""
    if by == "title":
        return "title", str.casefold
    if by == "status":
        rank = {s.value: n for n, s in enumerate(ActionStatus)}
        return "status", rank.__getitem__
    if by == "audience":
        return "audience", lambda value: labels.get(value, value).casefold()
    if by in ("engagement", "meeting"):
        table = by
        names = _names(raw, f"SELECT id, title FROM {table}")
        return f"{by}_id", lambda key: names.get(key, "").casefold()
    if by in ("owner", "organisation"):
        if by == "owner":
            names = _names(raw, "SELECT id, name FROM person")
        else:
            names = _names(
                raw,
                "SELECT p.id, o.name FROM person AS p "
                "JOIN organisation AS o ON o.id = p.organisation_id",
            )
        return "owner_id", lambda key: names.get(key, "").casefold()
    raise ValueError(f"cannot sort actions by {by!r}; use one of {', '.join(SORT_FIELDS)}")


def ordered_action_ids(
    session: Session,
    by: str = "due",
    *,
    descending: bool = False,
    labels: Mapping[str, str] | None = None,
) -> list[str]:
    """The ids of every live action, sorted by ``by`` (one of ``SORT_FIELDS``).

    By due date the index answers alone (no date first); by any other column, ties stay
    in due-date order whichever way the column is sorted. ``labels`` are the shown names
    of audience values, for sorting by what the user reads.
    """
    raw = _raw(session)
    direction = " DESC" if descending else ""
    if by == "due":
        query = f"SELECT id FROM action AS a WHERE {_LIVE} ORDER BY a.due_on{direction}"
        return [r[0] for r in raw.execute(query)]
    column, key = _sort_keys(raw, by, labels or {})
    rows = raw.execute(
        f"SELECT a.id, a.{column} FROM action AS a WHERE {_LIVE} ORDER BY a.due_on"
    ).fetchall()
    keys = [key(value) for _id, value in rows]
    order = sorted(range(len(rows)), key=keys.__getitem__, reverse=descending)
    return [rows[i][0] for i in order]


# -- filters ------------------------------------------------------------------------------
def _like(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class _Names:
    """The names a row shows, folded once per filter (a few thousand at most)."""

    def __init__(self, raw: sqlite3.Connection) -> None:
        def folded(sql: str) -> list[tuple[str, str]]:
            return [(key, fold(name or "")) for key, name in raw.execute(sql)]

        self.people = folded("SELECT id, name FROM person")
        self.organisations = folded("SELECT id, name FROM organisation")
        self.engagements = folded("SELECT id, title FROM engagement")
        self.meetings = folded("SELECT id, title FROM meeting")
        self._org_of = list(raw.execute("SELECT id, organisation_id FROM person"))

    def having(self, word: str) -> dict[str, list[str]]:
        """Per column of ``action``, the ids whose shown name holds ``word``."""
        orgs = {key for key, name in self.organisations if word in name}
        owners = [key for key, name in self.people if word in name]
        owners += [pid for pid, org in self._org_of if org in orgs]
        return {
            "owner_id": owners,
            "engagement_id": [key for key, name in self.engagements if word in name],
            "meeting_id": [key for key, name in self.meetings if word in name],
        }


def _word_test(
    word: str, names: _Names, shown: ShownWords, iso_today: str
) -> tuple[str, list[Any]]:
    """SQL true when an action shows ``word`` (folded) somewhere in its row."""
    tests, params = ["a.title LIKE ? ESCAPE '\\'"], [_like(word)]
    tokens = words(word)
    if tokens:
        phrase = '"' + " ".join(tokens).replace('"', '""') + '"*'
        tests.append(
            "a.id IN (SELECT d.record_id FROM search_index JOIN search_doc AS d "
            "ON d.docid = search_index.rowid WHERE search_index MATCH ? "
            "AND (search_index.rowid & 7) = ?)"
        )
        params += [f"title : {phrase}", _ACTION_CODE]
    for column, ids in names.having(word).items():
        if ids:
            tests.append(f"a.{column} IN (SELECT value FROM json_each(?))")
            params.append(_json(ids))
    statuses = [value for value, text in shown.statuses.items() if word in fold(text)]
    if statuses:
        tests.append("a.status IN (SELECT value FROM json_each(?))")
        params.append(_json(statuses))
    if _DATE_TEXT.fullmatch(word):
        tests.append("a.due_on LIKE ?")
        params.append(f"%{word}%")
    if word in fold(shown.overdue):
        tests.append(f"(a.status IN {_OPEN} AND a.due_on < ?)")
        params.append(iso_today)
    return "(" + " OR ".join(tests) + ")", params


def filtered_action_ids(
    session: Session,
    flt: TrackerFilter,
    *,
    today: date,
    text: str = "",
    shown: ShownWords | None = None,
    among: Collection[str] | None = None,
) -> set[str]:
    """The ids of the live actions that ``flt`` and every word of ``text`` let through
    (only those in ``among`` when given): the rules of ``TrackerFilter.predicate`` and
    of the list's text filter, answered by SQLite."""
    raw = _raw(session)
    iso_today = today.isoformat()
    tests, params = [_LIVE], []  # type: ignore[var-annotated]
    if flt.engagement_id is not None:
        tests.append("a.engagement_id = ?")
        params.append(flt.engagement_id)
    if flt.owner_ids is not None:
        tests.append("a.owner_id IN (SELECT value FROM json_each(?))")
        params.append(_json(sorted(flt.owner_ids)))
    if flt.organisation_id:
        tests.append(
            "a.owner_id IN (SELECT id FROM person WHERE organisation_id = ? AND deleted_at IS NULL)"
        )
        params.append(flt.organisation_id)
    if flt.statuses:
        tests.append("a.status IN (SELECT value FROM json_each(?))")
        params.append(_json(sorted(str(s) for s in flt.statuses)))
    if flt.open_only or flt.overdue or flt.due_soon:
        tests.append(f"a.status IN {_OPEN}")
    if flt.overdue:
        tests.append("a.due_on < ?")
        params.append(iso_today)
    if flt.due_soon:
        tests.append("a.due_on >= ? AND a.due_on <= ?")
        params += [iso_today, (today + timedelta(days=DUE_SOON_DAYS)).isoformat()]
    typed = fold(text).split()
    if typed:
        names, shown = _Names(raw), shown or ShownWords()
        for word in typed:
            test, more = _word_test(word, names, shown, iso_today)
            tests.append(test)
            params += more
    if among is not None:
        tests.append("a.id IN (SELECT value FROM json_each(?))")
        params.append(_json(among))
    query = f"SELECT a.id FROM action AS a WHERE {' AND '.join(tests)}"
    return {r[0] for r in raw.execute(query, params)}


def action_summary(session: Session, today: date) -> dict[str, int]:
    """``tracker.summary`` of every live action, counted by SQLite (the status index
    finds the open ones): open, overdue and due in the next days."""
    horizon = (today + timedelta(days=DUE_SOON_DAYS)).isoformat()
    iso_today = today.isoformat()
    still_open, overdue, soon = (
        _raw(session)
        .execute(
            "SELECT count(*), coalesce(sum(a.due_on < ?), 0), "
            "coalesce(sum(a.due_on >= ? AND a.due_on <= ?), 0) "
            f"FROM action AS a WHERE {_LIVE} AND a.status IN {_OPEN}",
            (iso_today, iso_today, horizon),
        )
        .fetchone()
    )
    return {"open": still_open, "overdue": overdue, "due_soon": soon}
