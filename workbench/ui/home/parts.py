"""The pieces Home is made of: a card with a heading, a line that opens a record, and a
strip of the five stages of an engagement's objectives.

A ``RecordLink`` is a flat button: it takes the focus by Tab, opens its record on
Enter, Space or a click, elides its text to its width (the whole text is its tooltip and
its accessible name) and shows where the focus is with the palette's highlight
(``LINK_STYLE``, set once on the page: a style sheet per line would cost more than the
rest of Home).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from workbench.ui.label_texts import stage_name
from workbench.ui.palette import STAGE_COLOURS

LINK_STYLE = """
QPushButton#home_link {
    text-align: left; border: none; border-radius: 4px; padding: 3px 6px;
    background: transparent;
}
QPushButton#home_link:hover { background: palette(midlight); }
QPushButton#home_link:focus {
    background: palette(highlight); color: palette(highlighted-text);
}
"""


class RecordLink(QPushButton):
    """One line of Home that opens a record (or a page) when activated."""

    def __init__(
        self,
        text: str,
        opens: Callable[[], object],
        *,
        icon: QIcon | None = None,
        description: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("home_link")  # styled by ``LINK_STYLE`` on Home, set once
        self.full_text = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        if description:
            self.setAccessibleDescription(description)
        if icon is not None:
            self.setIcon(icon)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setAutoDefault(False)
        self._elided_for = -1
        self.clicked.connect(lambda _checked=False: opens())  # the click's flag is not asked
        self._elide()

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), 480), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(80, super().minimumSizeHint().height())

    def _elide(self) -> None:
        if self.width() == self._elided_for:
            return
        self._elided_for = self.width()
        room = self.width() - 16 - (self.iconSize().width() + 6 if not self.icon().isNull() else 0)
        text = self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        if text != self.text():
            self.setText(text)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()


class Card(QFrame):
    """A part of Home: a heading (with an optional count) over its lines."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"home_{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.heading = QLabel()
        self.heading.setObjectName(f"home_{name}_heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.body = QVBoxLayout()
        self.body.setSpacing(2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addLayout(self.body)

    def set_heading(self, text: str) -> None:
        self.heading.setText(f"<h3 style='margin:0'>{text}</h3>")  # i18n: ok (markup)

    def clear(self) -> None:
        """Take away every line (the widgets are deleted) and hide the card until it is
        filled again (``show``): lines added to a hidden card are laid out once, when it
        shows, not once per line."""
        self.hide()
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
            elif item is not None and item.layout() is not None:
                _clear_layout(item.layout())

    def add(self, widget: QWidget) -> QWidget:
        self.body.addWidget(widget)
        return widget

    def add_row(self, *widgets: QWidget, stretch_first: bool = True) -> QWidget:
        """Widgets side by side on one line (the first takes the room)."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        for n, widget in enumerate(widgets):
            layout.addWidget(widget, 1 if (n == 0 and stretch_first) else 0)
        if not stretch_first:
            layout.addStretch(1)
        self.body.addWidget(row)
        return row

    def add_text(self, text: str, name: str = "") -> QLabel:
        label = QLabel(text)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        if name:
            label.setObjectName(name)
        self.body.addWidget(label)
        return label


def _clear_layout(layout: object) -> None:
    while layout.count():  # type: ignore[attr-defined]
        item = layout.takeAt(0)  # type: ignore[attr-defined]
        if item.widget() is not None:
            item.widget().deleteLater()


class StageStrip(QAbstractButton):
    """How many objectives stand at each stage 0-4: five boxes with their counts; a
    click (or Enter, or Space) opens the objectives."""

    BOX = 22

    def __init__(self, stages: Sequence[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("home_stages")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.stages = tuple(stages)
        spoken = ", ".join(
            self.tr("{n} at {stage}").format(n=n, stage=stage_name(s).lower())
            for s, n in enumerate(self.stages)
            if n
        )
        self.setToolTip(spoken)
        self.setAccessibleName(
            self.tr("Stages: {stages}").format(stages=spoken)
            if spoken
            else self.tr("No objectives yet")
        )
        self.setAccessibleDescription(self.tr("Opens the objectives and the timeline"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(5 * (self.BOX + 3) + 2, self.BOX + 2)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        for stage, count in enumerate(self.stages):
            box = QRect(1 + stage * (self.BOX + 3), 1, self.BOX, self.BOX - 2)
            if count:
                colour = QColor(STAGE_COLOURS[stage])
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRoundedRect(box, 3, 3)
                painter.setPen(QColor("#ffffff") if colour.lightness() < 150 else QColor("#000"))
                painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(count))
            else:
                painter.setPen(pal.color(QPalette.ColorRole.Mid))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(box.adjusted(0, 0, -1, -1), 3, 3)
        if self.hasFocus():
            painter.setPen(pal.color(QPalette.ColorRole.Highlight))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), 4, 4)
        painter.end()
