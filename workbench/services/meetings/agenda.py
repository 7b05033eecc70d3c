"""Preparing a meeting's agenda: items, their order and time boxes, and the carry-over.

A new meeting of an engagement starts with the item "Open actions and commitments"
(``is_carry_over``); what it lists, and how a listed follow-up is updated with its
history, lives in ``workbench.services.meetings.carry_over`` (re-exported here).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col

from workbench import texts
from workbench.domain import (
    AgendaItem,
    Audience,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Objective,
    Organisation,
    Person,
    Purpose,
    Target,
)
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFoundError, Word
from workbench.services.meetings.carry_over import (
    CarryOverEntry,
    carry_over_entries,
    history,
    update_carried,
)
from workbench.services.records import coerce_value, get_record, tombstone

#: The carry-over item's title in English; it is made in the user's language (``texts``).
CARRY_OVER_TITLE = texts.CARRY_OVER_TITLE["en"]
CARRY_OVER_MINUTES = 10

#: Fields of an agenda item the editor may change.
EDITABLE_FIELDS = frozenset(
    {
        "title",
        "purpose",
        "planned_minutes",
        "presenter_id",
        "audience",
        "objective_id",
        "target_id",
        "notes",
        "outcome",
        "notes_audience",
        "outcome_audience",
    }
)

OPEN_STATUSES = ("open", "in_progress")


@dataclass(frozen=True, slots=True)
class AgendaItemRow:
    """One agenda item as the editor and chair mode show it (read-only)."""

    id: str
    meeting_id: str
    position: int
    title: str
    purpose: Purpose
    planned_minutes: int
    presenter_id: str | None
    presenter: str | None
    audience: Audience
    objective_id: str | None
    objective: str | None
    target_id: str | None
    target: str | None
    notes: str | None
    outcome: str | None
    actual_seconds: int | None
    is_carry_over: bool
    notes_audience: Audience = Audience.GROUP  # who may read the notes outside the group
    outcome_audience: Audience = Audience.GROUP


@dataclass(frozen=True, slots=True)
class AgendaTiming:
    """The running total of the time boxes against the meeting's duration."""

    total_minutes: int
    duration_minutes: int

    @property
    def fits(self) -> bool:
        return self.total_minutes <= self.duration_minutes

    @property
    def over_minutes(self) -> int:
        return max(0, self.total_minutes - self.duration_minutes)

    @property
    def spare_minutes(self) -> int:
        return max(0, self.duration_minutes - self.total_minutes)


# -- reading ------------------------------------------------------------------------------
def list_items(session: Session, meeting_id: str) -> list[AgendaItemRow]:
    """The live items of a meeting in agenda order, with names joined in."""
    i, p, ob = AgendaItem.__table__, Person.__table__, Objective.__table__
    t, o = Target.__table__, Organisation.__table__
    query = (
        sa.select(
            i.c.id,
            i.c.meeting_id,
            i.c.position,
            i.c.title,
            i.c.purpose,
            i.c.planned_minutes,
            i.c.presenter_id,
            p.c.name,
            i.c.audience,
            i.c.objective_id,
            ob.c.text,
            i.c.target_id,
            o.c.name,
            i.c.notes,
            i.c.outcome,
            i.c.actual_seconds,
            i.c.is_carry_over,
            i.c.notes_audience,
            i.c.outcome_audience,
        )
        .select_from(
            i.outerjoin(p, i.c.presenter_id == p.c.id)
            .outerjoin(ob, i.c.objective_id == ob.c.id)
            .outerjoin(t, i.c.target_id == t.c.id)
            .outerjoin(o, t.c.organisation_id == o.c.id)
        )
        .where(i.c.meeting_id == meeting_id, i.c.deleted_at.is_(None))
        .order_by(i.c.position, i.c.created_at, i.c.id)
    )
    return [AgendaItemRow(*row) for row in session.execute(query)]


def get_item(session: Session, item_id: str) -> AgendaItemRow:
    item = get_record(session, AgendaItem, item_id)
    for row in list_items(session, item.meeting_id):
        if row.id == item_id:
            return row
    raise DomainError(
        QT_TRANSLATE_NOOP("DomainError", "Agenda item {id} is not on its meeting's agenda."),
        id=item_id,
    )


def timing(session: Session, meeting_id: str) -> AgendaTiming:
    """Planned minutes of every live item against the meeting's duration."""
    meeting = get_record(session, Meeting, meeting_id)
    i = AgendaItem.__table__
    total = session.execute(
        sa.select(sa.func.coalesce(sa.func.sum(i.c.planned_minutes), 0)).where(
            i.c.meeting_id == meeting_id, i.c.deleted_at.is_(None)
        )
    ).scalar_one()
    return AgendaTiming(int(total), meeting.duration_minutes)


def agenda_fit(planned_minutes: Sequence[int], duration_minutes: int) -> AgendaTiming:
    """The same sum for rows already loaded (the editor does not query on each key)."""
    return AgendaTiming(sum(planned_minutes), duration_minutes)


# -- editing --------------------------------------------------------------------------
def _live_items(session: Session, meeting_id: str) -> list[AgendaItem]:
    query = (
        sa.select(AgendaItem)
        .where(col(AgendaItem.meeting_id) == meeting_id, col(AgendaItem.deleted_at).is_(None))
        .order_by(col(AgendaItem.position), col(AgendaItem.created_at), col(AgendaItem.id))
    )
    return list(session.scalars(query))


def _renumber(items: Sequence[AgendaItem]) -> None:
    for n, item in enumerate(items):
        if item.position != n:
            item.position = n


def add_item(
    session: Session,
    meeting_id: str,
    *,
    title: str,
    purpose: Purpose | str = Purpose.DISCUSS,
    planned_minutes: int = 10,
    presenter_id: str | None = None,
    audience: Audience | str | None = None,
    objective_id: str | None = None,
    target_id: str | None = None,
    position: int | None = None,
    item_id: str | None = None,
) -> AgendaItem:
    """Add an item (at the end unless ``position``); audience defaults to the meeting's.

    ``item_id`` lets undo/redo bring back the very same record.
    """
    meeting = get_record(session, Meeting, meeting_id)
    title = (title or "").strip()
    if not title:
        raise DomainError(QT_TRANSLATE_NOOP("DomainError", "An agenda item needs a title."))
    if int(planned_minutes) < 0:
        raise DomainError(QT_TRANSLATE_NOOP("DomainError", "The time box cannot be negative."))
    items = _live_items(session, meeting_id)
    fields: dict[str, Any] = {
        "meeting_id": meeting_id,
        "title": title,
        "purpose": coerce_value(AgendaItem, "purpose", purpose),
        "planned_minutes": int(planned_minutes),
        "presenter_id": presenter_id,
        "audience": coerce_value(AgendaItem, "audience", audience or meeting.audience),
        "objective_id": objective_id,
        "target_id": target_id,
    }
    if item_id:
        fields["id"] = item_id
    item = AgendaItem(**fields)
    index = len(items) if position is None else max(0, min(position, len(items)))
    items.insert(index, item)
    session.add(item)
    _renumber(items)
    session.flush()
    return item


def update_item(session: Session, item_id: str, **changes: Any) -> AgendaItem:
    """Change fields of an item; a bad value raises ``DomainError`` and changes nothing."""
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "A {kind} has no editable field “{field}”."),
            kind=Word("agenda item"),
            field=sorted(unknown)[0],
        )
    item = get_record(session, AgendaItem, item_id)
    values = {k: coerce_value(AgendaItem, k, v) for k, v in changes.items()}
    if "title" in values and not str(values["title"]).strip():
        raise DomainError(QT_TRANSLATE_NOOP("DomainError", "An agenda item needs a title."))
    if "planned_minutes" in values and values["planned_minutes"] < 0:
        raise DomainError(QT_TRANSLATE_NOOP("DomainError", "The time box cannot be negative."))
    for field, value in values.items():
        if getattr(item, field) != value:
            setattr(item, field, value)
    session.add(item)
    session.flush()
    return item


def remove_item(session: Session, item_id: str) -> int:
    """Tombstone an item and close the gap; returns the position it had (for undo)."""
    item = get_record(session, AgendaItem, item_id)
    position = next(
        (n for n, it in enumerate(_live_items(session, item.meeting_id)) if it.id == item_id), 0
    )
    tombstone(session, AgendaItem, item_id)
    _renumber(_live_items(session, item.meeting_id))
    session.flush()
    return position


def restore_item(session: Session, item_id: str, position: int) -> AgendaItem:
    """Bring back a removed item at ``position`` (undo of ``remove_item``)."""
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFoundError("agenda item", item_id)
    items = [it for it in _live_items(session, item.meeting_id) if it.id != item_id]
    item.deleted_at = None
    items.insert(max(0, min(position, len(items))), item)
    session.add(item)
    _renumber(items)
    session.flush()
    return item


def move_item(session: Session, item_id: str, new_index: int) -> int:
    """Move an item to ``new_index`` in the agenda; returns the index it had."""
    item = get_record(session, AgendaItem, item_id)
    items = _live_items(session, item.meeting_id)
    old_index = next(n for n, it in enumerate(items) if it.id == item_id)
    moved = items.pop(old_index)
    items.insert(max(0, min(new_index, len(items))), moved)
    _renumber(items)
    session.flush()
    return old_index


def reorder(session: Session, meeting_id: str, ordered_ids: Sequence[str]) -> None:
    """Put the items in this order; ids not named keep their relative order at the end."""
    items = _live_items(session, meeting_id)
    by_id = {it.id: it for it in items}
    unknown = [i for i in ordered_ids if i not in by_id]
    if unknown:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "Agenda item {id} is not on this meeting's agenda."),
            id=unknown[0],
        )
    named = [by_id[i] for i in ordered_ids]
    rest = [it for it in items if it.id not in set(ordered_ids)]
    _renumber(named + rest)
    session.flush()


# -- new meetings and carry-over ------------------------------------------------------
def create_meeting(
    session: Session,
    *,
    title: str,
    engagement_id: str | None,
    kind: MeetingKind | str = MeetingKind.WORKING_GROUP,
    starts_at: datetime | None = None,
    duration_minutes: int = 60,
    place: str | None = None,
    audience: Audience | str = Audience.GROUP,
    carry_over: bool = True,
    lang: str | None = None,
) -> Meeting:
    """A new draft meeting; with an engagement it opens on the carry-over item (titled in
    ``lang``, default the user's language)."""
    title = (title or "").strip()
    if not title:
        raise DomainError(QT_TRANSLATE_NOOP("DomainError", "A meeting needs a title."))
    if duration_minutes <= 0:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "A meeting needs a duration of at least one minute.")
        )
    if starts_at is not None and starts_at.tzinfo is None:
        starts_at = starts_at.astimezone()
    meeting = Meeting(
        title=title,
        engagement_id=engagement_id,
        kind=MeetingKind(kind),
        starts_at=starts_at,
        duration_minutes=int(duration_minutes),
        place=place,
        audience=Audience(audience),
        status=MeetingStatus.DRAFT,
    )
    session.add(meeting)
    session.flush()
    if carry_over and engagement_id:
        add_carry_over_item(session, meeting.id, lang=lang)
    return meeting


def add_carry_over_item(
    session: Session, meeting_id: str, *, lang: str | None = None
) -> AgendaItem:
    """The "Open actions and commitments" item at the top (only one per meeting), in
    ``lang`` (default: ``texts.content_language()``); then it is the user's to edit."""
    for item in _live_items(session, meeting_id):
        if item.is_carry_over:
            return item
    item = add_item(
        session,
        meeting_id,
        title=texts.carry_over_title(lang),
        purpose=Purpose.DISCUSS,
        planned_minutes=CARRY_OVER_MINUTES,
        audience=Audience.GROUP,
        position=0,
    )
    item.is_carry_over = True
    session.flush()
    return item


def link_choices(session: Session, meeting_id: str) -> list[tuple[str, str]]:
    """What an item may be linked to: the engagement's objectives, then its companies.

    Keys are ``objective:<id>`` and ``target:<id>``; labels are short enough for a cell.
    """
    meeting = get_record(session, Meeting, meeting_id)
    if meeting.engagement_id is None:
        return []
    ob, t, o = Objective.__table__, Target.__table__, Organisation.__table__
    choices: list[tuple[str, str]] = []
    for oid, text, company in session.execute(
        sa.select(ob.c.id, ob.c.text, o.c.name)
        .select_from(
            ob.outerjoin(t, ob.c.target_id == t.c.id).outerjoin(o, t.c.organisation_id == o.c.id)
        )
        .where(ob.c.engagement_id == meeting.engagement_id, ob.c.deleted_at.is_(None))
        .order_by(o.c.name, ob.c.text)
    ):
        short = text if len(text) <= 60 else text[:59] + "…"
        choices.append((f"objective:{oid}", f"{company}: {short}" if company else short))
    for tid, company in session.execute(
        sa.select(t.c.id, o.c.name)
        .select_from(t.join(o, t.c.organisation_id == o.c.id))
        .where(t.c.engagement_id == meeting.engagement_id, t.c.deleted_at.is_(None))
        .order_by(o.c.name)
    ):
        choices.append((f"target:{tid}", company))
    return choices


__all__ = [
    "CARRY_OVER_TITLE",
    "AgendaItemRow",
    "AgendaTiming",
    "CarryOverEntry",
    "add_carry_over_item",
    "add_item",
    "agenda_fit",
    "carry_over_entries",
    "create_meeting",
    "get_item",
    "history",
    "link_choices",
    "list_items",
    "move_item",
    "remove_item",
    "reorder",
    "restore_item",
    "timing",
    "update_carried",
    "update_item",
]
