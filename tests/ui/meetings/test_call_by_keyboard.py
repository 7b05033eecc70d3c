"""A whole call by keyboard, as a chair runs it, with keys only once the window is open:
a meeting from a template, an item added, chair mode from the agenda window, notes, a
decision, a commitment and an action, the next item, the agenda again, the end from the
agenda window, chair mode and the agenda closed from the keyboard with the focus going
back each time, a quick note after. Then the records, read through the services.

Every key goes to whichever widget has the keyboard focus (``focused()``), as a key on
a real keyboard would: a shortcut that only worked in the main window, or a window that
left the focus nowhere when it closed, fails here. Only the clock of chair mode is set
by the test (a fake one, so the times are exact)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from workbench.domain import Audience, Direction, MeetingStatus
from workbench.domain.rules import local_today
from workbench.services.capture import notes as capture
from workbench.services.chair.session import ChairSession
from workbench.services.demo.build import CAR_MAKER_ID, ENGAGEMENT_ID
from workbench.services.meetings import agenda
from workbench.services.reporting.minutes import load_meeting

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
TITLE = "Call with Velora, by keyboard"


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "the keyboard focus is nowhere"
    return widget


def test_a_whole_call_by_keyboard(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    with qtbot.waitActive(window):
        window.activateWindow()
    feature = window.meeting_feature

    def press(key: Qt.Key, modifiers: Qt.KeyboardModifier = NONE) -> None:
        qtbot.keyClick(focused(), key, modifiers)

    def type_(text: str) -> None:
        qtbot.keyClicks(focused(), text)

    def active_is(widget: QWidget) -> None:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=3000)

    # -- a meeting from a template (the dialog runs its own loop: keys from a timer) ----
    def fill_template_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "new_from_template"
        qtbot.waitUntil(lambda: dialog.isAncestorOf(QApplication.focusWidget()))
        press(Qt.Key.Key_Home)  # the first template: a company engagement call
        press(Qt.Key.Key_Tab)  # engagement: the one selected, kept
        press(Qt.Key.Key_Tab)
        press(Qt.Key.Key_A, CTRL)
        type_(TITLE)
        press(Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_template_dialog)
    press(Qt.Key.Key_M, CTRL | SHIFT)
    meeting_id = window.current_meeting_id()
    editor = feature.agenda_editors[meeting_id]
    active_is(editor)

    # -- an item added after the carry-over item, its title typed in place ----------------
    assert focused() is editor.view  # the agenda opens on its table
    press(Qt.Key.Key_N, CTRL)
    type_("Velora's mica audit plan")
    press(Qt.Key.Key_Return)

    def titles() -> list[str]:
        with demo_db.session() as s:
            return [i.title for i in agenda.list_items(s, meeting_id)]

    qtbot.waitUntil(lambda: titles()[1] == "Velora's mica audit plan", timeout=3000)

    # -- F5 in the agenda window chairs this meeting -------------------------------------
    press(Qt.Key.Key_F5)
    chair = feature.chair_windows[meeting_id]
    active_is(chair)
    now = [datetime(2030, 1, 8, 10, tzinfo=UTC)]
    chair.session.clock = lambda: now[0]
    press(Qt.Key.Key_Return, CTRL)  # start: the carry-over item
    now[0] += timedelta(minutes=4)
    press(Qt.Key.Key_PageDown)  # the new item
    assert focused() is chair.notes
    type_("Velora has mapped its mica smelters; the audit starts in March.")
    press(Qt.Key.Key_D, CTRL)
    type_("Ask Velora for the audit scope in writing")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_K, CTRL)
    type_("Share the smelter list with the working group")
    press(Qt.Key.Key_Tab)  # made: by the company, as it is
    press(Qt.Key.Key_Tab)
    type_("Velora")  # the party, found by typing its name
    press(Qt.Key.Key_Tab)  # owner: nobody
    press(Qt.Key.Key_Tab)
    type_("+14")
    press(Qt.Key.Key_Return)
    press(Qt.Key.Key_T, CTRL)
    type_("Send Velora the RMI membership terms")
    press(Qt.Key.Key_Return)
    assert "1 decision, 1 commitment, 1 action" in chair.captured_heading.text()
    now[0] += timedelta(minutes=6)
    press(Qt.Key.Key_PageDown)
    type_("Next call in April.")

    # -- the agenda again, and the end of the meeting from there -------------------------
    now[0] += timedelta(minutes=2)
    press(Qt.Key.Key_G, CTRL | SHIFT)
    active_is(editor)
    press(Qt.Key.Key_E, CTRL)  # in the agenda window: ends the meeting being chaired
    active_is(chair)
    assert chair.pages.currentWidget() is chair.summary_view
    press(Qt.Key.Key_Escape)  # chair mode closes; the agenda has the keyboard again
    assert not chair.isVisible()
    active_is(editor)
    press(Qt.Key.Key_W, CTRL)  # the agenda closes; the main window has it again
    assert not editor.isVisible()
    active_is(window)

    # -- and the next shortcut works at once -------------------------------------------
    press(Qt.Key.Key_N, CTRL | SHIFT)
    note_window = feature.quick_note
    active_is(note_window)
    type_("Velora's CSO moves to the board in May")
    press(Qt.Key.Key_Escape)
    assert not note_window.isVisible()
    active_is(window)

    # -- what was recorded, read through the services ------------------------------------
    with demo_db.session() as s:
        minutes = load_meeting(s, meeting_id, Audience.GROUP)
        items = agenda.list_items(s, meeting_id)
        inbox = capture.inbox(s)
    captured = ChairSession(demo_db, meeting_id).captured()
    assert minutes.meeting.title == TITLE and minutes.engagement_id == ENGAGEMENT_ID
    assert minutes.meeting.status == MeetingStatus.HELD
    assert [i.actual_seconds for i in items[:3]] == [240, 360, 120]
    assert items[1].notes == "Velora has mapped its mica smelters; the audit starts in March."
    assert items[2].notes == "Next call in April."
    assert [(c.kind, c.text, c.agenda_item_id) for c in captured] == [
        ("decision", "Ask Velora for the audit scope in writing", items[1].id),
        ("commitment", "Share the smelter list with the working group", items[1].id),
        ("action", "Send Velora the RMI membership terms", items[1].id),
    ]
    assert [d.text for d in minutes.decisions] == ["Ask Velora for the audit scope in writing"]
    (commitment,) = minutes.commitments
    assert (commitment.direction, commitment.party_id) == (Direction.BY_COMPANY, CAR_MAKER_ID)
    assert commitment.due_on == local_today() + timedelta(days=14)
    assert [a.title for a in minutes.actions] == ["Send Velora the RMI membership terms"]
    assert "Velora's CSO moves to the board in May" in [n.preview for n in inbox]
