"""Home as the chair and the secretariat meet it: the window opens on it with the demo,
it says what is next and what is late, and every line opens its record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from sqlmodel import select

from workbench.domain import Action, ActionStatus, Commitment, Note
from workbench.services.demo.records import demo_id
from workbench.services.records import update_record
from workbench.ui import settings as app_settings
from workbench.ui.home.parts import RecordLink, StageStrip
from workbench.ui.lists.rows_model import ID_ROLE

THOMAS = demo_id("person:thomas")
UPCOMING = demo_id("meeting:upcoming-working-group")


def links(card) -> list[RecordLink]:
    return [w for w in card.findChildren(RecordLink) if w.isVisibleTo(card)]


def texts(card) -> str:
    return " | ".join(w.text() for w in card.findChildren(QLabel) if w.isVisibleTo(card))


def link(card, words: str) -> RecordLink:
    found = [w for w in links(card) if words in w.full_text]
    assert found, [w.full_text for w in links(card)]
    return found[0]


def test_the_window_opens_on_home_with_what_is_next_and_late(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    assert window.current_page_key() == "home"
    assert window.stack.currentWidget() is window.home
    home = window.home
    meeting = home.card("meeting")
    assert "Next meeting" in meeting.heading.text()
    link(meeting, "Working group: follow-up on Northgate and next steps")
    assert "in 14 day" in texts(meeting) and "90 minute" in texts(meeting)
    assert "Agenda ready" in texts(meeting) and "80 of 90 minutes" in texts(meeting)
    assert "chair: Joost Verhagen" in texts(meeting)
    overdue = home.card("overdue")
    assert "Overdue" in overdue.heading.text() and "(4)" in overdue.heading.text()
    assert "Mica supply chain" in texts(overdue)
    # dates as the locale writes them (the suite runs in en_US), sorted by date
    assert [w.full_text.split()[0] for w in links(overdue)][:3] == [
        "3/31/2022",
        "9/30/2022",
        "11/30/2022",
    ]
    notes = home.card("notes")
    assert "(2)" in notes.heading.text() and len(links(notes)) == 3  # two notes, the inbox
    engagements = home.card("engagements")
    (strip,) = engagements.findChildren(StageStrip)
    assert strip.stages == (0, 2, 1, 2, 2)
    assert "2 at concern raised" in strip.accessibleName()
    assert "No conflicts waiting" in texts(home.card("exchange"))


def test_every_line_opens_its_record(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    home = window.home
    overdue = home.card("overdue")

    qtbot.mouseClick(link(overdue, "Prepare a draft letter"), Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "actions"
    with demo_db.session() as s:
        action = s.exec(select(Action).where(Action.title.startswith("Prepare a draft"))).one()
    assert window.pages["actions"].current_id() == action.id

    window.show_page("home")
    qtbot.mouseClick(link(overdue, "Map where mica"), Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "commitments"
    with demo_db.session() as s:
        promise = s.exec(select(Commitment).where(Commitment.text.startswith("Map where"))).one()
    assert window.pages["commitments"].current_id() == promise.id

    window.show_page("home")
    note_link = links(home.card("notes"))[1]
    note_link.setFocus()
    qtbot.keyClick(note_link, Qt.Key.Key_Space)  # the keyboard opens it too
    assert window.current_page_key() == "inbox"
    inbox = window.page_widget("inbox")
    with demo_db.session() as s:
        note = s.get(Note, inbox.current_id())
    assert note.body.startswith("Spoke with sourcing staff")

    window.show_page("home")
    qtbot.mouseClick(
        link(home.card("meeting"), "Working group: follow-up"), Qt.MouseButton.LeftButton
    )
    assert window.current_page_key() == "meetings"
    assert window.current_meeting_id() == UPCOMING

    window.show_page("home")
    strip = home.card("engagements").findChildren(StageStrip)[0]
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "progress"


def test_prepare_and_chair_the_next_meeting_in_one_click(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    meeting = window.home.card("meeting")
    qtbot.mouseClick(meeting.findChild(QPushButton, "home_prepare"), Qt.MouseButton.LeftButton)
    feature = window.meeting_feature
    assert list(feature.agenda_editors) == [UPCOMING]
    qtbot.mouseClick(meeting.findChild(QPushButton, "home_chair"), Qt.MouseButton.LeftButton)
    chair = feature.chair_windows[UPCOMING]
    assert chair.isVisible() and "follow-up on Northgate" in chair.windowTitle()
    for w in (*feature.agenda_editors.values(), chair):
        w.close()


def test_my_actions_follow_i_am_and_the_overdue_count_follows_edits(
    qtbot, demo_db, make_window, settings
) -> None:
    window = make_window(demo_db)
    home = window.home
    assert home.card("mine").findChild(QPushButton, "home_i_am") is not None
    settings.set(app_settings.ME, THOMAS)
    window.settings_changed.emit()
    QApplication.processEvents()
    mine = home.card("mine")
    assert "Thomas Hendriks" in mine.heading.text() and "(2)" in mine.heading.text()
    late = link(mine, "Prepare a draft letter")
    assert late.accessibleDescription() == "Overdue action"
    with demo_db.transaction() as s:
        action = s.exec(select(Action).where(Action.title.startswith("Prepare a draft"))).one()
        update_record(s, Action, action.id, status=ActionStatus.DONE)
    window.events.records_changed.emit("action", [action.id])
    QApplication.processEvents()
    assert "(3)" in home.card("overdue").heading.text()
    assert "(1)" in home.card("mine").heading.text()
    assert (
        window.sidebar.item(window.sidebar.row_of("actions")).data(Qt.ItemDataRole.UserRole + 11)
        == 1
    )


def test_home_reads_only_when_shown_and_once_it_has_a_database(
    qtbot, demo_db, make_window, monkeypatch
) -> None:
    from workbench.services import home as home_service

    calls: list[str] = []
    real = home_service.read_home
    monkeypatch.setattr(
        home_service, "read_home", lambda *a, **k: calls.append("read") or real(*a, **k)
    )
    window = make_window(demo_db)
    assert calls == ["read"]  # shown at start
    window.show_page("actions")
    window.events.records_changed.emit("action", [])
    QApplication.processEvents()
    assert calls == ["read"]  # hidden: marked stale, not read
    window.show_page("home")
    assert calls == ["read", "read"]
    window.home.set_database(None)
    window.home.reload()
    assert calls == ["read", "read"]  # no database yet: nothing read, nothing lost
    window.home.set_database(demo_db)
    QApplication.processEvents()
    assert calls == ["read", "read", "read"]


def test_an_empty_database_opens_on_the_welcome_page(qtbot, db, make_window) -> None:
    window = make_window(db)
    assert window.current_page_key() == "home"
    assert window.stack.currentWidget() is window.welcome


def test_the_overdue_tracker_link_filters_the_tracker(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    qtbot.mouseClick(link(window.home.card("overdue"), "overdue action"), Qt.MouseButton.LeftButton)
    page = window.pages["actions"]
    assert window.current_page_key() == "actions"
    assert page.overdue_check.isChecked()
    shown = {page.proxy.index(r, 0).data(ID_ROLE) for r in range(page.proxy.rowCount())}
    with demo_db.session() as s:
        late = {
            a.id
            for a in s.exec(select(Action)).all()
            if a.status in (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
            and a.due_on is not None
            and a.due_on.year < 2023
        }
    assert shown == late
