"""Attendance of a meeting: members and company contacts, role and presence.

A table of everyone who could attend; Space ticks "on the list", the role and presence
cells open a choice (F2 or typing). Each change is written at once through
``services.meetings.attendance``; the meeting's chair and minute-taker follow the roles.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from workbench.domain import AttendanceRole, Meeting, Presence
from workbench.services.errors import DomainError
from workbench.services.meetings import attendance
from workbench.services.meetings.attendance import AttendeeRow
from workbench.services.records import get_record
from workbench.store import Database
from workbench.ui.i18n import QT_TRANSLATE_NOOP, error_text
from workbench.ui.labels import label
from workbench.ui.widgets.delegates import PlainChoiceDelegate

Index = QModelIndex | QPersistentModelIndex
COL_NAME, COL_ORG, COL_LISTED, COL_ROLE, COL_PRESENCE = range(5)


class AttendanceModel(QAbstractTableModel):
    """People who could attend; edits become ``change_requested`` (person id, change)."""

    CONTEXT = "AttendanceModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("AttendanceModel", "Name"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Organisation"),
        QT_TRANSLATE_NOOP("AttendanceModel", "On the list"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Role"),
        QT_TRANSLATE_NOOP("AttendanceModel", "Presence"),
    )
    change_requested = Signal(str, dict)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[AttendeeRow] = []

    def set_rows(self, rows: list[AttendeeRow]) -> None:
        if [r.person_id for r in rows] == [r.person_id for r in self.rows]:
            self.rows = rows
            if rows:
                last = self.index(len(rows) - 1, len(self.COLUMNS) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_LISTED:
            return Qt.CheckState.Checked if row.invited else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == COL_NAME:
                return row.name
            if column == COL_ORG:
                return row.organisation or ""
            if column == COL_ROLE:
                return label(row.role)
            if column == COL_PRESENCE:
                return label(row.presence)
            return ""
        if role == Qt.ItemDataRole.EditRole:
            if column == COL_ROLE:
                return row.role.value if row.role else None
            if column == COL_PRESENCE:
                return row.presence.value if row.presence else None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_LISTED:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in (COL_ROLE, COL_PRESENCE):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row, column = self.rows[index.row()], index.column()
        if column == COL_LISTED and role == Qt.ItemDataRole.CheckStateRole:
            listed = Qt.CheckState(value) == Qt.CheckState.Checked
            self.change_requested.emit(row.person_id, {"listed": listed})
            return True
        if role == Qt.ItemDataRole.EditRole and column in (COL_ROLE, COL_PRESENCE):
            field = "role" if column == COL_ROLE else "presence"
            self.change_requested.emit(row.person_id, {field: value})
            return True
        return False


class AttendanceDialog(QDialog):
    """Who is on the list of a meeting; every change saved at once."""

    def __init__(self, db: Database, meeting_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.setObjectName("attendance_dialog")
        with db.session() as s:
            title = get_record(s, Meeting, meeting_id).title
        self.setWindowTitle(self.tr("Attendance — {title}").format(title=title))
        self.model = AttendanceModel(self)
        self.model.change_requested.connect(self.change)
        self.view = QTableView()
        self.view.setObjectName("attendance_table")
        self.view.setAccessibleName(self.tr("Attendance"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        roles = [(r.value, label(r)) for r in AttendanceRole]
        presences = [(p.value, label(p)) for p in Presence]
        self.view.setItemDelegateForColumn(COL_ROLE, PlainChoiceDelegate(lambda: roles, self))
        self.view.setItemDelegateForColumn(
            COL_PRESENCE, PlainChoiceDelegate(lambda: presences, self)
        )
        self.message = QLabel(
            self.tr("Space puts a person on the list; F2 or typing changes role and presence.")
        )
        self.message.setObjectName("attendance_message")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(720, 480)
        self.reload()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, COL_LISTED))

    def reload(self) -> None:
        with self.db.session() as s:
            self.model.set_rows(attendance.candidates(s, self.meeting_id))

    def change(self, person_id: str, change: dict[str, Any]) -> None:
        """Write one change: on/off the list, a role or a presence."""
        try:
            with self.db.transaction(meeting_id=self.meeting_id) as s:
                if change.get("listed") is False:
                    attendance.remove_attendance(s, self.meeting_id, person_id)
                else:
                    attendance.set_attendance(
                        s,
                        self.meeting_id,
                        person_id,
                        role=change.get("role"),
                        presence=change.get("presence"),
                    )
        except DomainError as exc:
            self.message.setText(self.tr("Not saved: {reason}").format(reason=error_text(exc)))
            return
        self.message.setText(self.tr("Saved"))
        self.reload()
