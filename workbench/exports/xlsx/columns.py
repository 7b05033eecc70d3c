"""The tracker's sheets and columns, shared by the writer and the importer.

Each sheet is an Excel table with a stable name (``Actions``, ``Commitments``...) whatever
the language, and columns with a stable key. The writer turns a row into cell values
with ``SheetSpec.values``; the importer computes the same values for the record in the
database and compares, so only what the user actually changed becomes a change, and a
change to a read-only column is noticed rather than silently applied.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from workbench.domain import (
    ActionStatus,
    Audience,
    CommitmentStatus,
    MeetingKind,
    MeetingStatus,
    Outcome,
)
from workbench.exports.i18n import (
    LANGS,
    enum_label,
    format_short_date,
    stage_label,
    t,
)
from workbench.services.reporting.engagement import EngagementDoc

Kind = Literal["id", "text", "date", "datetime", "int", "choice"]

FORMAT_VERSION = "1"
MAX_CELL = 32767  # Excel's limit of characters in a cell
FORMULA_CHARS = ("=", "+", "-", "@")
#: Text that is exactly one of these is an error cell to a spreadsheet (and to openpyxl):
#: such text is written as text, or "#N/A" typed in a note would show as an error.
ERROR_LITERALS = frozenset({"#N/A", "#REF!", "#DIV/0!", "#VALUE!", "#NAME?", "#NUM!", "#NULL!"})
PROP_PREFIX = "workbench."


@dataclass(frozen=True)
class Column:
    key: str
    label: str  # i18n key of the header
    width: float
    kind: Kind = "text"
    editable: bool = False
    choices: tuple[str, ...] = ()  # stored values of a drop-down column


@dataclass(frozen=True)
class SheetSpec:
    key: str
    table: str  # the Excel table's name: stable across languages, found by the importer
    title: str  # i18n key of the sheet's tab
    columns: tuple[Column, ...]
    rows: Callable[[EngagementDoc], Sequence[Any]]
    values: Callable[[Any], dict[str, Any]]
    overdue: tuple[str, str] | None = None  # (due column key, status column key)
    group_only: bool = False

    def columns_for(self, audience: Audience) -> tuple[Column, ...]:
        """The columns of this sheet; the audience column only in group exports."""
        if audience == Audience.GROUP:
            return (*self.columns, AUDIENCE)
        return self.columns


def local_naive(value: datetime | None) -> datetime | None:
    """A UTC timestamp as local wall-clock time to the second: Excel has no time zones.

    The same as ``local_time(value)`` without its zone, by way of the timestamp: a
    quarter of the cost, which counts for the tens of thousands of notes of a busy group.
    """
    if not value:
        return None
    seconds = value.timestamp()
    return datetime.fromtimestamp(seconds - seconds % 1)


def meeting_label(title: str | None, starts_at: datetime | None) -> str | None:
    """How a meeting is named in a cell: "2021-03-12 Call with the car maker"."""
    if not title:
        return None
    when = local_naive(starts_at)
    return f"{when:%Y-%m-%d} {title}" if when else title


def choice_label(column: Column, value: Any, lang: str) -> str | None:
    """The label a drop-down shows for a stored value (``in_progress`` → "In progress")."""
    if value is None:
        return None
    if column.key == "stage":
        return stage_label(lang, int(value))
    return enum_label(lang, value)


def parse_choice(column: Column, label: Any) -> str | None:
    """The stored value for a drop-down label in either language (or the value itself)."""
    if label is None or str(label).strip() == "":
        return None
    wanted = str(label).strip().casefold()
    for value in column.choices:
        names = {value.casefold()} | {
            (choice_label(column, value, lang) or "").casefold() for lang in LANGS
        }
        if wanted in names:
            return value
    return None


def header_keys(column: Column) -> set[str]:
    """Every header text this column may carry (English and Dutch), case-folded."""
    return {t(lang, column.label).casefold() for lang in LANGS}


ID = Column("id", "id", 10, "id")
AUDIENCE = Column("audience", "audience", 16, "choice", True, tuple(a.value for a in Audience))
_ACTION_STATUS = tuple(s.value for s in ActionStatus)
_COMMITMENT_STATUS = tuple(s.value for s in CommitmentStatus)
_MEETING_KIND = tuple(k.value for k in MeetingKind)
_MEETING_STATUS = tuple(s.value for s in MeetingStatus)


def _action(a: Any) -> dict[str, Any]:
    return {
        "id": a.id, "title": a.title,
        "meeting": meeting_label(a.meeting, a.meeting_starts_at),
        "owner": a.owner, "organisation": a.organisation, "due": a.due_on,
        "status": a.status.value, "done_on": a.done_on, "notes": a.notes,
        "audience": a.audience.value,
    }  # fmt: skip


def _commitment(c: Any) -> dict[str, Any]:
    return {
        "id": c.id, "direction": c.direction.value, "party": c.party, "owner": c.owner,
        "text": c.text,
        "meeting": meeting_label(c.meeting, c.meeting_starts_at), "due": c.due_on,
        "status": c.status.value, "evidence": c.evidence, "audience": c.audience.value,
    }  # fmt: skip


def _decision(d: Any) -> dict[str, Any]:
    return {
        "id": d.id, "date": local_naive(d.meeting_starts_at), "meeting": d.meeting_title,
        "text": d.text, "audience": d.audience.value,
    }  # fmt: skip


def _meeting(m: Any) -> dict[str, Any]:
    return {
        "id": m.id, "start": local_naive(m.starts_at), "kind": m.kind.value, "title": m.title,
        "place": m.place, "status": m.status.value, "audience": m.audience.value,
    }  # fmt: skip


def _objective(o: Any) -> dict[str, Any]:
    return {
        "id": o.id, "target": o.target, "text": o.text, "stage": str(o.stage),
        "outcome": o.outcome.value, "audience": o.audience.value,
    }  # fmt: skip


def _note(n: Any) -> dict[str, Any]:
    return {
        "id": n.id, "captured": local_naive(n.captured_at), "place": n.place,
        "meeting": n.meeting_title, "body": n.body, "audience": n.audience.value,
    }  # fmt: skip


SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec(
        "actions", "Actions", "sheet_actions",
        (
            ID,
            Column("title", "action", 48, editable=True),
            Column("owner", "owner", 22, editable=True),
            Column("organisation", "organisation", 22),
            Column("due", "due", 12, "date", True),
            Column("status", "status", 14, "choice", True, _ACTION_STATUS),
            Column("done_on", "done_on", 12, "date", True),
            Column("meeting", "from_meeting", 34),
            Column("notes", "notes", 48, editable=True),
        ),
        lambda doc: doc.actions, _action, overdue=("due", "status"),
    ),
    SheetSpec(
        "commitments", "Commitments", "sheet_commitments",
        (
            ID,
            Column("direction", "direction", 20, "choice", False, ("by_company", "by_group")),
            Column("party", "party", 22),
            Column("owner", "owner", 20, editable=True),
            Column("text", "commitment", 50),
            Column("meeting", "made_in", 34),
            Column("due", "due", 12, "date", True),
            Column("status", "status", 15, "choice", True, _COMMITMENT_STATUS),
            Column("evidence", "evidence", 40, editable=True),
        ),
        lambda doc: doc.commitments, _commitment, overdue=("due", "status"),
    ),
    SheetSpec(
        "decisions", "Decisions", "sheet_decisions",
        (ID, Column("date", "date", 16, "datetime"), Column("meeting", "meeting", 34),
         Column("text", "decision", 70)),
        lambda doc: doc.decisions, _decision,
    ),
    SheetSpec(
        "meetings", "Meetings", "sheet_meetings",
        (ID, Column("start", "start", 16, "datetime"),
         Column("kind", "kind", 22, "choice", False, _MEETING_KIND),
         Column("title", "title", 44), Column("place", "place", 26),
         Column("status", "status", 18, "choice", False, _MEETING_STATUS)),
        lambda doc: doc.meetings, _meeting,
    ),
    SheetSpec(
        "objectives", "Objectives", "sheet_objectives",
        (ID, Column("target", "target", 24), Column("text", "objective", 60),
         Column("stage", "stage", 24, "choice", True, ("0", "1", "2", "3", "4")),
         Column("outcome", "outcome", 18, "choice", True, tuple(o.value for o in Outcome))),
        lambda doc: doc.objectives, _objective,
    ),
    SheetSpec(
        "notes", "Notes", "sheet_notes",
        (ID, Column("captured", "captured", 16, "datetime"), Column("place", "place", 22),
         Column("meeting", "meeting", 34), Column("body", "body", 80)),
        lambda doc: doc.notes, _note, group_only=True,
    ),
)  # fmt: skip

SHEETS_BY_TABLE = {spec.table: spec for spec in SHEETS}


def cell_value(column: Column, value: Any, lang: str) -> Any:
    """The value written to a cell: labels for drop-downs, dates as dates, text as text."""
    if column.kind == "choice":
        return choice_label(column, value, lang)
    return value


def same_value(column: Column, cell: Any, expected: Any, lang: str) -> bool:
    """Does a cell read back from a workbook still hold what the export wrote?"""
    if column.kind == "choice":
        return parse_choice(column, cell) == (None if expected is None else str(expected))
    if column.kind == "date":
        got = cell.date() if isinstance(cell, datetime) else cell
        return got == expected or (
            isinstance(cell, str) and cell == format_short_date(expected, lang)
        )
    if column.kind == "datetime":
        if isinstance(cell, datetime) and isinstance(expected, datetime):
            return abs((cell - expected).total_seconds()) < 60
        return (cell in (None, "")) and expected is None
    return _norm_text(cell) == _norm_text(cell_text(expected))


def cell_text(value: Any) -> Any:
    """Text as a cell can hold it: no control characters, at most 32,767 characters."""
    if not isinstance(value, str):
        return value
    value = ILLEGAL_CHARACTERS_RE.sub("", value.replace("\r\n", "\n"))
    if len(value) > MAX_CELL:
        value = value[: MAX_CELL - 1] + "…"
    return value


def is_formula_like(value: Any) -> bool:
    """Text a spreadsheet would take for a formula or an error value: it must be stored
    as text."""
    return isinstance(value, str) and (value[:1] in FORMULA_CHARS or value in ERROR_LITERALS)


def _norm_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value).replace("\r\n", "\n").strip()
