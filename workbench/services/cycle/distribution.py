"""An engagement's distribution list: who receives the partners version, who the group's.

A draft for partners goes to the people listed for the partners version; a draft for
the group to those listed for the group version. Nobody is on both lists at once: a
person receives one version, so a partner can never be sent the group's by being on the
wrong list as well. People without an e-mail address stay on the list (and are named
in a draft's preview); their address can be filled in here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlmodel import Session, col

from workbench.domain import Audience, DistributionEntry, Engagement, Organisation, Person, utcnow
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError
from workbench.services.records import get_record
from workbench.services.visible import shown

#: Loose on purpose: one @, something on both sides, a dot in the domain, no spaces.
_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")


@dataclass(frozen=True, slots=True)
class Recipient:
    """A person a draft is addressed to (``email`` None: named in the preview only).

    ``name`` is for the user (the preview, the send log); ``address_name`` is the name
    the draft itself may carry beside the address: None where the version's audience
    may not see the person's name (``services.visible.shown``)."""

    person_id: str
    name: str
    email: str | None
    organisation: str | None
    cc: bool = False
    address_name: str | None = None

    @property
    def display(self) -> str:
        """ "Name <address>", or the name alone when there is no address."""
        return f"{self.name} <{self.email}>" if self.email else self.name


@dataclass(frozen=True, slots=True)
class DistributionRow:
    """A person who could be on the list, and what they receive (``receives`` None: not
    on the list)."""

    person_id: str
    name: str
    organisation: str | None
    email: str | None
    is_member: bool
    receives: Audience | None
    cc: bool


def check_email(value: str | None) -> str | None:
    """The address trimmed, None when empty; a malformed one is a ``DomainError``."""
    value = (value or "").strip()
    if not value:
        return None
    if not _EMAIL.match(value):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "“{value}” is not an e-mail address (name@example.org)."
            ),
            value=value,
        )
    return value


def _live_entries(session: Session, engagement_id: str) -> dict[str, DistributionEntry]:
    query = sa.select(DistributionEntry).where(
        col(DistributionEntry.engagement_id) == engagement_id,
        col(DistributionEntry.deleted_at).is_(None),
    )
    return {e.person_id: e for e in session.scalars(query)}


def distribution_rows(session: Session, engagement_id: str) -> list[DistributionRow]:
    """Every live person, those on the list first (partners, then group), then by name."""
    get_record(session, Engagement, engagement_id)
    entries = _live_entries(session, engagement_id)
    p, o = Person.__table__, Organisation.__table__
    query = (
        sa.select(p.c.id, p.c.name, o.c.name, p.c.email, p.c.is_member)
        .select_from(p.outerjoin(o, p.c.organisation_id == o.c.id))
        .where(p.c.deleted_at.is_(None))
    )
    rows = []
    for pid, name, org, email, member in session.execute(query):
        entry = entries.get(pid)
        rows.append(
            DistributionRow(
                pid,
                name,
                org,
                email,
                bool(member),
                entry.receives if entry else None,
                bool(entry.cc) if entry else False,
            )
        )
    order = {Audience.PARTNERS: 0, Audience.GROUP: 1, None: 2}
    rows.sort(key=lambda r: (order[r.receives], r.name.casefold()))
    return rows


def set_distribution(
    session: Session,
    engagement_id: str,
    person_id: str,
    receives: Audience | str | None,
    *,
    cc: bool = False,
) -> DistributionEntry | None:
    """Put a person on the list for one version (None: take them off; a tombstone)."""
    get_record(session, Engagement, engagement_id)
    get_record(session, Person, person_id)
    entry = _live_entries(session, engagement_id).get(person_id)
    if receives is None:
        if entry is not None:
            entry.deleted_at = utcnow()
            session.flush()
        return None
    try:
        audience = Audience(receives)
    except ValueError as exc:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "Receives must be partners or group, not “{value}”."),
            value=receives,
        ) from exc
    if entry is None:
        entry = DistributionEntry(engagement_id=engagement_id, person_id=person_id)
        session.add(entry)
    if entry.receives != audience:
        entry.receives = audience
    if entry.cc != cc:
        entry.cc = cc
    session.flush()
    return entry


def set_email(session: Session, person_id: str, email: str | None) -> Person:
    """Give a person an e-mail address (checked), or clear it."""
    person = get_record(session, Person, person_id)
    value = check_email(email)
    if person.email != value:
        person.email = value
        session.flush()
    return person


def recipients(session: Session, engagement_id: str | None, audience: Audience) -> list[Recipient]:
    """Who receives this version of the engagement's documents: To first, then Cc."""
    if engagement_id is None:
        return []
    d, p, o = DistributionEntry.__table__, Person.__table__, Organisation.__table__
    query = (
        sa.select(
            p.c.id,
            p.c.name,
            p.c.email,
            o.c.name,
            d.c.cc,
            shown(p, "name", Audience(audience), "address_name"),
        )
        .select_from(d.join(p, d.c.person_id == p.c.id).outerjoin(o, p.c.organisation_id == o.c.id))
        .where(
            d.c.engagement_id == engagement_id,
            d.c.deleted_at.is_(None),
            p.c.deleted_at.is_(None),
            d.c.receives == Audience(audience).value,
        )
        .order_by(d.c.cc, p.c.name)
    )
    return [
        Recipient(pid, name, (email or "").strip() or None, org, bool(cc), shown_name)
        for pid, name, email, org, cc, shown_name in session.execute(query)
    ]
