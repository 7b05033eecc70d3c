"""Carry-over: what is still open from an engagement's earlier meetings, and its follow-up.

What the item "Open actions and commitments" lists is computed, not copied, with the same
rule the minutes use (open or in progress, of an earlier meeting of the engagement or of
no meeting), so something closed after the agenda was drawn up does not linger on it.
The rows come from the readers every list and export uses (``services.followup``).
Updating a carried entry goes through the store's history (``Change``), tagged with the
meeting it was discussed in and the note the chair typed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

import sqlalchemy as sa
from sqlmodel import Session, col

from workbench.domain import (
    Action,
    ActionStatus,
    Change,
    Commitment,
    CommitmentStatus,
    Direction,
    Meeting,
    utcnow,
)
from workbench.domain.rules import local_today
from workbench.services.followup.actions import read_actions
from workbench.services.followup.commitments import read_commitments
from workbench.services.records import coerce_value, get_record

OPEN_STATUSES = ("open", "in_progress")


@dataclass(frozen=True, slots=True)
class CarryOverEntry:
    """An open action or commitment of an earlier meeting, to be followed up."""

    kind: Literal["action", "commitment"]
    id: str
    text: str
    status: ActionStatus | CommitmentStatus
    due_on: date | None
    overdue: bool
    owner: str | None
    party: str | None
    direction: Direction | None
    meeting_id: str | None
    meeting: str | None


def _earlier_meetings(meeting: Meeting) -> Any:
    m = Meeting.__table__
    if meeting.starts_at is None:
        return sa.select(m.c.id).where(m.c.id != meeting.id)
    return sa.select(m.c.id).where(m.c.starts_at < meeting.starts_at, m.c.id != meeting.id)


def carry_over_entries(
    session: Session, meeting_id: str, *, today: date | None = None
) -> list[CarryOverEntry]:
    """Every open (or overdue) action and commitment of the engagement's earlier meetings.

    Follow-ups recorded outside any meeting (a triaged conference note) count too: they
    would otherwise never come up. Overdue ones first, then by due date.
    """
    today = today or local_today()
    meeting = get_record(session, Meeting, meeting_id)
    if meeting.engagement_id is None:
        return []
    earlier = _earlier_meetings(meeting)
    a, c = Action.__table__, Commitment.__table__
    actions = read_actions(
        session,
        today=today,
        where=[
            a.c.engagement_id == meeting.engagement_id,
            a.c.status.in_(OPEN_STATUSES),
            sa.or_(a.c.meeting_id.is_(None), a.c.meeting_id.in_(earlier)),
        ],
    )
    commitments = read_commitments(
        session,
        today=today,
        engagement_id=meeting.engagement_id,
        where=[
            c.c.status.in_(OPEN_STATUSES),
            sa.or_(c.c.meeting_id.is_(None), c.c.meeting_id.in_(earlier)),
        ],
    )
    entries = [
        CarryOverEntry(
            "action", r.id, r.title, r.status, r.due_on, r.overdue, r.owner, None, None,
            r.meeting_id, r.meeting,
        )
        for r in actions
    ] + [
        CarryOverEntry(
            "commitment", r.id, r.text, r.status, r.due_on, r.overdue, r.owner, r.party,
            r.direction, r.meeting_id, r.meeting,
        )
        for r in commitments
    ]  # fmt: skip
    entries.sort(key=lambda e: (not e.overdue, e.due_on or date.max, e.kind, e.text))
    return entries


def update_carried(
    session: Session,
    kind: Literal["action", "commitment"],
    record_id: str,
    *,
    meeting_id: str,
    status: ActionStatus | CommitmentStatus | str | None = None,
    due_on: date | str | None = None,
    note: str | None = None,
    today: date | None = None,
) -> Action | Commitment:
    """Follow up a carried action or commitment in a meeting; the history records it.

    Each changed field gets a ``Change`` row naming the meeting and carrying the note; a
    note alone (nothing else changed) is recorded as a ``note`` change so it is not lost.
    """
    cls: type[Action] | type[Commitment] = Action if kind == "action" else Commitment
    obj = get_record(session, cls, record_id)
    get_record(session, Meeting, meeting_id)
    note = (note or "").strip() or None
    previous = (session.info.get("meeting_id"), session.info.get("change_note"))
    session.info["meeting_id"], session.info["change_note"] = meeting_id, note
    try:
        changed = False
        if status is not None:
            new_status = coerce_value(cls, "status", status)
            if obj.status != new_status:
                obj.status = new_status
                changed = True
                if isinstance(obj, Action):
                    obj.done_on = (
                        (today or local_today()) if new_status == ActionStatus.DONE else None
                    )
        if due_on is not None:
            new_due = coerce_value(cls, "due_on", due_on)
            if obj.due_on != new_due:
                obj.due_on = new_due
                changed = True
        if note and isinstance(obj, Action):
            stamp = (today or local_today()).isoformat()
            obj.notes = f"{obj.notes}\n{stamp}: {note}" if obj.notes else f"{stamp}: {note}"
        session.add(obj)
        session.flush()
        if note and not changed:
            session.add(
                Change(
                    entity=cls.__table__.name,
                    entity_id=obj.id,
                    field="note",
                    new=note,
                    at=utcnow(),
                    by_id=session.info.get("actor_id"),
                    meeting_id=meeting_id,
                    note=note,
                )
            )
            session.flush()
    finally:
        session.info["meeting_id"], session.info["change_note"] = previous
    return obj


def history(session: Session, entity: str, entity_id: str) -> list[Change]:
    """The recorded changes of one record, oldest first."""
    query = (
        sa.select(Change)
        .where(col(Change.entity) == entity, col(Change.entity_id) == entity_id)
        .order_by(col(Change.at), col(Change.created_at))
    )
    return list(session.scalars(query))
