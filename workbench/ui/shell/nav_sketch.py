"""The navigation as the first paint shows it: the same rows, before the list exists.

The navigation list (``navigation.py``) is a ``QListWidget`` with a delegate that draws
each row. Using its classes from Python the first time makes PySide build them and their
enums (the item views', ``QStyle``'s: a fifth of what a bare window takes to show), so
the window paints this sketch first: a plain widget with a label per name and per group
title, at the places the list draws them (``nav_places``: the same measures, the same
``QStyle.drawItemText`` inside ``QLabel``), the current page highlighted the same way.
A click on a name chooses that page, as in the list. ``MainWindow.attach`` puts the list
in the sketch's place with the same rows and the same current row, so nothing moves.

What the sketch leaves to the list: icons and counts (they need the database), the
highlight under the pointer, the keyboard (nothing takes a key before the window is
ready; ``TypeAhead`` keeps what is typed and the list gets it), scrolling, eliding, a
right-to-left layout. It is drawn for one width, the widest row's (``fix_width``), so the
sidebar is not dragged narrower in that second; the highlight's picture is drawn at the
screen's pixel ratio when it is placed (at a fractional scale its edges' half pixels
may differ from the list's by a shade). A screen reader meanwhile finds the names as
text under their group's title, the current one described as such.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QRect, QRectF, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from workbench.ui.shell.nav_places import (
    CONTEXT,
    HEADER_BOTTOM,
    HEADER_LEFT,
    HEADER_RIGHT,
    PURPOSES,
    SCROLL_ROOM,
    TEXT_LEFT,
    TEXT_RIGHT,
    Place,
    header_font,
    header_height,
    line_height,
    placement,
    row_width,
    title_above,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent


class SketchRow(NamedTuple):
    key: str
    title: str
    icon: str | None
    place: Place  # group, position in it, order added (as the list's)


class NavigationSketch(QWidget):
    """The navigation's rows, painted without the list's classes (see the docstring)."""

    currentRowChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        # the list's font: a platform theme may give item views their own
        # (PySide takes the class's name as str; its stubs say bytes, which it refuses)
        self.setFont(QApplication.font("QAbstractItemView"))  # type: ignore[call-overload]
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)
        self.rows: list[SketchRow] = []
        self._current = -1
        self._placing = False
        self._labels: list[tuple[QLabel, QLabel | None]] = []  # name, group title
        self._tops: list[tuple[int, int, int]] = []  # per row: top, title band, height
        self._highlight = QLabel(self)  # the current row's rounded fill, as a picture

    # -- the list's calls that come before the window is ready --------------------------
    def place(self, key: str, title: str, icon: str | None = None) -> int:
        row, place = placement(key, [r.place for r in self.rows])
        self.rows.insert(row, SketchRow(key, title, icon, place))
        if 0 <= row <= self._current:
            self._current += 1
        if not self._placing:
            self._lay_out()
        return row

    @contextmanager
    def placing(self) -> Iterator[None]:
        self._placing = True
        try:
            yield
        finally:
            self._placing = False
            self._lay_out()

    def retitle(self, key: str, title: str) -> None:
        row = self.row_of(key)
        if row >= 0:
            self.rows[row] = self.rows[row]._replace(title=title)
            self._lay_out()

    def take(self, key: str) -> None:
        row = self.row_of(key)
        if row < 0:
            return
        self.rows.pop(row)
        if row < self._current:
            self._current -= 1
        elif row == self._current:  # as the list: the row now there, or the last one
            self._current = min(row, len(self.rows) - 1)
            self._lay_out()
            if not self.signalsBlocked():
                self.currentRowChanged.emit(self._current)
            return
        self._lay_out()

    def count(self) -> int:
        return len(self.rows)

    def key_at(self, row: int) -> str | None:
        return self.rows[row].key if 0 <= row < len(self.rows) else None

    def row_of(self, key: str) -> int:
        return next((n for n, r in enumerate(self.rows) if r.key == key), -1)

    def title_at(self, row: int) -> str:
        return self.rows[row].title

    def group_at(self, row: int) -> str:
        return self._group_title(row)

    def currentRow(self) -> int:
        return self._current

    def setCurrentRow(self, row: int) -> None:
        if row == self._current or not -1 <= row < len(self.rows):
            return
        self._current = row
        self._colour_names()
        self.update()
        if not self.signalsBlocked():
            self.currentRowChanged.emit(row)

    def preferred_width(self) -> int:
        """As the list's: the widest row, and room for a scroll bar."""
        metrics = self.fontMetrics()
        return max((row_width(metrics, r.title) for r in self.rows), default=0) + SCROLL_ROOM

    def fix_width(self, width: int) -> None:
        """Take ``width`` and keep it until the list comes (the sketch draws its rows for
        one width: the navigation is not resized in the second it shows)."""
        self.setFixedWidth(width)
        self._place_labels()
        self._draw_highlight()

    # -- drawing ----------------------------------------------------------------------
    def _group_title(self, row: int) -> str:
        return title_above([r.place for r in self.rows], row)

    def _lay_out(self) -> None:
        """A label per name and per group title, at the list's places for them."""
        for labels in self._labels:
            for label in labels:
                if label is not None:  # hidden now: deleted at the next turn of the loop
                    label.hide()
                    label.deleteLater()
        self._labels, self._tops = [], []
        metrics = self.fontMetrics()
        bold = header_font(self.font())
        top = 0
        for row, entry in enumerate(self.rows):
            group = self._group_title(row)
            band = header_height(metrics) if group else 0
            height = band + line_height(metrics)
            self._tops.append((top, band, height))
            title = None
            if group:  # made first: a screen reader reads the group, then its pages
                title = QLabel(group, self)
                title.setFont(bold)
                title.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            name = QLabel(entry.title, self)
            purpose = PURPOSES.get(entry.key)
            if purpose:
                name.setToolTip(QCoreApplication.translate(CONTEXT, purpose))  # i18n: ok
            self._labels.append((name, title))
            top += height
        self._place_labels()
        self._colour_names()
        for name, title in self._labels:
            name.show()
            if title is not None:
                title.show()

    def _place_labels(self) -> None:
        width = self.width()
        for (name, title), (top, band, height) in zip(self._labels, self._tops, strict=True):
            if title is not None:
                line = title.fontMetrics().height()
                bottom = top + band - HEADER_BOTTOM  # the band's bottom edge, exclusive
                title.setGeometry(
                    HEADER_LEFT, bottom - line, width - HEADER_LEFT - HEADER_RIGHT, line
                )
            name.setGeometry(
                TEXT_LEFT, top + band + 1, width - TEXT_LEFT - TEXT_RIGHT, height - band - 2
            )

    def _colour_names(self) -> None:
        self._draw_highlight()
        current = QCoreApplication.translate("Navigation", "Current page")
        for row, (name, _title) in enumerate(self._labels):
            chosen = row == self._current
            role = QPalette.ColorRole.HighlightedText if chosen else QPalette.ColorRole.WindowText
            name.setForegroundRole(role)
            name.setAccessibleDescription(current if chosen else "")

    def _row_rect(self, row: int) -> QRect:
        """A row without its group title's band, inset as the list's delegate fills it."""
        top, band, height = self._tops[row]
        return QRect(3, top + band + 1, self.width() - 6, height - band - 2)

    def _draw_highlight(self) -> None:
        """The current row's rounded fill in the palette's highlight, drawn into a
        picture: a ``paintEvent`` of our own would have PySide build ``QEvent``'s
        enums for the first paint."""
        if not 0 <= self._current < len(self._tops) or self.width() <= 6:
            self._highlight.hide()
            return
        rect = self._row_rect(self._current)
        scale = self.devicePixelRatioF()
        picture = QPixmap(round(rect.width() * scale), round(rect.height() * scale))
        picture.setDevicePixelRatio(scale)
        picture.fill(QColor(0, 0, 0, 0))
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, rect.width(), rect.height()), 5, 5)
        painter = QPainter(picture)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillPath(path, self.palette().highlight())
        painter.end()
        self._highlight.setPixmap(picture)
        self._highlight.setGeometry(rect)
        self._highlight.lower()
        self._highlight.show()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on a name chooses its page; on a group's title, nothing."""
        y = event.position().y()
        for row, (top, band, height) in enumerate(self._tops):
            if top + band <= y < top + height:
                self.setCurrentRow(row)
                break
        event.accept()
