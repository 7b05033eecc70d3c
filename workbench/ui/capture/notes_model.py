"""The list of notes, newest first; a ``FastRowsModel``, as a busy group has 200,000."""

from __future__ import annotations

from collections.abc import Callable
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication

from workbench.services.listing import NoteRow
from workbench.ui.i18n import QT_TRANSLATE_NOOP
from workbench.ui.labels import label
from workbench.ui.lists.fast_rows import FastRowsModel
from workbench.ui.lists.rows_model import format_datetime

YES = QT_TRANSLATE_NOOP("NotesModel", "Yes")
NO = QT_TRANSLATE_NOOP("NotesModel", "No")

COL_CAPTURED, COL_NOTE, COL_PLACE, COL_ENGAGEMENT, COL_TRIAGED, COL_AUDIENCE = range(6)


class NotesModel(FastRowsModel[NoteRow]):
    CONTEXT = "NotesModel"
    KEY_COLUMNS = (COL_CAPTURED, COL_NOTE, COL_ENGAGEMENT)
    STRETCH_COLUMN = COL_NOTE
    COLUMNS = (
        QT_TRANSLATE_NOOP("NotesModel", "Captured"),
        QT_TRANSLATE_NOOP("NotesModel", "Note"),
        QT_TRANSLATE_NOOP("NotesModel", "Place"),
        QT_TRANSLATE_NOOP("NotesModel", "Engagement"),
        QT_TRANSLATE_NOOP("NotesModel", "Triaged"),
        QT_TRANSLATE_NOOP("NotesModel", "Audience"),
    )

    def display(self, row: NoteRow, column: int) -> str:
        if column == COL_CAPTURED:
            return format_datetime(row.captured_at)
        if column == COL_NOTE:
            return row.preview
        if column == COL_PLACE:
            return row.place or ""
        if column == COL_ENGAGEMENT:
            return row.engagement or row.meeting or ""
        if column == COL_TRIAGED:
            return QCoreApplication.translate(
                "NotesModel", YES if row.triaged else NO
            )  # i18n: ok (NOOP-marked)
        return label(row.audience)

    def sort_key(self, row: NoteRow, column: int) -> Any:
        return self.column_key(column)(row)

    def column_key(self, column: int) -> Callable[[NoteRow], Any]:
        if column == COL_CAPTURED:
            return attrgetter("captured_at")
        return lambda row: self.display(row, column).casefold()
