"""How the demo case's specs become records: deterministic ids, insert once, and one
``add_*`` function per kind of record.

Every record has a deterministic id (``demo_id``) and is inserted only when no record
with that id exists, so building twice adds nothing and a demo record the user deleted
(a tombstone) is not brought back. The ``add_*`` functions insert in the order they are
called and each lookup flushes what came before, so add parents before children. The
case itself is assembled by ``workbench.services.demo.build``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, TypeVar

from sqlmodel import Session

from workbench.domain import (
    Action,
    AgendaItem,
    Attendance,
    AttendanceRole,
    Audience,
    Commitment,
    Decision,
    Lesson,
    Meeting,
    MeetingStatus,
    Note,
    Organisation,
    Person,
    Presence,
    Record,
)
from workbench.services.demo.data import (
    ActionSpec,
    CommitmentSpec,
    Due,
    ItemSpec,
    MeetingSpec,
    NoteSpec,
    When,
)

R = TypeVar("R", bound=Record)

#: The namespace of every demo id; never change it, or a second build duplicates the case.
DEMO_NAMESPACE = uuid.UUID("8d3f5c1e-2b7a-5e40-9c61-4a0f3b2d7e19")
#: The key in ``Session.info`` where ``insert_once`` counts what it inserted.
CREATED_INFO_KEY = "demo_created"
#: The key in ``Session.info`` of the words the case is written in: English text → text
#: (``data_nl.NL`` for the Dutch case; absent for the English one).
WORDS_INFO_KEY = "demo_words"


def demo_id(key: str) -> str:
    """The id of the demo record with this readable key (e.g. ``"meeting:2020-02-..."``)."""
    return str(uuid.uuid5(DEMO_NAMESPACE, key))


def ref(kind: str, slug: str | None) -> str | None:
    """The id of the demo record ``kind:slug`` (None stays None)."""
    return None if slug is None else demo_id(f"{kind}:{slug}")


def resolve_when(value: When, today: date) -> datetime:
    """An aware UTC instant; a ``timedelta`` counts from midnight UTC of ``today``."""
    if isinstance(value, timedelta):
        return datetime.combine(today, time(), tzinfo=UTC) + value
    return value


def resolve_due(value: Due, today: date) -> date | None:
    """A due date; a ``timedelta`` counts from ``today``."""
    return today + value if isinstance(value, timedelta) else value


def at_noon(day: date) -> datetime:
    """A plausible time of day (UTC) for something that happened on ``day``."""
    return datetime.combine(day, time(12), tzinfo=UTC)


def same_named(spec: object, *names: str) -> dict[str, Any]:
    """The attributes of ``spec`` that go to the record's fields of the same name."""
    return {name: getattr(spec, name) for name in names}


def insert_once(session: Session, record: R) -> bool:
    """Add ``record`` unless a record with its id exists (even tombstoned); True if added."""
    if session.get(type(record), record.id) is not None:
        return False
    words: dict[str, str] | None = session.info.get(WORDS_INFO_KEY)
    if words:  # the same record, its texts in the case's language; ids are not texts
        for column in type(record).__table__.columns:
            value = getattr(record, column.key, None)
            if type(value) is str and value in words:
                setattr(record, column.key, words[value])
    session.add(record)
    counter = session.info.get(CREATED_INFO_KEY)
    if counter is not None:
        counter[type(record)] += 1
    return True


def add_record(
    session: Session,
    cls: type[R],
    key: str,
    *,
    at: datetime,
    updated_at: datetime | None = None,
    **fields: Any,
) -> str:
    """Insert a ``cls`` with id ``demo_id(key)``, created at ``at``; return its id."""
    record = cls(id=demo_id(key), created_at=at, updated_at=updated_at or at, **fields)
    insert_once(session, record)
    return record.id


def add_organisation(session: Session, slug: str, *, at: datetime, **fields: Any) -> str:
    """An organisation (``name``, ``kind``, ``country``) with key ``organisation:slug``;
    named in partners documents (the parties of the case are known to each other)."""
    fields.setdefault("name_audience", Audience.PARTNERS)
    return add_record(session, Organisation, f"organisation:{slug}", at=at, **fields)


def add_person(
    session: Session, slug: str, *, name: str, organisation: str, at: datetime, **fields: Any
) -> str:
    """A person of the organisation with slug ``organisation``; a made-up e-mail address.
    Named in partners documents: members and company contacts see each other in calls."""
    email = f"{name.lower().replace(' ', '.')}@{organisation}.example"
    fields.setdefault("email", email)
    fields.setdefault("name_audience", Audience.PARTNERS)
    return add_record(
        session,
        Person,
        f"person:{slug}",
        at=at,
        name=name,
        organisation_id=ref("organisation", organisation),
        **fields,
    )


@dataclass(frozen=True)
class Context:
    """Where and when something was said: engagement, meeting, agenda item; and "today"."""

    today: date
    at: datetime
    engagement_id: str | None = None
    meeting_id: str | None = None
    agenda_item_id: str | None = None

    def links(self) -> dict[str, str | None]:
        return {
            "engagement_id": self.engagement_id,
            "meeting_id": self.meeting_id,
            "agenda_item_id": self.agenda_item_id,
        }


def add_commitment(session: Session, spec: CommitmentSpec, ctx: Context) -> str:
    """A commitment; a settled one was last updated on the day it was settled."""
    return add_record(
        session,
        Commitment,
        f"commitment:{spec.key}",
        at=ctx.at,
        updated_at=at_noon(spec.settled_on) if spec.settled_on else None,
        **ctx.links(),
        party_id=ref("organisation", spec.party),
        owner_id=ref("person", spec.owner),
        due_on=resolve_due(spec.due, ctx.today),
        **same_named(spec, "direction", "text", "status", "evidence", "audience"),
        evidence_audience=spec.audience,  # the evidence goes where the commitment goes
    )


def add_action(session: Session, key: str, spec: ActionSpec, ctx: Context) -> str:
    """A follow-up action; a done one was last updated on the day it was done."""
    return add_record(
        session,
        Action,
        key,
        at=ctx.at,
        updated_at=at_noon(spec.done_on) if spec.done_on else None,
        **ctx.links(),
        commitment_id=ref("commitment", spec.commitment),
        owner_id=ref("person", spec.owner),
        due_on=resolve_due(spec.due, ctx.today),
        **same_named(spec, "title", "status", "done_on", "notes", "audience"),
        notes_audience=spec.audience,
    )


def add_note(session: Session, spec: NoteSpec, ctx: Context) -> str:
    """A note, captured (and created) at ``spec.captured``, outside any agenda item."""
    captured = resolve_when(spec.captured, ctx.today)
    return add_record(
        session,
        Note,
        f"note:{spec.key}",
        at=captured,
        engagement_id=ctx.engagement_id if spec.in_engagement else None,
        meeting_id=ctx.meeting_id,
        target_id=ref("target", spec.target),
        captured_at=captured,
        **same_named(spec, "body", "place", "triaged", "audience"),
        place_audience=spec.audience,
    )


def add_agenda_item(
    session: Session,
    key: str,
    spec: ItemSpec,
    ctx: Context,
    *,
    position: int,
    audience: Audience,
    closed: datetime,
) -> str:
    """An agenda item with the decisions, commitments and actions that came out of it.

    ``ctx.at`` is when the agenda was drawn up, ``closed`` when the meeting ended (or
    ``ctx.at`` for a meeting still to come): what came out of the item is stamped then.
    ``audience`` is the meeting's, for an item that does not set its own.
    """
    assert ctx.meeting_id is not None, "an agenda item belongs to a meeting"
    item_id = add_record(
        session,
        AgendaItem,
        key,
        at=ctx.at,
        updated_at=closed,
        meeting_id=ctx.meeting_id,
        position=position,
        planned_minutes=spec.minutes,
        presenter_id=ref("person", spec.presenter),
        **same_named(spec, "title", "purpose", "notes", "outcome", "actual_seconds"),
        objective_id=ref("objective", spec.objective),
        target_id=ref("target", spec.target),
        audience=spec.audience or audience,
        # the demo's notes and outcomes are written as minutes for the item's readers
        notes_audience=spec.audience or audience,
        outcome_audience=spec.audience or audience,
    )
    said = replace(ctx, at=closed, agenda_item_id=item_id)
    for n, decision in enumerate(spec.decisions, start=1):
        add_record(
            session,
            Decision,
            f"{key}/decision:{n}",
            at=closed,
            meeting_id=ctx.meeting_id,
            agenda_item_id=item_id,
            text=decision.text,
            audience=decision.audience,
        )
    for commitment in spec.commitments:
        add_commitment(session, commitment, said)
    for n, action in enumerate(spec.actions, start=1):
        add_action(session, f"{key}/action:{n}", action, said)
    return item_id


def add_lesson(session: Session, category: str, text: str, ctx: Context) -> str:
    """A lesson learned, shareable with partners, keyed by its category."""
    return add_record(
        session,
        Lesson,
        f"lesson:{category.lower().replace(' ', '-')}",
        at=ctx.at,
        engagement_id=ctx.engagement_id,
        meeting_id=ctx.meeting_id,
        category=category,
        category_audience=Audience.PARTNERS,
        text=text,
        audience=Audience.PARTNERS,
    )


def invitees(spec: MeetingSpec) -> list[tuple[str, AttendanceRole, Presence]]:
    """Who was invited, in what role, and whether they came (or sent apologies)."""
    people = [(spec.chair, AttendanceRole.CHAIR), (spec.minutes, AttendanceRole.MINUTES)]
    people += [(p, AttendanceRole.MEMBER) for p in spec.members]
    people += [(p, AttendanceRole.GUEST) for p in spec.guests]
    guests = set(spec.guests)
    people += [
        (p, AttendanceRole.GUEST if p in guests else AttendanceRole.MEMBER)
        for p in spec.apologies
        if p not in {q for q, _ in people}
    ]
    return [
        (p, role, Presence.APOLOGIES if p in spec.apologies else Presence.PRESENT)
        for p, role in people
    ]


def add_meeting(session: Session, spec: MeetingSpec, *, engagement_id: str, today: date) -> str:
    """A meeting with its attendance, agenda items (and their outcomes) and notes.

    The agenda is drawn up three weeks before; a meeting that was held starts two minutes
    late and ends when its items' actual time has run out.
    """
    key = f"meeting:{spec.key}"
    starts = resolve_when(spec.starts, today)
    created = starts - timedelta(days=21)
    held = spec.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)
    started = starts + timedelta(minutes=2) if held else None
    spent = sum(item.actual_seconds or 0 for item in spec.items)
    ended = started + timedelta(seconds=spent) if started else None
    closed = ended or created
    meeting_id = add_record(
        session,
        Meeting,
        key,
        at=created,
        updated_at=closed,
        engagement_id=engagement_id,
        starts_at=starts,
        duration_minutes=spec.duration,
        chair_id=ref("person", spec.chair),
        minute_taker_id=ref("person", spec.minutes),
        started_at=started,
        ended_at=ended,
        **same_named(spec, "kind", "title", "place", "status", "audience"),
        place_audience=spec.audience,
    )
    for person, role, presence in invitees(spec):
        add_record(
            session,
            Attendance,
            f"{key}/attendance:{person}",
            at=created,
            updated_at=closed,
            meeting_id=meeting_id,
            person_id=ref("person", person),
            role=role,
            presence=presence,
        )
    ctx = Context(today, created, engagement_id, meeting_id)
    for position, item in enumerate(spec.items, start=1):
        add_agenda_item(
            session,
            f"{key}/item:{position}",
            item,
            ctx,
            position=position,
            audience=spec.audience,
            closed=closed,
        )
    for note in spec.notes:
        add_note(session, note, ctx)
    return meeting_id
