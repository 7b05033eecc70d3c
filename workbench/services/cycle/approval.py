"""Minutes approved, then frozen: the approval item, approving, correcting.

When the minutes of a meeting go out, the next meeting of its series gets the item
"Approve the minutes of …" (``ensure_approval_item``); approving them there
(``approve_minutes``) records a decision under that item and freezes the minutes as
version 1, with a snapshot. A later correction is a new version with a reason
(``begin_correction``: refused without one), and is frozen again when the corrected
text is done (``finish_correction``). ``workbench.services.cycle.freeze`` refuses any
change to frozen minutes in between.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import (
    AgendaItem,
    Audience,
    Decision,
    Meeting,
    MeetingStatus,
    MinutesVersion,
    Purpose,
    utcnow,
)
from workbench.services.cycle.versions import latest_version, take_snapshot
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError
from workbench.services.meetings import agenda
from workbench.services.records import get_record
from workbench.texts import written_date

APPROVAL_TITLE = "Approve the minutes of {title} ({date})"
APPROVAL_MINUTES = 5
APPROVED_DECISION = "The minutes of {title} ({date}) are approved."
#: A meeting that has not taken place yet can still take an item.
_UPCOMING = (MeetingStatus.DRAFT.value, MeetingStatus.SCHEDULED.value)


def _day(meeting: Meeting) -> str:
    """The meeting's day as the content language writes it ("30 september 2022")."""
    return written_date(meeting.starts_at.astimezone().date()) if meeting.starts_at else "-"


def next_in_series(session: Session, meeting_id: str) -> Meeting | None:
    """The next meeting of the same engagement and kind that has not taken place yet."""
    meeting = get_record(session, Meeting, meeting_id)
    if meeting.starts_at is None:
        return None
    m = Meeting.__table__
    engagement = (
        m.c.engagement_id.is_(None)
        if meeting.engagement_id is None
        else m.c.engagement_id == meeting.engagement_id
    )
    row = session.execute(
        sa.select(m.c.id)
        .where(
            engagement,
            m.c.kind == meeting.kind.value,
            m.c.starts_at > meeting.starts_at,
            m.c.status.in_(_UPCOMING),
            m.c.deleted_at.is_(None),
            m.c.id != meeting.id,
        )
        .order_by(m.c.starts_at)
        .limit(1)
    ).scalar_one_or_none()
    return session.get(Meeting, row) if row else None


def ensure_approval_item(
    session: Session,
    meeting_id: str,
    *,
    at_meeting_id: str | None = None,
    title: str = APPROVAL_TITLE,
) -> AgendaItem | None:
    """Put "Approve the minutes of …" on the next meeting's agenda (once).

    Returns the item, or None when the minutes are approved already or no later meeting
    of the series is planned yet (planning it adds the item then). ``title`` may hold
    ``{title}`` and ``{date}`` (the window passes it in the user's language).
    """
    meeting = get_record(session, Meeting, meeting_id)
    pending = latest_version(session, meeting_id)
    if pending is not None and (pending.frozen_at is not None or pending.number > 1):
        return None  # approved already; a correction is not approved at a meeting
    if pending is not None and pending.approval_item_id:
        item = session.get(AgendaItem, pending.approval_item_id)
        if item is not None and item.deleted_at is None:
            return item
    target = (
        get_record(session, Meeting, at_meeting_id)
        if at_meeting_id
        else next_in_series(session, meeting_id)
    )
    if target is None:
        return None
    # the item names the meeting: it is for partners only if both meetings are
    audience = (
        Audience.PARTNERS
        if meeting.audience == Audience.PARTNERS and target.audience == Audience.PARTNERS
        else Audience.GROUP
    )
    after_carry_over = (
        1 if any(r.is_carry_over for r in agenda.list_items(session, target.id)) else 0
    )
    item = agenda.add_item(
        session,
        target.id,
        title=title.format(title=meeting.title, date=_day(meeting)),
        purpose=Purpose.DECIDE,
        planned_minutes=APPROVAL_MINUTES,
        audience=audience,
        position=after_carry_over,
    )
    if pending is None:
        pending = MinutesVersion(meeting_id=meeting_id, number=1)
        session.add(pending)
    pending.approval_meeting_id = target.id
    pending.approval_item_id = item.id
    session.flush()
    return item


def later_meetings(
    session: Session, meeting: Meeting, limit: int = 20
) -> list[tuple[str, str, datetime | None]]:
    """The meetings after ``meeting`` of its engagement where its minutes may be
    approved: (id, title, starts_at), soonest first."""
    m = Meeting.__table__
    query = sa.select(m.c.id, m.c.title, m.c.starts_at).where(
        m.c.deleted_at.is_(None), m.c.id != meeting.id
    )
    if meeting.engagement_id:
        query = query.where(m.c.engagement_id == meeting.engagement_id)
    if meeting.starts_at is not None:
        query = query.where(m.c.starts_at > meeting.starts_at)
    rows = session.execute(query.order_by(m.c.starts_at).limit(limit))
    return [(mid, title, start) for mid, title, start in rows]


def pending_approvals(session: Session, at_meeting_id: str) -> list[tuple[str, str]]:
    """Minutes to be approved at this meeting: (meeting id, item id) of each."""
    v = MinutesVersion.__table__
    rows = session.execute(
        sa.select(v.c.meeting_id, v.c.approval_item_id).where(
            v.c.approval_meeting_id == at_meeting_id,
            v.c.frozen_at.is_(None),
            v.c.number == 1,
            v.c.deleted_at.is_(None),
        )
    ).all()
    return [(str(m), str(i or "")) for m, i in rows]


def approve_minutes(
    session: Session,
    meeting_id: str,
    *,
    at_meeting_id: str | None = None,
    decision: str = APPROVED_DECISION,
    now: datetime | None = None,
) -> MinutesVersion:
    """Approve the minutes (version 1), at ``at_meeting_id`` or where the item put them.

    At a meeting, the approval is recorded there too: a decision under the approval item
    (added if it is missing) and the item's outcome. Then the minutes are frozen.
    """
    meeting = get_record(session, Meeting, meeting_id)
    latest = latest_version(session, meeting_id)
    if latest is not None and latest.frozen_at is not None:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The minutes of “{title}” are approved already (version {version})."
            ),
            title=meeting.title,
            version=latest.number,
        )
    if latest is not None and latest.number > 1:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "A correction of the minutes of “{title}” is open: finish it instead.",
            ),
            title=meeting.title,
        )
    if at_meeting_id is None and latest is not None:
        at_meeting_id = latest.approval_meeting_id
    if at_meeting_id == meeting_id:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "Minutes are approved at a later meeting, not at the meeting itself."
            )
        )
    item = None
    if at_meeting_id is not None:
        item = ensure_approval_item(session, meeting_id, at_meeting_id=at_meeting_id)
        latest = latest_version(session, meeting_id)
        if item is not None and item.meeting_id != at_meeting_id:
            item = None  # the item is on another meeting: record the decision without it
    if latest is None:
        latest = MinutesVersion(meeting_id=meeting_id, number=1)
        session.add(latest)
    latest.approval_meeting_id = at_meeting_id
    if at_meeting_id is not None:
        text = decision.format(title=meeting.title, date=_day(meeting))
        target = get_record(session, Meeting, at_meeting_id)
        session.add(
            Decision(
                meeting_id=at_meeting_id,
                agenda_item_id=item.id if item is not None else None,
                text=text,
                audience=item.audience if item is not None else target.audience,
            )
        )
        if item is not None and not (item.outcome or "").strip():
            item.outcome = text
    _freeze(session, meeting, latest, now)
    return latest


def begin_correction(
    session: Session, meeting_id: str, reason: str, *, reason_for_partners: bool = False
) -> MinutesVersion:
    """Open the next version of approved minutes; the reason is required."""
    meeting = get_record(session, Meeting, meeting_id)
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "A correction of approved minutes needs a reason: say what was wrong. Nothing "
                "was changed.",
            )
        )
    latest = latest_version(session, meeting_id)
    if latest is None or latest.frozen_at is None:
        if latest is not None and latest.number > 1:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "A correction (version {version}) is open already."
                ),
                version=latest.number,
            )
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "The minutes of “{title}” are not approved yet: edit them directly."
            ),
            title=meeting.title,
        )
    version = MinutesVersion(
        meeting_id=meeting_id,
        number=latest.number + 1,
        reason=reason,
        audience=Audience.PARTNERS if reason_for_partners else Audience.GROUP,
        by_id=session.info.get("actor_id"),
    )
    session.add(version)
    session.flush()
    return version


def finish_correction(
    session: Session, meeting_id: str, *, now: datetime | None = None
) -> MinutesVersion:
    """Freeze the corrected minutes as the new version."""
    meeting = get_record(session, Meeting, meeting_id)
    latest = latest_version(session, meeting_id)
    if latest is None or latest.frozen_at is not None or latest.number < 2:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "No correction of the minutes of “{title}” is open."),
            title=meeting.title,
        )
    _freeze(session, meeting, latest, now)
    return latest


def _freeze(
    session: Session, meeting: Meeting, version: MinutesVersion, now: datetime | None
) -> None:
    session.flush()  # the snapshot reads what this session wrote
    version.snapshot = take_snapshot(session, meeting.id)
    version.by_id = version.by_id or session.info.get("actor_id")
    if meeting.status != MeetingStatus.MINUTES_APPROVED:
        meeting.status = MeetingStatus.MINUTES_APPROVED
    version.frozen_at = now or utcnow()
    session.flush()
