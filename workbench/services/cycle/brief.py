"""The chair's brief before a company call: everything worth knowing on one or two pages.

For the companies the call is with (those with someone on the attendance list or an
agenda item about them; else every company of the engagement): their objectives and
stages, the open commitments both ways, what was said at the last call with them, what
is overdue, the escalation status, and the agenda with who asks what. The brief is the
working group's own paper: it is read for the group, everything included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import (
    Action,
    AgendaItem,
    Attendance,
    Audience,
    Commitment,
    Decision,
    Direction,
    Engagement,
    Meeting,
    MeetingKind,
    Objective,
    Organisation,
    Outcome,
    Person,
    Purpose,
    Target,
)
from workbench.domain.rules import local_today
from workbench.services.followup.actions import ActionRow, read_actions
from workbench.services.followup.commitments import CommitmentRow, read_commitments
from workbench.services.records import get_record

OPEN = ("open", "in_progress")


@dataclass(frozen=True, slots=True)
class ObjectiveLine:
    company: str | None
    text: str
    stage: int
    outcome: Outcome
    audience: Audience


@dataclass(frozen=True, slots=True)
class SaidLine:
    """One thing said at the last call: an item's outcome (or notes), or a decision."""

    item: str | None
    text: str
    audience: Audience


@dataclass(frozen=True, slots=True)
class LastCall:
    meeting_id: str
    title: str
    starts_at: datetime | None
    said: tuple[SaidLine, ...]


@dataclass(frozen=True, slots=True)
class AskLine:
    number: int
    title: str
    purpose: Purpose
    minutes: int
    asks: str | None  # who asks (the item's presenter)
    notes: str | None


@dataclass(frozen=True, slots=True)
class BriefDoc:
    meeting_id: str
    title: str
    kind: MeetingKind
    starts_at: datetime | None
    place: str | None
    engagement: str | None
    chair: str | None
    today: date
    companies: tuple[str, ...]
    objectives: tuple[ObjectiveLine, ...]
    open_by_company: tuple[CommitmentRow, ...]
    open_by_group: tuple[CommitmentRow, ...]
    last_call: LastCall | None
    overdue_actions: tuple[ActionRow, ...]
    overdue_commitments: tuple[CommitmentRow, ...]
    escalation: tuple[str, ...]
    agenda: tuple[AskLine, ...]
    audience: Audience = Audience.GROUP


def escalation_lines(
    session: Session, engagement_id: str, organisation_ids: tuple[str, ...]
) -> tuple[str, ...]:
    """HOOK (issue 14, escalation): the escalation status of these companies, one line
    each, for the brief's "Escalation" section. Nothing yet: the section is left out
    while this returns nothing. Wire the stewardship record's escalation here."""
    return ()


def _companies(session: Session, meeting: Meeting) -> list[tuple[str, str]]:
    """(organisation id, name) of the engagement's companies this meeting is with."""
    t, o = Target.__table__, Organisation.__table__
    at, p, i = Attendance.__table__, Person.__table__, AgendaItem.__table__
    ob = Objective.__table__
    base = (
        sa.select(o.c.id, o.c.name)
        .select_from(t.join(o, t.c.organisation_id == o.c.id))
        .where(t.c.engagement_id == meeting.engagement_id, t.c.deleted_at.is_(None))
        .order_by(o.c.name)
    )
    attending = (
        sa.select(p.c.organisation_id)
        .select_from(at.join(p, at.c.person_id == p.c.id))
        .where(at.c.meeting_id == meeting.id, at.c.deleted_at.is_(None))
    )
    items = i.c.meeting_id == meeting.id, i.c.deleted_at.is_(None)
    linked_targets = sa.union(
        sa.select(i.c.target_id).where(*items, i.c.target_id.is_not(None)),
        sa.select(ob.c.target_id)
        .select_from(i.join(ob, i.c.objective_id == ob.c.id))
        .where(*items),
    )
    chosen = session.execute(
        base.where(sa.or_(o.c.id.in_(attending), t.c.id.in_(linked_targets)))
    ).all()
    rows = chosen or session.execute(base).all()
    return [(str(a), str(b)) for a, b in dict(rows).items()]


def _last_call(session: Session, meeting: Meeting, orgs: list[str]) -> LastCall | None:
    m, at, p = Meeting.__table__, Attendance.__table__, Person.__table__
    conditions: list[Any] = [
        m.c.engagement_id == meeting.engagement_id,
        m.c.kind == MeetingKind.COMPANY_CALL.value,
        m.c.deleted_at.is_(None),
        m.c.id != meeting.id,
        m.c.status.in_(("held", "minutes_approved", "in_progress")),
    ]
    if meeting.starts_at is not None:
        conditions.append(m.c.starts_at < meeting.starts_at)
    with_them = sa.select(at.c.meeting_id).select_from(at.join(p, at.c.person_id == p.c.id))
    with_them = with_them.where(p.c.organisation_id.in_(orgs), at.c.deleted_at.is_(None))
    query = sa.select(m.c.id, m.c.title, m.c.starts_at).order_by(m.c.starts_at.desc()).limit(1)
    row = session.execute(query.where(*conditions, m.c.id.in_(with_them))).first()
    row = row or session.execute(query.where(*conditions)).first()
    if row is None:
        return None
    i, d = AgendaItem.__table__, Decision.__table__
    said: list[SaidLine] = []
    for title, outcome, notes, audience in session.execute(
        sa.select(i.c.title, i.c.outcome, i.c.notes, i.c.audience)
        .where(i.c.meeting_id == row[0], i.c.deleted_at.is_(None), i.c.is_carry_over.is_(False))
        .order_by(i.c.position, i.c.created_at)
    ):
        text = (outcome or "").strip() or (notes or "").strip()
        if text:
            said.append(SaidLine(title, text, Audience(audience)))
    said += [
        SaidLine(None, text, Audience(audience))
        for text, audience in session.execute(
            sa.select(d.c.text, d.c.audience)
            .where(d.c.meeting_id == row[0], d.c.deleted_at.is_(None))
            .order_by(d.c.created_at)
        )
    ]
    return LastCall(row[0], row[1], row[2], tuple(said))


def load_brief(session: Session, meeting_id: str, *, today: date | None = None) -> BriefDoc:
    """The brief of one meeting (of any kind; it is written for company calls)."""
    today = today or local_today()
    meeting = get_record(session, Meeting, meeting_id)
    companies = _companies(session, meeting) if meeting.engagement_id else []
    org_ids = [oid for oid, _ in companies]
    objectives: list[ObjectiveLine] = []
    by_company: list[CommitmentRow] = []
    by_group: list[CommitmentRow] = []
    overdue_actions: list[ActionRow] = []
    overdue_commitments: list[CommitmentRow] = []
    last = None
    engagement = None
    if meeting.engagement_id:
        engagement = get_record(session, Engagement, meeting.engagement_id).title
        ob, t, o = Objective.__table__, Target.__table__, Organisation.__table__
        for name, text, stage, outcome, audience in session.execute(
            sa.select(o.c.name, ob.c.text, ob.c.stage, ob.c.outcome, ob.c.audience)
            .select_from(
                ob.outerjoin(t, ob.c.target_id == t.c.id).outerjoin(
                    o, t.c.organisation_id == o.c.id
                )
            )
            .where(
                ob.c.engagement_id == meeting.engagement_id,
                ob.c.deleted_at.is_(None),
                sa.or_(ob.c.target_id.is_(None), o.c.id.in_(org_ids)),
            )
            .order_by(o.c.name, ob.c.stage.desc(), ob.c.text)
        ):
            objectives.append(
                ObjectiveLine(name, text, int(stage), Outcome(outcome), Audience(audience))
            )
        c, a = Commitment.__table__, Action.__table__
        open_rows = read_commitments(
            session,
            today=today,
            engagement_id=meeting.engagement_id,
            where=[
                c.c.status.in_(OPEN),
                sa.or_(c.c.party_id.is_(None), c.c.party_id.in_(org_ids)),
            ],
        )
        by_company = [r for r in open_rows if r.direction == Direction.BY_COMPANY]
        by_group = [r for r in open_rows if r.direction == Direction.BY_GROUP]
        overdue_commitments = [r for r in open_rows if r.overdue]
        overdue_actions = [
            r
            for r in read_actions(
                session,
                today=today,
                where=[a.c.engagement_id == meeting.engagement_id, a.c.status.in_(OPEN)],
            )
            if r.overdue
        ]
        last = _last_call(session, meeting, org_ids)
    i, p = AgendaItem.__table__, Person.__table__
    agenda = tuple(
        AskLine(n, title, Purpose(purpose), minutes or 0, asks, notes)
        for n, (title, purpose, minutes, asks, notes) in enumerate(
            session.execute(
                sa.select(i.c.title, i.c.purpose, i.c.planned_minutes, p.c.name, i.c.notes)
                .select_from(i.outerjoin(p, i.c.presenter_id == p.c.id))
                .where(i.c.meeting_id == meeting_id, i.c.deleted_at.is_(None))
                .order_by(i.c.position, i.c.created_at, i.c.id)
            ),
            start=1,
        )
    )
    chair = session.get(Person, meeting.chair_id) if meeting.chair_id else None
    return BriefDoc(
        meeting_id=meeting.id,
        title=meeting.title,
        kind=meeting.kind,
        starts_at=meeting.starts_at,
        place=meeting.place,
        engagement=engagement,
        chair=chair.name if chair is not None else None,
        today=today,
        companies=tuple(name for _, name in companies),
        objectives=tuple(objectives),
        open_by_company=tuple(by_company),
        open_by_group=tuple(by_group),
        last_call=last,
        overdue_actions=tuple(overdue_actions),
        overdue_commitments=tuple(overdue_commitments),
        escalation=escalation_lines(session, meeting.engagement_id or "", tuple(org_ids)),
        agenda=agenda,
    )
