"""The agenda of one meeting as a table: editable cells, drag and drop to reorder.

The model never writes to the database. An edit or a drop becomes a request
(``edit_requested``, ``move_requested``) that the agenda editor turns into an undoable
command; after the command is written the editor hands the model fresh rows.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from workbench.services.meetings.agenda import AgendaItemRow
from workbench.ui.i18n import QT_TRANSLATE_NOOP
from workbench.ui.labels import label
from workbench.ui.lists.rows_model import ID_ROLE, ROW_ROLE

Index = QModelIndex | QPersistentModelIndex

COL_NO, COL_TITLE, COL_PURPOSE, COL_MINUTES, COL_PRESENTER, COL_AUDIENCE, COL_LINK, COL_START = (
    range(8)
)
MIME_TYPE = "application/x-workbench-agenda-item"

#: What each editable column writes (the link column writes objective_id and target_id).
FIELD_OF = {
    COL_TITLE: "title",
    COL_PURPOSE: "purpose",
    COL_MINUTES: "planned_minutes",
    COL_PRESENTER: "presenter_id",
    COL_AUDIENCE: "audience",
}


def link_key(row: AgendaItemRow) -> str | None:
    """The link column's value: ``objective:<id>``, ``target:<id>`` or None."""
    if row.objective_id:
        return f"objective:{row.objective_id}"
    if row.target_id:
        return f"target:{row.target_id}"
    return None


def link_changes(key: str | None) -> dict[str, str | None]:
    """The fields a link key sets (one of the two, the other cleared)."""
    kind, _, record_id = (key or "").partition(":")
    return {
        "objective_id": record_id if kind == "objective" else None,
        "target_id": record_id if kind == "target" else None,
    }


class AgendaModel(QAbstractTableModel):
    """Rows of ``AgendaItemRow`` in agenda order, with their planned start times."""

    CONTEXT = "AgendaModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("AgendaModel", "#"),
        QT_TRANSLATE_NOOP("AgendaModel", "Item"),
        QT_TRANSLATE_NOOP("AgendaModel", "Purpose"),
        QT_TRANSLATE_NOOP("AgendaModel", "Minutes"),
        QT_TRANSLATE_NOOP("AgendaModel", "Presenter"),
        QT_TRANSLATE_NOOP("AgendaModel", "Audience"),
        QT_TRANSLATE_NOOP("AgendaModel", "Objective or company"),
        QT_TRANSLATE_NOOP("AgendaModel", "Starts"),
    )

    edit_requested = Signal(str, dict)  # item id, {field: new value}
    move_requested = Signal(str, int)  # item id, new index

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaItemRow] = []
        self._starts: list[datetime | None] = []
        #: Names for the link column, ``{"objective:<id>": "…"}``; set by the editor.
        self.link_names: Callable[[str], str | None] = lambda _key: None

    # -- rows -----------------------------------------------------------------------
    def set_rows(self, rows: Sequence[AgendaItemRow], starts_at: datetime | None) -> None:
        """Show these rows; the same items in the same order are updated in place, so an
        open cell editor (Tab to the next cell) survives the save of the previous one."""
        same = [r.id for r in rows] == [r.id for r in self._rows]
        if not same:
            self.beginResetModel()
        self._rows = list(rows)
        self._starts = []
        clock = starts_at
        for row in self._rows:
            self._starts.append(clock)
            if clock is not None:
                clock = clock + timedelta(minutes=row.planned_minutes)
        if same:
            if self._rows:
                last = self.index(len(self._rows) - 1, self.columnCount() - 1)
                self.dataChanged.emit(self.index(0, 0), last)
        else:
            self.endResetModel()

    def patch(self, item_id: str, **changes: Any) -> None:
        """Update one row in place (its notes were saved as typed)."""
        n = self.row_of(item_id)
        if n is not None:
            self._rows[n] = replace(self._rows[n], **changes)
            self.dataChanged.emit(self.index(n, 0), self.index(n, self.columnCount() - 1))

    def rows(self) -> list[AgendaItemRow]:
        return list(self._rows)

    def row_at(self, row: int) -> AgendaItemRow:
        return self._rows[row]

    def row_of(self, item_id: str) -> int | None:
        for n, row in enumerate(self._rows):
            if row.id == item_id:
                return n
        return None

    def total_minutes(self) -> int:
        return sum(r.planned_minutes for r in self._rows)

    # -- Qt -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        return None

    def display(self, n: int, column: int) -> str:
        row = self._rows[n]
        if column == COL_NO:
            return str(n + 1)
        if column == COL_TITLE:
            return row.title
        if column == COL_PURPOSE:
            return label(row.purpose)
        if column == COL_MINUTES:
            return str(row.planned_minutes)
        if column == COL_PRESENTER:
            return row.presenter or ""
        if column == COL_AUDIENCE:
            return label(row.audience)
        if column == COL_LINK:
            key = link_key(row)
            return (self.link_names(key) if key else None) or row.objective or row.target or ""
        start = self._starts[n]
        return start.astimezone().strftime("%H:%M") if start else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        n, column = index.row(), index.column()
        row = self._rows[n]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.display(n, column)
        if role == Qt.ItemDataRole.EditRole:
            if column == COL_TITLE:
                return row.title
            if column == COL_PURPOSE:
                return row.purpose.value
            if column == COL_MINUTES:
                return row.planned_minutes
            if column == COL_PRESENTER:
                return row.presenter_id
            if column == COL_AUDIENCE:
                return row.audience.value
            if column == COL_LINK:
                return link_key(row)
            return None
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.FontRole and row.is_carry_over:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_NO, COL_MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        base |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.column() in (*FIELD_OF, COL_LINK):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ask for the change; the editor writes it and reloads the rows."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row, column = self._rows[index.row()], index.column()
        if column == COL_LINK:
            changes: dict[str, Any] = link_changes(value)
            if changes == link_changes(link_key(row)):
                return False
        elif column in FIELD_OF:
            if column == COL_TITLE:
                value = str(value).strip()
            if value == self.data(index, Qt.ItemDataRole.EditRole):
                return False
            changes = {FIELD_OF[column]: value}
        else:
            return False
        self.edit_requested.emit(row.id, changes)
        return True

    # -- drag and drop --------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = []
        for index in indexes:
            item_id = self._rows[index.row()].id
            if item_id not in ids:
                ids.append(item_id)
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(json.dumps(ids).encode()))
        return mime

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Turn a drop into ``move_requested``; returns False so the view removes nothing."""
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        ids = json.loads(bytes(data.data(MIME_TYPE).data()).decode())
        if len(ids) != 1:
            return False
        old = self.row_of(ids[0])
        if old is None:
            return False
        if row < 0 and parent.isValid():
            new = parent.row()  # dropped on an item: take its place
        else:
            target = row if row >= 0 else len(self._rows)  # dropped between items
            new = target - 1 if target > old else target
        if new != old:
            self.move_requested.emit(ids[0], new)
        return False
