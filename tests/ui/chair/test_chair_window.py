"""Chair mode driven by keyboard alone with a fake clock: time, captures, statuses."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from workbench.domain import (
    Action,
    Audience,
    Commitment,
    Decision,
    Direction,
    Engagement,
    Meeting,
    MeetingStatus,
    Organisation,
    OrganisationKind,
    Person,
)
from workbench.services.meetings import agenda
from workbench.ui.chair.window import ChairWindow

CTRL = Qt.KeyboardModifier.ControlModifier
T0 = datetime(2025, 5, 6, 13, tzinfo=UTC)


class FakeClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kw: float) -> None:
        self.now += timedelta(**kw)


@pytest.fixture
def meeting(db):
    with db.transaction() as s:
        eng = Engagement(title="Mica")
        velora = Organisation(name="Velora Automotive", kind=OrganisationKind.COMPANY)
        anna = Person(name="Anna de Wit", is_member=True)
        s.add_all([eng, velora, anna])
        s.flush()
        m = agenda.create_meeting(
            s,
            title="Call with Velora",
            engagement_id=eng.id,
            starts_at=T0,
            duration_minutes=45,
            audience=Audience.PARTNERS,
        )
        agenda.add_item(s, m.id, title="Progress on mica mapping", planned_minutes=10)
        agenda.add_item(s, m.id, title="Next steps", planned_minutes=5)
    return {"id": m.id, "velora": velora.id, "anna": anna.id}


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def window(qtbot, db, meeting, clock):
    w = ChairWindow(db, meeting["id"], clock=clock)
    qtbot.addWidget(w)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    return w


def focused():
    return QApplication.focusWidget()


def key(qtbot, k, mod=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), k, mod)


def type_(qtbot, text):
    qtbot.keyClicks(focused(), text)


def test_chair_a_meeting_by_keyboard(qtbot, db, meeting, clock, window) -> None:
    key(qtbot, Qt.Key.Key_Return, CTRL)  # start
    with db.session() as s:
        assert s.get(Meeting, meeting["id"]).status == MeetingStatus.IN_PROGRESS
    assert focused() is window.notes
    type_(qtbot, "Nothing overdue.")
    qtbot.waitUntil(lambda: stored(db, meeting)[0].notes == "Nothing overdue.", timeout=1000)

    clock.advance(minutes=12)  # the carry-over item has a 10-minute box
    window.refresh_clock()
    assert window.countdown.text() == "+2:00 over"
    assert window.countdown.property("overrun") is True
    assert "#b00020" in window.countdown.styleSheet()

    key(qtbot, Qt.Key.Key_PageDown)
    assert window.item_title.text() == "Progress on mica mapping"
    assert window.countdown.text() == "10:00"

    key(qtbot, Qt.Key.Key_D, CTRL)
    assert window.capture_form.isVisible() and focused() is window.capture_form.text
    type_(qtbot, "Invite Velora to the Drive Sustainability event")
    key(qtbot, Qt.Key.Key_Return)
    assert not window.capture_form.isVisible() and focused() is window.notes

    key(qtbot, Qt.Key.Key_K, CTRL)  # a commitment by the company
    type_(qtbot, "Publish the smelter list")
    key(qtbot, Qt.Key.Key_Tab)  # made: by the company (the default)
    key(qtbot, Qt.Key.Key_Tab)  # party
    type_(qtbot, "Vel")
    key(qtbot, Qt.Key.Key_Tab)  # owner
    key(qtbot, Qt.Key.Key_Tab)  # due
    type_(qtbot, "2025-09-30")
    key(qtbot, Qt.Key.Key_Return)

    key(qtbot, Qt.Key.Key_K, CTRL)  # and one by the working group
    type_(qtbot, "Introduce Velora to RMI")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Down)  # by the working group
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    type_(qtbot, "Ann")
    key(qtbot, Qt.Key.Key_Tab)
    type_(qtbot, "+2w")
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is window.notes

    clock.advance(minutes=5)
    key(qtbot, Qt.Key.Key_PageDown)
    key(qtbot, Qt.Key.Key_T, CTRL)
    type_(qtbot, "Send the minutes")
    key(qtbot, Qt.Key.Key_Tab)
    type_(qtbot, "Ann")
    key(qtbot, Qt.Key.Key_Tab)
    type_(qtbot, "2025-05-13")
    key(qtbot, Qt.Key.Key_Return)
    assert window.captured_list.count() == 4
    assert "1 decision, 2 commitments, 1 action" in window.captured_heading.text()

    clock.advance(minutes=7)  # 2 minutes over the last item's box
    key(qtbot, Qt.Key.Key_E, CTRL)
    assert window.pages.currentWidget() is window.summary_view
    summary = window.summary_view
    assert "2 items over time" in summary.heading.text()
    assert "+2:00 over" in summary.timing.text()
    assert summary.model.rowCount() == 4  # what was captured, listed to check

    with db.session() as s:
        m = s.get(Meeting, meeting["id"])
        assert (m.status, m.started_at, m.ended_at) == (
            MeetingStatus.HELD,
            T0,
            T0 + timedelta(minutes=24),
        )
        items = agenda.list_items(s, meeting["id"])
        assert [i.actual_seconds for i in items] == [720, 300, 420]
        decisions = s.exec(select(Decision)).all()
        commitments = sorted(s.exec(select(Commitment)).all(), key=lambda c: c.direction)
        actions = s.exec(select(Action)).all()
    assert [(d.meeting_id, d.agenda_item_id) for d in decisions] == [(meeting["id"], items[1].id)]
    by_company, by_group = commitments
    assert (by_company.direction, by_company.party_id, by_company.due_on) == (
        Direction.BY_COMPANY,
        meeting["velora"],
        date(2025, 9, 30),
    )
    assert (by_group.direction, by_group.owner_id) == (Direction.BY_GROUP, meeting["anna"])
    assert by_group.due_on is not None
    assert {c.agenda_item_id for c in commitments} == {items[1].id}
    assert [(a.title, a.agenda_item_id, a.owner_id, a.due_on) for a in actions] == [
        ("Send the minutes", items[2].id, meeting["anna"], date(2025, 5, 13))
    ]
    everything = [*decisions, *commitments, *actions]
    assert {x.meeting_id for x in everything} == {meeting["id"]}
    assert {x.audience for x in everything} == {Audience.PARTNERS}


def stored(db, meeting):
    with db.session() as s:
        return agenda.list_items(s, meeting["id"])


def test_capture_undo_redo_and_a_bad_due_date(qtbot, db, meeting, window) -> None:
    key(qtbot, Qt.Key.Key_Return, CTRL)
    key(qtbot, Qt.Key.Key_T, CTRL)
    type_(qtbot, "Book the room")
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    type_(qtbot, "next week")
    key(qtbot, Qt.Key.Key_Return)
    assert window.capture_form.isVisible()
    assert "not a due date" in window.capture_form.message.text()
    qtbot.keyClick(focused(), Qt.Key.Key_A, CTRL)
    type_(qtbot, "+7")
    key(qtbot, Qt.Key.Key_Return)
    assert window.captured_list.count() == 1
    alt_ctrl = CTRL | Qt.KeyboardModifier.AltModifier
    key(qtbot, Qt.Key.Key_Z, alt_ctrl)
    with db.session() as s:
        assert s.exec(select(Action)).one().deleted_at is not None
    assert window.captured_list.count() == 0
    key(qtbot, Qt.Key.Key_Z, alt_ctrl | Qt.KeyboardModifier.ShiftModifier)
    with db.session() as s:
        assert s.exec(select(Action)).one().deleted_at is None
    assert window.captured_list.count() == 1

    key(qtbot, Qt.Key.Key_K, CTRL)
    key(qtbot, Qt.Key.Key_Escape)  # cancel: nothing written, back to the notes
    assert not window.capture_form.isVisible() and focused() is window.notes
    with db.session() as s:
        assert s.exec(select(Commitment)).all() == []


def test_help_overlay_and_full_screen(qtbot, window) -> None:
    key(qtbot, Qt.Key.Key_F1)
    assert window.help.isVisible()
    assert "Ctrl+K" in window.help.text.text() and "PgDown" in window.help.text.text()
    key(qtbot, Qt.Key.Key_Escape)
    assert not window.help.isVisible()
    key(qtbot, Qt.Key.Key_F11)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    key(qtbot, Qt.Key.Key_F11)
    assert not window.windowState() & Qt.WindowState.WindowFullScreen


def test_before_start_the_clock_stands_still(qtbot, db, meeting, clock, window) -> None:
    clock.advance(minutes=30)
    window.refresh_clock()
    assert window.countdown.text() == "10:00"
    assert "Ctrl+Enter" in window.countdown_caption.text()
    key(qtbot, Qt.Key.Key_E, CTRL)
    assert "not been started" in window.message.text()
    with db.session() as s:
        assert s.get(Meeting, meeting["id"]).status == MeetingStatus.DRAFT
