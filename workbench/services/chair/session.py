"""The rules of chairing a meeting, without Qt: the clock, the items, what is captured.

A ``ChairSession`` is driven by an injected clock (``Callable[[], datetime]``), so tests
move time by hand and never sleep. Time spent on an item is added to its
``actual_seconds`` each time the chair leaves it (and at ``checkpoint``), so going back
to an item adds to it and a crash loses at most the time since the last step. Starting
moves the meeting to *in progress*, ending to *held*. What is captured (decisions,
commitments either way, actions) is linked to the meeting and the current item and
inherits the meeting's audience: forgetting to mark it never leaks it. What has been
captured, and the summary at the end, are read by ``workbench.services.chair.summary``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import Session

from workbench.domain import (
    Action,
    AgendaItem,
    Commitment,
    Decision,
    Direction,
    Meeting,
    MeetingStatus,
    utcnow,
)
from workbench.services.chair.summary import (
    CapturedRow,
    CaptureKind,
    ChairSummary,
    captured_in,
    summarise,
)
from workbench.services.errors import QT_TRANSLATE_NOOP, DomainError, Word
from workbench.services.meetings import agenda
from workbench.services.meetings.agenda import AgendaItemRow
from workbench.services.records import coerce_value, get_record
from workbench.store import Database

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    """The real clock (UTC); tests pass their own."""
    return datetime.now(UTC)


def format_seconds(seconds: float) -> str:
    """``m:ss`` (or ``h:mm:ss``) of a non-negative duration, for clocks and summaries."""
    total = round(abs(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class ChairSession:
    """Chairing one meeting: where we are on the agenda and how the time goes."""

    def __init__(self, db: Database, meeting_id: str, clock: Clock = system_clock) -> None:
        self.db, self.meeting_id, self.clock = db, meeting_id, clock
        self.index = 0
        self._base = 0.0  # seconds the current item had before this visit
        self._since: datetime | None = None  # when this visit began (None: not timing)
        with db.session() as s:
            meeting = get_record(s, Meeting, meeting_id)
            self.title = meeting.title
            self.duration_minutes = meeting.duration_minutes
            self.status = meeting.status
            self.started_at = meeting.started_at
            self.ended_at = meeting.ended_at
            self.items: list[AgendaItemRow] = agenda.list_items(s, meeting_id)

    # -- state ----------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._since is not None

    @property
    def current(self) -> AgendaItemRow | None:
        return self.items[self.index] if 0 <= self.index < len(self.items) else None

    @property
    def is_last(self) -> bool:
        return self.index >= len(self.items) - 1

    def reload_items(self) -> None:
        """Read the agenda again (edited elsewhere); keeps the current item if it is there."""
        current_id = self.current.id if self.current else None
        with self.db.session() as s:
            self.items = agenda.list_items(s, self.meeting_id)
        ids = [i.id for i in self.items]
        if current_id in ids:
            self.index = ids.index(current_id)
        else:
            self.index = min(self.index, max(0, len(self.items) - 1))

    def elapsed_seconds(self) -> float:
        """Time spent on the current item, this visit and earlier ones."""
        if self._since is None:
            item = self.current
            return float(item.actual_seconds or 0) if item else 0.0
        return self._base + max(0.0, (self.clock() - self._since).total_seconds())

    def planned_seconds(self) -> int:
        item = self.current
        return item.planned_minutes * 60 if item else 0

    def remaining_seconds(self) -> float:
        """Time left in the current item's box; negative once it runs over."""
        return self.planned_seconds() - self.elapsed_seconds()

    def overrun_seconds(self) -> float:
        return max(0.0, -self.remaining_seconds())

    def meeting_elapsed_seconds(self) -> float:
        if self.started_at is None:
            return 0.0
        end = self.ended_at or self.clock()
        return max(0.0, (end - self.started_at).total_seconds())

    # -- moving ---------------------------------------------------------------------
    def start(self) -> None:
        """Open the meeting (*in progress*) and start timing the first unfinished item."""
        if self.status == MeetingStatus.MINUTES_APPROVED:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "The minutes of this meeting are approved; it cannot be chaired again.",
                )
            )
        now = self.clock()
        with self.db.transaction(meeting_id=self.meeting_id) as s:
            meeting = get_record(s, Meeting, self.meeting_id)
            meeting.status = MeetingStatus.IN_PROGRESS
            meeting.started_at = meeting.started_at or now  # a resumed meeting keeps it
            meeting.ended_at = None
            self.started_at, self.ended_at = meeting.started_at, None
            self.items = agenda.list_items(s, self.meeting_id)
        self.status = MeetingStatus.IN_PROGRESS
        unfinished = [n for n, it in enumerate(self.items) if it.actual_seconds is None]
        self.index = unfinished[0] if unfinished else 0
        self._enter(now)

    def _enter(self, now: datetime) -> None:
        item = self.current
        self._base = float(item.actual_seconds or 0) if item else 0.0
        self._since = now if item else None

    def _leave(self, now: datetime) -> None:
        """Write the time spent on the current item."""
        item = self.current
        if item is None or self._since is None:
            return
        seconds = self._base + max(0.0, (now - self._since).total_seconds())
        with self.db.transaction(meeting_id=self.meeting_id) as s:
            obj = get_record(s, AgendaItem, item.id)
            obj.actual_seconds = round(seconds)
            s.add(obj)
        self.items[self.index] = _with(item, actual_seconds=round(seconds))
        self._base, self._since = seconds, now

    def checkpoint(self) -> None:
        """Store the time spent so far on the current item (a crash loses nothing more)."""
        if self._since is not None:
            self._leave(self.clock())

    def go_to(self, index: int) -> bool:
        """Make item ``index`` current; False when there is no such item."""
        if not 0 <= index < len(self.items) or index == self.index:
            return False
        now = self.clock()
        timing = self._since is not None
        if timing:
            self._leave(now)
        self.index = index
        if timing:
            self._enter(now)
        return True

    def next(self) -> bool:
        return self.go_to(self.index + 1)

    def previous(self) -> bool:
        return self.go_to(self.index - 1)

    def end(self) -> ChairSummary:
        """Close the meeting (*held*) and sum it up."""
        if self.status != MeetingStatus.IN_PROGRESS:
            raise DomainError(QT_TRANSLATE_NOOP("DomainError", "The meeting has not been started."))
        now = self.clock()
        self._leave(now)
        self._since = None
        with self.db.transaction(meeting_id=self.meeting_id) as s:
            meeting = get_record(s, Meeting, self.meeting_id)
            meeting.status = MeetingStatus.HELD
            meeting.ended_at = now
        self.status, self.ended_at = MeetingStatus.HELD, now
        return self.summary()

    # -- notes and captures ---------------------------------------------------------
    def save_notes(self, text: str, item_id: str | None = None) -> None:
        """The notes of an item (the current one unless named), as typed."""
        target = item_id or (self.current.id if self.current else None)
        if target is None:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError", "This meeting has no agenda item to take notes on."
                )
            )
        with self.db.transaction(meeting_id=self.meeting_id) as s:
            agenda.update_item(s, target, notes=text)
        for n, it in enumerate(self.items):
            if it.id == target:
                self.items[n] = _with(it, notes=text)

    def _context(self, s: Session) -> tuple[Meeting, str | None]:
        meeting = get_record(s, Meeting, self.meeting_id)
        return meeting, self.current.id if self.current else None

    def capture_decision(self, text: str) -> Decision:
        text = _required(text, QT_TRANSLATE_NOOP("DomainError", "A decision needs its text."))
        with self.db.transaction(meeting_id=self.meeting_id) as s:
            meeting, item_id = self._context(s)
            obj = Decision(
                meeting_id=meeting.id, agenda_item_id=item_id, text=text, audience=meeting.audience
            )
            s.add(obj)
        return obj

    def capture_commitment(
        self,
        text: str,
        direction: Direction | str,
        *,
        party_id: str | None = None,
        owner_id: str | None = None,
        due_on: date | str | None = None,
    ) -> Commitment:
        """A promise made in the meeting, by the company or by the working group."""
        text = _required(text, QT_TRANSLATE_NOOP("DomainError", "A commitment needs its text."))
        with self.db.transaction(meeting_id=self.meeting_id) as s:
            meeting, item_id = self._context(s)
            if meeting.engagement_id is None:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "This meeting belongs to no engagement, so a commitment has nowhere to "
                        "go. Choose the meeting's engagement first.",
                    )
                )
            obj = Commitment(
                engagement_id=meeting.engagement_id,
                meeting_id=meeting.id,
                agenda_item_id=item_id,
                direction=coerce_value(Commitment, "direction", direction),
                party_id=party_id,
                owner_id=owner_id,
                text=text,
                due_on=coerce_value(Commitment, "due_on", due_on),
                audience=meeting.audience,
            )
            s.add(obj)
        return obj

    def capture_action(
        self, title: str, *, owner_id: str | None = None, due_on: date | str | None = None
    ) -> Action:
        title = _required(title, QT_TRANSLATE_NOOP("DomainError", "An action needs a title."))
        with self.db.transaction(meeting_id=self.meeting_id) as s:
            meeting, item_id = self._context(s)
            obj = Action(
                engagement_id=meeting.engagement_id,
                meeting_id=meeting.id,
                agenda_item_id=item_id,
                title=title,
                owner_id=owner_id,
                due_on=coerce_value(Action, "due_on", due_on),
                audience=meeting.audience,
            )
            s.add(obj)
        return obj

    def withdraw(self, kind: CaptureKind, record_id: str, *, restore: bool = False) -> None:
        """Take back a capture (undo): tombstoned, or brought back with ``restore``."""
        with self.db.transaction(meeting_id=self.meeting_id) as s:
            obj: Decision | Commitment | Action | None
            if kind == "decision":
                obj = s.get(Decision, record_id)
            elif kind == "commitment":
                obj = s.get(Commitment, record_id)
            else:
                obj = s.get(Action, record_id)
            if obj is None or obj.meeting_id != self.meeting_id:
                raise DomainError(
                    QT_TRANSLATE_NOOP("DomainError", "No {kind} {id} in this meeting."),
                    kind=Word(kind),
                    id=record_id,
                )
            obj.deleted_at = None if restore else utcnow()
            s.add(obj)

    def captured(self) -> list[CapturedRow]:
        """What this meeting has captured so far, oldest first."""
        with self.db.session() as s:
            return captured_in(s, self.meeting_id)

    def summary(self) -> ChairSummary:
        with self.db.session() as s:
            return summarise(s, self.meeting_id)


def _required(text: str, message: str) -> str:
    text = (text or "").strip()
    if not text:
        raise DomainError(message)  # marked by the callers
    return text


def _with(row: AgendaItemRow, **changes: Any) -> AgendaItemRow:
    from dataclasses import replace

    return replace(row, **changes)
