"""Approved minutes are frozen: the guard that refuses to change them.

Once a version of a meeting's minutes is frozen (approved, or a correction finished),
what the minutes record of that meeting cannot change: the meeting's facts, its agenda
items, decisions, attendance and notes. The guard runs on every flush of every session
(registered when ``workbench.services`` is imported), so no form, editor, chair window
or script can change approved minutes by a path someone forgot; a correction opens a
new version with a reason first (``approval.begin_correction``). What happens *after*
the meeting stays free: the status, owner and due date of its actions and commitments,
the triage of its notes. A merge (``session.info["merging"]``) is not refused: the
other laptop's version of the record arrives with its own history.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlmodel import Session

from workbench.domain import (
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
    MinutesVersion,
    Note,
    Record,
)
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError

#: The fields, per table, that the minutes of a meeting record.
FROZEN_FIELDS: dict[type[Record], tuple[str, ...]] = {
    Meeting: (
        "title",
        "kind",
        "engagement_id",
        "starts_at",
        "duration_minutes",
        "place",
        "chair_id",
        "minute_taker_id",
        "audience",
        "deleted_at",
    ),
    AgendaItem: (
        "meeting_id",
        "title",
        "purpose",
        "presenter_id",
        "notes",
        "outcome",
        "audience",
        "deleted_at",
    ),
    Decision: ("meeting_id", "agenda_item_id", "text", "audience", "deleted_at"),
    Attendance: ("meeting_id", "person_id", "role", "presence", "deleted_at"),
    Note: ("meeting_id", "body", "audience", "deleted_at"),
}


def frozen_meetings(session: Session, meeting_ids: set[str]) -> dict[str, int]:
    """Of these meetings, those whose latest version of the minutes is frozen: its number."""
    if not meeting_ids:
        return {}
    v = MinutesVersion.__table__
    latest = (
        sa.select(v.c.meeting_id, sa.func.max(v.c.number).label("n"))
        .where(v.c.meeting_id.in_(meeting_ids), v.c.deleted_at.is_(None))
        .group_by(v.c.meeting_id)
        .subquery()
    )
    query = sa.select(v.c.meeting_id, v.c.number).join(
        latest, sa.and_(latest.c.meeting_id == v.c.meeting_id, latest.c.n == v.c.number)
    )
    query = query.where(v.c.deleted_at.is_(None), v.c.frozen_at.is_not(None))
    with session.no_autoflush:
        return {mid: int(n) for mid, n in session.execute(query)}


def _meeting_of(obj: Record) -> str | None:
    return obj.id if isinstance(obj, Meeting) else getattr(obj, "meeting_id", None)


def _changed_meetings(session: Session) -> dict[str, str]:
    """Meetings whose minutes this flush would change, with the kind of record touched."""
    touched: dict[str, str] = {}
    for obj in session.new:
        fields = FROZEN_FIELDS.get(type(obj))
        if fields is not None and not isinstance(obj, Meeting):
            meeting_id = _meeting_of(obj)
            if meeting_id:
                touched.setdefault(meeting_id, type(obj).__tablename__)
    for obj in session.dirty:
        fields = FROZEN_FIELDS.get(type(obj))
        if fields is None or not session.is_modified(obj):
            continue
        state = sa.inspect(obj)
        changed = [f for f in fields if state.attrs[f].history.has_changes()]
        if not changed:
            continue
        ids: set[str | None] = {_meeting_of(obj)}
        if not isinstance(obj, Meeting):  # a record moved away changes the old minutes too
            ids.update(state.attrs.meeting_id.history.deleted)
        for meeting_id in ids:
            if meeting_id:
                touched.setdefault(str(meeting_id), type(obj).__tablename__)
    return touched


def _guard(session: Session, _ctx: Any, _instances: Any) -> None:
    if session.info.get("merging"):
        return
    touched = _changed_meetings(session)
    if not touched:
        return
    frozen = frozen_meetings(session, set(touched))
    if not frozen:
        return
    meeting_id = sorted(frozen)[0]
    meeting = session.get(Meeting, meeting_id)
    title = meeting.title if meeting is not None else meeting_id
    raise DomainError(
        QT_TRANSLATE_NOOP(
            "DomainError",
            "The minutes of “{title}” were approved (version {version}) and are frozen. To "
            "change them, start a correction and give its reason (Meeting → Correct approved "
            "minutes…).",
        ),
        title=title,
        version=frozen[meeting_id],
    )


def install() -> None:
    """Guard every session of the app (idempotent)."""
    if not event.contains(Session, "before_flush", _guard):
        event.listen(Session, "before_flush", _guard)


install()
