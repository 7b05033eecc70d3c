"""Interactions that are not meetings: the one reader of interaction rows, and writing them.

A letter, an e-mail, a phone call, an AGM question or vote, a site visit or a public
statement: dated, sent by the group or received from the company, with the company's
counterpart and their seniority, a summary, an audience, and the objectives it concerns
(links that are records of their own, so two laptops can each add one and merge). The
Interactions page, the quick note and the Notes inbox write here; the page, the progress
timeline, the report, the evidence pack and ``workbench list interactions`` read
``read_interactions``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from datetime import date

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import (
    Audience,
    Document,
    Engagement,
    Interaction,
    InteractionDirection,
    InteractionKind,
    InteractionObjective,
    Note,
    Objective,
    Organisation,
    Person,
    Seniority,
    Target,
    utcnow,
)
from workbench.domain.rules import local_today
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError
from workbench.services.records import coerce_value, get_record
from workbench.services.visible import among, live_and_visible, shown

SUBJECT_CHARS = 120


@dataclass(frozen=True, slots=True)
class InteractionRow:
    """An interaction with the names a reader shows; ``objective_ids`` and ``objectives``
    hold only the objectives the reader may see."""

    id: str
    engagement_id: str
    engagement: str | None
    target_id: str | None
    company: str | None
    occurred_on: date
    kind: InteractionKind
    direction: InteractionDirection
    counterpart_id: str | None
    counterpart: str | None
    seniority: Seniority | None
    subject: str
    summary: str | None
    audience: Audience
    objective_ids: tuple[str, ...] = ()
    objectives: tuple[str, ...] = ()


def read_interactions(
    session: Session,
    *,
    audience: Audience = Audience.GROUP,
    engagement_id: str | None = None,
    target_id: str | None = None,
    ids: Collection[str] | None = None,
    period: tuple[date | None, date | None] | None = None,
) -> list[InteractionRow]:
    """Interactions ``audience`` may see, oldest first, with their visible objectives."""
    audience = Audience(audience)
    i, e = Interaction.__table__, Engagement.__table__
    t, org, p = Target.__table__, Organisation.__table__, Person.__table__
    query = (
        sa.select(
            i.c.id,
            i.c.engagement_id,
            shown(e, "title", audience, "engagement"),
            i.c.target_id,
            shown(org, "name", audience, "company"),
            i.c.occurred_on,
            i.c.kind,
            i.c.direction,
            i.c.counterpart_id,
            shown(p, "name", audience, "counterpart"),
            i.c.seniority,
            i.c.subject,
            shown(i, "summary", audience),
            i.c.audience,
        )
        .select_from(
            i.join(e, i.c.engagement_id == e.c.id)
            .outerjoin(t, sa.and_(i.c.target_id == t.c.id, t.c.deleted_at.is_(None)))
            .outerjoin(org, t.c.organisation_id == org.c.id)
            .outerjoin(p, i.c.counterpart_id == p.c.id)
        )
        .where(live_and_visible(i, audience), e.c.deleted_at.is_(None))
        .order_by(i.c.occurred_on, i.c.created_at, i.c.id)
    )
    if engagement_id is not None:
        query = query.where(i.c.engagement_id == engagement_id)
    if target_id is not None:
        query = query.where(i.c.target_id == target_id)
    if ids is not None:
        query = query.where(among(i.c.id, ids))
    if period is not None:
        start, end = period
        if start is not None:
            query = query.where(i.c.occurred_on >= start)
        if end is not None:
            query = query.where(i.c.occurred_on <= end)
    rows = session.execute(query).all()
    links = objective_links(session, [r[0] for r in rows], audience)
    out = []
    for r in rows:
        linked = links.get(r[0], [])
        out.append(
            replace(
                InteractionRow(*r),
                objective_ids=tuple(oid for oid, _ in linked),
                objectives=tuple(text for _, text in linked),
            )
        )
    return out


def objective_links(
    session: Session, interaction_ids: list[str], audience: Audience = Audience.GROUP
) -> dict[str, list[tuple[str, str]]]:
    """``interaction id -> [(objective id, text)]``, the live links to visible objectives."""
    if not interaction_ids:
        return {}
    link, o = InteractionObjective.__table__, Objective.__table__
    query = (
        sa.select(link.c.interaction_id, o.c.id, o.c.text)
        .select_from(link.join(o, link.c.objective_id == o.c.id))
        .where(link.c.deleted_at.is_(None), live_and_visible(o, audience))
        .where(among(link.c.interaction_id, interaction_ids))
        .order_by(o.c.created_at, o.c.id)
    )
    out: dict[str, list[tuple[str, str]]] = {}
    for interaction_id, objective_id, text in session.execute(query):
        out.setdefault(interaction_id, []).append((objective_id, text))
    return out


def create_interaction(
    session: Session,
    engagement_id: str,
    *,
    occurred_on: date | str | None = None,
    kind: InteractionKind | str = InteractionKind.LETTER,
    direction: InteractionDirection | str = InteractionDirection.SENT,
    target_id: str | None = None,
    counterpart_id: str | None = None,
    seniority: Seniority | str | None = None,
    subject: str = "",
    summary: str | None = None,
    audience: Audience | str = Audience.GROUP,
    objective_ids: Iterable[str] = (),
    summary_audience: Audience | str = Audience.GROUP,
) -> Interaction:
    """A new interaction (today's, group-only unless told otherwise) and its objectives."""
    get_record(session, Engagement, engagement_id)
    if target_id is not None:
        target = get_record(session, Target, target_id)
        if target.engagement_id != engagement_id:
            raise DomainError(
                QT_TRANSLATE_NOOP("DomainError", "That company is engaged in another engagement.")
            )
    interaction = Interaction(
        engagement_id=engagement_id,
        target_id=target_id,
        occurred_on=coerce_value(Interaction, "occurred_on", occurred_on or local_today()),
        kind=coerce_value(Interaction, "kind", kind),
        direction=coerce_value(Interaction, "direction", direction),
        counterpart_id=counterpart_id,
        seniority=coerce_value(Interaction, "seniority", seniority),
        subject=(subject or "").strip(),
        summary=summary,
        summary_audience=Audience(summary_audience),
        audience=Audience(audience),
    )
    session.add(interaction)
    session.flush()
    set_objectives(session, interaction.id, objective_ids)
    return interaction


def set_objectives(session: Session, interaction_id: str, objective_ids: Iterable[str]) -> None:
    """Make the interaction concern exactly these objectives (links gone are tombstoned,
    a link taken away and given back again is brought back)."""
    interaction = get_record(session, Interaction, interaction_id)
    wanted = list(dict.fromkeys(objective_ids))
    for objective_id in wanted:
        objective = get_record(session, Objective, objective_id)
        if objective.engagement_id != interaction.engagement_id:
            raise DomainError(
                QT_TRANSLATE_NOOP("DomainError", "That objective belongs to another engagement.")
            )
    existing = session.execute(
        sa.select(InteractionObjective).where(
            InteractionObjective.interaction_id == interaction_id  # type: ignore[arg-type]
        )
    ).scalars()
    now = utcnow()
    seen: set[str] = set()
    for link in existing:
        keep = link.objective_id in wanted and link.objective_id not in seen
        seen.add(link.objective_id)
        if keep and link.deleted_at is not None:
            link.deleted_at = None
            session.add(link)
        elif not keep and link.deleted_at is None:
            link.deleted_at = now
            session.add(link)
    for objective_id in wanted:
        if objective_id not in seen:
            session.add(
                InteractionObjective(interaction_id=interaction_id, objective_id=objective_id)
            )
    session.flush()


def note_to_interaction(
    session: Session,
    note_id: str,
    *,
    kind: InteractionKind | str,
    direction: InteractionDirection | str = InteractionDirection.RECEIVED,
    engagement_id: str | None = None,
    target_id: str | None = None,
    counterpart_id: str | None = None,
    seniority: Seniority | str | None = None,
    occurred_on: date | None = None,
) -> Interaction:
    """Record a note as an interaction: its text as the summary, its first line as the
    subject, the day it was captured as the date, its audience and company kept; the
    note leaves the inbox, and documents attached to it go to the interaction. It needs an
    engagement."""
    note = get_record(session, Note, note_id)
    body = (note.body or "").strip()
    if not body:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "This note is empty; there is nothing to record as an interaction."
            )
        )
    target_id = target_id or note.target_id
    engagement = engagement_id or note.engagement_id
    if engagement is None and target_id is not None:
        engagement = get_record(session, Target, target_id).engagement_id
    if engagement is None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "An interaction belongs to an engagement: choose one for this note first.",
            )
        )
    first = body.splitlines()[0].strip()
    subject = first[:SUBJECT_CHARS] + ("…" if len(first) > SUBJECT_CHARS else "")
    interaction = create_interaction(
        session,
        engagement,
        occurred_on=occurred_on or note.captured_at.astimezone().date(),
        kind=kind,
        direction=direction,
        target_id=target_id,
        counterpart_id=counterpart_id,
        seniority=seniority,
        subject=subject,
        summary=body,
        audience=note.audience,
    )
    for document in session.execute(
        sa.select(Document).where(
            Document.note_id == note_id,  # type: ignore[arg-type]
            Document.deleted_at.is_(None),  # type: ignore[union-attr]
        )
    ).scalars():  # files that came with the note (a phone's photo of a letter) move along
        document.note_id = None
        document.interaction_id = interaction.id
        document.engagement_id = engagement
        session.add(document)
    note.triaged = True
    note.engagement_id = note.engagement_id or engagement
    session.add(note)
    session.flush()
    return interaction
