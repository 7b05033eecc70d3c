"""What the engagement report and the tracker workbook show, for one audience.

``load_engagement`` gathers an engagement's targets and objectives (with the history of
their milestone stages), meetings, decisions (of the meetings the audience sees),
commitments, actions, lessons and, for the group only, notes; the stewardship record
(interactions, escalation, roles: ``services.stewardship.record``); every query filters
by audience (``workbench.services.visible``). The engagement's own texts, a target's
region and reason and its company's name, a lesson's category: each is None where its
own audience keeps it from the reader.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import (
    Action,
    Audience,
    ChainPosition,
    Change,
    Decision,
    Engagement,
    EngagementStatus,
    Lesson,
    Meeting,
    Note,
    Objective,
    Organisation,
    Outcome,
    Target,
)
from workbench.domain.audiences import audience_column
from workbench.domain.rules import local_today
from workbench.services.errors import NotFoundError
from workbench.services.followup.actions import ActionRow, read_actions
from workbench.services.followup.commitments import CommitmentRow, read_commitments
from workbench.services.stewardship.record import StewardshipDoc, load_stewardship
from workbench.services.visible import (
    DecisionDoc,
    MeetingRef,
    NoteDoc,
    collector_paused,
    live_and_visible,
    query_decisions,
    query_meetings,
    query_notes,
    shown,
)

#: The engagement's texts that have an audience of their own.
ENGAGEMENT_TEXTS = ("title", "theme", "description", "baseline")


@dataclass(frozen=True, slots=True)
class StageChange:
    at: datetime
    old: int | None
    new: int | None
    meeting_title: str | None


@dataclass(frozen=True, slots=True)
class ObjectiveDoc:
    id: str
    text: str
    stage: int
    outcome: Outcome
    target_id: str | None
    target: str | None
    audience: Audience
    stage_changes: tuple[StageChange, ...]


@dataclass(frozen=True, slots=True)
class TargetDoc:
    id: str
    organisation_id: str
    name: str | None  # None: the company is not named for this audience
    chain_position: ChainPosition
    hq_region: str | None
    why_selected: str | None
    objectives: tuple[ObjectiveDoc, ...]
    kept: frozenset[str] = frozenset()  # its texts for the working group only (group docs)


@dataclass(frozen=True, slots=True)
class LessonDoc:
    id: str
    category: str | None
    text: str
    meeting_title: str | None
    audience: Audience


@dataclass(frozen=True, slots=True)
class EngagementDoc:
    """One engagement as its report and tracker show it, for one audience."""

    id: str
    title: str | None  # None: the title is for the working group only
    theme: str | None
    description: str | None
    status: EngagementStatus
    started_on: date | None
    baseline: str | None
    audience: Audience
    today: date
    targets: tuple[TargetDoc, ...]
    objectives: tuple[ObjectiveDoc, ...]  # all of them, including those without a target
    meetings: tuple[MeetingRef, ...]
    decisions: tuple[DecisionDoc, ...]
    commitments: tuple[CommitmentRow, ...]
    actions: tuple[ActionRow, ...]
    lessons: tuple[LessonDoc, ...]
    notes: tuple[NoteDoc, ...]  # empty unless the audience is the group
    stewardship: StewardshipDoc = field(default_factory=StewardshipDoc)  # interactions...
    #: The engagement's texts (and its targets': ``TargetDoc.kept``) that are for the
    #: working group only: a group document marks them, a partners one does not have them.
    kept: frozenset[str] = frozenset()


def _stage(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _stage_changes(
    session: Session, objective_ids: list[str], audience: Audience
) -> dict[str, list[StageChange]]:
    """The recorded stage changes of the (already visible) objectives, oldest first."""
    if not objective_ids:
        return {}
    ch = Change.__table__
    m = Meeting.__table__
    query = (
        sa.select(ch.c.entity_id, ch.c.at, ch.c.old, ch.c.new, m.c.title)
        .select_from(
            ch.outerjoin(m, sa.and_(ch.c.meeting_id == m.c.id, live_and_visible(m, audience)))
        )
        .where(
            ch.c.entity == Objective.__tablename__,
            ch.c.field == "stage",
            ch.c.deleted_at.is_(None),
            ch.c.entity_id.in_(objective_ids),
        )
        .order_by(ch.c.at, ch.c.id)
    )
    out: dict[str, list[StageChange]] = {}
    for oid, at, old, new, meeting_title in session.execute(query):
        out.setdefault(oid, []).append(StageChange(at, _stage(old), _stage(new), meeting_title))
    return out


def _objectives(session: Session, engagement_id: str, audience: Audience) -> list[ObjectiveDoc]:
    o, t, org = Objective.__table__, Target.__table__, Organisation.__table__
    query = (
        sa.select(
            o.c.id,
            o.c.text,
            o.c.stage,
            o.c.outcome,
            t.c.id,
            shown(org, "name", audience),
            o.c.audience,
        )
        .select_from(
            o.outerjoin(t, sa.and_(o.c.target_id == t.c.id, t.c.deleted_at.is_(None))).outerjoin(
                org, t.c.organisation_id == org.c.id
            )
        )
        .where(o.c.engagement_id == engagement_id, live_and_visible(o, audience))
        .order_by(org.c.name, o.c.created_at, o.c.id)
    )
    rows = list(session.execute(query))
    changes = _stage_changes(session, [r[0] for r in rows], audience)
    return [
        ObjectiveDoc(
            oid, text, stage, outcome, target_id, target, audience, tuple(changes.get(oid, ()))
        )
        for oid, text, stage, outcome, target_id, target, audience in rows
    ]


def _targets(
    session: Session, engagement_id: str, objectives: list[ObjectiveDoc], audience: Audience
) -> tuple[TargetDoc, ...]:
    t, org = Target.__table__, Organisation.__table__
    query = (
        sa.select(
            t.c.id,
            org.c.id,
            shown(org, "name", audience),
            t.c.chain_position,
            shown(t, "hq_region", audience),
            shown(t, "why_selected", audience),
            *_kept_columns(t, ("name", "hq_region", "why_selected"), org),
        )
        .select_from(t.join(org, t.c.organisation_id == org.c.id))
        .where(t.c.engagement_id == engagement_id, t.c.deleted_at.is_(None))
        .order_by(t.c.created_at, org.c.name)
    )
    return tuple(
        TargetDoc(
            tid,
            org_id,
            name,
            position,
            region,
            why,
            tuple(o for o in objectives if o.target_id == tid),
            _kept(("name", "hq_region", "why_selected"), marks),
        )
        for tid, org_id, name, position, region, why, *marks in session.execute(query)
    )


def _kept_columns(table: sa.FromClause, fields: tuple[str, ...], names: sa.FromClause) -> list[Any]:
    """The audience columns of ``fields`` (``name`` is the organisation's)."""
    return [(names if f == "name" else table).c[audience_column(f)] for f in fields]


def _kept(fields: tuple[str, ...], marks: Sequence[Audience]) -> frozenset[str]:
    return frozenset(f for f, mark in zip(fields, marks, strict=True) if mark != Audience.PARTNERS)


def _lessons(session: Session, engagement_id: str, audience: Audience) -> tuple[LessonDoc, ...]:
    le, m = Lesson.__table__, Meeting.__table__
    query = (
        sa.select(le.c.id, shown(le, "category", audience), le.c.text, m.c.title, le.c.audience)
        .select_from(
            le.outerjoin(m, sa.and_(le.c.meeting_id == m.c.id, live_and_visible(m, audience)))
        )
        .where(le.c.engagement_id == engagement_id, live_and_visible(le, audience))
        .order_by(le.c.category, le.c.created_at, le.c.id)
    )
    return tuple(LessonDoc(*row) for row in session.execute(query))


def load_engagement(
    session: Session,
    engagement_id: str,
    audience: Audience,
    *,
    today: date | None = None,
) -> EngagementDoc:
    """The report/tracker data of one engagement, as ``audience`` may see it."""
    with collector_paused():
        return _load_engagement(session, engagement_id, audience, today)


def _load_engagement(
    session: Session, engagement_id: str, audience: Audience, today: date | None
) -> EngagementDoc:
    audience = Audience(audience)
    today = today or local_today()
    e = Engagement.__table__
    texts = [shown(e, field, audience) for field in ENGAGEMENT_TEXTS]
    marks = [e.c[audience_column(field)] for field in ENGAGEMENT_TEXTS]
    row = (
        session.execute(
            sa.select(e.c.id, e.c.status, e.c.started_on, *texts, *marks).where(
                e.c.id == engagement_id, e.c.deleted_at.is_(None)
            )
        )
        .mappings()
        .one_or_none()
    )
    if row is None:
        raise NotFoundError("engagement", engagement_id)
    objectives = _objectives(session, engagement_id, audience)
    m, d = Meeting.__table__, Decision.__table__
    a, n = Action.__table__, Note.__table__
    in_engagement = sa.select(m.c.id).where(m.c.engagement_id == engagement_id)
    # what the group decided is read by meeting: a decision of a meeting this audience
    # does not see (a group-only one, or one deleted) is not in the report at all
    seen_meetings = in_engagement.where(live_and_visible(m, audience))
    notes: list[NoteDoc] = []
    if audience == Audience.GROUP:
        notes = query_notes(
            session,
            audience,
            sa.or_(n.c.engagement_id == engagement_id, n.c.meeting_id.in_(in_engagement)),
        )
    return EngagementDoc(
        id=row["id"],
        title=row["title"],
        theme=row["theme"],
        description=row["description"],
        status=row["status"],
        started_on=row["started_on"],
        baseline=row["baseline"],
        audience=audience,
        today=today,
        targets=_targets(session, engagement_id, objectives, audience),
        objectives=tuple(objectives),
        meetings=tuple(query_meetings(session, audience, m.c.engagement_id == engagement_id)),
        decisions=tuple(query_decisions(session, audience, d.c.meeting_id.in_(seen_meetings))),
        commitments=tuple(
            read_commitments(
                session,
                today=today,
                audience=audience,
                engagement_id=engagement_id,
                by_meeting=True,
            )
        ),
        actions=tuple(
            read_actions(
                session,
                today=today,
                audience=audience,
                where=[a.c.engagement_id == engagement_id],
                undated_last=True,
            )
        ),
        lessons=_lessons(session, engagement_id, audience),
        notes=tuple(notes),
        stewardship=load_stewardship(session, engagement_id, audience),
        kept=_kept(ENGAGEMENT_TEXTS, [row[audience_column(f)] for f in ENGAGEMENT_TEXTS]),
    )
