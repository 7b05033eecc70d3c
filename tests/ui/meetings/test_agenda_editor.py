"""The agenda editor as a user drives it: keyboard only, saved at once, undoable."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from workbench.domain import Action, Change, Engagement, Meeting, Person, Purpose
from workbench.services.meetings import agenda
from workbench.ui.meetings.agenda_editor import AgendaEditor
from workbench.ui.meetings.agenda_model import COL_TITLE

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def meeting_id(db):
    with db.transaction() as s:
        eng = Engagement(title="Mica")
        s.add_all([eng, Person(name="Anna", is_member=True)])
        s.flush()
        earlier = Meeting(
            title="Call 1", engagement_id=eng.id, starts_at=datetime(2024, 1, 9, tzinfo=UTC)
        )
        s.add(earlier)
        s.flush()
        s.add(
            Action(
                id="a-open",
                title="Send the RMI letter",
                engagement_id=eng.id,
                meeting_id=earlier.id,
                due_on=date(2024, 2, 1),
            )
        )
        m = agenda.create_meeting(
            s,
            title="Call 2",
            engagement_id=eng.id,
            duration_minutes=30,
            starts_at=datetime(2024, 3, 5, 13, tzinfo=UTC),
        )
    return m.id


@pytest.fixture
def editor(qtbot, db, meeting_id):
    widget = AgendaEditor(db, meeting_id)
    qtbot.addWidget(widget)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    widget.view.setFocus()
    return widget


def stored(db, meeting_id):
    with db.session() as s:
        return agenda.list_items(s, meeting_id)


def titles(db, meeting_id):
    return [r.title for r in stored(db, meeting_id)]


def focused():
    return QApplication.focusWidget()


def test_build_an_agenda_by_keyboard(qtbot, db, meeting_id, editor) -> None:
    assert titles(db, meeting_id) == [agenda.CARRY_OVER_TITLE]
    qtbot.keyClick(editor.view, Qt.Key.Key_N, CTRL)  # new item, title open for typing
    qtbot.keyClicks(focused(), "Progress on RMI membership")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # to the purpose
    qtbot.keyClicks(focused(), "Dec")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # to the minutes
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(focused(), "25")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(db, meeting_id)[-1].planned_minutes == 25, timeout=1000)
    item = stored(db, meeting_id)[1]
    assert (item.title, item.purpose) == ("Progress on RMI membership", Purpose.DECIDE)

    # 35 planned minutes in a 30-minute meeting: said in words and in colour.
    assert editor.timing_label.property("fits") is False
    assert "does not fit, 5 min over" in editor.timing_label.text()
    assert "#b00020" in editor.timing_label.styleSheet()

    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Insert)
    qtbot.keyClicks(focused(), "Any other business")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: titles(db, meeting_id)[-1] == "Any other business", timeout=1000)

    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, ALT)
    assert titles(db, meeting_id)[1:] == ["Any other business", "Progress on RMI membership"]
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, CTRL)
    assert titles(db, meeting_id)[1:] == ["Progress on RMI membership", "Any other business"]
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert titles(db, meeting_id)[1:] == ["Any other business", "Progress on RMI membership"]

    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)  # removes the current item
    assert titles(db, meeting_id) == [agenda.CARRY_OVER_TITLE, "Progress on RMI membership"]
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, CTRL)
    assert titles(db, meeting_id)[1] == "Any other business"

    # Undo walks back every edit, down to the bare carry-over item.
    while editor.undo_stack.canUndo():
        qtbot.keyClick(editor.view, Qt.Key.Key_Z, CTRL)
    assert titles(db, meeting_id) == [agenda.CARRY_OVER_TITLE]
    assert "fits" in editor.timing_label.text()
    qtbot.keyClick(editor.view, Qt.Key.Key_Y, CTRL)
    assert titles(db, meeting_id)[1] == "New item"


def test_item_notes_are_saved_as_you_type(qtbot, db, meeting_id, editor) -> None:
    qtbot.keyClick(editor.view, Qt.Key.Key_N, CTRL)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    editor.notes.setFocus()
    qtbot.keyClicks(editor.notes, "Ask about the smelter list")
    qtbot.waitUntil(
        lambda: stored(db, meeting_id)[1].notes == "Ask about the smelter list", timeout=1000
    )
    # Going to another item and back shows what was typed.
    editor.view.setCurrentIndex(editor.model.index(0, COL_TITLE))
    assert editor.notes.toPlainText() == ""
    editor.view.setCurrentIndex(editor.model.index(1, COL_TITLE))
    assert editor.notes.toPlainText() == "Ask about the smelter list"


def test_drag_and_drop_reorders(qtbot, db, meeting_id, editor) -> None:
    for title in ("First", "Second"):
        with db.transaction() as s:
            agenda.add_item(s, meeting_id, title=title)
    editor.reload()
    model = editor.model
    mime = model.mimeData([model.index(2, 0)])
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert titles(db, meeting_id) == ["Second", agenda.CARRY_OVER_TITLE, "First"]
    qtbot.keyClick(editor.view, Qt.Key.Key_Z, CTRL)
    assert titles(db, meeting_id) == [agenda.CARRY_OVER_TITLE, "First", "Second"]


def test_carried_action_is_updated_from_the_carry_over_item(qtbot, db, meeting_id, editor):
    editor.view.setCurrentIndex(editor.model.index(0, COL_TITLE))
    panel = editor.carry_over
    assert panel.isVisible()
    assert "Send the RMI letter" in panel.list.item(0).text()
    panel.status.setCurrentIndex(panel.status.findData("in_progress"))
    panel.due.setText("2024-04-30")
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "Draft ready")
    qtbot.keyClick(panel.note, Qt.Key.Key_Return)
    assert panel.message.text() == "Recorded in the history."
    with db.session() as s:
        action = s.get(Action, "a-open")
        assert action.due_on == date(2024, 4, 30)
        changes = s.exec(select(Change).where(Change.entity_id == "a-open")).all()
    assert {(c.field, c.meeting_id, c.note) for c in changes} == {
        ("status", meeting_id, "Draft ready"),
        ("due_on", meeting_id, "Draft ready"),
    }
    panel.due.setText("soon")
    panel.record()
    assert "not a due date" in panel.message.text()


def test_a_refused_edit_is_explained(qtbot, db, meeting_id, editor) -> None:
    index = editor.model.index(0, COL_TITLE)
    editor.model.setData(index, "   ")
    assert titles(db, meeting_id) == [agenda.CARRY_OVER_TITLE]
    assert "cannot be empty" in editor.message.text()
    assert not editor.undo_stack.canUndo()
