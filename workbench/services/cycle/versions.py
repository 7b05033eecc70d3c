"""Reading the versions of a meeting's minutes: their state, a snapshot, the line an
export prints ("version 2, approved … , corrected …").

The stages, in order: *draft* (nothing sent yet), *circulated* (sent as a draft, the
send log says when and to whom), *awaiting approval* at a later meeting (its agenda has
the item), *approved* (version 1 frozen), *correcting* (a later version opened with a
reason, not yet frozen) and again *approved* once the correction is frozen.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

import sqlalchemy as sa
from sqlmodel import Session, col

from workbench.domain import (
    AgendaItem,
    Attendance,
    Audience,
    Decision,
    Meeting,
    MinutesVersion,
    Note,
    Organisation,
    Person,
    SentExport,
    SentKind,
)
from workbench.services.cycle.sendlog import list_sent
from workbench.services.records import get_record

Stage = Literal["draft", "circulated", "awaiting_approval", "approved", "correcting"]


@dataclass(frozen=True, slots=True)
class VersionRow:
    """One version of the minutes, as the history lists it."""

    id: str
    number: int
    reason: str | None
    audience: Audience
    frozen_at: datetime | None
    approval_meeting_id: str | None
    approval_meeting: str | None
    approval_meeting_starts_at: datetime | None
    by: str | None
    snapshot: str | None


@dataclass(frozen=True, slots=True)
class MinutesState:
    """Where a meeting's minutes stand (for the meeting page, the menus and exports)."""

    meeting_id: str
    stage: Stage
    frozen: bool
    version: int | None  # the version approved, or being corrected
    approved_at: datetime | None  # when version 1 was approved
    approval_meeting_id: str | None  # where it was (or is to be) approved
    approval_meeting: str | None
    corrected_at: datetime | None  # when the latest correction was frozen
    reason: str | None  # of the latest correction
    circulated_at: datetime | None
    circulated_to: tuple[str, ...]
    versions: tuple[VersionRow, ...]  # oldest first


@dataclass(frozen=True, slots=True)
class VersionDoc:
    """What an export of the minutes says about its version, for one audience."""

    number: int
    frozen: bool
    approved_at: datetime | None
    approval_meeting: str | None  # None when that meeting is not for this audience
    approval_meeting_starts_at: datetime | None
    corrected_at: datetime | None
    reason: str | None  # None when the reason is not for this audience
    #: The corrections before the latest: (version, when frozen, reason or None).
    earlier: tuple[tuple[int, datetime | None, str | None], ...] = ()


def versions(session: Session, meeting_id: str) -> list[VersionRow]:
    """The live versions of a meeting's minutes, oldest first."""
    v, m, p = MinutesVersion.__table__, Meeting.__table__, Person.__table__
    query = (
        sa.select(
            v.c.id,
            v.c.number,
            v.c.reason,
            v.c.audience,
            v.c.frozen_at,
            v.c.approval_meeting_id,
            m.c.title,
            m.c.starts_at,
            p.c.name,
            v.c.snapshot,
        )
        .select_from(
            v.outerjoin(m, v.c.approval_meeting_id == m.c.id).outerjoin(p, v.c.by_id == p.c.id)
        )
        .where(v.c.meeting_id == meeting_id, v.c.deleted_at.is_(None))
        .order_by(v.c.number, v.c.created_at)
    )
    return [VersionRow(*row) for row in session.execute(query)]


def latest_version(session: Session, meeting_id: str) -> MinutesVersion | None:
    query = (
        sa.select(MinutesVersion)
        .where(
            col(MinutesVersion.meeting_id) == meeting_id,
            col(MinutesVersion.deleted_at).is_(None),
        )
        .order_by(col(MinutesVersion.number).desc(), col(MinutesVersion.created_at).desc())
        .limit(1)
    )
    return session.scalars(query).first()


def minutes_state(session: Session, meeting_id: str) -> MinutesState:
    """The stage of a meeting's minutes, with the facts that go with it."""
    get_record(session, Meeting, meeting_id)
    rows = versions(session, meeting_id)
    sent = [r for r in list_sent(session, meeting_id=meeting_id) if r.kind == SentKind.MINUTES]
    circulated_at = sent[0].sent_at if sent else None
    circulated_to = sent[0].recipients if sent else ()
    first = rows[0] if rows else None
    last = rows[-1] if rows else None
    approved = [r for r in rows if r.frozen_at is not None]
    corrections = [r for r in approved if r.number > 1]
    stage: Stage
    if last is None:
        stage = "circulated" if sent else "draft"
    elif last.frozen_at is not None:
        stage = "approved"
    elif last.number > 1:
        stage = "correcting"
    elif last.approval_meeting_id is not None:
        stage = "awaiting_approval"
    else:
        stage = "circulated" if sent else "draft"
    return MinutesState(
        meeting_id=meeting_id,
        stage=stage,
        frozen=stage == "approved",
        version=last.number if last is not None and stage in ("approved", "correcting") else None,
        approved_at=first.frozen_at if first is not None else None,
        approval_meeting_id=first.approval_meeting_id if first is not None else None,
        approval_meeting=first.approval_meeting if first is not None else None,
        corrected_at=corrections[-1].frozen_at if corrections else None,
        reason=(last.reason if last is not None and last.number > 1 else None),
        circulated_at=circulated_at,
        circulated_to=circulated_to,
        versions=tuple(rows),
    )


def version_doc(session: Session, meeting_id: str, audience: Audience) -> VersionDoc | None:
    """The version line of an export, as ``audience`` may read it; None before approval."""
    rows = [r for r in versions(session, meeting_id) if r.frozen_at is not None]
    if not rows:
        return None
    first, last = rows[0], rows[-1]
    visible_meeting = None
    starts_at = None
    if first.approval_meeting_id is not None:
        m = Meeting.__table__
        row = session.execute(
            sa.select(m.c.title, m.c.starts_at, m.c.audience).where(
                m.c.id == first.approval_meeting_id, m.c.deleted_at.is_(None)
            )
        ).one_or_none()
        if row is not None and (audience == Audience.GROUP or row[2] == Audience.PARTNERS):
            visible_meeting, starts_at = row[0], row[1]

    def reason(row: VersionRow) -> str | None:  # a correction's reason is content
        shared = audience == Audience.GROUP or row.audience == Audience.PARTNERS
        return row.reason if row.number > 1 and shared else None

    earlier = tuple((r.number, r.frozen_at, reason(r)) for r in rows[:-1] if r.number > 1)
    return VersionDoc(
        number=last.number,
        frozen=True,
        approved_at=first.frozen_at,
        approval_meeting=visible_meeting,
        approval_meeting_starts_at=starts_at,
        corrected_at=last.frozen_at if last.number > 1 else None,
        reason=reason(last),
        earlier=earlier,
    )


# -- the snapshot kept with each frozen version ------------------------------------------
def take_snapshot(session: Session, meeting_id: str) -> str:
    """The minutes' record of the meeting as JSON: facts, attendance, items, decisions,
    notes (every audience: the group keeps the whole version)."""
    meeting = get_record(session, Meeting, meeting_id)
    i, d, n = AgendaItem.__table__, Decision.__table__, Note.__table__
    at, p, o = Attendance.__table__, Person.__table__, Organisation.__table__
    items = session.execute(
        sa.select(i.c.id, i.c.title, i.c.notes, i.c.outcome, i.c.audience)
        .where(i.c.meeting_id == meeting_id, i.c.deleted_at.is_(None))
        .order_by(i.c.position, i.c.created_at, i.c.id)
    ).all()
    decisions = session.execute(
        sa.select(d.c.agenda_item_id, d.c.text, d.c.audience)
        .where(d.c.meeting_id == meeting_id, d.c.deleted_at.is_(None))
        .order_by(d.c.created_at, d.c.id)
    ).all()
    people = session.execute(
        sa.select(p.c.name, o.c.name, at.c.role, at.c.presence)
        .select_from(
            at.join(p, at.c.person_id == p.c.id).outerjoin(o, p.c.organisation_id == o.c.id)
        )
        .where(at.c.meeting_id == meeting_id, at.c.deleted_at.is_(None))
        .order_by(p.c.name)
    ).all()
    notes = session.execute(
        sa.select(n.c.body, n.c.audience)
        .where(n.c.meeting_id == meeting_id, n.c.deleted_at.is_(None))
        .order_by(n.c.captured_at, n.c.id)
    ).all()
    data: dict[str, Any] = {
        "title": meeting.title,
        "starts_at": meeting.starts_at.isoformat() if meeting.starts_at else None,
        "place": meeting.place,
        "attendance": [
            {"name": a, "organisation": b, "role": str(c), "presence": str(e)}
            for a, b, c, e in people
        ],
        "items": [
            {
                "title": title,
                "notes": notes_,
                "outcome": outcome,
                "audience": str(aud),
                "decisions": [
                    {"text": text, "audience": str(daud)}
                    for item_id, text, daud in decisions
                    if item_id == iid
                ],
            }
            for iid, title, notes_, outcome, aud in items
        ],
        "decisions": [
            {"text": text, "audience": str(daud)}
            for item_id, text, daud in decisions
            if item_id not in {row[0] for row in items}
        ],
        "notes": [{"body": body, "audience": str(aud)} for body, aud in notes],
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


def snapshot_text(snapshot: str | None) -> str:
    """A frozen version as plain text, for the history of the minutes."""
    if not snapshot:
        return ""
    try:
        data = json.loads(snapshot)
    except ValueError:
        return snapshot
    lines = [str(data.get("title") or "")]
    if data.get("starts_at"):
        lines.append(str(data["starts_at"]))
    present = [a["name"] for a in data.get("attendance", []) if a.get("presence") == "present"]
    if present:
        lines += ["", "Present: " + ", ".join(present)]
    for n, item in enumerate(data.get("items", []), start=1):
        lines += ["", f"{n}. {item.get('title')}"]
        for key in ("notes", "outcome"):
            if item.get(key):
                lines.append(f"   {item[key]}")
        lines += [f"   Decided: {d['text']}" for d in item.get("decisions", [])]
    lines += [f"Decided: {d['text']}" for d in data.get("decisions", [])]
    lines += [f"Note: {n['body']}" for n in data.get("notes", []) if n.get("body")]
    return "\n".join(lines).strip()


def was_sent(session: Session, meeting_id: str) -> bool:
    s = SentExport.__table__
    query = sa.select(sa.func.count()).where(
        s.c.meeting_id == meeting_id, s.c.kind == SentKind.MINUTES.value, s.c.deleted_at.is_(None)
    )
    return bool(session.execute(query).scalar())
