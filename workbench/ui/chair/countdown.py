"""The countdown of chair mode: the time left in the current item's box, large enough
to read across a room, and once the box is past, how far over, in white on red and in
words ("+2:00 over"), never by colour alone. Sizes follow the system font, so a user's
larger font makes it larger."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workbench.services.chair.session import format_seconds
from workbench.ui.palette import css

#: How much larger than the system font the countdown is drawn.
COUNTDOWN_SCALE = 5.4
#: From this many seconds left, the countdown warns.
NEAR_SECONDS = 60


def over_style() -> str:
    """The countdown past its time: white on red reads on any palette (and says "over")."""
    return "color: white; background: #b00020; border-radius: 6px; padding: 0 12px;"


def near_style() -> str:
    return f"color: {css('warning')};"


def ok_style() -> str:
    return f"color: {css('success')};"


class Countdown(QWidget):
    """The time left (``label``) and what it means (``caption``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        huge = QFont(self.font())
        huge.setPointSizeF(self.font().pointSizeF() * COUNTDOWN_SCALE)
        huge.setBold(True)
        self.label = QLabel()
        self.label.setObjectName("chair_countdown")
        self.label.setFont(huge)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAccessibleName(self.tr("Time left on this item"))
        self.caption = QLabel()
        self.caption.setObjectName("chair_countdown_caption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.caption)

    def clear(self) -> None:
        """No item: nothing to count down."""
        self.label.clear()
        self.caption.clear()

    def show_time(self, remaining: float, planned_minutes: int, *, running: bool) -> None:
        """``remaining`` seconds of a box of ``planned_minutes`` (negative: over time)."""
        overrun = remaining < 0
        if overrun:
            text = self.tr("+{t} over").format(t=format_seconds(-remaining))
            style = over_style()
            caption = self.tr("Over time: the box was {m} min").format(m=planned_minutes)
        else:
            text = format_seconds(remaining)
            style = near_style() if remaining <= NEAR_SECONDS else ok_style()
            caption = (
                self.tr("left of {m} min").format(m=planned_minutes)
                if running
                else self.tr("not started: press Ctrl+Enter")
            )
        self.label.setText(text)
        self.label.setStyleSheet(style)
        self.label.setProperty("overrun", overrun)
        self.caption.setText(caption)
