"""The list of commitments, in either direction; overdue by icon, text and colour."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush

from workbench.domain import CommitmentStatus
from workbench.services.followup.commitments import CommitmentRow
from workbench.ui.followup.actions_model import overdue_text
from workbench.ui.i18n import QT_TRANSLATE_NOOP
from workbench.ui.labels import label
from workbench.ui.lists.fast_rows import FastRowsModel
from workbench.ui.lists.rows_model import format_date
from workbench.ui.palette import tone

COL_TEXT, COL_DIRECTION, COL_PARTY, COL_DUE, COL_STATUS, COL_MEETING, COL_AUDIENCE = range(7)

_STATUS_RANK = {status: n for n, status in enumerate(CommitmentStatus)}


class CommitmentsModel(FastRowsModel[CommitmentRow]):
    CONTEXT = "CommitmentsModel"
    KEY_COLUMNS = (COL_TEXT, COL_DIRECTION, COL_PARTY, COL_DUE, COL_STATUS)
    STRETCH_COLUMN = COL_TEXT
    COLUMNS = (
        QT_TRANSLATE_NOOP("CommitmentsModel", "Commitment"),
        QT_TRANSLATE_NOOP("CommitmentsModel", "Made"),
        QT_TRANSLATE_NOOP("CommitmentsModel", "Party"),
        QT_TRANSLATE_NOOP("CommitmentsModel", "Due"),
        QT_TRANSLATE_NOOP("CommitmentsModel", "Status"),
        QT_TRANSLATE_NOOP("CommitmentsModel", "Meeting"),
        QT_TRANSLATE_NOOP("CommitmentsModel", "Audience"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._labels: dict[str, str] = {}

    def _label(self, value: Any) -> str:
        key = str(value)
        text = self._labels.get(key)
        if text is None:
            text = self._labels[key] = label(value)
        return text

    def set_rows(self, rows: list[CommitmentRow]) -> None:
        self._labels.clear()
        super().set_rows(rows)

    def display(self, row: CommitmentRow, column: int) -> str:
        if column == COL_TEXT:
            return row.text
        if column == COL_DIRECTION:
            return self._label(row.direction)
        if column == COL_PARTY:
            return row.party or ""
        if column == COL_DUE:
            due = format_date(row.due_on)
            return overdue_text(due) if row.overdue else due
        if column == COL_STATUS:
            return self._label(row.status)
        if column == COL_MEETING:
            return row.meeting or ""
        return self._label(row.audience)

    def haystack(self, row: CommitmentRow) -> str:
        parts = [
            row.text,
            self._label(row.direction),
            row.party or "",
            row.owner or "",
            self._label(row.status),
            row.meeting or "",
            row.evidence or "",
            row.due_on.isoformat() if row.due_on else "",
            format_date(row.due_on),  # found as written in either form
        ]
        if row.overdue:
            parts.append(overdue_text(""))
        return " ".join(parts)

    def sort_key(self, row: CommitmentRow, column: int) -> Any:
        return self.column_key(column)(row)

    def column_key(self, column: int) -> Callable[[CommitmentRow], Any]:
        if column == COL_DUE:
            return attrgetter("due_on")
        if column == COL_STATUS:
            return lambda row: _STATUS_RANK[row.status]
        if column == COL_MEETING:
            return attrgetter("meeting_starts_at")
        return lambda row: self.display(row, column).casefold()

    def extra_data(self, row: CommitmentRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and not row.status.is_open:
            return QBrush(tone("muted"))
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_TEXT, COL_STATUS):
            if row.evidence:
                return QCoreApplication.translate("CommitmentsModel", "Evidence: {e}").format(
                    e=row.evidence
                )
            return row.text if column == COL_TEXT else None
        if not row.overdue:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DUE:
            return QBrush(tone("overdue"))
        if role == Qt.ItemDataRole.DecorationRole and column == COL_DUE:
            from workbench.ui.icons import icon

            return icon("overdue")
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("CommitmentsModel", "Overdue: past its due date")
        return None
