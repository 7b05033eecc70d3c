"""The tracker's floor: a bare ``QTableView`` over the least model that shows the actions.

``IdsModel`` holds the ids one ``sqlite3`` query returns and reads the rows of the part
of the list that is drawn, a block at a time, with the same joins the tracker's rows
have (owner, the owner's organisation, engagement, meeting); nothing else — no sorting
by other columns, no filter bar, no form, no formatting beyond ``str``. What the tracker
costs beyond this is what its features cost.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("Action", "Owner", "Organisation", "Due", "Status", "Engagement", "Meeting")
ROWS = (
    "SELECT a.id, a.title, p.name, o.name, a.due_on, a.status, e.title, m.title "
    "FROM action AS a LEFT JOIN person AS p ON p.id = a.owner_id "
    "LEFT JOIN organisation AS o ON o.id = p.organisation_id "
    "LEFT JOIN engagement AS e ON e.id = a.engagement_id "
    "LEFT JOIN meeting AS m ON m.id = a.meeting_id AND m.deleted_at IS NULL "
    "WHERE a.id IN (SELECT value FROM json_each(?))"
)
#: Every live action by due date: the tracker's order.
ALL_IDS = "SELECT id FROM action WHERE deleted_at IS NULL ORDER BY due_on"
BY_OWNER = "SELECT id FROM action WHERE deleted_at IS NULL AND owner_id = ? ORDER BY due_on"
#: A word anywhere in what a row shows (title and names; the tracker also looks at its
#: status words and dates, which the word measured is not).
BY_WORD = (
    "SELECT a.id FROM action AS a LEFT JOIN person AS p ON p.id = a.owner_id "
    "LEFT JOIN organisation AS o ON o.id = p.organisation_id "
    "LEFT JOIN engagement AS e ON e.id = a.engagement_id "
    "LEFT JOIN meeting AS m ON m.id = a.meeting_id AND m.deleted_at IS NULL "
    "WHERE a.deleted_at IS NULL AND (a.title LIKE ?1 OR p.name LIKE ?1 OR o.name LIKE ?1 "
    "OR e.title LIKE ?1 OR m.title LIKE ?1) ORDER BY a.due_on"
)
BLOCK = 120


class IdsModel(QAbstractTableModel):
    """Ids from one query; rows read when drawn, ``BLOCK`` at a time."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        super().__init__()
        self.conn = conn
        self.ids: list[str] = []
        self.rows: dict[str, tuple[Any, ...]] = {}

    def show(self, query: str, *params: Any) -> None:
        self.beginResetModel()
        self.ids = [r[0] for r in self.conn.execute(query, params)]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        key = self.ids[index.row()]
        row = self.rows.get(key)
        if row is None:
            start = index.row() - index.row() % BLOCK
            block = self.ids[start : start + BLOCK]
            for found in self.conn.execute(ROWS, (json.dumps(block),)):
                self.rows[found[0]] = found[1:]
            row = self.rows.get(key, ("",) * len(COLUMNS))
        value = row[index.column()]
        return "" if value is None else str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None


def floor_view(conn: sqlite3.Connection, size: tuple[int, int]) -> tuple[QTableView, IdsModel]:
    """A bare table view over an empty ``IdsModel``, not yet shown."""
    model = IdsModel(conn)
    view = QTableView()
    view.setModel(model)
    view.resize(*size)
    return view, model
