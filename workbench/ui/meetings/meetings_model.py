"""The list of meetings, newest first."""

from __future__ import annotations

from typing import Any

from workbench.services.listing import MeetingRow
from workbench.ui.i18n import QT_TRANSLATE_NOOP
from workbench.ui.labels import label
from workbench.ui.lists.rows_model import RowsModel, format_datetime

COL_WHEN, COL_TITLE, COL_KIND, COL_ENGAGEMENT, COL_STATUS, COL_AUDIENCE = range(6)


class MeetingsModel(RowsModel[MeetingRow]):
    CONTEXT = "MeetingsModel"
    KEY_COLUMNS = (COL_WHEN, COL_TITLE, COL_KIND, COL_STATUS)
    STRETCH_COLUMN = COL_TITLE
    COLUMNS = (
        QT_TRANSLATE_NOOP("MeetingsModel", "When"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Title"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Kind"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Engagement"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Status"),
        QT_TRANSLATE_NOOP("MeetingsModel", "Audience"),
    )

    def display(self, row: MeetingRow, column: int) -> str:
        if column == COL_WHEN:
            return format_datetime(row.starts_at)
        if column == COL_TITLE:
            return row.title
        if column == COL_KIND:
            return label(row.kind)
        if column == COL_ENGAGEMENT:
            return row.engagement or ""
        if column == COL_STATUS:
            return label(row.status)
        return label(row.audience)

    def sort_key(self, row: MeetingRow, column: int) -> Any:
        if column == COL_WHEN:
            return row.starts_at
        return super().sort_key(row, column)
