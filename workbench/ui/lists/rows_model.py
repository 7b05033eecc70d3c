"""What every list model shares: rows as read-only objects, a sort role, a filter text.

A subclass declares ``COLUMNS`` (header, translated with ``QT_TRANSLATE_NOOP``) and says
how a row shows (``display``), sorts (``sort_key``) and is found by the text filter
(``haystack``). The filter proxy compares against a lower-cased, accent-free haystack
computed once per row, so re-filtering 50,000 rows does not call ``data()`` per cell.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from workbench.ui.i18n import format_date, format_datetime

__all__ = ["RowsModel", "format_date", "format_datetime"]  # dates as the UI locale writes them


class Row(Protocol):
    """What a list's rows have in common: the id of the record they show."""

    @property
    def id(self) -> str: ...


RowT = TypeVar("RowT", bound=Row)
Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 3


def fold(text: str) -> str:
    """Lower case without accents: ``É`` and ``e`` compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class RowsModel(QAbstractTableModel, Generic[RowT]):
    """A table of read-only rows with an ``id`` attribute."""

    CONTEXT: ClassVar[str] = "RowsModel"
    COLUMNS: ClassVar[Sequence[str]] = ()
    #: The columns a list shows whole even on a laptop screen (``lists.columns``); the
    #: others are shown when there is room. Empty: every column is a key column.
    KEY_COLUMNS: ClassVar[tuple[int, ...]] = ()
    #: The column of running text that takes the room left and elides (None: none).
    STRETCH_COLUMN: ClassVar[int | None] = None

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []
        self._haystacks: list[str] = []
        self._by_id: dict[str, int] = {}

    # -- subclass hooks -------------------------------------------------------------
    def display(self, row: RowT, column: int) -> str:
        raise NotImplementedError

    def sort_key(self, row: RowT, column: int) -> Any:
        return self.display(row, column).casefold()

    def haystack(self, row: RowT) -> str:
        return " ".join(self.display(row, c) for c in range(len(self.COLUMNS)))

    def extra_data(self, row: RowT, column: int, role: int) -> Any:
        """Colours, icons, tooltips; ``None`` when the role has nothing."""
        return None

    # -- rows -----------------------------------------------------------------------
    def set_rows(self, rows: list[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._haystacks = [fold(self.haystack(r)) for r in self._rows]
        self._by_id = {r.id: i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def replace_rows(self, rows: list[RowT]) -> None:
        """Update rows in place (by id); rows not yet shown are appended."""
        for row in rows:
            i = self._by_id.get(row.id)
            if i is None:
                n = len(self._rows)
                self.beginInsertRows(QModelIndex(), n, n)
                self._rows.append(row)
                self._haystacks.append(fold(self.haystack(row)))
                self._by_id[row.id] = n
                self.endInsertRows()
            else:
                self._rows[i] = row
                self._haystacks[i] = fold(self.haystack(row))
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def remove_ids(self, ids: list[str]) -> None:
        for record_id in ids:
            i = self._by_id.get(record_id)
            if i is None:
                continue
            self.beginRemoveRows(QModelIndex(), i, i)
            del self._rows[i]
            del self._haystacks[i]
            self.endRemoveRows()
            self._by_id = {r.id: n for n, r in enumerate(self._rows)}

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def row_of(self, record_id: str) -> int | None:
        return self._by_id.get(record_id)

    def haystack_at(self, row: int) -> str:
        return self._haystacks[row]

    # -- Qt -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, index.column())
        if role == SORT_ROLE:
            return self.sort_key(row, index.column())
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.display(row, index.column())
        return self.extra_data(row, index.column(), role)


class TextFilterProxy(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE``; keeps rows whose haystack holds every word typed."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(False)
        self._words: list[str] = []
        self._predicate: Any = None

    def set_text(self, text: str) -> None:
        self._begin_filter_change()
        self._words = fold(text).split()
        self._end_filter_change()

    def set_predicate(self, predicate: Any) -> None:
        """An extra row test (``row -> bool``) for pages with filter controls."""
        self._begin_filter_change()
        self._predicate = predicate
        self._end_filter_change()

    def _begin_filter_change(self) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and newer
            self.beginFilterChange()

    def _end_filter_change(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        if self._words:
            haystack = model.haystack_at(source_row)
            if not all(w in haystack for w in self._words):
                return False
        if self._predicate is not None:
            return bool(self._predicate(model.row_at(source_row)))
        return True

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)
