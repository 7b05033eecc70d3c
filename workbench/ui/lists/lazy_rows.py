"""A list model that holds ids and reads rows only when they are shown.

Reading 50,000 rows from SQLite into Python takes a quarter of a second or more, far
more than the tracker may take to show its list. As in Anki's browser table
(``aqt/browser/table/model.py``), ``LazyRowsModel`` holds the ids in the order the user
chose, and reads the rows of the part of the list on screen in blocks (one query for a
block, a few milliseconds), keeping those it read. Ordering and filtering come from a
``RowSource`` (SQL), never from walking every row.

Until it is given a source the model is an ordinary ``FastRowsModel`` (``set_rows``,
sorting and text filtering in memory), which is how it is tested without a database.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from itertools import compress
from typing import Any, Protocol

from PySide6.QtCore import QModelIndex, Qt, QTimer

from workbench.ui.lists.fast_rows import FastFilterProxy, FastRowsModel, quick_fold
from workbench.ui.lists.rows_model import ID_ROLE, Index, RowT


class RowSource(Protocol[RowT]):
    """Where a lazy model's ids and rows come from (the page implements it over SQL)."""

    def order(self, column: int, order: Qt.SortOrder) -> Sequence[str]:
        """Every id, sorted by ``column`` (a list, or a read-only sequence)."""
        ...

    def fetch(self, ids: Sequence[str]) -> list[RowT]:
        """The rows of ``ids`` that still exist, in any order."""
        ...


class LazyRowsModel(FastRowsModel[RowT]):
    """A ``FastRowsModel`` that, given a ``RowSource``, holds ids and reads rows lazily."""

    #: Rows read at once: more than a screen, so scrolling reads a block now and then.
    BLOCK = 120

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._source: RowSource[RowT] | None = None
        self._ids: Sequence[str] = []  # as the source gave them; a list once changed
        self._cache: dict[str, RowT] = {}
        self._positions_stale = False  # ``_by_id`` (id -> row) is made when needed
        self._lookups = 0  # ids looked up since, by scanning ``_ids``
        self._view_rows: Sequence[int] = ()  # source rows in the order a proxy shows them
        self._view_pos: Sequence[int] = ()  # source row -> position shown, or -1

    # -- the source -----------------------------------------------------------------
    @property
    def lazy(self) -> bool:
        return self._source is not None

    def set_source(self, source: RowSource[RowT]) -> None:
        """Hold ids from now on; the list is empty until ``load``."""
        self.beginResetModel()
        self._source = source
        self._ids, self._cache, self._by_id = [], {}, {}
        self._positions_stale = False
        self._rows, self._haystacks = [], []
        self.endResetModel()

    def load(self) -> None:
        """Read every id again, in the current sort order; rows are read when shown."""
        assert self._source is not None
        ids = self._source.order(*(self._sort or (0, Qt.SortOrder.AscendingOrder)))
        self.version += 1
        self.beginResetModel()
        self._ids, self._positions_stale = ids, True
        self._cache = {}
        self._in_order = True
        self.endResetModel()

    def follow_view_order(self, rows: Sequence[int], positions: Sequence[int]) -> None:
        """What a filter proxy shows (source rows in its order, and the reverse map), so
        a block read for the screen holds the rows shown beside each other."""
        self._view_rows, self._view_pos = rows, positions

    def _positions(self) -> dict[str, int]:
        """id -> row, made on first use after a change of order (50,000 entries: 10 ms
        that showing the list need not wait for)."""
        if self._positions_stale:
            self._by_id = {record_id: n for n, record_id in enumerate(self._ids)}
            self._positions_stale, self._lookups = False, 0
        return self._by_id

    def ids(self) -> Sequence[str]:
        """The ids in their current order (read-only)."""
        if not self.lazy:
            return [r.id for r in self._rows]
        return self._ids

    def _id_list(self) -> list[str]:
        """The ids as a list, to be changed (the source's sequence may be read-only)."""
        if not isinstance(self._ids, list):
            self._ids = list(self._ids)
        return self._ids

    def is_read(self, row: int) -> bool:
        """Whether the row at ``row`` is in memory (always, without a source)."""
        return not self.lazy or self._ids[row] in self._cache

    # -- reading rows ---------------------------------------------------------------
    def _block(self, row: int) -> list[int]:
        """The rows to read with ``row``: its block in the order shown, else in ours."""
        rows, positions = self._view_rows, self._view_pos
        n = len(self._ids)
        at = positions[row] if row < len(positions) else -1
        if at >= 0 and at < len(rows) and rows[at] == row:
            start = at - at % self.BLOCK
            return [r for r in rows[start : start + self.BLOCK] if r < n]
        start = row - row % self.BLOCK
        return list(range(start, min(start + self.BLOCK, n)))

    def read(self, rows: Iterable[int]) -> None:
        """Read the rows at ``rows`` that are not in memory yet (one query)."""
        assert self._source is not None
        ids = self._ids
        wanted = [ids[r] for r in rows if ids[r] not in self._cache]
        if not wanted:
            return
        for found in self._source.fetch(wanted):
            self._cache[found.id] = found
        gone = [record_id for record_id in wanted if record_id not in self._cache]
        if gone:  # deleted since the ids were read: shown blank, then taken out
            for record_id in gone:
                self._cache[record_id] = self.placeholder(record_id)
            QTimer.singleShot(0, lambda: self.remove_ids(gone))

    def placeholder(self, record_id: str) -> RowT:
        """A row standing in for a record deleted since its id was read."""
        raise NotImplementedError

    def row_at(self, row: int) -> RowT:
        if not self.lazy:
            return super().row_at(row)
        record_id = self._ids[row]
        found = self._cache.get(record_id)
        if found is None:
            self.read(self._block(row))
            found = self._cache[record_id]
        return found

    def rows(self) -> list[RowT]:
        """Every row in order; with a source this reads all the rows not read yet (slow:
        the lazy list is filtered and counted by its source instead)."""
        if not self.lazy:
            return super().rows()
        self.read(range(len(self._ids)))
        return [self._cache[i] for i in self._ids]

    def haystacks(self) -> list[str]:
        if not self.lazy:
            return super().haystacks()
        return [quick_fold(self.haystack(r)) for r in self.rows()]

    def haystack_at(self, row: int) -> str:
        if not self.lazy:
            return super().haystack_at(row)
        return quick_fold(self.haystack(self.row_at(row)))

    # -- changes --------------------------------------------------------------------
    def set_rows(self, rows: list[RowT]) -> None:
        if self.lazy:  # rows given in full: the model holds them, as without a source
            self._source = None
            self._ids, self._cache = [], {}
        super().set_rows(rows)

    def replace_rows(self, rows: list[RowT]) -> None:
        """Rows read again (by id); new ones are added at the end."""
        if not self.lazy:
            super().replace_rows(rows)
            return
        self.version += 1
        added = []
        for found in rows:
            record_id = found.id
            i = self._positions().get(record_id)
            if i is None:
                added.append(found)
                continue
            self._cache[record_id] = found
            self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
        if added:
            ids = self._id_list()
            first = len(ids)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            for n, found in enumerate(added):
                record_id = found.id
                ids.append(record_id)
                self._by_id[record_id] = first + n
                self._cache[record_id] = found
            self._in_order = False
            self.endInsertRows()

    def remove_ids(self, ids: list[str]) -> None:
        if not self.lazy:
            super().remove_ids(ids)
            return
        positions = self._positions()
        rows = sorted({positions[i] for i in ids if i in positions}, reverse=True)
        if not rows:
            return
        self.version += 1
        ids = self._id_list()
        for row in rows:  # from the end, so the rows still to remove keep their place
            self.beginRemoveRows(QModelIndex(), row, row)
            self._cache.pop(ids.pop(row), None)
            self.endRemoveRows()
        self._positions_stale = True

    def row_of(self, record_id: str) -> int | None:
        if not self.lazy:
            return super().row_of(record_id)
        if self._positions_stale and self._lookups < 4:  # a few: scan, no map to make
            self._lookups += 1
            try:
                return self._ids.index(record_id)
            except ValueError:
                return None
        return self._positions().get(record_id)

    # -- sorting --------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by the source's order (SQL), keeping selections on the same records."""
        if not self.lazy:
            super().sort(column, order)
            return
        if not 0 <= column < self.columnCount():
            return
        if self._sort == (column, order) and self._in_order:
            return
        assert self._source is not None
        ordered = self._source.order(column, order)
        self._sort, self._in_order = (column, order), True
        previous, known = self._ids, self._positions()
        ids: Sequence[str] = [record_id for record_id in ordered if record_id in known]
        if len(ids) < len(previous):  # added since the order was read: keep them last
            placed = set(ids)
            ids = [*ids, *(record_id for record_id in previous if record_id not in placed)]
        elif len(ids) == len(ordered):  # the same ids: keep the source's (compact) sequence
            ids = ordered
        self.layoutAboutToBeChanged.emit()
        self._ids, self._positions_stale = ids, True
        old_list = self.persistentIndexList()
        if old_list:
            now = self._positions()
            new_list = [self.index(now[previous[i.row()]], i.column()) for i in old_list]
            self.changePersistentIndexList(old_list, new_list)
        self.layoutChanged.emit()

    # -- Qt -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not self.lazy:
            return super().rowCount(parent)
        return 0 if parent.isValid() else len(self._ids)

    def cell(self, row: int, column: int, role: int) -> Any:
        if role == ID_ROLE and self.lazy:  # no row read (selections of thousands of rows)
            return self._ids[row]
        return super().cell(row, column, role)


class LazyFilterProxy(FastFilterProxy):
    """A ``FastFilterProxy`` that also filters by ids: which rows pass is the source's
    answer (SQL), so no row is read to filter, only those shown. It tells a
    ``LazyRowsModel`` the order it shows rows in, so a block read holds the rows seen
    together on screen, not those hidden between them."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._id_filter: Collection[str] | None = None

    def set_id_filter(self, ids: Collection[str] | None, *, refilter: bool = True) -> None:
        """Show only the rows whose id is in ``ids`` (a set); ``None`` shows all.
        ``refilter=False`` when the model is about to be reset anyway."""
        self._id_filter = ids
        if refilter:
            self.refilter()

    def allow_ids(self, ids: Collection[str]) -> None:
        """Let ``ids`` through the id filter too, from now on (rows about to be added
        that pass it); nothing is filtered again."""
        if self._id_filter is not None:
            self._id_filter = {*self._id_filter, *ids}

    def accepts(self, source_row: int) -> bool:
        if self._id_filter is not None:
            record_id = self._rows_model().index(source_row, 0).data(ID_ROLE)
            if record_id not in self._id_filter:
                return False
        return super().accepts(source_row)

    def _accepted(self) -> Sequence[int]:
        by_id, model = self._id_filter, self._rows_model()
        if by_id is None or not isinstance(model, LazyRowsModel):
            return super()._accepted()
        ids = model.ids()  # which rows pass, in one pass at C speed (50,000 ids: 2 ms)
        passing = list(compress(range(len(ids)), map(by_id.__contains__, ids)))
        if not self._words and self._predicate is None:
            return passing
        return [i for i in passing if self.accepts(i)]

    def _set_visible(self, visible: Sequence[int]) -> None:
        super()._set_visible(visible)
        model = self.sourceModel()
        if isinstance(model, LazyRowsModel):
            model.follow_view_order(self._visible, self._proxy_of)
