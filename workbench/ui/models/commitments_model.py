"""The list of commitments, in either direction."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush

from workbench.services.listing import CommitmentRow
from workbench.ui.labels import label
from workbench.ui.models.actions_model import OVERDUE_COLOUR
from workbench.ui.models.base import RowsModel, format_date

COL_TEXT, COL_DIRECTION, COL_PARTY, COL_DUE, COL_STATUS, COL_MEETING, COL_AUDIENCE = range(7)


class CommitmentsModel(RowsModel[CommitmentRow]):
    CONTEXT = "CommitmentsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("CommitmentsModel", "Commitment"),
        QT_TRANSLATE_NOOP("CommitmentsModel", "Made"),
        QT_TRANSLATE_NOOP("CommitmentsModel", "Party"),
        QT_TRANSLATE_NOOP("CommitmentsModel", "Due"),
        QT_TRANSLATE_NOOP("CommitmentsModel", "Status"),
        QT_TRANSLATE_NOOP("CommitmentsModel", "Meeting"),
        QT_TRANSLATE_NOOP("CommitmentsModel", "Audience"),
    )

    def display(self, row: CommitmentRow, column: int) -> str:
        if column == COL_TEXT:
            return row.text
        if column == COL_DIRECTION:
            return label(row.direction)
        if column == COL_PARTY:
            return row.party or ""
        if column == COL_DUE:
            due = format_date(row.due_on)
            if row.overdue:
                return QCoreApplication.translate("CommitmentsModel", "{date} (overdue)").format(
                    date=due
                )
            return due
        if column == COL_STATUS:
            return label(row.status)
        if column == COL_MEETING:
            return row.meeting or ""
        return label(row.audience)

    def sort_key(self, row: CommitmentRow, column: int) -> Any:
        if column == COL_DUE:
            return row.due_on
        return super().sort_key(row, column)

    def extra_data(self, row: CommitmentRow, column: int, role: int) -> Any:
        if not row.overdue:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DUE:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_DUE:
            from workbench.ui.icons import icon

            return icon("overdue")
        return None
