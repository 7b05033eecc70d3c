"""Search: one box over notes, agenda items, decisions, commitments, actions and lessons.

Backed by the FTS5 index of ``workbench.store.search_index``: every word typed must
occur (as the start of a word) in the record; case and accents do not matter. Results
come grouped by kind, best first, each with a snippet and the meeting it belongs to, so
that the record can be opened (or its meeting, for kinds that have no page of their own).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import (
    Action,
    AgendaItem,
    Commitment,
    Decision,
    Lesson,
    Meeting,
    Note,
    Record,
)
from workbench.store import search_index
from workbench.store.search_index import HIT_END, HIT_START

log = logging.getLogger(__name__)

#: The order groups are shown in: what people write most first.
KIND_ORDER: tuple[str, ...] = (
    "note",
    "agendaitem",
    "decision",
    "commitment",
    "action",
    "lesson",
)
DEFAULT_LIMIT = 50
TITLE_CHARS = 80


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A record that matches, with what is needed to show it and to open it."""

    kind: str  # the table name, as ``show_record`` takes it
    record_id: str
    title: str  # plain text
    snippet: str  # matched text, with ``HIT_START``/``HIT_END`` around the words found
    when: datetime | date | None
    meeting_id: str | None
    meeting: str | None
    engagement_id: str | None


@dataclass(frozen=True)
class SearchGroup:
    kind: str
    total: int  # all matches of this kind; ``hits`` holds the best of them
    hits: tuple[SearchHit, ...]


@dataclass(frozen=True)
class SearchResults:
    text: str
    groups: tuple[SearchGroup, ...]

    @property
    def total(self) -> int:
        return sum(g.total for g in self.groups)

    def hits(self) -> list[SearchHit]:
        return [h for g in self.groups for h in g.hits]


def plain(marked: str) -> str:
    """A snippet without its hit marks."""
    return marked.replace(HIT_START, "").replace(HIT_END, "")


def search(
    session: Session,
    text: str,
    *,
    limit_per_kind: int = DEFAULT_LIMIT,
    kinds: tuple[str, ...] = KIND_ORDER,
) -> SearchResults:
    """Records holding every word of ``text``; empty results for text without words."""
    match = search_index.match_expression(text)
    if match is None:
        return SearchResults(text, ())
    conn = session.connection()
    counts = search_index.count_by_kind(conn, match)
    groups = []
    for kind in kinds:
        total = counts.get(kind, 0)
        if not total:
            continue
        found = search_index.best_hits(conn, match, kind, limit_per_kind, text=text)
        details = _details(session, kind, [h.record_id for h in found])
        hits = tuple(
            SearchHit(
                kind=kind,
                record_id=h.record_id,
                title=details[h.record_id][0],
                snippet=_snippet(h),
                when=details[h.record_id][1],
                meeting_id=details[h.record_id][2],
                meeting=details[h.record_id][3],
                engagement_id=details[h.record_id][4],
            )
            for h in found
            if h.record_id in details
        )
        groups.append(SearchGroup(kind, total, hits))
    return SearchResults(text, tuple(groups))


def _snippet(hit: search_index.IndexHit) -> str:
    """The body's snippet when the words are there, else the title's."""
    if HIT_START in hit.snippet or HIT_START not in hit.title:
        return hit.snippet.strip()
    return hit.title.strip()


def _first_line(text: str | None) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= TITLE_CHARS else line[: TITLE_CHARS - 1] + "…"


def _details(session: Session, kind: str, ids: list[str]) -> dict[str, tuple[Any, ...]]:
    """``id -> (title, when, meeting id, meeting title, engagement id)`` for the hits."""
    if not ids:
        return {}
    table, m = _TABLES[kind].__table__, Meeting.__table__
    names = _COLUMNS[kind]
    rows = session.execute(
        sa.select(
            table.c.id,
            *(table.c[c] for c in names),
            table.c.meeting_id,
            m.c.title,
            m.c.starts_at,
            m.c.engagement_id,
        )
        .select_from(table.outerjoin(m, table.c.meeting_id == m.c.id))
        .where(table.c.id.in_(ids))
    )
    out: dict[str, tuple[Any, ...]] = {}
    for record_id, *values in rows:
        own = dict(zip(names, values[: len(names)], strict=True))
        meeting_id, meeting, starts_at, meeting_engagement = values[len(names) :]
        title = _first_line(own.get("title") or own.get("text") or own.get("body"))
        when = own.get("captured_at") if kind == "note" else starts_at
        engagement = own.get("engagement_id") or meeting_engagement
        out[record_id] = (title, when, meeting_id, meeting, engagement)
    return out


_TABLES: dict[str, type[Record]] = {
    "note": Note,
    "agendaitem": AgendaItem,
    "decision": Decision,
    "commitment": Commitment,
    "action": Action,
    "lesson": Lesson,
}
#: The columns read for a hit's title, date and engagement.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "note": ("body", "captured_at", "engagement_id"),
    "agendaitem": ("title",),
    "decision": ("text",),
    "commitment": ("text", "engagement_id"),
    "action": ("title", "engagement_id"),
    "lesson": ("text", "engagement_id"),
}
