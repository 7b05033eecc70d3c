"""The list of follow-up actions; overdue shown by icon, text and colour."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from workbench.services.listing import ActionRow
from workbench.ui.labels import label
from workbench.ui.models.base import RowsModel, format_date

COL_TITLE, COL_OWNER, COL_DUE, COL_STATUS, COL_ENGAGEMENT, COL_MEETING, COL_AUDIENCE = range(7)

OVERDUE_COLOUR = QColor("#b3261e")


class ActionsModel(RowsModel[ActionRow]):
    CONTEXT = "ActionsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("ActionsModel", "Action"),
        QT_TRANSLATE_NOOP("ActionsModel", "Owner"),
        QT_TRANSLATE_NOOP("ActionsModel", "Due"),
        QT_TRANSLATE_NOOP("ActionsModel", "Status"),
        QT_TRANSLATE_NOOP("ActionsModel", "Engagement"),
        QT_TRANSLATE_NOOP("ActionsModel", "Meeting"),
        QT_TRANSLATE_NOOP("ActionsModel", "Audience"),
    )

    def display(self, row: ActionRow, column: int) -> str:
        if column == COL_TITLE:
            return row.title
        if column == COL_OWNER:
            return row.owner or ""
        if column == COL_DUE:
            due = format_date(row.due_on)
            if row.overdue:
                return QCoreApplication.translate("ActionsModel", "{date} (overdue)").format(
                    date=due
                )
            return due
        if column == COL_STATUS:
            return label(row.status)
        if column == COL_ENGAGEMENT:
            return row.engagement or ""
        if column == COL_MEETING:
            return row.meeting or ""
        return label(row.audience)

    def sort_key(self, row: ActionRow, column: int) -> Any:
        if column == COL_DUE:
            return row.due_on
        return super().sort_key(row, column)

    def extra_data(self, row: ActionRow, column: int, role: int) -> Any:
        if not row.overdue:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DUE:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.DecorationRole and column == COL_DUE:
            from workbench.ui.icons import icon

            return icon("overdue")
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("ActionsModel", "Overdue: past its due date")
        return None
