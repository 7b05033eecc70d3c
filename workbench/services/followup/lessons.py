"""Lessons learned per engagement, with a category and the meeting they came from.

The report this workbench is built around ends in lessons ("pick companies that are
strategically placed", "monitoring must start at the beginning"); keeping them as they
come up, instead of reconstructing them at the end, is the point of this list.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import Audience, Engagement, Lesson, Meeting
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError
from workbench.services.records import create_record, get_record

#: Categories offered before any lesson has one (users may type others); from the report.
SUGGESTED_CATEGORIES: tuple[str, ...] = (
    "Choice of topic",
    "Choice of companies",
    "Working together",
    "Influence",
    "Timing",
    "Monitoring and impact",
    "Sharing knowledge",
)


@dataclass(frozen=True, slots=True)
class LessonRow:
    id: str
    engagement_id: str
    engagement: str | None
    category: str | None
    text: str
    meeting_id: str | None
    meeting: str | None
    meeting_starts_at: datetime | None
    audience: Audience
    created_at: datetime


def list_lessons(
    session: Session,
    *,
    engagement_id: str | None = None,
    ids: Collection[str] | None = None,
) -> list[LessonRow]:
    """Live lessons, by category then age."""
    lt, e, m = Lesson.__table__, Engagement.__table__, Meeting.__table__
    query = (
        sa.select(
            lt.c.id,
            lt.c.engagement_id,
            e.c.title,
            lt.c.category,
            lt.c.text,
            lt.c.meeting_id,
            m.c.title,
            m.c.starts_at,
            lt.c.audience,
            lt.c.created_at,
        )
        .select_from(
            lt.outerjoin(e, lt.c.engagement_id == e.c.id).outerjoin(m, lt.c.meeting_id == m.c.id)
        )
        .where(lt.c.deleted_at.is_(None))
        .order_by(lt.c.category, lt.c.created_at)
    )
    if engagement_id is not None:
        query = query.where(lt.c.engagement_id == engagement_id)
    if ids is not None:
        query = query.where(lt.c.id.in_(ids))
    return [LessonRow(*row) for row in session.execute(query)]


def categories(session: Session) -> list[str]:
    """The categories in use, sorted; the suggested ones while none is in use yet."""
    lt = Lesson.__table__
    used = session.execute(
        sa.select(lt.c.category)
        .where(lt.c.deleted_at.is_(None), lt.c.category.is_not(None))
        .distinct()
    ).scalars()
    seen: dict[str, str] = {}
    for category in used:
        seen.setdefault(category.casefold(), category)
    return sorted(seen.values(), key=str.casefold) or list(SUGGESTED_CATEGORIES)


def add_lesson(
    session: Session,
    engagement_id: str,
    text: str,
    *,
    category: str | None = None,
    meeting_id: str | None = None,
    audience: Audience = Audience.GROUP,
) -> Lesson:
    """A new lesson; group-only unless said otherwise, like every new piece of content."""
    if not text or not text.strip():
        raise DomainError(QT_TRANSLATE_NOOP("DomainError", "A lesson needs some text."))
    get_record(session, Engagement, engagement_id)
    if meeting_id is not None:
        get_record(session, Meeting, meeting_id)
    return create_record(
        session,
        Lesson,
        engagement_id=engagement_id,
        text=text.strip(),
        category=(category or "").strip() or None,
        meeting_id=meeting_id,
        audience=audience,
    )
