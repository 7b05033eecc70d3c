"""Done when: by keyboard alone, prepare a meeting from a template, chair it, and find
every captured item linked to it afterwards; plus attendance and the menu's guard."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from workbench.domain import (
    Action,
    AttendanceRole,
    Decision,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Presence,
)
from workbench.services.demo.build import ENGAGEMENT_ID, UPCOMING_MEETING_ID
from workbench.services.meetings import agenda, attendance
from workbench.ui.meetings.attendance_dialog import COL_LISTED, COL_ROLE, AttendanceDialog

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def focused():
    return QApplication.focusWidget()


def test_template_to_chair_to_follow_up_by_keyboard(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    with qtbot.waitActive(window):
        window.activateWindow()
    window.show_page("meetings")
    feature = window.meeting_feature

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "new_from_template"
        qtbot.keyClick(dialog.templates, Qt.Key.Key_Home)  # Company engagement call
        assert dialog.title.text() == "Company engagement call"
        dialog.title.setFocus()
        dialog.title.selectAll()
        qtbot.keyClicks(dialog.title, "Call with Velora, Q3")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)

    QTimer.singleShot(0, fill_dialog)
    qtbot.keyClick(window.pages["meetings"].view, Qt.Key.Key_M, CTRL_SHIFT)
    meeting_id = window.current_meeting_id()
    with demo_db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert (meeting.title, meeting.kind, meeting.engagement_id) == (
            "Call with Velora, Q3",
            MeetingKind.COMPANY_CALL,
            ENGAGEMENT_ID,
        )
        items = agenda.list_items(s, meeting_id)
        open_before = agenda.carry_over_entries(s, meeting_id)
    assert items[0].is_carry_over and len(items) == 7
    assert open_before  # the demo has open follow-ups from earlier meetings
    editor = feature.agenda_editors[meeting_id]
    assert editor.isVisible() and editor.model.rowCount() == 7
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=2000)
    editor.close()

    # F5 from the main window chairs the selected meeting; time from a fake clock.
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window.pages["meetings"].view, Qt.Key.Key_F5)
    chair = feature.chair_windows[meeting_id]
    now = [datetime(2030, 1, 8, 10, tzinfo=UTC)]
    chair.session.clock = lambda: now[0]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is chair, timeout=2000)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, CTRL)
    now[0] += timedelta(minutes=9)
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown)
    qtbot.keyClick(focused(), Qt.Key.Key_D, CTRL)
    qtbot.keyClicks(focused(), "Velora presents at the Drive Sustainability event")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_T, CTRL)
    qtbot.keyClicks(focused(), "Send Velora the RMI membership terms")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    now[0] += timedelta(minutes=4)
    qtbot.keyClick(focused(), Qt.Key.Key_E, CTRL)
    assert chair.pages.currentWidget() is chair.summary_view
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not chair.isVisible()

    with demo_db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        decision = s.exec(select(Decision).where(Decision.meeting_id == meeting_id)).one()
        action = s.exec(select(Action).where(Action.meeting_id == meeting_id)).one()
        items = agenda.list_items(s, meeting_id)
    assert meeting.status == MeetingStatus.HELD
    assert decision.agenda_item_id == action.agenda_item_id == items[1].id
    assert [i.actual_seconds for i in items[:2]] == [540, 240]
    # The Actions page lists the action under this meeting (read when it is shown).
    window.show_page("actions")
    actions = window.pages["actions"].model
    row = actions.row_at(actions.row_of(action.id))
    assert row.meeting == "Call with Velora, Q3"
    assert (
        window.pages["meetings"]
        .model.row_at(window.pages["meetings"].model.row_of(meeting_id))
        .status
        == MeetingStatus.HELD
    )


def test_menu_needs_a_selected_meeting(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    window.show_page("engagements")
    window.pages["meetings"].view.clearSelection()
    window.pages["meetings"].view.setCurrentIndex(window.pages["meetings"].proxy.index(-1, -1))
    assert window.meeting_feature.open_agenda() is None
    assert "Select a meeting" in window.statusBar().currentMessage()
    titles = [a.text() for a in window.meeting_feature.menu.actions() if a.text()]
    assert titles[:3] == ["&Agenda…", "A&ttendance…", "&Chair meeting"]


def test_attendance_by_keyboard_and_roles(qtbot, demo_db) -> None:
    with demo_db.session() as s:
        before = {r.person_id: r for r in attendance.list_attendance(s, UPCOMING_MEETING_ID)}
        candidates = attendance.candidates(s, UPCOMING_MEETING_ID)
    outsider = next(r for r in candidates if not r.invited)
    dialog = AttendanceDialog(demo_db, UPCOMING_MEETING_ID)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    row = next(i for i, r in enumerate(dialog.model.rows) if r.person_id == outsider.person_id)
    dialog.view.setCurrentIndex(dialog.model.index(row, COL_LISTED))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)
    with demo_db.session() as s:
        listed = {r.person_id: r for r in attendance.list_attendance(s, UPCOMING_MEETING_ID)}
    assert outsider.person_id in listed and len(listed) == len(before) + 1

    dialog.model.setData(dialog.model.index(row, COL_ROLE), AttendanceRole.CHAIR.value)
    with demo_db.session() as s:
        meeting = s.get(Meeting, UPCOMING_MEETING_ID)
        rows = attendance.list_attendance(s, UPCOMING_MEETING_ID)
    assert meeting.chair_id == outsider.person_id
    assert [r.person_id for r in rows if r.role == AttendanceRole.CHAIR] == [outsider.person_id]

    with demo_db.transaction() as s:
        attendance.set_attendance(
            s, UPCOMING_MEETING_ID, outsider.person_id, presence=Presence.APOLOGIES
        )
        attendance.remove_attendance(s, UPCOMING_MEETING_ID, outsider.person_id)
    with demo_db.session() as s:
        assert s.get(Meeting, UPCOMING_MEETING_ID).chair_id is None
        assert outsider.person_id not in {
            r.person_id for r in attendance.list_attendance(s, UPCOMING_MEETING_ID)
        }
