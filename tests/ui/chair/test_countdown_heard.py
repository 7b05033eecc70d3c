"""The countdown for a screen reader, in-process: its name, the time in words, its value,
chair mode read as a window, and announcements only when one minute left or the end of
the box is crossed, not every second (AT-SPI itself: ``tests/ui/atspi``)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible

from workbench.ui import a11y
from workbench.ui.chair.countdown import Countdown


@pytest.fixture
def heard(monkeypatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(a11y, "announce", lambda _widget, text: said.append(text))
    return said


def test_the_countdown_is_named_told_in_words_and_has_a_value(qtbot) -> None:
    view = Countdown()
    qtbot.addWidget(view)
    view.show_time(252, 10, running=True, item="a")
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface.text(QAccessible.Text.Name) == "Time left on this item"
    assert iface.text(QAccessible.Text.Description) == "4 minutes 12 seconds left of 10 minutes"
    value = iface.valueInterface()
    assert (value.currentValue(), value.maximumValue()) == (252, 600)
    label = QAccessible.queryAccessibleInterface(view.label)
    assert label.text(QAccessible.Text.Name) == "4:12"  # the time as shown

    view.show_time(-61, 1, running=True, item="a")
    assert iface.text(QAccessible.Text.Description) == (
        "1 minute 1 second over time; the box was 1 minute"
    )
    assert value.currentValue() == -61 and value.minimumValue() == -61
    view.show_time(3725, 90, running=False, item="b")
    assert iface.text(QAccessible.Text.Description) == (
        "1 hour 2 minutes 5 seconds left of 90 minutes, not started"
    )


def test_only_crossings_are_announced(qtbot, heard) -> None:
    view = Countdown()
    qtbot.addWidget(view)
    for seconds in (65, 62, 61, 60.4, 59, 30, 0.5, -0.5, -10, -70):
        view.show_time(seconds, 10, running=True, item="a")
    assert heard == ["One minute left on this item.", "This item is over time."]
    heard.clear()
    view.show_time(30, 5, running=True, item="b")  # the next item: nothing crossed
    view.show_time(20, 5, running=False, item="b")  # paused: the clock stands
    view.show_time(-5, 5, running=False, item="b")
    assert heard == []


def test_chair_mode_reads_as_a_window(qtbot, db) -> None:
    from workbench.domain import Engagement
    from workbench.services.meetings import agenda
    from workbench.ui.chair.window import ChairWindow

    with db.transaction() as s:
        eng = Engagement(title="Mica")
        s.add(eng)
        s.flush()
        meeting = agenda.create_meeting(s, title="Call", engagement_id=eng.id)
    chair = ChairWindow(db, meeting.id)
    qtbot.addWidget(chair)
    chair.show()
    iface = QAccessible.queryAccessibleInterface(chair)
    assert iface.role() == QAccessible.Role.Window
    assert iface.text(QAccessible.Text.Name) == "Chair — Call"
