"""Correcting what a meeting captured, at its end: the text, who, by when, which way.

The summary of chair mode lists the decisions, commitments and actions of the meeting;
a slip made while typing fast ("Velora" for "Northgate", the wrong due date) is put
right there. A correction is an ordinary edit, recorded in the history with the meeting
it belongs to, and checked like a capture: a record needs its text, a due date must be
a date. Only what this meeting captured can be corrected here.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from sqlmodel import Session

from workbench.domain import Action, Commitment, Decision, Direction
from workbench.domain.rules import local_today
from workbench.services.chair.summary import CaptureKind
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError, Word
from workbench.services.records import parse_due
from workbench.store import Database

_CLASSES: dict[str, type[Decision] | type[Commitment] | type[Action]] = {
    "decision": Decision,
    "commitment": Commitment,
    "action": Action,
}
#: The fields each kind has, as the capture form names them.
FIELDS: dict[str, tuple[str, ...]] = {
    "decision": ("text",),
    "commitment": ("text", "direction", "party_id", "owner_id", "due_on"),
    "action": ("text", "owner_id", "due_on"),
}


def _record(
    session: Session, kind: CaptureKind, record_id: str, meeting_id: str
) -> Decision | Commitment | Action:
    obj = cast("Decision | Commitment | Action | None", session.get(_CLASSES[kind], record_id))
    if obj is None or obj.deleted_at is not None or obj.meeting_id != meeting_id:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "No {kind} {id} was captured in this meeting."),
            kind=Word(kind),
            id=record_id,
        )
    return obj


def captured_values(
    session: Session, kind: CaptureKind, record_id: str, meeting_id: str
) -> dict[str, Any]:
    """The fields of one capture as the capture form shows them (ids, not names)."""
    obj = _record(session, kind, record_id, meeting_id)
    values: dict[str, Any] = {"text": obj.title if isinstance(obj, Action) else obj.text}
    if isinstance(obj, Commitment):
        values.update(direction=obj.direction, party_id=obj.party_id)
    if isinstance(obj, Commitment | Action):
        values.update(owner_id=obj.owner_id, due_on=obj.due_on)
    return values


def correct_capture(
    db: Database, meeting_id: str, kind: CaptureKind, record_id: str, **changes: Any
) -> None:
    """Put right what the meeting captured; unchanged fields are left alone (no history
    noise). ``changes`` are among ``FIELDS[kind]``: text, direction, party_id, owner_id,
    due_on (a date, or text as typed in the capture form: ``2024-06-30``, ``+14``)."""
    unknown = set(changes) - set(FIELDS[kind])
    if unknown:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "A {kind} has no editable field “{field}”."),
            kind=Word(kind),
            field=sorted(unknown)[0],
        )
    with db.transaction(meeting_id=meeting_id) as s:
        obj = _record(s, kind, record_id, meeting_id)
        for field, value in changes.items():
            if field == "text":
                text = (value or "").strip()
                if not text:
                    raise DomainError(QT_TRANSLATE_NOOP("DomainError", "The text cannot be empty."))
                attribute, value = ("title" if kind == "action" else "text"), text
            elif field == "direction":
                attribute, value = field, Direction(value)
            elif field == "due_on" and not isinstance(value, date | None):
                attribute, value = field, parse_due(str(value), local_today())
            else:
                attribute = field
            if getattr(obj, attribute) != value:
                setattr(obj, attribute, value)
        s.add(obj)
