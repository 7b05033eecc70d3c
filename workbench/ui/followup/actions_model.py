"""The list of follow-up actions; overdue shown by icon, text and colour.

Status, owner and due date are editable in place: the model does not write, it emits
``edit_requested(id, field, value)`` and the page saves through the services, then
refreshes the row. The tracker gives the model a source (``ActionSource``): it then
holds the ids of 50,000 actions and reads the rows shown (``LazyRowsModel``); without
one it sorts and filters the rows it is given in memory (``FastRowsModel``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from workbench.domain import ActionStatus, Audience
from workbench.services.followup.actions import ActionRow
from workbench.ui.i18n import QT_TRANSLATE_NOOP
from workbench.ui.labels import label
from workbench.ui.lists.lazy_rows import LazyRowsModel
from workbench.ui.lists.rows_model import ID_ROLE, ROW_ROLE, SORT_ROLE, Index, format_date
from workbench.ui.palette import TONES, tone

(
    COL_TITLE,
    COL_OWNER,
    COL_ORGANISATION,
    COL_DUE,
    COL_STATUS,
    COL_ENGAGEMENT,
    COL_MEETING,
    COL_AUDIENCE,
) = range(8)

#: The column edited in place, and the record field it writes.
EDITABLE: dict[int, str] = {COL_STATUS: "status", COL_OWNER: "owner_id", COL_DUE: "due_on"}

_STATUS_RANK = {status: n for n, status in enumerate(ActionStatus)}

#: The overdue and done colours on a light palette; ``palette.tone`` picks per palette.
OVERDUE_COLOUR = QColor(TONES["overdue"][0])
DONE_COLOUR = QColor(TONES["muted"][0])


def overdue_text(due: str) -> str:
    """A due date with the word that says it has passed (never told by colour alone)."""
    return QCoreApplication.translate("ActionsModel", "{date} (overdue)").format(date=due)


class ActionsModel(LazyRowsModel[ActionRow]):
    CONTEXT = "ActionsModel"
    KEY_COLUMNS = (COL_TITLE, COL_OWNER, COL_DUE, COL_STATUS)
    STRETCH_COLUMN = COL_TITLE
    COLUMNS = (
        QT_TRANSLATE_NOOP("ActionsModel", "Action"),
        QT_TRANSLATE_NOOP("ActionsModel", "Owner"),
        QT_TRANSLATE_NOOP("ActionsModel", "Organisation"),
        QT_TRANSLATE_NOOP("ActionsModel", "Due"),
        QT_TRANSLATE_NOOP("ActionsModel", "Status"),
        QT_TRANSLATE_NOOP("ActionsModel", "Engagement"),
        QT_TRANSLATE_NOOP("ActionsModel", "Meeting"),
        QT_TRANSLATE_NOOP("ActionsModel", "Audience"),
    )

    #: The roles a cell answers (``cell`` and ``extra_data``); the proxy answers the
    #: others (font, alignment, size...) with ``None`` without looking up the row.
    ROLES = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        ID_ROLE,
        SORT_ROLE,
        ROW_ROLE,
    )

    #: The user edited a cell: (action id, field, new value). The page saves it.
    edit_requested = Signal(str, str, object)

    def __init__(self, parent: Any = None, *, editable: bool = False) -> None:
        super().__init__(parent)
        self.editable = editable
        self._labels: dict[str, str] = {}
        self._flags: dict[tuple[bool, int], Qt.ItemFlag] = {}  # (editable, column) ->

    def _label(self, value: Any) -> str:
        """Enum labels, translated once per model load rather than once per cell."""
        key = str(value)
        text = self._labels.get(key)
        if text is None:
            text = self._labels[key] = label(value)
        return text

    def set_rows(self, rows: list[ActionRow]) -> None:
        self._labels.clear()  # the language may have changed
        super().set_rows(rows)

    def load(self) -> None:
        self._labels.clear()
        super().load()

    def placeholder(self, record_id: str) -> ActionRow:
        return ActionRow(
            record_id, "", None, None, None, None, None, None, None, None,
            ActionStatus.CANCELLED, None, Audience.GROUP, False,
        )  # fmt: skip

    def display(self, row: ActionRow, column: int) -> str:
        if column == COL_TITLE:
            return row.title
        if column == COL_OWNER:
            return row.owner or ""
        if column == COL_ORGANISATION:
            return row.organisation or ""
        if column == COL_DUE:
            due = format_date(row.due_on)
            return overdue_text(due) if row.overdue else due
        if column == COL_STATUS:
            return self._label(row.status)
        if column == COL_ENGAGEMENT:
            return row.engagement or ""
        if column == COL_MEETING:
            return row.meeting or ""
        return self._label(row.audience)

    def haystack(self, row: ActionRow) -> str:
        parts = [
            row.title,
            row.owner or "",
            row.organisation or "",
            row.engagement or "",
            row.meeting or "",
            self._label(row.status),
            row.due_on.isoformat() if row.due_on else "",
            format_date(row.due_on),  # found as written in either form
        ]
        if row.overdue:
            parts.append(overdue_text(""))
        return " ".join(parts)

    def sort_key(self, row: ActionRow, column: int) -> Any:
        return self.column_key(column)(row)

    def column_key(self, column: int) -> Callable[[ActionRow], Any]:
        if column == COL_DUE:
            return attrgetter("due_on")
        if column == COL_STATUS:
            return lambda row: _STATUS_RANK[row.status]
        if column == COL_TITLE:
            return lambda row: row.title.casefold()
        return lambda row: self.display(row, column).casefold()

    def extra_data(self, row: ActionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.EditRole and column in EDITABLE:
            if column == COL_STATUS:
                return row.status.value
            if column == COL_OWNER:
                return row.owner_id
            return row.due_on
        if role == Qt.ItemDataRole.ForegroundRole and not row.status.is_open:
            return QBrush(tone("muted"))
        if not row.overdue:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_DUE:
            return QBrush(tone("overdue"))
        if role == Qt.ItemDataRole.DecorationRole and column == COL_DUE:
            from workbench.ui.icons import icon

            return icon("overdue")
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("ActionsModel", "Overdue: past its due date")
        return None

    # -- editing --------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.editable and index.isValid() and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def flags_at(self, row: int, column: int) -> Qt.ItemFlag:
        """``flags`` of a cell without a ``QModelIndex``: the same for every row, so
        worked out once per column (the filter proxy asks it of every cell drawn)."""
        key = (self.editable, column)
        flags = self._flags.get(key)
        if flags is None:
            flags = self._flags[key] = self.flags(self.index(row, column))
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (self.editable and index.isValid() and role == Qt.ItemDataRole.EditRole):
            return False
        field = EDITABLE.get(index.column())
        if field is None:
            return False
        if isinstance(value, QDate):
            value = date(value.year(), value.month(), value.day()) if value.isValid() else None
        row = self.row_at(index.row())
        self.edit_requested.emit(row.id, field, value)
        return True
