"""Quick notes at conferences, and bringing them back to the group (triage).

A note is saved the moment it has text, for the working group only unless marked. The
inbox holds notes not yet triaged; triage attaches a note to an engagement or meeting,
or turns it into an action or a commitment that keeps the note's text and the time it
was captured (as its ``created_at``). The note itself stays, marked triaged.
"""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import (
    Action,
    Audience,
    Commitment,
    Direction,
    Engagement,
    Meeting,
    Note,
    Organisation,
    Target,
)
from workbench.services import listing
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError, Word
from workbench.services.records import coerce_value, get_record

TITLE_CHARS = 200


def create_note(
    session: Session,
    body: str,
    *,
    place: str | None = None,
    engagement_id: str | None = None,
    meeting_id: str | None = None,
    target_id: str | None = None,
    audience: Audience | str = Audience.GROUP,
    captured_at: datetime | None = None,
    place_audience: Audience | str = Audience.GROUP,
) -> Note:
    """A new untriaged note; a target or meeting brings its engagement along."""
    engagement_id = _engagement_of(session, engagement_id, meeting_id, target_id)
    note = Note(
        body=body or "",
        place=(place or "").strip() or None,
        engagement_id=engagement_id,
        meeting_id=meeting_id,
        target_id=target_id,
        audience=Audience(audience),
        place_audience=Audience(place_audience),
        triaged=False,
    )
    if captured_at is not None:
        note.captured_at = captured_at
    session.add(note)
    session.flush()
    return note


def update_note(session: Session, note_id: str, **changes: object) -> Note:
    """Change a note as it is typed (body, place, engagement, target, audiences)."""
    allowed = {
        "body", "place", "engagement_id", "meeting_id", "target_id", "audience", "place_audience",
    }  # fmt: skip
    unknown = set(changes) - allowed
    if unknown:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "A {kind} has no editable field “{field}”."),
            kind=Word("note"),
            field=sorted(unknown)[0],
        )
    note = get_record(session, Note, note_id)
    for field, raw in changes.items():
        value = raw if field == "body" else coerce_value(Note, field, raw)
        if field == "body":
            value = value or ""
        if getattr(note, field) != value:
            setattr(note, field, value)
    if "target_id" in changes and note.target_id and not note.engagement_id:
        note.engagement_id = get_record(session, Target, note.target_id).engagement_id
    session.add(note)
    session.flush()
    return note


def target_choices(session: Session, engagement_id: str | None) -> list[tuple[str, str]]:
    """``(target id, company name)`` of an engagement, for the note's company picker."""
    if not engagement_id:
        return []
    t, o = Target.__table__, Organisation.__table__
    query = (
        sa.select(t.c.id, o.c.name)
        .select_from(t.join(o, t.c.organisation_id == o.c.id))
        .where(t.c.engagement_id == engagement_id, t.c.deleted_at.is_(None))
        .order_by(o.c.name)
    )
    return [(row[0], row[1]) for row in session.execute(query)]


def inbox(session: Session) -> list[listing.NoteRow]:
    """Notes not yet triaged, newest first."""
    return listing.list_notes(session, untriaged_only=True)


def _engagement_of(
    session: Session, engagement_id: str | None, meeting_id: str | None, target_id: str | None
) -> str | None:
    if engagement_id:
        get_record(session, Engagement, engagement_id)
        return engagement_id
    if meeting_id:
        return get_record(session, Meeting, meeting_id).engagement_id
    if target_id:
        return get_record(session, Target, target_id).engagement_id
    return None


def attach_note(
    session: Session,
    note_id: str,
    *,
    engagement_id: str | None = None,
    meeting_id: str | None = None,
) -> Note:
    """File a note under an engagement or a meeting (the meeting's engagement too)."""
    if not engagement_id and not meeting_id:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "Choose an engagement or a meeting to attach the note to."
            )
        )
    note = get_record(session, Note, note_id)
    if meeting_id:
        meeting = get_record(session, Meeting, meeting_id)
        note.meeting_id = meeting_id
        note.engagement_id = meeting.engagement_id or engagement_id or note.engagement_id
    else:
        assert engagement_id is not None  # one of the two, checked above
        get_record(session, Engagement, engagement_id)
        note.engagement_id = engagement_id
    note.triaged = True
    session.add(note)
    session.flush()
    return note


def mark_triaged(session: Session, note_id: str, triaged: bool = True) -> Note:
    note = get_record(session, Note, note_id)
    note.triaged = triaged
    session.add(note)
    session.flush()
    return note


def _title_from(body: str) -> str:
    text = (body or "").strip()
    if not text:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "This note is empty; there is nothing to turn into a follow-up."
            )
        )
    first = text.splitlines()[0].strip()
    return first[:TITLE_CHARS] + ("…" if len(first) > TITLE_CHARS else "")


def note_to_action(
    session: Session,
    note_id: str,
    *,
    owner_id: str | None = None,
    due_on: date | str | None = None,
    engagement_id: str | None = None,
) -> Action:
    """An action from a note: first line as title, the whole text in its notes."""
    note = get_record(session, Note, note_id)
    action = Action(
        title=_title_from(note.body),
        notes=note.body.strip(),
        engagement_id=engagement_id or note.engagement_id,
        meeting_id=note.meeting_id,
        owner_id=owner_id,
        due_on=coerce_value(Action, "due_on", due_on),
        audience=note.audience,
        created_at=note.captured_at,
    )
    session.add(action)
    note.triaged = True
    note.engagement_id = note.engagement_id or action.engagement_id
    session.add(note)
    session.flush()
    return action


def note_to_commitment(
    session: Session,
    note_id: str,
    *,
    direction: Direction | str = Direction.BY_COMPANY,
    party_id: str | None = None,
    owner_id: str | None = None,
    due_on: date | str | None = None,
    engagement_id: str | None = None,
) -> Commitment:
    """A commitment from a note, keeping its text and time; it needs an engagement."""
    note = get_record(session, Note, note_id)
    engagement = engagement_id or note.engagement_id
    if engagement is None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "A commitment belongs to an engagement: choose one for this note first.",
            )
        )
    _title_from(note.body)
    commitment = Commitment(
        text=note.body.strip(),
        engagement_id=engagement,
        meeting_id=note.meeting_id,
        direction=coerce_value(Commitment, "direction", direction),
        party_id=party_id,
        owner_id=owner_id,
        due_on=coerce_value(Commitment, "due_on", due_on),
        audience=note.audience,
        created_at=note.captured_at,
    )
    session.add(commitment)
    note.triaged = True
    note.engagement_id = engagement
    session.add(note)
    session.flush()
    return commitment
