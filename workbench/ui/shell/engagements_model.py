"""The list of engagements."""

from __future__ import annotations

from typing import Any

from workbench.services.listing import EngagementRow
from workbench.ui.i18n import QT_TRANSLATE_NOOP
from workbench.ui.labels import label
from workbench.ui.lists.rows_model import RowsModel, format_date

COL_TITLE, COL_THEME, COL_STATUS, COL_STARTED = range(4)


class EngagementsModel(RowsModel[EngagementRow]):
    CONTEXT = "EngagementsModel"
    KEY_COLUMNS = (COL_TITLE, COL_STATUS, COL_STARTED)
    STRETCH_COLUMN = COL_TITLE
    COLUMNS = (
        QT_TRANSLATE_NOOP("EngagementsModel", "Title"),
        QT_TRANSLATE_NOOP("EngagementsModel", "Theme"),
        QT_TRANSLATE_NOOP("EngagementsModel", "Status"),
        QT_TRANSLATE_NOOP("EngagementsModel", "Started"),
    )

    def display(self, row: EngagementRow, column: int) -> str:
        if column == COL_TITLE:
            return row.title
        if column == COL_THEME:
            return row.theme or ""
        if column == COL_STATUS:
            return label(row.status)
        return format_date(row.started_on)

    def sort_key(self, row: EngagementRow, column: int) -> Any:
        if column == COL_STARTED:
            return row.started_on
        return super().sort_key(row, column)
