"""The send log: every export that left the laptop as an e-mail draft.

A row says what (kind, file name, SHA-256 of the file), which version (audience,
language, version of the minutes), to whom (the recipients as they were addressed,
those without an address too) and when the draft was handed to the mail program. It is
a synchronised record, so a colleague's laptop knows after the next exchange that the
ministry got the final minutes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import Audience, Engagement, Meeting, Person, SentExport, SentKind
from workbench.services.cycle.distribution import Recipient


@dataclass(frozen=True, slots=True)
class SentRow:
    """One sent export as the lists and ``workbench list sent`` show it."""

    id: str
    kind: SentKind
    sent_at: datetime
    meeting_id: str | None
    meeting: str | None
    engagement_id: str | None
    engagement: str | None
    file_name: str
    checksum: str
    size: int
    audience: Audience
    lang: str
    recipients: tuple[str, ...]
    subject: str
    by: str | None
    minutes_version: int | None


def record_sent(
    session: Session,
    *,
    kind: SentKind | str,
    file_name: str,
    checksum: str,
    size: int,
    audience: Audience | str,
    lang: str,
    recipients: Sequence[Recipient],
    subject: str,
    meeting_id: str | None = None,
    engagement_id: str | None = None,
    minutes_version: int | None = None,
    sent_at: datetime | None = None,
) -> SentExport:
    """Write one row of the send log (in the caller's transaction)."""
    if engagement_id is None and meeting_id is not None:
        meeting = session.get(Meeting, meeting_id)
        engagement_id = meeting.engagement_id if meeting else None
    people = [{"name": r.name, "email": r.email, "cc": r.cc} for r in recipients]
    row = SentExport(
        kind=SentKind(kind),
        meeting_id=meeting_id,
        engagement_id=engagement_id,
        file_name=file_name,
        checksum=checksum,
        size=int(size),
        audience=Audience(audience),
        lang=lang,
        recipients=json.dumps(people, ensure_ascii=False),
        subject=subject,
        by_id=session.info.get("actor_id"),
        minutes_version=minutes_version,
    )
    if sent_at is not None:
        row.sent_at = sent_at
    session.add(row)
    session.flush()
    return row


def _people(raw: str) -> tuple[str, ...]:
    try:
        people = json.loads(raw or "[]")
    except ValueError:
        return ()
    out = []
    for p in people if isinstance(people, list) else []:
        if not isinstance(p, dict):
            continue
        name, email = str(p.get("name") or ""), p.get("email")
        out.append(f"{name} <{email}>" if email else name)
    return tuple(out)


def list_sent(
    session: Session,
    *,
    meeting_id: str | None = None,
    engagement_id: str | None = None,
    ids: list[str] | None = None,
) -> list[SentRow]:
    """The send log, newest first; of one meeting, or of an engagement and its meetings."""
    s, m, e, p = (
        SentExport.__table__,
        Meeting.__table__,
        Engagement.__table__,
        Person.__table__,
    )
    query = (
        sa.select(
            s.c.id,
            s.c.kind,
            s.c.sent_at,
            s.c.meeting_id,
            m.c.title,
            s.c.engagement_id,
            e.c.title,
            s.c.file_name,
            s.c.checksum,
            s.c.size,
            s.c.audience,
            s.c.lang,
            s.c.recipients,
            s.c.subject,
            p.c.name,
            s.c.minutes_version,
        )
        .select_from(
            s.outerjoin(m, s.c.meeting_id == m.c.id)
            .outerjoin(e, s.c.engagement_id == e.c.id)
            .outerjoin(p, s.c.by_id == p.c.id)
        )
        .where(s.c.deleted_at.is_(None))
        .order_by(s.c.sent_at.desc(), s.c.id)
    )
    if meeting_id is not None:
        query = query.where(s.c.meeting_id == meeting_id)
    if engagement_id is not None:
        query = query.where(
            sa.or_(s.c.engagement_id == engagement_id, m.c.engagement_id == engagement_id)
        )
    if ids is not None:
        query = query.where(s.c.id.in_(ids))
    rows = []
    for row in session.execute(query):
        values = list(row)
        values[12] = _people(values[12])
        rows.append(SentRow(*values))
    return rows
