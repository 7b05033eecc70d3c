"""What Home shows: what needs doing now, read in a handful of small queries.

Home is the page the chair and the secretariat open the app on. It answers "what is
next and what is late" without reading whole tables: the next meeting and whether its
agenda is ready, what is overdue (actions, and commitments both ways) by engagement,
the open actions of the "I am" person, the notes not yet filed, the conflicts waiting
and the last exchange, and each engagement with how far its objectives have come.

Counts come from SQLite (the indexes on status and ``triaged`` find the rows); only
the few rows shown are read, and they are read through the one reader of their kind
(``followup.actions``, ``followup.commitments``, ``listing``), so a column is written
once. On the five-year database of ``make bench`` the whole of Home is read in under a
tenth of a second (the "Home on screen" figure). The parts live beside this module:
``meetings`` (what is ahead), ``late`` (what is overdue or waits), ``state``
(engagements, conflicts, the last exchange).

``nav_counts`` is the cheaper question the navigation asks after every change: how many
actions and commitments are overdue and how many notes wait to be filed.
"""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import Person
from workbench.domain.rules import local_today
from workbench.rows import ActionRow, HomeData
from workbench.services.home.late import (
    SHOWN,
    SHOWN_PER_ENGAGEMENT,
    NavCounts,
    OverdueGroup,
    my_open_actions,
    nav_counts,
    notes_to_file,
    overdue_by_engagement,
)
from workbench.services.home.meetings import LATER_MEETINGS, MeetingLine, upcoming_meetings
from workbench.services.home.state import (
    EngagementLine,
    ExchangeState,
    engagement_lines,
    exchange_state,
)

__all__ = [
    "LATER_MEETINGS",
    "SHOWN",
    "SHOWN_PER_ENGAGEMENT",
    "EngagementLine",
    "ExchangeState",
    "HomeData",
    "MeetingLine",
    "NavCounts",
    "OverdueGroup",
    "engagement_lines",
    "exchange_state",
    "my_open_actions",
    "nav_counts",
    "notes_to_file",
    "overdue_by_engagement",
    "read_home",
    "upcoming_meetings",
]


def read_home(
    session: Session,
    *,
    me_id: str | None = None,
    today: date | None = None,
    now: datetime | None = None,
) -> HomeData:
    """Everything Home shows, for the person ``me_id`` ("I am"; None: nobody chosen)."""
    today = today or local_today()
    meetings = upcoming_meetings(session, now=now)
    me_name = None
    mine: list[ActionRow] = []
    mine_total = 0
    if me_id:
        p = Person.__table__
        me_name = session.execute(sa.select(p.c.name).where(p.c.id == me_id)).scalar()
        if me_name is not None:
            mine, mine_total = my_open_actions(session, me_id, today=today)
    notes, notes_total = notes_to_file(session)
    return HomeData(
        today=today,
        next_meeting=meetings[0] if meetings else None,
        later_meetings=tuple(meetings[1:]),
        overdue=tuple(overdue_by_engagement(session, today=today)),
        me_id=me_id if me_name is not None else None,
        me_name=me_name,
        my_actions=tuple(mine),
        my_actions_total=mine_total,
        notes=tuple(notes),
        notes_total=notes_total,
        exchange=exchange_state(session),
        engagements=tuple(engagement_lines(session)),
    )
