"""The tracker's rules: which actions and commitments to show (filters), and changing
the status of many actions at once.

The filters are a plain value (``TrackerFilter``). For actions SQLite answers them
(``actions.filtered_action_ids``), so the tracker page and ``workbench list actions``
let the same rows through; for commitments they become a row test once
(``TrackerFilter.predicate``, ``commitments.find_commitments``), with the same rules.
Overdue and "due soon" are judged on the user's local date: an action due today is not
overdue until the day after, wherever the clock is.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, Protocol

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import Action, ActionStatus, CommitmentStatus, Person
from workbench.domain.rules import is_open_status, local_today
from workbench.services import listing
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError, NotFoundError
from workbench.services.records import update_record

log = logging.getLogger(__name__)

#: "Due soon" means due today or in the next this many days.
DUE_SOON_DAYS = 7


def overdue_column(table: sa.Table) -> Any:
    """``domain.rules.is_overdue`` as a column of ``table``'s rows: due before the
    parameter ``today`` and still open (a row reader reads it instead of judging each
    row in Python; the tracker's filter and counts ask the same of SQLite)."""
    late = sa.and_(
        table.c.due_on < sa.bindparam("today", date.min, type_=sa.Date),
        sa.or_(table.c.status == "open", table.c.status == "in_progress"),  # no list: no
        # parameter expanded at execution, so a kept RowReader can read it
    )
    return sa.type_coerce(sa.case((late, 1), else_=0), sa.Boolean).label("overdue")


class TrackedRow(Protocol):
    """What the filters read: an action row or a commitment row."""

    @property
    def engagement_id(self) -> str | None: ...
    @property
    def owner_id(self) -> str | None: ...
    @property
    def status(self) -> ActionStatus | CommitmentStatus: ...
    @property
    def due_on(self) -> date | None: ...


def local_date(instant: datetime, tz: tzinfo | None = None) -> date:
    """The calendar date of an aware instant where the user is (``tz``, else the
    system's zone). Due dates are local dates, so "today" must be too."""
    if instant.tzinfo is None:
        raise ValueError("naive datetime given where an aware instant is needed")
    return instant.astimezone(tz).date() if tz else instant.astimezone().date()


def is_due_soon(
    due_on: date | None, status: object, today: date, days: int = DUE_SOON_DAYS
) -> bool:
    """Still open and due from today up to ``days`` days ahead (overdue is not "soon")."""
    return (
        due_on is not None
        and today <= due_on <= today + timedelta(days=days)
        and is_open_status(str(status))
    )


@dataclass(frozen=True)
class TrackerFilter:
    """What the tracker shows; every field left empty lets all rows through."""

    engagement_id: str | None = None
    owner_ids: frozenset[str] | None = None  # one person ("My actions") or a name's matches
    organisation_id: str | None = None  # the owner's organisation
    statuses: frozenset[str] = field(default_factory=frozenset)  # status values
    overdue: bool = False
    due_soon: bool = False
    open_only: bool = False

    def predicate(
        self, members_of: Callable[[str], set[str]], today: date
    ) -> Callable[[TrackedRow], bool]:
        """A fast test for one row. ``members_of(organisation_id)`` gives the ids of the
        organisation's people; it is called once here, not per row."""
        org_people = members_of(self.organisation_id) if self.organisation_id else None
        statuses = {str(s) for s in self.statuses}
        engagement, owners = self.engagement_id, self.owner_ids
        overdue, due_soon, open_only = self.overdue, self.due_soon, self.open_only
        horizon = today + timedelta(days=DUE_SOON_DAYS)

        def accepts(row: TrackedRow) -> bool:
            if engagement is not None and row.engagement_id != engagement:
                return False
            if owners is not None and row.owner_id not in owners:
                return False
            if org_people is not None and row.owner_id not in org_people:
                return False
            status = str(row.status)
            if statuses and status not in statuses:
                return False
            if (open_only or overdue or due_soon) and status not in ("open", "in_progress"):
                return False
            due = row.due_on
            if overdue and (due is None or due >= today):
                return False
            return not (due_soon and (due is None or due < today or due > horizon))

        return accepts

    @property
    def is_empty(self) -> bool:
        return self == TrackerFilter()


def members_lookup(session: Session) -> Callable[[str], set[str]]:
    """``organisation_id -> {person ids}``, read once from the people table."""
    p = Person.__table__
    by_org: dict[str, set[str]] = {}
    for person_id, org_id in session.execute(
        sa.select(p.c.id, p.c.organisation_id).where(p.c.deleted_at.is_(None))
    ):
        if org_id:
            by_org.setdefault(org_id, set()).add(person_id)
    return lambda org_id: by_org.get(org_id, set())


def people_named(session: Session, name: str) -> set[str]:
    """Ids of the people whose name holds ``name`` (case and accents ignored).

    Raises ``DomainError`` when nobody matches, so a typo is not an empty list.
    """
    wanted = fold(name).strip()
    found = {pid for pid, pname in listing.list_people(session) if wanted in fold(pname)}
    if not wanted or not found:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "No person whose name contains “{name}”."), name=name
        )
    return found


def parse_statuses(
    values: Iterable[str], enum: type[ActionStatus] | type[CommitmentStatus]
) -> frozenset[str]:
    """Status values as typed on the command line (``in-progress`` is ``in_progress``);
    an unknown one is an error listing the ones that exist."""
    known = {s.value for s in enum}
    out: set[str] = set()
    for value in values:
        key = value.strip().lower().replace("-", "_").replace(" ", "_")
        if key not in known:
            raise DomainError(
                QT_TRANSLATE_NOOP("DomainError", "Unknown status “{value}”; use one of: {known}."),
                value=value,
                known=", ".join(sorted(known)),
            )
        out.add(key)
    return frozenset(out)


def set_status(
    session: Session,
    action_ids: Collection[str],
    status: ActionStatus | str,
    *,
    today: date | None = None,
) -> list[str]:
    """Give many actions one status; return the ids that changed.

    Done stamps ``done_on`` (today, unless already set); going back to open or in
    progress clears it. Each change goes through ``update_record``, so the history
    records it with the "I am" person and the current meeting.
    """
    try:
        new = ActionStatus(status)
    except ValueError as exc:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "Unknown action status “{value}”."), value=status
        ) from exc
    today = today or local_today()
    changed: list[str] = []
    for action_id in action_ids:
        action = session.get(Action, action_id)
        if action is None or action.deleted_at is not None:
            raise NotFoundError("action", action_id)
        if action.status is new:
            continue
        changes: dict[str, object] = {"status": new}
        if new is ActionStatus.DONE and action.done_on is None:
            changes["done_on"] = today
        elif new.is_open:
            changes["done_on"] = None
        update_record(session, Action, action_id, **changes)
        changed.append(action_id)
    log.info("status of %d action(s) set to %s", len(changed), new.value)
    return changed


def summary(rows: Iterable[TrackedRow], today: date) -> dict[str, int]:
    """Counts for the tracker's header: open, overdue and due soon."""
    horizon = today + timedelta(days=DUE_SOON_DAYS)
    open_values = {"open", "in_progress"}
    still_open = [r.due_on for r in rows if str(r.status) in open_values]
    dated = [d for d in still_open if d is not None]
    overdue = sum(1 for d in dated if d < today)
    soon = sum(1 for d in dated if today <= d <= horizon)
    return {"open": len(still_open), "overdue": overdue, "due_soon": soon}


def fold(text: str) -> str:
    """Lower case without accents, so that ``é`` and ``E`` compare equal to ``e``."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
