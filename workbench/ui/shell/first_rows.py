"""The tracker's first rows on screen before the data stack is imported.

When the window opens on the tracker (the page the user had last), ``Startup`` reads
its first screens through ``sqlite3`` alone (``store/first_read.py``) and shows them in
the page's frame, in a list with the tracker's columns, order and default filter (still
open), before SQLAlchemy, SQLModel and the domain are imported. When the page itself is
built it takes the list's place with the same rows, the same current row and the same
row at the top (``FirstRows.hand_over``). Qt and the standard library only.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from workbench.config import migrations_dir
from workbench.store.first_read import FirstActions, ShownAction, first_actions, local_today
from workbench.store.revisions import head_revision
from workbench.ui.i18n import QT_TRANSLATE_NOOP, format_date
from workbench.ui.label_texts import label
from workbench.ui.lists.columns import ColumnFitter, content_widths, default_split
from workbench.ui.shell.frame import PageFrame

if TYPE_CHECKING:
    from workbench.ui.shell.main_window import MainWindow

FIT_ROWS = 40  # as ``lazy_list.FIT_ROWS``

Index = QModelIndex | QPersistentModelIndex
DISPLAY, FOREGROUND, DECORATION = 0, 9, 1  # ``Qt.ItemDataRole``'s values

#: The tracker's columns (``ActionsModel.COLUMNS``: the same words, the same context).
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
COL_DUE, COL_STATUS, COL_AUDIENCE = 3, 4, 7


class TakesOver(Protocol):
    """What a page offers to take the first rows' place (``LazyListPage``)."""

    def show_as(self, current: str | None, top: str | None) -> None: ...


class FirstRowsModel(QAbstractTableModel):
    """The first screens of the tracker's list; rows further down are blank until the
    page takes over (the window gets its data stack within a second)."""

    KEY_COLUMNS = (0, 1, 3, 4)  # as ``ActionsModel``'s, for ``ColumnFitter``
    STRETCH_COLUMN = 0

    def __init__(self, first: FirstActions, parent: Any = None) -> None:
        super().__init__(parent)
        self.ids, self.rows = first.ids, first.rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Any, role: int = DISPLAY) -> Any:
        if role != DISPLAY or orientation.value != 1:  # horizontal
            return None
        return QCoreApplication.translate("ActionsModel", COLUMNS[section])  # i18n: ok (NOOP)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        row = self.rows.get(self.ids[index.row()]) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == DISPLAY:
            return self.display(row, column)
        if row.overdue and column == COL_DUE:
            if role == FOREGROUND:
                from workbench.ui.palette import tone

                return QBrush(tone("overdue"))
            if role == DECORATION:
                from workbench.ui.icons import icon

                return icon("overdue")
        return None

    @staticmethod
    def display(row: ShownAction, column: int) -> str:
        """What ``ActionsModel.display`` shows for the same action."""
        if column == COL_DUE:
            due = _day(row.due_on)
            if not row.overdue:
                return due
            # i18n: ok (the tracker's own message, marked in actions_model.py)
            return QCoreApplication.translate("ActionsModel", "{date} (overdue)").format(date=due)
        if column == COL_STATUS:
            return label(row.status)
        if column == COL_AUDIENCE:
            return label(row.audience)
        texts = (row.title, row.owner, row.organisation, None, None, row.engagement, row.meeting)
        return texts[column] or ""


def _day(iso: str | None) -> str:
    """A due date as the list writes it (as stored, should it not be a date)."""
    try:
        return format_date(date.fromisoformat(iso)) if iso else ""
    except ValueError:
        return iso or ""


class FirstRows(QTableView):
    """The tracker's list as it opens, read before the data stack is imported."""

    def __init__(self, first: FirstActions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_rows")
        title = QCoreApplication.translate("Pages", "Actions")
        self.setAccessibleName(
            QCoreApplication.translate("ListPage", "{title} list").format(title=title)
        )
        self.setModel(FirstRowsModel(first, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)  # as the page
        self.horizontalHeader().setSortIndicatorShown(True)
        self.horizontalHeader().setSortIndicator(COL_DUE, Qt.SortOrder.AscendingOrder)
        if first.ids:
            self.selectRow(0)  # as the page does
        self.columns = ColumnFitter(self)

    def fit_columns(self) -> None:
        """The widths the page gives its columns (``LazyListPage._size_columns``)."""
        model = self.model()

        def cell(row: int, column: int, role: int) -> Any:
            return model.data(model.index(row, column), role)

        rows = min(model.rowCount(), FIT_ROWS)
        self.columns.measure(content_widths(self, cell, rows, model.columnCount()))
        self.columns.fit()

    def current_id(self) -> str | None:
        row = self.currentIndex().row()
        ids: list[str] = self.model().ids  # type: ignore[attr-defined]
        return ids[row] if 0 <= row < len(ids) else None

    def top_id(self) -> str | None:
        row = self.rowAt(0)
        ids: list[str] = self.model().ids  # type: ignore[attr-defined]
        return ids[row] if 0 <= row < len(ids) else None

    def hand_over(self, page: TakesOver) -> None:
        """Let ``page`` show the same current row and the same row at the top."""
        page.show_as(self.current_id(), self.top_id())


def show_first_actions(window: MainWindow, path: Path) -> bool:
    """Show the tracker's first rows in its frame (``MainWindow.first_rows``) and say the
    data is shown (``data_shown``); False when they could not be read so."""
    frame = window.stack.currentWidget()
    if window.is_ready() or not isinstance(frame, PageFrame) or frame.key != "actions":
        return False
    rows = read_first_actions(path)
    if rows is None:
        return False
    frame.show_rows(rows)
    rows.fit_columns()
    default_split(frame.splitter, frame.splitter.width(), rows.columns.key_width())
    window.first_rows = rows
    window.data_shown.emit()
    return True


def read_first_actions(path: Path) -> FirstRows | None:
    """The tracker's first rows from the file at ``path``, or None when the file cannot
    be read before it is opened (not at this program's schema, missing, damaged)."""
    first = first_actions(path, head_revision(migrations_dir()), local_today())
    return FirstRows(first) if first is not None else None
