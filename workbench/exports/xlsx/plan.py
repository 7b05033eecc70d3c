"""What an import would do, in words a user can act on: changes, new rows, problems.

``ImportPlan`` is the preview (the CLI prints it, the dialog lists it) and the contract
for applying: ``signature`` lets the importer refuse to apply a preview that no longer
holds. The cell parsers turn what Excel hands back into stored values, or into a reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl.utils.datetime import from_excel

from workbench.domain import Audience
from workbench.services.errors import UserMessage

DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y")


class TrackerImportError(UserMessage):
    """The workbook cannot be imported; ``plan`` (if any) lists the problems. The
    message is marked for the catalogue as a service's refusal is (``services/errors.py``)."""

    def __init__(self, text: str, /, plan: ImportPlan | None = None, **params: Any) -> None:
        super().__init__(text, **params)
        self.plan = plan


@dataclass(frozen=True)
class Problem:
    sheet: str
    row: int
    column: str  # "F (Due)", or "" for a problem with the whole row
    reason: str

    def __str__(self) -> str:
        where = f"{self.sheet}, row {self.row}"
        return (
            f"{where}, column {self.column}: {self.reason}"
            if self.column
            else f"{where}: {self.reason}"
        )


@dataclass(frozen=True)
class FieldChange:
    sheet: str
    row: int
    kind: str  # "actions", "commitments", "objectives"
    record_id: str
    record: str  # the record's title or text, to recognise it
    column: str  # header as in the workbook
    field: str  # the record's field
    old: str
    new: str
    value: Any  # what is stored

    def __str__(self) -> str:
        what = f"{short(self.record)} — {self.column}"
        return f"{self.sheet}, row {self.row}: {what}: {self.old or '∅'} → {self.new or '∅'}"


@dataclass(frozen=True)
class NewAction:
    sheet: str
    row: int
    values: dict[str, Any]

    def __str__(self) -> str:
        return f"{self.sheet}, row {self.row}: new action — {short(self.values['title'])}"


@dataclass
class ImportPlan:
    """What an import would do: the preview shown before anything is applied."""

    path: Path
    engagement_id: str = ""
    engagement: str = ""
    audience: Audience = Audience.PARTNERS
    lang: str = "en"
    changes: list[FieldChange] = field(default_factory=list)
    new_actions: list[NewAction] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def count(self) -> int:
        return len(self.changes) + len(self.new_actions)

    def signature(self) -> tuple[Any, ...]:
        """What would be applied; equal signatures mean the preview still holds."""
        return (
            tuple((c.record_id, c.field, repr(c.value)) for c in self.changes),
            tuple(
                tuple(sorted((k, repr(v)) for k, v in n.values.items())) for n in self.new_actions
            ),
        )

    def lines(self) -> list[str]:
        """The preview as lines of text (the CLI prints them, the dialog lists them)."""
        return [str(x) for x in (*self.changes, *self.new_actions)]


def short(value: Any, limit: int = 60) -> str:
    text = " ".join(str(value or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def parse_date(value: Any) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        day: date = from_excel(value).date()
        return day
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(str(value).strip(), fmt).date()
        except ValueError:
            continue
    raise ValueError(f"{short(value, 40)!r} is not a date (write it as 2024-05-31)")


def display(value: Any) -> str:
    if isinstance(value, datetime):
        return (
            value.date().isoformat()
            if value.time() == datetime.min.time()
            else value.isoformat(" ")
        )
    if isinstance(value, date):
        return value.isoformat()
    return short(value)
