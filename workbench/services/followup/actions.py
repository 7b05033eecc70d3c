"""Action rows: the one reader of actions, for the lists, the tracker, the command line
and the exports.

An ``ActionRow`` is an action with the names a reader shows joined in (engagement,
meeting, owner and the owner's organisation) and whether it is overdue, judged on the
user's local date. ``read_actions`` reads them for one audience: a partners export gets
no group-only action, nor the title of a group-only meeting (``services.visible``), nor
a name or the notes kept for the group (``visible.shown``); a deleted meeting is named
nowhere. The command line's ``list actions`` (``find_actions``),
the tracker page and the minutes, agenda, report and workbook all read here, so a
column or a rule is written once.

The tracker shows 50,000 actions without reading them: it holds their ids in the order
the user chose (``ordered_action_ids``), asks SQLite which pass its filters
(``filtered_action_ids``) and reads the rows of the screen it shows
(``read_actions(ids=...)``), so neither ordering nor filtering needs every row in
memory. The filters are those of ``tracker.TrackerFilter`` and the list's text filter:
every word typed must be in the title (case ignored; accents ignored at the start of a
word, through FTS5), in a name shown in the row (owner, organisation, engagement,
meeting; case and accents ignored), in the status shown, in the due date, or in the
word that marks an overdue action. Those questions go through the sqlite3 connection
itself: at 50,000 rows the ORM's per-row work would cost more than the query.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlmodel import Session

from workbench.domain import Action, ActionStatus, Audience, Engagement, Organisation, Person
from workbench.domain.rules import local_today
from workbench.rows import ActionRow as ActionRow  # where the readers' callers find it
from workbench.services import visible
from workbench.services.followup.tracker import (
    DUE_SOON_DAYS,
    TrackerFilter,
    fold,
    overdue_column,
)
from workbench.services.id_text import id_sequence
from workbench.services.visible import among, live_and_visible, shown, visible_meeting
from workbench.store.first_read import ACTION_IDS_BY_DUE, ACTION_IDS_BY_DUE_DESC, OPEN_STATUSES
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

_OPEN = OPEN_STATUSES
_LIVE = "a.deleted_at IS NULL"
#: The low bits of an action's rowid in the full-text index (see ``search_index``).
_ACTION_CODE = next(s.code for s in SOURCES if s.kind == "action")
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
@functools.cache
def _query(audience: Audience, undated_last: bool, ordered: bool = True) -> sa.Select[Any]:
    """The one query of action rows (built once per audience and order): the columns of
    ``ActionRow`` in its order, ``today`` a parameter."""
    a, e = Action.__table__, Engagement.__table__
    owner, org = Person.__table__.alias("owner"), Organisation.__table__.alias("org")
    m, meeting_shown = visible_meeting(a, audience)
    query = (
        sa.select(
            a.c.id,
            a.c.title,
            a.c.engagement_id,
            shown(e, "title", audience),
            m.c.id,
            m.c.title,
            a.c.owner_id,
            shown(owner, "name", audience),
            shown(org, "name", audience),
            a.c.due_on,
            a.c.status,
            a.c.done_on,
            a.c.audience,
            overdue_column(a),
            shown(a, "notes", audience),
            m.c.starts_at,
        )
        .select_from(
            a.outerjoin(e, a.c.engagement_id == e.c.id)
            .outerjoin(owner, a.c.owner_id == owner.c.id)
            .outerjoin(org, owner.c.organisation_id == org.c.id)
            .outerjoin(m, meeting_shown)
        )
        .where(live_and_visible(a, audience))
    )
    if not ordered:
        return query
    undated = [a.c.due_on.is_(None)] if undated_last else []
    return query.order_by(*undated, a.c.due_on, a.c.created_at, a.c.id)


@functools.cache
def _by_ids(
    audience: Audience, undated_last: bool, ordered: bool, dialect: Dialect
) -> visible.RowReader:
    """The rows of some ids (the ids as one JSON parameter), compiled once: the tracker
    reads every screen of rows with it."""
    a = Action.__table__
    wanted = sa.func.json_each(sa.bindparam("ids", "[]", type_=sa.String)).table_valued("value")
    query = _query(audience, undated_last, ordered).where(a.c.id.in_(sa.select(wanted.c.value)))
    return visible.RowReader(query, dialect)


def read_actions(
    session: Session,
    *,
    today: date | None = None,
    audience: Audience = Audience.GROUP,
    ids: Collection[str] | None = None,
    where: Sequence[Any] = (),
    undated_last: bool = False,
    ordered: bool = True,
) -> list[ActionRow]:
    """The live actions ``audience`` may see (those of ``ids``, and matching ``where``:
    conditions on ``Action.__table__``), by due date: undated first as a list sorts
    them, or last as a document lists them; then in the order they were made. The
    tracker, which orders its ids itself, reads a screen ``ordered=False``.

    Ids of actions gone are left out. Reading the rows of one screen (a couple of
    hundred ids) takes a millisecond or two; every action of a busy group, a quarter of
    a second.
    """
    today = today or local_today()
    audience = Audience(audience)
    if ids is not None and not where:
        reader = _by_ids(audience, undated_last, ordered, session.get_bind().dialect)
        rows = reader.rows(session, ids=_json(ids), today=today)
    else:
        query = _query(audience, undated_last, ordered).where(*where)
        if ids is not None:
            query = query.where(among(Action.__table__.c.id, ids))
        rows = visible.fetch_rows(session, query.params(today=today))  # a test swaps it
    return list(map(ActionRow._make, rows))


def find_actions(
    session: Session, flt: TrackerFilter, *, today: date | None = None, text: str = ""
) -> list[ActionRow]:
    """The actions the filter lets through (and that show every word of ``text``), by
    due date: ``workbench list actions``, by the tracker's own rules."""
    today = today or local_today()
    passing = filtered_action_ids(session, flt, today=today, text=text)
    return read_actions(session, today=today, ids=passing)


def my_actions(session: Session, person_id: str, *, today: date | None = None) -> list[ActionRow]:
    """The open actions of one person ("I am ..."), by due date."""
    flt = TrackerFilter(owner_ids=frozenset({person_id}), open_only=True)
    return find_actions(session, flt, today=today)


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
        live = " WHERE deleted_at IS NULL" if by == "meeting" else ""  # as rows show them
        names = _names(raw, f"SELECT id, title FROM {by}{live}")
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


def _id_list(raw: sqlite3.Connection, query: str) -> Sequence[str]:
    """The ids ``query`` selects (a column ``id``), in its order, read as one text and
    kept so (``id_text``): 50,000 ids in two thirds of the time of a row each (no tuple,
    no call through the sqlite3 module per id) and in 1.8 MB instead of 4.6. SQLite runs
    an ordered subquery of an aggregate in its order (it is not flattened), so the text
    keeps that order; the tests compare it with the ids read a row at a time."""
    sql = f"SELECT group_concat(id, char(31)) FROM ({query})"
    return id_sequence(raw.execute(sql).fetchone()[0])


def ordered_action_ids(
    session: Session,
    by: str = "due",
    *,
    descending: bool = False,
    labels: Mapping[str, str] | None = None,
) -> Sequence[str]:
    """The ids of every live action, sorted by ``by`` (one of ``SORT_FIELDS``): by due
    date a read-only sequence (``id_text``), by another column a list.

    By due date the index answers alone (no date first); by any other column, ties stay
    in due-date order whichever way the column is sorted. ``labels`` are the shown names
    of audience values, for sorting by what the user reads.
    """
    raw = _raw(session)
    if by == "due":
        query = ACTION_IDS_BY_DUE_DESC if descending else ACTION_IDS_BY_DUE  # as the first read
        return _id_list(raw, query)
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
        self.meetings = folded("SELECT id, title FROM meeting WHERE deleted_at IS NULL")
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
    tests: list[str] = ["a.title LIKE ? ESCAPE '\\'"]
    params: list[Any] = [_like(word)]
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
    tests: list[str] = [_LIVE]
    params: list[Any] = []
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
    # Copied once read (0.1 ms): a set grown an id at a time ends with up to four slots an
    # id (512 KB of table for the tracker's 6,770 open actions, kept as its filter), its
    # copy with two (256 KB).
    return set({r[0] for r in raw.execute(query, params)})


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
