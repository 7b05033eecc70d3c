"""The history of a record: every change of a tracked field, who made it and where.

The store writes a ``Change`` row whenever a tracked field (status, owner, due date,
milestone stage, outcome, audience) changes, with the "I am" person as ``by`` and the
meeting being chaired, if any. This module reads them back with names instead of ids,
so a record can show "status open → done, 3 May, by Daan, in the call of 2 May".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col

from workbench.domain import Change, Meeting, Person
from workbench.store.lineage import meta_table

#: Fields whose values are ids of people; the history shows their names.
PERSON_FIELDS = frozenset({"owner_id", "chair_id", "minute_taker_id", "presenter_id"})
#: ``Meta`` keys ``laptop:<installation id>`` hold the name of another laptop of the group
#: (written by the exchange folder), so the history can say where a change was made.
LAPTOP_PREFIX = "laptop:"
_INSTALLATION_KEY = "installation_id"  # as ``services.exchange.packages`` keeps it


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One change, ready to show: raw values plus names for the ids."""

    id: str
    at: datetime
    entity: str
    entity_id: str
    field: str
    old: str | None
    new: str | None
    old_name: str | None  # the person's name when the field holds a person id
    new_name: str | None
    by_id: str | None
    by: str | None
    meeting_id: str | None
    meeting: str | None
    note: str | None
    laptop_id: str | None = None  # the installation the change was made on
    laptop: str | None = None  # that laptop's name, when the exchange folder told it
    laptop_here: bool = False  # made on this laptop


def record_history(
    session: Session, entity: str, entity_id: str, *, fields: set[str] | None = None
) -> list[HistoryEntry]:
    """The changes of one record (``entity`` is its table name), newest first."""
    c, m = Change.__table__, Meeting.__table__
    by = Person.__table__.alias("by")
    query = (
        sa.select(
            c.c.id,
            c.c.at,
            c.c.entity,
            c.c.entity_id,
            c.c.field,
            c.c.old,
            c.c.new,
            c.c.by_id,
            by.c.name,
            c.c.meeting_id,
            m.c.title,
            c.c.note,
            c.c.laptop,
        )
        .select_from(c.outerjoin(by, c.c.by_id == by.c.id).outerjoin(m, c.c.meeting_id == m.c.id))
        .where(c.c.entity == entity, c.c.entity_id == entity_id, c.c.deleted_at.is_(None))
        .order_by(c.c.at.desc(), c.c.created_at.desc())
    )
    if fields:
        query = query.where(c.c.field.in_(fields))
    rows = list(session.execute(query))
    person_ids = {v for r in rows if r[4] in PERSON_FIELDS for v in (r[5], r[6]) if v is not None}
    names = _person_names(session, person_ids)
    laptops, here = _laptop_names(session, {r[12] for r in rows if r[12]})
    return [
        HistoryEntry(
            id=r[0],
            at=r[1],
            entity=r[2],
            entity_id=r[3],
            field=r[4],
            old=r[5],
            new=r[6],
            old_name=names.get(r[5]) if r[4] in PERSON_FIELDS else None,
            new_name=names.get(r[6]) if r[4] in PERSON_FIELDS else None,
            by_id=r[7],
            by=r[8],
            meeting_id=r[9],
            meeting=r[10],
            note=r[11],
            laptop_id=r[12],
            laptop=laptops.get(r[12]) if r[12] else None,
            laptop_here=r[12] is not None and r[12] == here,
        )
        for r in rows
    ]


def changes_of(
    session: Session, entity: str, field: str, *, entity_ids: set[str] | None = None
) -> list[Change]:
    """Every change of one field of one kind of record, oldest first (for timelines)."""
    query = (
        sa.select(Change)
        .where(col(Change.entity) == entity, col(Change.field) == field)
        .where(col(Change.deleted_at).is_(None))
        .order_by(col(Change.at))
    )
    if entity_ids is not None:
        query = query.where(col(Change.entity_id).in_(entity_ids))
    return list(session.scalars(query))


def _person_names(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    p = Person.__table__
    return dict(session.execute(sa.select(p.c.id, p.c.name).where(p.c.id.in_(ids))).all())


def _laptop_names(session: Session, ids: set[str]) -> tuple[dict[str, str], str | None]:
    """The names of these laptops that are known, and this laptop's id."""
    meta = meta_table
    keys = [LAPTOP_PREFIX + i for i in ids]
    found = dict(
        session.execute(sa.select(meta.c.key, meta.c.value).where(meta.c.key.in_(keys))).all()
    )
    here = session.execute(
        sa.select(meta.c.value).where(meta.c.key == _INSTALLATION_KEY)
    ).scalar_one_or_none()
    return {k[len(LAPTOP_PREFIX) :]: v for k, v in found.items()}, here


def known_laptops(session: Session) -> dict[str, str]:
    """Every laptop of the group this database knows by name: installation id -> name."""
    meta = meta_table
    rows = session.execute(
        sa.select(meta.c.key, meta.c.value).where(
            meta.c.key >= LAPTOP_PREFIX, meta.c.key < LAPTOP_PREFIX[:-1] + ";"
        )
    ).all()
    return {key[len(LAPTOP_PREFIX) :]: value for key, value in rows}
