"""The action tracker: which actions to show (filters), and changing many at once.

The filters are a plain value (``TrackerFilter``) turned into a row test once
(``TrackerFilter.predicate``), so the same rules serve the window (a proxy model over
50,000 rows) and the command line. Overdue and "due soon" are judged on the user's local
date: an action due today is not overdue until the day after, wherever the clock is.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from typing import NamedTuple, Protocol

import sqlalchemy as sa
from sqlmodel import Session

from workbench.domain import Action, ActionStatus, Audience, CommitmentStatus, Person
from workbench.domain.rules import is_open_status, local_today
from workbench.services import listing
from workbench.services.errors import DomainError
from workbench.services.listing import ActionRow
from workbench.services.records import update_record

log = logging.getLogger(__name__)

#: "Due soon" means due today or in the next this many days.
DUE_SOON_DAYS = 7


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
        raise DomainError(f"No person whose name contains {name!r}.")
    return found


def parse_statuses(values: Iterable[str], enum: type[ActionStatus] | type[CommitmentStatus]):
    """Status values as typed on the command line (``in-progress`` is ``in_progress``);
    an unknown one is an error listing the ones that exist."""
    known = {s.value for s in enum}
    out: set[str] = set()
    for value in values:
        key = value.strip().lower().replace("-", "_").replace(" ", "_")
        if key not in known:
            raise DomainError(f"Unknown status {value!r}; use one of: {', '.join(sorted(known))}.")
        out.add(key)
    return frozenset(out)


class TrackedAction(NamedTuple):
    """An action as the tracker lists it: the fields of ``listing.ActionRow``, as a
    tuple (twice as quick to make as a frozen dataclass, at 50,000 rows)."""

    id: str
    title: str
    engagement_id: str | None
    engagement: str | None
    meeting_id: str | None
    meeting: str | None
    owner_id: str | None
    owner: str | None
    organisation: str | None
    due_on: date | None
    status: ActionStatus
    done_on: date | None
    audience: Audience
    overdue: bool


_ACTION_SQL = (
    "SELECT id, title, engagement_id, meeting_id, owner_id, due_on, status, done_on, audience "
    "FROM action WHERE deleted_at IS NULL"
)


def load_actions(
    session: Session,
    *,
    today: date | None = None,
    ids: Collection[str] | None = None,
) -> list[TrackedAction]:
    """Every live action (or those of ``ids``) with names filled in, for the tracker.

    The same rows as ``listing.list_actions``, read for speed: one query on the action
    table through the driver, names from small dictionaries instead of four joins, and
    no per-value type conversion beyond what is needed. 50,000 actions in about a
    quarter of the time.
    """
    today = today or local_today()
    iso_today = today.isoformat()
    raw = session.connection().connection.driver_connection  # the sqlite3 connection
    assert raw is not None
    engagements = dict(raw.execute("SELECT id, title FROM engagement"))
    meetings = dict(raw.execute("SELECT id, title FROM meeting"))
    organisations = dict(raw.execute("SELECT id, name FROM organisation"))
    people = {
        pid: (name, organisations.get(org))
        for pid, name, org in raw.execute("SELECT id, name, organisation_id FROM person")
    }
    if ids is None:
        rows = raw.execute(_ACTION_SQL).fetchall()
    else:
        wanted = list(ids)
        rows = []
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows += raw.execute(f"{_ACTION_SQL} AND id IN ({marks})", chunk).fetchall()
    statuses = {s.value: s for s in ActionStatus}
    audiences = {a.value: a for a in Audience}
    open_values = {"open", "in_progress"}
    nobody = (None, None)
    day = date.fromisoformat
    return [
        TrackedAction(
            rid,
            title,
            eid,
            engagements.get(eid),
            mid,
            meetings.get(mid),
            oid,
            *people.get(oid, nobody),
            day(due) if due else None,
            statuses[status],
            day(done) if done else None,
            audiences[audience],
            due is not None and due < iso_today and status in open_values,
        )
        for rid, title, eid, mid, oid, due, status, done, audience in rows
    ]


def find_actions(
    session: Session,
    flt: TrackerFilter,
    *,
    today: date | None = None,
    text: str = "",
) -> list[ActionRow]:
    """The actions the filter lets through (and whose text holds every word of ``text``),
    by due date; for the command line and exports."""
    today = today or local_today()
    rows = listing.list_actions(session, today=today, engagement_id=flt.engagement_id)
    accepts = flt.predicate(members_lookup(session), today)
    words = _words(text)
    return [r for r in rows if accepts(r) and _has_words(_action_text(r), words)]


def find_commitments(
    session: Session,
    flt: TrackerFilter,
    *,
    today: date | None = None,
    text: str = "",
) -> list[listing.CommitmentRow]:
    """The commitments the filter lets through, by due date."""
    today = today or local_today()
    rows = listing.list_commitments(session, today=today, engagement_id=flt.engagement_id)
    accepts = flt.predicate(members_lookup(session), today)
    words = _words(text)
    return [
        r
        for r in rows
        if accepts(r) and _has_words(" ".join(filter(None, (r.text, r.owner, r.party))), words)
    ]


def my_actions(session: Session, person_id: str, *, today: date | None = None) -> list[ActionRow]:
    """The open actions of one person ("I am ..."), by due date."""
    flt = TrackerFilter(owner_ids=frozenset({person_id}), open_only=True)
    return find_actions(session, flt, today=today)


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
        raise DomainError(f"Unknown action status {status!r}.") from exc
    today = today or local_today()
    changed: list[str] = []
    for action_id in action_ids:
        action = session.get(Action, action_id)
        if action is None or action.deleted_at is not None:
            raise DomainError(f"No action with id {action_id}.")
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


def _action_text(row: ActionRow) -> str:
    return " ".join(filter(None, (row.title, row.owner, row.organisation, row.meeting)))


def fold(text: str) -> str:
    """Lower case without accents, so that ``é`` and ``E`` compare equal to ``e``."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _words(text: str) -> list[str]:
    return fold(text).split()


def _has_words(haystack: str, words: list[str]) -> bool:
    if not words:
        return True
    folded = fold(haystack)
    return all(w in folded for w in words)
