"""Lessons learned: category, the lesson, the meeting it came from."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from workbench.services.followup.lessons import LessonRow
from workbench.ui.i18n import QT_TRANSLATE_NOOP, format_date
from workbench.ui.labels import label
from workbench.ui.lists.rows_model import RowsModel

COL_CATEGORY, COL_LESSON, COL_MEETING, COL_ENGAGEMENT, COL_AUDIENCE = range(5)


class LessonsModel(RowsModel[LessonRow]):
    CONTEXT = "LessonsModel"
    KEY_COLUMNS = (COL_CATEGORY, COL_LESSON)
    STRETCH_COLUMN = COL_LESSON
    COLUMNS = (
        QT_TRANSLATE_NOOP("LessonsModel", "Category"),
        QT_TRANSLATE_NOOP("LessonsModel", "Lesson"),
        QT_TRANSLATE_NOOP("LessonsModel", "From meeting"),
        QT_TRANSLATE_NOOP("LessonsModel", "Engagement"),
        QT_TRANSLATE_NOOP("LessonsModel", "Audience"),
    )

    def display(self, row: LessonRow, column: int) -> str:
        if column == COL_CATEGORY:
            return row.category or ""
        if column == COL_LESSON:
            return row.text
        if column == COL_MEETING:
            if not row.meeting:
                return ""
            day = format_date(row.meeting_starts_at) if row.meeting_starts_at else ""
            return f"{day} · {row.meeting}" if day else row.meeting
        if column == COL_ENGAGEMENT:
            return row.engagement or ""
        return label(row.audience)

    def sort_key(self, row: LessonRow, column: int) -> Any:
        if column == COL_MEETING:
            return row.meeting_starts_at
        return super().sort_key(row, column)

    def extra_data(self, row: LessonRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_LESSON:
            return row.text
        return None
