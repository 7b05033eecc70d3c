"""Every window besides the main one closes from the keyboard and gives the keyboard
back to the window that opened it; the meeting shortcuts work from each of them (the
whole call: ``meetings/test_call_by_keyboard.py``)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from workbench.services.demo.build import UPCOMING_MEETING_ID

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, demo_db, make_window):
    main = make_window(demo_db)
    with qtbot.waitActive(main):
        main.activateWindow()
    main.show_record("meeting", UPCOMING_MEETING_ID)
    return main


def press(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    focus = QApplication.focusWidget()
    assert focus is not None, "the keyboard focus is nowhere"
    qtbot.keyClick(focus, key, modifiers)


def active_is(qtbot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=3000)


@pytest.mark.parametrize(
    ("open_keys", "name"),
    [
        ((Qt.Key.Key_F, CTRL), "search_dialog"),
        ((Qt.Key.Key_E, CTRL), "export_dialog"),
        ((Qt.Key.Key_N, CTRL | SHIFT), "quick_note"),
        ((Qt.Key.Key_G, CTRL | SHIFT), "agenda_editor"),
    ],
)
def test_ctrl_w_closes_and_the_main_window_has_the_keyboard_again(
    qtbot, window, open_keys, name
) -> None:
    press(qtbot, *open_keys)
    qtbot.waitUntil(lambda: QApplication.activeWindow().objectName() == name, timeout=3000)
    opened = QApplication.activeWindow()
    press(qtbot, Qt.Key.Key_W, CTRL)
    assert not opened.isVisible()
    active_is(qtbot, window)


def test_esc_closes_the_agenda_and_a_quick_note_from_chair_mode_returns_there(
    qtbot, window
) -> None:
    feature = window.meeting_feature
    press(qtbot, Qt.Key.Key_G, CTRL | SHIFT)
    editor = feature.agenda_editors[UPCOMING_MEETING_ID]
    active_is(qtbot, editor)
    press(qtbot, Qt.Key.Key_E, CTRL)  # nothing is being chaired: said, nothing ends
    assert "No meeting is being chaired" in editor.message.text()
    press(qtbot, Qt.Key.Key_F5)  # the agenda's own meeting
    chair = feature.chair_windows[UPCOMING_MEETING_ID]
    active_is(qtbot, chair)
    press(qtbot, Qt.Key.Key_N, CTRL | SHIFT)
    active_is(qtbot, feature.quick_note)
    press(qtbot, Qt.Key.Key_W, CTRL)
    active_is(qtbot, chair)  # back where the note was taken
    press(qtbot, Qt.Key.Key_Escape)  # not started: Esc closes chair mode
    assert not chair.isVisible()
    active_is(qtbot, editor)
    press(qtbot, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    active_is(qtbot, window)


def test_esc_does_not_close_a_running_meeting(qtbot, window) -> None:
    press(qtbot, Qt.Key.Key_F5)
    chair = window.meeting_feature.chair_windows[UPCOMING_MEETING_ID]
    active_is(qtbot, chair)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    press(qtbot, Qt.Key.Key_Escape)
    assert chair.isVisible() and "Ctrl+W closes chair mode" in chair.message.text()
    press(qtbot, Qt.Key.Key_W, CTRL)
    assert not chair.isVisible()
    active_is(qtbot, window)


def test_esc_in_a_cell_of_the_agenda_cancels_the_cell_first(qtbot, window) -> None:
    press(qtbot, Qt.Key.Key_G, CTRL | SHIFT)
    editor = window.meeting_feature.agenda_editors[UPCOMING_MEETING_ID]
    active_is(qtbot, editor)
    press(qtbot, Qt.Key.Key_N, CTRL)  # a new item, its title open for typing
    assert QApplication.focusWidget() is not editor.view
    press(qtbot, Qt.Key.Key_Escape)  # the cell's editor closes; the window stays
    assert editor.isVisible() and QApplication.focusWidget() is editor.view
    press(qtbot, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    active_is(qtbot, window)
