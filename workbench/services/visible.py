"""The audience rule in SQL, and rows read fast: what every export is built from.

Every query of an export applies the audience filter in SQL (``visible``), and a join to
a parent record (the meeting a commitment was made in, the agenda item of a decision) is
filtered too (``visible_meeting``), so a partners export cannot even learn the title of
a group-only meeting or item. A text with an audience of its own (a meeting's place, a
person's name: ``workbench.domain.audiences``) is read through ``shown``, which gives
NULL where the reader's audience may not see it. Decisions, notes and meetings are read
here; actions and commitments by their own readers (``services.followup.actions`` and
``.commitments``), which apply the same rule. ``fetch_rows`` reads a query's rows
through the sqlite3 driver, for the tens of thousands of rows a busy engagement has.
"""

from __future__ import annotations

import gc
import json
import sqlite3
from collections.abc import Callable, Collection, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlmodel import Session

from workbench.domain import (
    AgendaItem,
    Audience,
    Decision,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Note,
)
from workbench.domain.audiences import audience_column
from workbench.domain.types import EnumText, UTCDateTime
from workbench.services.errors import DomainError

OPEN_STATUSES = ("open", "in_progress")


class AudienceError(DomainError):
    """The record asked for is itself group-only, so it has no partners version."""


def visible(audience_column: Any, audience: Audience) -> Any:
    """The WHERE clause that keeps group-only rows out of a partners export."""
    if Audience(audience) == Audience.GROUP:
        return sa.true()
    return audience_column == Audience.PARTNERS


def live_and_visible(table: sa.FromClause, audience: Audience) -> Any:
    return sa.and_(table.c.deleted_at.is_(None), visible(table.c.audience, audience))


def shown(table: sa.FromClause, field: str, audience: Audience, label: str | None = None) -> Any:
    """A text field that has an audience of its own (``<field>_audience``), or NULL when
    ``audience`` may not see it; named ``label`` (else ``field``) in the result."""
    column = table.c[field]
    if Audience(audience) == Audience.GROUP:
        return column.label(label or field)
    mark = table.c[audience_column(field)]
    return sa.case((mark == Audience.PARTNERS, column), else_=sa.null()).label(label or field)


@dataclass(frozen=True, slots=True)
class DecisionDoc:
    id: str
    text: str
    agenda_item_id: str | None
    meeting_id: str | None
    meeting_title: str | None
    meeting_starts_at: datetime | None
    audience: Audience


@dataclass(frozen=True, slots=True)
class NoteDoc:
    id: str
    body: str
    captured_at: datetime
    place: str | None
    meeting_title: str | None
    audience: Audience


@dataclass(frozen=True, slots=True)
class MeetingRef:
    id: str
    title: str
    kind: MeetingKind
    starts_at: datetime | None
    duration_minutes: int
    place: str | None
    status: MeetingStatus
    audience: Audience


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while an export builds objects that all stay alive.

    Reading a busy engagement makes tens of thousands of rows at once, and writing it a
    hundred thousand cells; every batch of survivors makes the collector walk the whole
    heap again (0.1 s a pass in the benchmark, more in the app with its lists loaded)
    to free nothing: these objects form no cycles, and reference counting frees them
    when the export is done. Nested or concurrent uses leave the collector as found.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _utc(value: str | None) -> datetime | None:
    # stored as naive UTC; parsing the offset is several times cheaper than replace()
    return datetime.fromisoformat(value + "+00:00") if value is not None else None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value is not None else None


def _enum(enum_cls: type[Enum]) -> Callable[[Any], Any]:
    members: dict[Any, Any] = {m.value: m for m in enum_cls}
    members[None] = None
    return lambda value: members[value] if value in members else enum_cls(value)


def _converter(column: Any, dialect: Any) -> Callable[[Any], Any] | None:
    """How a stored value of ``column`` becomes what SQLAlchemy would hand back."""
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _utc
    if isinstance(kind, EnumText):
        return _enum(kind.enum_cls)
    if type(kind) is sa.Date:
        return _day
    processor: Callable[[Any], Any] | None = kind.dialect_impl(dialect).result_processor(
        dialect, None
    )
    return processor


class RowReader:
    """A query compiled once, read through the sqlite3 driver as often as needed, each
    time with new values for its named parameters (``sa.bindparam``).

    The same values as ``session.execute(query)``, for a fraction of the cost per row:
    the minutes, report and tracker of a busy engagement read tens of thousands of rows
    (the query, with its audience filter, is the same SQL either way). Kept, a reader
    also spares building and compiling its query again: the tracker reads each screen
    of rows this way (a named parameter needs a value in the query, as a default). A
    query with a parameter expanded at execution (``in_(list)``) goes through
    SQLAlchemy.
    """

    def __init__(self, query: sa.Select[Any], dialect: Dialect, cache_key: Any = None) -> None:
        self.query = query
        # with its cache key, the compiled query takes the values of an equal query's
        self.compiled = compiled = query.compile(dialect=dialect, cache_key=cache_key)
        binds = compiled.binds
        self.through_sqlalchemy = (
            dialect.name != "sqlite"
            or compiled.positiontup is None
            or any(b.expanding or b.literal_execute for b in binds.values())
        )
        self._names = list(compiled.positiontup or ())
        self._processors = {
            name: binds[name].type.dialect_impl(dialect).bind_processor(dialect)
            for name in self._names
        }
        if not self.through_sqlalchemy:  # the values as written in the query, processed once
            given = compiled.construct_params()
            self._args = [self._process(name, given[name]) for name in self._names]
        converters = [_converter(column, dialect) for column in query.selected_columns]
        self._converters = [(i, c) for i, c in enumerate(converters) if c is not None]

    def _process(self, name: str, value: Any) -> Any:
        process = self._processors[name]
        return process(value) if process else value

    def rows(self, session: Session, **values: Any) -> list[tuple[Any, ...]]:
        """The rows, ``values`` given to the parameters of those names."""
        if self.through_sqlalchemy:
            return [tuple(row) for row in session.execute(self.query, values)]
        args = list(self._args)
        for n, name in enumerate(self._names):
            if name in values:
                args[n] = self._process(name, values[name])
        raw = session.connection().connection.driver_connection
        assert isinstance(raw, sqlite3.Connection)
        rows = raw.execute(self.compiled.string, args).fetchall()
        if not rows or not self._converters:
            return rows
        columns: list[Any] = list(zip(*rows, strict=True))
        for i, convert in self._converters:
            columns[i] = map(convert, columns[i])
        return list(zip(*columns, strict=True))

    def values_of(self, cache_key: Any) -> Mapping[str, Any]:
        """The values of the parameters of a query equal to this one but for them, by
        its cache key (as SQLAlchemy's own cache of compiled statements does)."""
        return self.compiled.construct_params(
            cache_key.params or None,  # those given by ``.params()``
            extracted_parameters=cache_key.bindparams,
        )


#: Readers by their query's cache key: the same query with other values (another
#: meeting, another day) is not built into SQL again. Bounded; emptied when full.
_READERS: dict[tuple[Any, Dialect], RowReader] = {}
_MAX_READERS = 256


def fetch_rows(session: Session, query: sa.Select[Any]) -> list[tuple[Any, ...]]:
    """The rows of ``query``, read through the sqlite3 driver (see ``RowReader``).

    Compiling a query costs about a millisecond, as much as reading a meeting's rows;
    a reader is kept for each shape of query (SQLAlchemy's cache key: the statement
    without its values) and given the values of this one.
    """
    dialect = session.get_bind().dialect
    key = query._generate_cache_key()
    if key is None:  # a construct SQLAlchemy does not cache
        return RowReader(query, dialect).rows(session)
    reader = _READERS.get((key.key, dialect))
    if reader is None:
        if len(_READERS) >= _MAX_READERS:
            _READERS.clear()
        reader = _READERS[key.key, dialect] = RowReader(query, dialect, key)
    if reader.through_sqlalchemy:
        return [tuple(row) for row in session.execute(query)]
    return reader.rows(session, **reader.values_of(key))


def among(column: Any, ids: Collection[str]) -> Any:
    """``column IN ids``, the ids given as one parameter (a JSON list): any number of them
    stays under SQLite's limit on parameters and keeps ``fetch_rows`` on its fast path."""
    wanted = sa.func.json_each(json.dumps(list(ids))).table_valued("value")
    return column.in_(sa.select(wanted.c.value))


def visible_meeting(table: sa.FromClause, audience: Audience) -> tuple[sa.FromClause, Any]:
    """The meeting a record of ``table`` came from, and the join condition that names it
    only when it is live and this audience may see it."""
    m = Meeting.__table__.alias("origin")
    cond = sa.and_(table.c.meeting_id == m.c.id, live_and_visible(m, audience))
    return m, cond


def query_decisions(session: Session, audience: Audience, *where: Any) -> list[DecisionDoc]:
    """Decisions visible to ``audience``; the item is named only if it is visible too."""
    d = Decision.__table__
    item = AgendaItem.__table__.alias("item")
    m, mcond = visible_meeting(d, audience)
    query = (
        sa.select(d.c.id, d.c.text, item.c.id, m.c.id, m.c.title, m.c.starts_at, d.c.audience)
        .select_from(
            d.outerjoin(
                item, sa.and_(d.c.agenda_item_id == item.c.id, live_and_visible(item, audience))
            ).outerjoin(m, mcond)
        )
        .where(live_and_visible(d, audience), *where)
        .order_by(m.c.starts_at, item.c.position, d.c.created_at, d.c.id)
    )
    return [DecisionDoc(*row) for row in fetch_rows(session, query)]


def query_notes(session: Session, audience: Audience, *where: Any) -> list[NoteDoc]:
    n = Note.__table__
    m, mcond = visible_meeting(n, audience)
    query = (
        sa.select(
            n.c.id,
            n.c.body,
            n.c.captured_at,
            shown(n, "place", audience),
            m.c.title,
            n.c.audience,
        )
        .select_from(n.outerjoin(m, mcond))
        .where(live_and_visible(n, audience), *where)
        .order_by(n.c.captured_at, n.c.id)
    )
    return [NoteDoc(*row) for row in fetch_rows(session, query)]


def query_meetings(session: Session, audience: Audience, *where: Any) -> list[MeetingRef]:
    m = Meeting.__table__
    query = (
        sa.select(
            m.c.id,
            m.c.title,
            m.c.kind,
            m.c.starts_at,
            m.c.duration_minutes,
            shown(m, "place", audience),
            m.c.status,
            m.c.audience,
        )
        .where(live_and_visible(m, audience), *where)
        .order_by(m.c.starts_at.is_(None), m.c.starts_at, m.c.id)
    )
    return [MeetingRef(*row) for row in fetch_rows(session, query)]
