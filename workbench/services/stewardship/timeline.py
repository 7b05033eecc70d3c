"""Interactions and escalation steps on the progress timeline.

``services.followup.progress.timeline`` places meetings, commitments and stage changes;
this adds the letters, calls, AGM questions and escalation steps of the same engagement
(or company), as events of the same kind, so the page draws them on one axis:
``with_stewardship(session, engagement_id, progress.timeline(...))``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlmodel import Session

from workbench.services.followup.progress import EventKind, TimelineEvent, event_order
from workbench.services.stewardship.escalation import read_escalations
from workbench.services.stewardship.interactions import read_interactions


def noon(day: date) -> datetime:
    """A day as an instant: midday where the user is, in UTC."""
    return datetime.combine(day, time(12)).astimezone(UTC)


def stewardship_events(
    session: Session, engagement_id: str, *, target_id: str | None = None
) -> list[TimelineEvent]:
    """The interactions and escalation steps of an engagement (or of one company)."""
    events = [
        TimelineEvent(
            noon(row.occurred_on),
            EventKind.INTERACTION,
            row.subject or (row.summary or "").split("\n")[0],
            "interaction",
            row.id,
            target_id=row.target_id,
            detail=row.kind.value,
        )
        for row in read_interactions(session, engagement_id=engagement_id, target_id=target_id)
    ]
    for row in read_escalations(session, engagement_id=engagement_id, target_id=target_id):
        events.append(
            TimelineEvent(
                noon(row.taken_on),
                EventKind.ESCALATION,
                f"{row.step} — {row.company}",
                "escalation",
                row.id,
                target_id=row.target_id,
                stage=row.rank or None,
                detail=row.step_key if not row.step_renamed else None,
            )
        )
    return events


def with_stewardship(
    session: Session,
    engagement_id: str,
    events: list[TimelineEvent],
    *,
    target_id: str | None = None,
) -> list[TimelineEvent]:
    """``events`` with the stewardship events added, in timeline order."""
    merged = events + stewardship_events(session, engagement_id, target_id=target_id)
    merged.sort(key=event_order)
    return merged
