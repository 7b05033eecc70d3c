"""A list page over tens of thousands of records that reads only the rows it shows.

``LazyListPage`` is a ``ListPage`` whose model is a ``LazyRowsModel`` behind a
``LazyFilterProxy``: loading reads the ids in the list's order, filtering asks the
page's source which ids pass (``passing``), and the rows are read as they are drawn.
So showing, sorting and filtering cost one query each, whatever the number of rows,
and nothing is read for a page the user has not opened.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView

from workbench.ui.lists.columns import content_widths
from workbench.ui.lists.lazy_rows import LazyFilterProxy, LazyRowsModel
from workbench.ui.lists.list_page import ListPage

#: Rows sampled to fit the columns to their content: a screen and a half (the default
#: hundred cost a third more time to open the page, for the same widths).
FIT_ROWS = 40


class LazyListPage(ListPage):
    """A ``ListPage`` holding ids; a subclass says which pass its filters (``passing``)."""

    proxy_class = LazyFilterProxy
    proxy: LazyFilterProxy
    model: LazyRowsModel[Any]

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._ids_read = False  # the ids are read when the list is first shown
        # The filter text goes to the source with the other filters, not to the proxy.
        self.filter_edit.textChanged.disconnect(self.proxy.set_text)
        self.filter_edit.textChanged.connect(self.apply_filters)
        self.view.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)

    def passing(self, among: list[str] | None = None) -> set[str] | None:
        """The ids the page's filters and its filter text let through (only those in
        ``among`` when given); ``None`` when nothing is filtered."""
        return None

    def apply_filters(self, *_args: Any) -> None:
        """Filter the list again: the source answers, no row is read for it."""
        if not self._ids_read:
            return  # worked out with the ids, when the list is first shown
        self.proxy.set_id_filter(self.passing())
        self._update_count()

    def reload(self) -> None:
        """Read the ids of every record in the list's order, and which pass the filters;
        rows are read as they are shown (a few milliseconds per screen)."""
        if self.load_when_shown and not self._loading and not self.isVisible():
            self._stale = True
            return
        self._stale, self._ids_read = False, True
        current = self.current_id()
        self.proxy.set_id_filter(self.passing(), refilter=False)  # the reset filters
        self.model.load()
        if current and self.select_id(current):
            pass
        elif self.proxy.rowCount():
            self.view.selectRow(0)
        if not self._sized and self.model.rowCount():
            self._size_columns()
        self._update_count()

    def _size_columns(self) -> None:
        """Fit the columns (``columns.py``: key columns whole) to the first rows, measuring
        their text here (``columns.content_widths``) rather than by Qt's delegate."""
        self._sized = True
        proxy = self.proxy
        rows = min(proxy.rowCount(), FIT_ROWS)
        self.columns.measure(content_widths(self.view, proxy.cell, rows, proxy.columnCount()))
        self.columns.fit()

    def show_as(self, current: str | None, top: str | None) -> None:
        """Make ``current`` the current row and scroll ``top`` to the top: the list as
        the user had it before the page was built (``shell/first_rows.py``)."""
        if current:
            self.select_id(current)
        row = self.model.row_of(top) if top else None
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
        if index is not None and index.isValid():
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def refresh_ids(self, ids: list[str]) -> None:
        """Read changed records again; a new one is shown if it passes the filters."""
        if self._stale or not self._ids_read:
            self._stale = True  # the whole list is read when it is next needed
            return
        new = [i for i in ids if self.model.row_of(i) is None]
        if new:
            self.proxy.allow_ids(self.passing(new) or ())
        super().refresh_ids(ids)
