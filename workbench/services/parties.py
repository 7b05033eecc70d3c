"""People and organisations as their list pages show them, and new ones.

A person's or an organisation's name has an audience of its own (working group only
until shared): the lists show it, so the group sees at a glance whose names partners
exports leave out.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import Audience, Organisation, OrganisationKind, Person


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: str
    name: str
    name_audience: Audience
    organisation: str | None
    role: str | None
    email: str | None
    is_member: bool


@dataclass(frozen=True, slots=True)
class OrganisationRow:
    id: str
    name: str
    name_audience: Audience
    kind: OrganisationKind
    country: str | None


def list_person_rows(session: Session, ids: Collection[str] | None = None) -> list[PersonRow]:
    """Every live person (or those of ``ids``), with their organisation's name."""
    p, o = Person.__table__, Organisation.__table__
    query = (
        sa.select(p.c.id, p.c.name, p.c.name_audience, o.c.name, p.c.role, p.c.email, p.c.is_member)
        .select_from(p.outerjoin(o, p.c.organisation_id == o.c.id))
        .where(p.c.deleted_at.is_(None))
        .order_by(p.c.name, p.c.id)
    )
    if ids is not None:
        query = query.where(p.c.id.in_(list(ids)))
    return [PersonRow(*row) for row in session.execute(query)]


def list_organisation_rows(
    session: Session, ids: Collection[str] | None = None
) -> list[OrganisationRow]:
    """Every live organisation (or those of ``ids``)."""
    o = Organisation.__table__
    query = (
        sa.select(o.c.id, o.c.name, o.c.name_audience, o.c.kind, o.c.country)
        .where(o.c.deleted_at.is_(None))
        .order_by(o.c.name, o.c.id)
    )
    if ids is not None:
        query = query.where(o.c.id.in_(list(ids)))
    return [OrganisationRow(*row) for row in session.execute(query)]


def new_person(session: Session, name: str, organisation_id: str | None = None) -> str:
    """A new person (their name for the working group only, as any new text)."""
    person = Person(name=name, organisation_id=organisation_id)
    session.add(person)
    session.flush()
    return person.id


def new_organisation(session: Session, name: str) -> str:
    organisation = Organisation(name=name)
    session.add(organisation)
    session.flush()
    return organisation.id
