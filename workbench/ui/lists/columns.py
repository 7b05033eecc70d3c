"""Columns sized by their content and their priority, so a list fits a laptop screen.

A list model names its key columns (``RowsModel.KEY_COLUMNS``: those a user needs to
see whole, such as the due date and status of an action) and the column of running text
that takes the room left and elides (``STRETCH_COLUMN``). ``ColumnFitter`` gives every
key column its content's width, the text column what remains (never less than
``MIN_STRETCH``), and the other columns their width while there is room; a column for
which there is no room is hidden, to be brought back from the header's menu. It fits
again whenever the list is resized, until the user sizes a column by hand: from then on
their widths are kept (and remembered per page, see ``shell.page_sizes``); "Fit columns
to the window" in the header's menu gives the fitting back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QSize, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QSplitter,
    QStyle,
    QStyleOptionHeader,
    QTableView,
)

#: The narrowest the text column is made (a few words of a title), and how far it gives
#: way when the key columns need the room (its text is in its tooltip and the form).
MIN_STRETCH = 180
LEAST_STRETCH = 110
#: The widest a key column is made for its content (and any other column).
KEY_CAP = 300
OTHER_CAP = 200
#: Room kept free at the right, so no scroll bar appears by a pixel.
SLACK = 2
_PRESS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
#: The detail pane's share of a list page when it is first shown, and its bounds in pixels.
DETAIL_SHARE = 0.34
DETAIL_MIN, DETAIL_MAX = 340, 520


def default_split(splitter: QSplitter, total: int, list_needs: int = 0) -> None:
    """List and detail side by side: the detail a third of ``total`` within bounds, less
    if the list needs the room for its key columns (``list_needs``). Here, with Qt alone,
    so the tracker's first rows (``shell/first_rows.py``) take the list's place."""
    if splitter.count() < 2 or total <= 0 or splitter.property("restored"):
        return
    detail = min(DETAIL_MAX, round(total * DETAIL_SHARE), total - list_needs)
    detail = max(DETAIL_MIN, detail)
    splitter.setSizes([max(0, total - detail), detail])


#: ``cell(row, column, role)``: a cell's data without a ``QModelIndex``.
Cell = Callable[[int, int, int], Any]


def content_widths(view: QAbstractItemView, cell: Cell, rows: int, columns: int) -> dict[int, int]:
    """The width of each column's content in its first ``rows`` rows, as the item
    delegate draws it (text, margins, an icon where a cell has one) and a few pixels
    more, so a key column measured here shows whole. Each distinct text is measured
    once: Qt's own measure (``sizeHintForColumn``) asks the delegate for a dozen roles
    of every cell sampled, which took a fifth of the time the tracker needs to open."""
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    pad = 2 * margin + 4  # the delegate's text margins (and the grid's pixel), and slack
    size = view.iconSize().width()
    if size <= 0:  # no size set: the delegate draws the small icon size
        size = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, view)
    icon = size + 2 * margin
    advance = view.fontMetrics().horizontalAdvance
    display, decoration = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.DecorationRole
    widths: dict[int, int] = {}
    for column in range(columns):
        texts = {str(cell(row, column, display) or "") for row in range(rows)}
        widest = max(map(advance, texts), default=0)
        if any(cell(row, column, decoration) is not None for row in range(rows)):
            widest += icon
        widths[column] = widest + pad
    return widths


def _source(view: QAbstractItemView) -> Any:
    model = view.model()
    while model is not None and hasattr(model, "sourceModel") and model.sourceModel():
        model = model.sourceModel()
    return model


def key_columns(view: QAbstractItemView) -> tuple[int, ...]:
    """The columns ``view`` must show whole: its model's ``KEY_COLUMNS`` (all when none)."""
    model = _source(view)
    declared = tuple(getattr(model, "KEY_COLUMNS", ()) or ())
    return declared or tuple(range(view.model().columnCount()))


class ColumnFitter(QObject):
    """Fits a table's columns to its width by priority (see the module's docstring)."""

    def __init__(self, view: QTableView, *, never: tuple[int, ...] = ()) -> None:
        super().__init__(view)
        self.view = view
        self.never = frozenset(never)  # columns this list does not show at all
        self.header = view.horizontalHeader()
        self.user_sized = False
        self._fitting = False
        self._pressed = False  # a mouse button is down on the header: the user sizes
        self._widths: dict[int, int] = {}  # content's widths within the caps
        self._full: dict[int, int] = {}  # and without them
        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.header.setStretchLastSection(False)
        self.header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.header.customContextMenuRequested.connect(self._menu)
        self.header.sectionResized.connect(self._resized)
        # Compared by identity in ``eventFilter``: no call into a widget being destroyed.
        self._list_area, self._header_area = view.viewport(), self.header.viewport()
        self._list_area.installEventFilter(self)
        self._header_area.installEventFilter(self)

    # -- what the model says --------------------------------------------------------
    def _keys(self) -> tuple[int, ...]:
        return key_columns(self.view)

    def _stretch(self) -> int | None:
        return getattr(_source(self.view), "STRETCH_COLUMN", None)

    def measure(self, content_widths: dict[int, int] | None = None) -> None:
        """Read the content's widths again (after the rows changed a lot); a list that
        measured its content faster itself (``content_widths()``, which leaves a key
        column room to show whole) gives them, by column; the others are asked of Qt."""
        keys = self._keys()
        given = content_widths or {}
        self._widths, self._full = {}, {}
        for column in range(self.view.model().columnCount()):
            measured = given.get(column)
            if measured is None:
                measured = self.view.sizeHintForColumn(column)
            content = max(self._title_width(column), measured)
            self._full[column] = content
            self._widths[column] = min(content, KEY_CAP if column in keys else OTHER_CAP)

    def _title_width(self, column: int) -> int:
        """The width the header needs for the column's title. Qt answers 0 for a hidden
        section, which made a column hidden when measured (an empty list fitted first)
        as narrow as its content, its title cut, where a list measured while it showed
        gave it its title's width; so a hidden one is asked of the style, as Qt does."""
        header = self.header
        if not header.isSectionHidden(column):
            return header.sectionSizeHint(column)
        option = QStyleOptionHeader()
        option.initFrom(header)
        option.section, option.orientation = column, Qt.Orientation.Horizontal
        option.text = str(self.view.model().headerData(column, Qt.Orientation.Horizontal) or "")
        font = QFont(header.font())
        font.setBold(True)  # Qt measures a title bold (a section may be drawn so)
        option.fontMetrics = QFontMetrics(font)
        style = header.style()
        size = style.sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, QSize(), header)
        width = size.width()
        if header.isSortIndicatorShown():  # room for the arrow, as QHeaderView leaves it
            margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, header)
            width += size.height() + margin
        return max(width, header.minimumSectionSize())

    def key_width(self) -> int:
        """The width the key columns need whole (the text column at its narrowest
        comfortable width), with the list's frame and scroll bar."""
        if not self._widths:
            self.measure()
        stretch = self._stretch()
        keys = [c for c in self._keys() if c not in self.never]
        width = sum(self._widths.get(c, 0) for c in keys if c != stretch)
        width += MIN_STRETCH if stretch is not None else 0
        bar = self.view.verticalScrollBar().sizeHint().width()
        return width + bar + 2 * self.view.frameWidth() + SLACK

    def needed(self, column: int) -> int:
        """The width ``column`` needs for its content (as measured, within the caps)."""
        if column not in self._widths:
            self.measure()
        return self._widths.get(column, 0)

    # -- fitting --------------------------------------------------------------------
    def fit(self) -> None:
        """Size and show the columns for the list's present width."""
        if self.user_sized or self.view.model() is None:
            return
        if not self._widths:
            self.measure()
        count = self.view.model().columnCount()
        keys, stretch = self._keys(), self._stretch()
        available = self.view.viewport().width() - SLACK
        used = sum(self._widths[c] for c in keys if c != stretch)
        used += MIN_STRETCH if stretch is not None else 0
        shown = set(keys) - self.never
        for column in range(count):
            if column in shown or column == stretch or column in self.never:
                continue
            if used + self._widths[column] <= available:
                shown.add(column)
                used += self._widths[column]
        self._fitting = True
        try:
            for column in range(count):
                hidden = column not in shown and column != stretch
                if self.view.isColumnHidden(column) != hidden:
                    self.view.setColumnHidden(column, hidden)
                if not hidden and column != stretch:
                    self.header.resizeSection(column, self._widths[column])
            if stretch is not None:
                rest = available - sum(self._widths[c] for c in shown if c != stretch)
                rest -= self._widen_capped(shown - {stretch}, rest - self._full[stretch])
                self.header.resizeSection(stretch, max(LEAST_STRETCH, rest))
        finally:
            self._fitting = False

    def _widen_capped(self, shown: set[int], spare: int) -> int:
        """Room the text column does not need (``spare``) goes first to columns cut at
        their cap (a long theme beside a short title); returns the room given."""
        given = 0
        for column in sorted(shown):
            more = min(self._full[column] - self._widths[column], spare - given)
            if more > 0:
                self.header.resizeSection(column, self._widths[column] + more)
                given += more
        return given

    def refit(self) -> None:
        """Measure again and fit, forgetting the widths the user set."""
        self.user_sized = False
        self.measure()
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _PRESS and watched is self._header_area:
            self._pressed = True
        elif kind == QEvent.Type.MouseButtonRelease and watched is self._header_area:
            self._pressed = False
        elif kind == QEvent.Type.Resize and watched is self._list_area and not self.user_sized:
            self.fit()
        return False

    def _resized(self, _column: int, _old: int, _new: int) -> None:
        if self._pressed and not self._fitting:
            self.user_sized = True  # the user dragged (or double-clicked) a section's edge

    # -- remembering ----------------------------------------------------------------
    def save_state(self) -> QByteArray:
        """The header's state if the user sized it by hand, else nothing."""
        return self.header.saveState() if self.user_sized else QByteArray()

    def restore_state(self, state: QByteArray) -> None:
        if state.isEmpty():
            return
        if self.header.restoreState(state):
            self.user_sized = True
            self.header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            self.header.setStretchLastSection(False)

    # -- the header's menu ----------------------------------------------------------
    def _menu(self, pos: QPoint) -> None:
        menu = self.build_menu()
        menu.exec(self.header.mapToGlobal(pos))

    def build_menu(self) -> QMenu:
        """Show or hide each column; fit them to the window again."""
        menu = QMenu(self.header)
        model = self.view.model()
        for column in range(model.columnCount()):
            if column in self.never:
                continue
            name = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = QAction(name, menu)
            action.setCheckable(True)
            action.setChecked(not self.view.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self._show_column(c, on))
            menu.addAction(action)
        menu.addSeparator()
        fit = menu.addAction(self.tr("Fit columns to the window"))
        fit.triggered.connect(self.refit)
        return menu

    def _show_column(self, column: int, shown: bool) -> None:
        self.user_sized = True
        self.view.setColumnHidden(column, not shown)
        if shown:
            self.header.resizeSection(column, self.needed(column))
