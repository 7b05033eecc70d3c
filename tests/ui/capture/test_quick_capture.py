"""Quick capture from anywhere in the app, the Notes inbox and its triage."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from workbench.domain import Action, Audience, Commitment, Direction, Note
from workbench.services.demo.build import CAR_MAKER_ID, CAR_MAKER_TARGET_ID, ENGAGEMENT_ID

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_window(qtbot, make_window, db):
    window = make_window(db)
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def test_quick_note_from_anywhere_is_saved_as_you_type(qtbot, demo_db, make_window) -> None:
    window = open_window(qtbot, make_window, demo_db)
    window.show_page("actions")
    qtbot.keyClick(window.pages["actions"].view, Qt.Key.Key_N, CTRL_SHIFT)
    note_window = window.meeting_feature.quick_note
    assert note_window is not None and note_window.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is note_window.body, timeout=1000)
    qtbot.keyClicks(note_window.body, "Velora's buyer at the RMI session: ask about smelters")
    qtbot.waitUntil(lambda: note_window.note_id is not None, timeout=1000)
    note_window.place.setFocus()
    qtbot.keyClicks(note_window.place, "OECD Forum, Paris")
    note_window.target.setCurrentIndex(note_window.target.findData(CAR_MAKER_TARGET_ID))
    qtbot.waitUntil(lambda: stored(demo_db, note_window.note_id).place is not None, timeout=1000)
    note = stored(demo_db, note_window.note_id)
    assert note.body == "Velora's buyer at the RMI session: ask about smelters"
    assert (note.place, note.target_id) == ("OECD Forum, Paris", CAR_MAKER_TARGET_ID)
    assert note.engagement_id == ENGAGEMENT_ID
    assert note.audience == Audience.GROUP and not note.triaged

    # Ctrl+Shift+N works from the quick note window too, and starts a fresh note.
    first = note_window.note_id
    qtbot.keyClick(note_window.body, Qt.Key.Key_N, CTRL_SHIFT)
    assert note_window.note_id is None and note_window.body.toPlainText() == ""
    qtbot.keyClick(note_window.body, Qt.Key.Key_Escape)
    assert not note_window.isVisible()

    inbox = window.meeting_feature.inbox
    window.show_page("inbox")
    ids = [inbox.model.row_at(i).id for i in range(inbox.model.rowCount())]
    assert first in ids


def stored(db, note_id):
    with db.session() as s:
        return s.get(Note, note_id)


def test_triage_from_the_inbox(qtbot, demo_db, make_window) -> None:
    window = open_window(qtbot, make_window, demo_db)
    feature = window.meeting_feature
    note_window = feature.open_quick_note()
    note_window.body.setPlainText("Velora will publish its smelter list\nsaid at the panel")
    note_window.flush()
    with demo_db.session() as s:
        captured_at = s.get(Note, note_window.note_id).captured_at
    note_id = note_window.note_id
    note_window.close()

    inbox = feature.inbox
    window.show_page("inbox")
    row = inbox.model.row_of(note_id)
    inbox.view.setCurrentIndex(inbox.proxy.mapFromSource(inbox.model.index(row, 0)))
    assert "smelter list" in inbox.body.toPlainText()
    inbox.direction.setCurrentIndex(inbox.direction.findData(Direction.BY_COMPANY.value))
    inbox.party.setCurrentIndex(inbox.party.findData(CAR_MAKER_ID))
    inbox.due.setText("2030-01-31")
    inbox.commitment_button.click()
    assert "left the inbox" in inbox.message.text()
    assert inbox.model.row_of(note_id) is None
    with demo_db.session() as s:
        commitment = s.exec(
            select(Commitment).where(Commitment.text.startswith("Velora will publish"))
        ).one()
        assert commitment.created_at == captured_at
        assert (commitment.party_id, commitment.due_on) == (CAR_MAKER_ID, date(2030, 1, 31))
        assert commitment.engagement_id == ENGAGEMENT_ID
        assert s.get(Note, note_id).triaged

    # Another note becomes an action; a bad due date is explained and nothing moves.
    note_window = feature.open_quick_note()
    note_window.body.setPlainText("Call Terre des Hommes about Jharkhand")
    note_window.flush()
    second = note_window.note_id
    note_window.close()
    row = inbox.model.row_of(second)
    inbox.view.setCurrentIndex(inbox.proxy.mapFromSource(inbox.model.index(row, 0)))
    inbox.due.setText("tomorrow")
    inbox.action_button.click()
    assert "not a due date" in inbox.message.text()
    inbox.due.setText("+7")
    inbox.action_button.click()
    with demo_db.session() as s:
        action = s.exec(
            select(Action).where(Action.title == "Call Terre des Hommes about Jharkhand")
        ).one()
        assert action.audience == Audience.GROUP
        assert s.get(Note, second).triaged


def test_attach_a_note_to_a_meeting(qtbot, demo_db, make_window) -> None:
    window = open_window(qtbot, make_window, demo_db)
    feature = window.meeting_feature
    note_window = feature.open_quick_note()
    note_window.body.setPlainText("For the next call")
    note_window.flush()
    note_id = note_window.note_id
    note_window.close()
    inbox = feature.inbox
    window.show_page("inbox")  # the inbox reads its notes when shown
    row = inbox.model.row_of(note_id)
    inbox.view.setCurrentIndex(inbox.proxy.mapFromSource(inbox.model.index(row, 0)))
    inbox.engagement.setCurrentIndex(inbox.engagement.findData(ENGAGEMENT_ID))
    assert inbox.meeting.count() > 1
    inbox.meeting.setCurrentIndex(1)
    meeting_id = inbox.meeting.currentData()
    inbox.attach_button.click()
    with demo_db.session() as s:
        note = s.get(Note, note_id)
        assert (note.meeting_id, note.engagement_id, note.triaged) == (
            meeting_id,
            ENGAGEMENT_ID,
            True,
        )
