"""Interactions as a list: date, kind and direction, company and counterpart, subject."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from workbench.services.stewardship.interactions import InteractionRow
from workbench.ui.i18n import QT_TRANSLATE_NOOP
from workbench.ui.labels import label
from workbench.ui.lists.rows_model import RowsModel, format_date

COL_DATE, COL_KIND, COL_DIRECTION, COL_COMPANY, COL_COUNTERPART, COL_SUBJECT, COL_AUDIENCE = range(
    7
)


class InteractionsModel(RowsModel[InteractionRow]):
    CONTEXT = "InteractionsModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("InteractionsModel", "Date"),
        QT_TRANSLATE_NOOP("InteractionsModel", "Kind"),
        QT_TRANSLATE_NOOP("InteractionsModel", "Direction"),
        QT_TRANSLATE_NOOP("InteractionsModel", "Company"),
        QT_TRANSLATE_NOOP("InteractionsModel", "Counterpart"),
        QT_TRANSLATE_NOOP("InteractionsModel", "Subject"),
        QT_TRANSLATE_NOOP("InteractionsModel", "Audience"),
    )

    def display(self, row: InteractionRow, column: int) -> str:
        if column == COL_DATE:
            return format_date(row.occurred_on)
        if column == COL_KIND:
            return label(row.kind)
        if column == COL_DIRECTION:
            return label(row.direction)
        if column == COL_COMPANY:
            return row.company or ""
        if column == COL_COUNTERPART:
            if row.counterpart and row.seniority is not None:
                return f"{row.counterpart} ({label(row.seniority).lower()})"
            return row.counterpart or ""
        if column == COL_SUBJECT:
            return row.subject
        return label(row.audience)

    def sort_key(self, row: InteractionRow, column: int) -> Any:
        if column == COL_DATE:
            return row.occurred_on
        return super().sort_key(row, column)

    def haystack(self, row: InteractionRow) -> str:
        return " ".join([super().haystack(row), row.summary or "", *row.objectives])

    def extra_data(self, row: InteractionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SUBJECT and row.summary:
            return row.summary
        return None
