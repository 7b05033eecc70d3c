"""The countdown of chair mode: the time left in the current item's box, large enough
to read across a room, and once the box is past, how far over, in white on red and in
words ("+2:00 over"), never by colour alone. Sizes follow the system font, so a user's
larger font makes it larger.

A screen reader hears it too (``workbench.ui.a11y``): the widget is named "Time left on
this item", its description says the time in words ("4 minutes 12 seconds left of 10
minutes"), its value is the seconds left (negative once over), and the big label inside
reads as the text on screen. Crossing one minute left and going over time are announced
once, politely; the seconds in between are not spoken.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from workbench.services.chair.session import format_seconds
from workbench.ui import a11y
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

    #: What a screen reader calls it (see ``workbench.ui.a11y``).
    accessible_role = QAccessible.Role.Grouping

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        a11y.install()
        self.setObjectName("chair_countdown_view")
        self.setAccessibleName(self.tr("Time left on this item"))
        huge = QFont(self.font())
        huge.setPointSizeF(self.font().pointSizeF() * COUNTDOWN_SCALE)
        huge.setBold(True)
        self.label = QLabel()  # no accessible name: it reads as the time it shows
        self.label.setObjectName("chair_countdown")
        self.label.setFont(huge)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel()
        self.caption.setObjectName("chair_countdown_caption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.caption)
        self._value: tuple[float, float, float] = (0, 0, 0)
        #: (item, seconds left) at the last repaint while running: to hear a crossing.
        self._last: tuple[str | None, float] | None = None

    def accessible_value(self) -> tuple[float, float, float]:
        """Seconds left (negative when over), the lowest so far and the time box."""
        return self._value

    def clear(self) -> None:
        """No item: nothing to count down."""
        self.label.clear()
        self.caption.clear()
        self.setAccessibleDescription("")
        self._value, self._last = (0, 0, 0), None

    def show_time(
        self, remaining: float, planned_minutes: int, *, running: bool, item: str | None = None
    ) -> None:
        """``remaining`` seconds of a box of ``planned_minutes`` (negative: over time) of
        agenda item ``item``."""
        overrun = remaining < 0
        box = self.minutes(planned_minutes)
        if overrun:
            text = self.tr("+{t} over").format(t=format_seconds(-remaining))
            style = over_style()
            caption = self.tr("Over time: the box was {m} min").format(m=planned_minutes)
            spoken = self.tr("{time} over time; the box was {box}").format(
                time=self.spoken(-remaining), box=box
            )
        else:
            text = format_seconds(remaining)
            style = near_style() if remaining <= NEAR_SECONDS else ok_style()
            caption = (
                self.tr("left of {m} min").format(m=planned_minutes)
                if running
                else self.tr("not started: press Ctrl+Enter")
            )
            spoken = (
                self.tr("{time} left of {box}")
                if running
                else self.tr("{time} left of {box}, not started")
            ).format(time=self.spoken(remaining), box=box)
        self.label.setText(text)
        self.label.setStyleSheet(style)
        self.label.setProperty("overrun", overrun)
        self.caption.setText(caption)
        self._set_value(round(remaining), planned_minutes * 60, spoken)
        self._announce_crossing(remaining, item if running else None, running)

    # -- what a screen reader hears ---------------------------------------------------
    def spoken(self, seconds: float) -> str:
        """A duration in words: "4 minutes 12 seconds", "1 hour 2 minutes"."""
        total = round(abs(seconds))
        hours, rest = divmod(total, 3600)
        minutes, secs = divmod(rest, 60)
        parts = []
        if hours:
            parts.append(self.tr("%n hour(s)", "", hours))
        if minutes:
            parts.append(self.minutes(minutes))
        if secs or not parts:
            parts.append(self.tr("%n second(s)", "", secs))
        return " ".join(parts)

    def minutes(self, n: int) -> str:
        return self.tr("%n minute(s)", "", n)

    def _set_value(self, seconds: int, box: int, spoken: str) -> None:
        changed = self._value[0] != seconds
        self._value = (seconds, min(0, seconds), box)
        if self.accessibleDescription() != spoken:
            self.setAccessibleDescription(spoken)  # Qt tells the screen reader
        if changed and QAccessible.isActive():
            from PySide6.QtGui import QAccessibleValueChangeEvent

            QAccessible.updateAccessibility(QAccessibleValueChangeEvent(self, seconds))

    def _announce_crossing(self, remaining: float, item: str | None, running: bool) -> None:
        last, self._last = self._last, (item, remaining) if running else None
        if last is None or last[0] != item:
            return  # a new item, or the clock was not running: nothing was crossed
        if last[1] >= 0 > remaining:
            a11y.announce(self, self.tr("This item is over time."))
        elif last[1] > NEAR_SECONDS >= remaining:
            a11y.announce(self, self.tr("One minute left on this item."))
