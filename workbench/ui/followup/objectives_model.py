"""A target's objectives: milestone stage (0-4) and outcome, both editable in place.

Like the actions model, it does not write: ``edit_requested(id, field, value)`` goes to
the page, which records the change through ``services.followup.progress`` with the meeting where
it happened.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal

from workbench.services.followup.progress import ObjectiveRow
from workbench.ui.i18n import QT_TRANSLATE_NOOP
from workbench.ui.labels import label, stage_label
from workbench.ui.lists.rows_model import Index, RowsModel, format_date

COL_OBJECTIVE, COL_STAGE, COL_OUTCOME, COL_SINCE, COL_AUDIENCE = range(5)
EDITABLE: dict[int, str] = {COL_STAGE: "stage", COL_OUTCOME: "outcome"}


class ObjectivesModel(RowsModel[ObjectiveRow]):
    CONTEXT = "ObjectivesModel"
    KEY_COLUMNS = (COL_OBJECTIVE, COL_STAGE, COL_OUTCOME, COL_SINCE)
    STRETCH_COLUMN = COL_OBJECTIVE
    COLUMNS = (
        QT_TRANSLATE_NOOP("ObjectivesModel", "Objective"),
        QT_TRANSLATE_NOOP("ObjectivesModel", "Stage"),
        QT_TRANSLATE_NOOP("ObjectivesModel", "Outcome"),
        QT_TRANSLATE_NOOP("ObjectivesModel", "Stage since"),
        QT_TRANSLATE_NOOP("ObjectivesModel", "Audience"),
    )

    edit_requested = Signal(str, str, object)

    def display(self, row: ObjectiveRow, column: int) -> str:
        if column == COL_OBJECTIVE:
            return row.text
        if column == COL_STAGE:
            return stage_label(row.stage)
        if column == COL_OUTCOME:
            return label(row.outcome)
        if column == COL_SINCE:
            return format_date(row.stage_since)
        return label(row.audience)

    def sort_key(self, row: ObjectiveRow, column: int) -> Any:
        if column == COL_STAGE:
            return row.stage
        if column == COL_SINCE:
            return row.stage_since
        return super().sort_key(row, column)

    def extra_data(self, row: ObjectiveRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole and column in EDITABLE:
            return row.stage if column == COL_STAGE else row.outcome.value
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_OBJECTIVE:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SINCE:
            if row.stage_meeting:
                return QCoreApplication.translate(
                    "ObjectivesModel", "Reached in: {meeting}"
                ).format(meeting=row.stage_meeting)
            return QCoreApplication.translate(
                "ObjectivesModel", "No stage change recorded here: the date of the last update"
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        field = EDITABLE.get(index.column()) if index.isValid() else None
        if field is None or role != Qt.ItemDataRole.EditRole:
            return False
        self.edit_requested.emit(self.row_at(index.row()).id, field, value)
        return True
