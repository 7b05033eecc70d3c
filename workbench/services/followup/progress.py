"""Is the engagement getting anywhere: objectives at their milestone stages, and a timeline.

Each objective has a milestone stage (0 not started … 4 achieved) and an outcome. A stage
is changed through ``set_stage``, which names the meeting where it happened, so the
history (``Change``) holds the date, the meeting and the "I am" person. The timeline puts
meetings, commitments made, kept and broken, and stage changes on one time axis.

Monitoring from the start matters, but data entered after the fact has no history: a
commitment fulfilled without a recorded status change is placed at its last update, and
an objective whose stage was never changed here shows its stage where it was last
updated; such events are marked ``recorded=False``.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import (
    AgendaItem,
    Audience,
    Commitment,
    CommitmentStatus,
    Direction,
    Meeting,
    MeetingKind,
    MilestoneStage,
    Objective,
    Outcome,
)
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError
from workbench.services.followup.ledger import TargetInfo, commitment_targets, list_targets
from workbench.services.history import changes_of
from workbench.services.records import get_record, update_record


@dataclass(frozen=True, slots=True)
class ObjectiveRow:
    """An objective with its stage, and when and where that stage was reached."""

    id: str
    engagement_id: str
    target_id: str | None
    text: str
    stage: int
    outcome: Outcome
    audience: Audience
    stage_since: datetime | None  # last recorded stage change, else last update
    stage_meeting_id: str | None
    stage_meeting: str | None


@dataclass(frozen=True)
class TargetProgress:
    """A target and its objectives; ``target`` None holds objectives about no target."""

    target: TargetInfo | None
    objectives: tuple[ObjectiveRow, ...]


class EventKind(StrEnum):
    MEETING = "meeting"
    COMMITMENT_MADE = "commitment_made"
    COMMITMENT_FULFILLED = "commitment_fulfilled"
    COMMITMENT_NOT_FULFILLED = "commitment_not_fulfilled"
    STAGE_CHANGE = "stage_change"
    INTERACTION = "interaction"  # a letter, call, AGM question... (services.stewardship)
    ESCALATION = "escalation"  # an escalation step taken (services.stewardship)


@dataclass(frozen=True, slots=True)
class TimelineEvent:
    """One thing that happened, placed in time."""

    at: datetime
    kind: EventKind
    title: str
    entity: str  # table of the record to open
    record_id: str
    target_id: str | None = None
    direction: Direction | None = None
    meeting_kind: MeetingKind | None = None
    stage: int | None = None
    old_stage: int | None = None
    recorded: bool = True  # False: placed at the record's last update (no history)
    detail: str | None = None  # an interaction's kind; a shipped escalation step's key


def list_objectives(
    session: Session, engagement_id: str | None = None, *, ids: Collection[str] | None = None
) -> list[ObjectiveRow]:
    """Objectives with their stage and when it was reached, by target and creation."""
    o = Objective.__table__
    query = sa.select(
        o.c.id,
        o.c.engagement_id,
        o.c.target_id,
        o.c.text,
        o.c.stage,
        o.c.outcome,
        o.c.audience,
        o.c.updated_at,
    ).where(o.c.deleted_at.is_(None))
    if engagement_id is not None:
        query = query.where(o.c.engagement_id == engagement_id)
    if ids is not None:
        query = query.where(o.c.id.in_(ids))
    rows = list(session.execute(query.order_by(o.c.target_id, o.c.created_at, o.c.text)))
    last: dict[str, tuple[datetime, str | None]] = {}
    changes = changes_of(session, "objective", "stage", entity_ids={r[0] for r in rows})
    for change in changes:  # oldest first: the last one wins
        last[change.entity_id] = (change.at, change.meeting_id)
    titles = _meeting_titles(session, {m for _, m in last.values() if m})
    result = []
    for r in rows:
        since, meeting_id = last.get(r[0], (r[7], None))
        result.append(
            ObjectiveRow(
                id=r[0],
                engagement_id=r[1],
                target_id=r[2],
                text=r[3],
                stage=int(r[4]),
                outcome=r[5],
                audience=r[6],
                stage_since=since,
                stage_meeting_id=meeting_id,
                stage_meeting=titles.get(meeting_id) if meeting_id else None,
            )
        )
    return result


def engagement_progress(session: Session, engagement_id: str) -> list[TargetProgress]:
    """Each target of the engagement with its objectives; loose objectives last."""
    objectives = list_objectives(session, engagement_id)
    out = [
        TargetProgress(t, tuple(o for o in objectives if o.target_id == t.id))
        for t in list_targets(session, engagement_id)
    ]
    known = {t.target.id for t in out if t.target}
    loose = tuple(o for o in objectives if o.target_id not in known)
    if loose:
        out.append(TargetProgress(None, loose))
    return out


def _with_meeting(
    session: Session,
    meeting_id: str | None,
    note: str | None,
    objective_id: str,
    **changes: object,
) -> None:
    """Apply ``changes`` to an objective so the history names the meeting and the note."""
    if meeting_id is not None:
        get_record(session, Meeting, meeting_id)  # a clear error for an unknown meeting
    saved = {key: session.info.get(key) for key in ("meeting_id", "change_note")}
    if meeting_id is not None:
        session.info["meeting_id"] = meeting_id
    if note:
        session.info["change_note"] = note
    try:
        update_record(session, Objective, objective_id, **changes)
    finally:
        session.info.update(saved)


def set_stage(
    session: Session,
    objective_id: str,
    stage: int,
    *,
    meeting_id: str | None = None,
    note: str | None = None,
) -> Objective:
    """Move an objective to milestone ``stage`` (0-4), recording the meeting where it
    happened (and an optional note) in the history."""
    try:
        stage = MilestoneStage(int(stage)).value
    except (TypeError, ValueError) as exc:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "A milestone stage is a number from 0 to 4, not “{value}”."
            ),
            value=stage,
        ) from exc
    _with_meeting(session, meeting_id, note, objective_id, stage=stage)
    return get_record(session, Objective, objective_id)


def set_outcome(
    session: Session,
    objective_id: str,
    outcome: Outcome | str,
    *,
    meeting_id: str | None = None,
    note: str | None = None,
) -> Objective:
    """Set an objective's outcome, recording the meeting in the history."""
    _with_meeting(session, meeting_id, note, objective_id, outcome=outcome)
    return get_record(session, Objective, objective_id)


def latest_meeting(session: Session, engagement_id: str, now: datetime) -> str | None:
    """The last meeting of the engagement that has started by ``now``: where a stage
    change being entered most likely happened."""
    m = Meeting.__table__
    row = session.execute(
        sa.select(m.c.id)
        .where(m.c.engagement_id == engagement_id, m.c.deleted_at.is_(None))
        .where(m.c.starts_at.is_not(None), m.c.starts_at <= now)
        .order_by(m.c.starts_at.desc())
        .limit(1)
    ).first()
    return row[0] if row else None


#: The meetings of a timeline by id: (id, title, starts_at, kind).
Meetings = dict[str, tuple[str, str, datetime, MeetingKind]]


def timeline(
    session: Session, engagement_id: str, *, target_id: str | None = None
) -> list[TimelineEvent]:
    """What happened in an engagement (or about one target), oldest first."""
    m, ai = Meeting.__table__, AgendaItem.__table__
    meetings: Meetings = {
        r[0]: (r[0], r[1], r[2], r[3])
        for r in session.execute(
            sa.select(m.c.id, m.c.title, m.c.starts_at, m.c.kind).where(
                m.c.engagement_id == engagement_id,
                m.c.deleted_at.is_(None),
                m.c.starts_at.is_not(None),
            )
        )
    }
    about: dict[str, set[str]] = {}
    for meeting_id, item_target in session.execute(
        sa.select(ai.c.meeting_id, ai.c.target_id).where(
            ai.c.meeting_id.in_(meetings), ai.c.deleted_at.is_(None)
        )
    ):
        if item_target:
            about.setdefault(meeting_id, set()).add(item_target)
    events = [
        TimelineEvent(r[2], EventKind.MEETING, r[1], "meeting", r[0], meeting_kind=r[3])
        for r in meetings.values()
        if target_id is None or target_id in about.get(r[0], set())
    ]
    events += _commitment_events(session, engagement_id, target_id, meetings)
    events += _stage_events(session, engagement_id, target_id, meetings)
    events.sort(key=event_order)
    return events


def event_order(event: TimelineEvent) -> tuple[datetime, bool, str]:
    """The order of a timeline: by time, a meeting before what happened in it."""
    return (event.at, event.kind != EventKind.MEETING, event.title)


def _commitment_events(
    session: Session, engagement_id: str, target_id: str | None, meetings: Meetings
) -> list[TimelineEvent]:
    targets = commitment_targets(session, engagement_id)
    c = Commitment.__table__
    rows = [
        r
        for r in session.execute(
            sa.select(
                c.c.id,
                c.c.text,
                c.c.direction,
                c.c.status,
                c.c.meeting_id,
                c.c.created_at,
                c.c.updated_at,
            ).where(c.c.engagement_id == engagement_id, c.c.deleted_at.is_(None))
        )
        if target_id is None or targets.get(r[0]) == target_id
    ]
    settled: dict[str, tuple[datetime, str]] = {}
    for change in changes_of(session, "commitment", "status", entity_ids={r[0] for r in rows}):
        if change.new in ("fulfilled", "not_fulfilled"):
            settled[change.entity_id] = (change.at, change.new)
        else:
            settled.pop(change.entity_id, None)
    events = []
    for cid, text, direction, status, meeting_id, created, updated in rows:
        made = meetings[meeting_id][2] if meeting_id in meetings else created
        common = {"target_id": targets.get(cid), "direction": direction}
        events.append(
            TimelineEvent(made, EventKind.COMMITMENT_MADE, text, "commitment", cid, **common)
        )
        if status not in (CommitmentStatus.FULFILLED, CommitmentStatus.NOT_FULFILLED):
            continue
        at, recorded = (settled[cid][0], True) if cid in settled else (updated, False)
        kind = (
            EventKind.COMMITMENT_FULFILLED
            if status is CommitmentStatus.FULFILLED
            else EventKind.COMMITMENT_NOT_FULFILLED
        )
        events.append(TimelineEvent(at, kind, text, "commitment", cid, recorded=recorded, **common))
    return events


def _stage_events(
    session: Session, engagement_id: str, target_id: str | None, meetings: Meetings
) -> list[TimelineEvent]:
    objectives = [
        o
        for o in list_objectives(session, engagement_id)
        if target_id is None or o.target_id == target_id
    ]
    by_id = {o.id: o for o in objectives}
    events = []
    changed: set[str] = set()
    for change in changes_of(session, "objective", "stage", entity_ids=set(by_id)):
        objective = by_id[change.entity_id]
        changed.add(objective.id)
        at = change.at
        held = meetings.get(change.meeting_id) if change.meeting_id else None
        if held is not None and held[2] <= at:
            at = held[2]  # it happened in that meeting, even if entered afterwards
        events.append(
            TimelineEvent(
                at,
                EventKind.STAGE_CHANGE,
                objective.text,
                "objective",
                objective.id,
                target_id=objective.target_id,
                stage=_int(change.new),
                old_stage=_int(change.old),
            )
        )
    for objective in objectives:
        if objective.id not in changed and objective.stage > 0 and objective.stage_since:
            events.append(
                TimelineEvent(
                    objective.stage_since,
                    EventKind.STAGE_CHANGE,
                    objective.text,
                    "objective",
                    objective.id,
                    target_id=objective.target_id,
                    stage=objective.stage,
                    recorded=False,
                )
            )
    return events


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _meeting_titles(session: Session, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    m = Meeting.__table__
    return dict(session.execute(sa.select(m.c.id, m.c.title).where(m.c.id.in_(ids))).all())
