"""A row of buttons that wraps onto the next line when its pane is narrow.

The panels under a detail form (the documents of a record, the minutes and send log)
carry a few buttons whose text is long in Dutch ("Volgende vergadering plannen…"). In
one ``QHBoxLayout`` they would make the pane as wide as all of them together, and the
detail pane would push the list's key columns off a laptop screen. In a ``FlowLayout``
the pane is as narrow as its widest button; the buttons share a line while there is
room and wrap when there is not (Qt's "flow layout" example, with height-for-width so the
pane grows a line taller instead of cutting a button off).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Items left to right, wrapping to a new line at the layout's right edge."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._width = 0  # the width the items were last placed in
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's item list ----------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # -- sizes --------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def minimumSize(self) -> QSize:
        """As wide as the widest item (every other item may go to a line of its own),
        as high as the lines the items take at the present width: a splitter asks for
        no height for width, so a pane with wrapped buttons is never cut off."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        size += QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        if self._width > 0:
            size.setHeight(max(size.height(), self.heightForWidth(self._width)))
        return size

    def sizeHint(self) -> QSize:
        """All items on one line."""
        width, height = 0, 0
        for n, item in enumerate(self._shown()):
            hint = item.sizeHint()
            width += hint.width() + (self._gap(item, Qt.Orientation.Horizontal) if n else 0)
            height = max(height, hint.height())
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        lines_before = self.heightForWidth(self._width) if self._width > 0 else -1
        self._width = rect.width()
        self._arrange(rect, move=True)
        if self.heightForWidth(self._width) != lines_before:
            self.invalidate()  # the pane asks its splitter for the height again

    # -- placing ------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self, item: QLayoutItem, orientation: Qt.Orientation) -> int:
        """The layout's spacing, else the style's between two buttons (6 px if the
        style leaves it to the layout, as Fusion does)."""
        if self._spacing >= 0:
            return self._spacing
        widget = item.widget()
        style = widget.style() if widget is not None else None
        gap = -1
        if style is not None:
            gap = style.layoutSpacing(
                QSizePolicy.ControlType.PushButton,
                QSizePolicy.ControlType.PushButton,
                orientation,
            )
            if gap < 0:
                metric = (
                    QStyle.PixelMetric.PM_LayoutHorizontalSpacing
                    if orientation == Qt.Orientation.Horizontal
                    else QStyle.PixelMetric.PM_LayoutVerticalSpacing
                )
                gap = style.pixelMetric(metric)
        return gap if gap >= 0 else 6

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        """Place the items in ``rect`` (or only measure); returns the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            gap_x = self._gap(item, Qt.Orientation.Horizontal)
            gap_y = self._gap(item, Qt.Orientation.Vertical)
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + gap_y, 0
            width = min(hint.width(), area.width()) if area.width() > 0 else hint.width()
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + gap_x
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


def flow_of(*widgets: QWidget) -> FlowLayout:
    """A ``FlowLayout`` holding ``widgets`` in order."""
    layout = FlowLayout()
    for widget in widgets:
        layout.addWidget(widget)
    return layout
