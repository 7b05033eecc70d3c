"""The navigation by task: pages grouped as the work goes, an icon each from one set,
counts that follow the data, and names that cannot be mistaken for one another."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel

from workbench import config
from workbench.domain import Note
from workbench.ui.shell.navigation import (
    ALERT_ROLE,
    COUNT_ROLE,
    GROUP_ROLE,
    ICONS,
    KEY_ROLE,
    TITLE_ROLE,
)


def rows(window) -> list[tuple[str, str, str]]:
    nav = window.sidebar
    return [
        (nav.item(r).data(KEY_ROLE), nav.item(r).data(TITLE_ROLE), nav.item(r).data(GROUP_ROLE))
        for r in range(nav.count())
    ]


def test_pages_are_grouped_as_the_work_goes(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    assert rows(window) == [
        ("home", "Home", ""),
        ("meetings", "Meetings", "Prepare"),
        ("engagements", "Engagements", ""),
        ("actions", "Actions", "Follow up"),
        ("commitments", "All commitments", ""),
        ("ledger", "Who promised what", ""),
        ("interactions", "Interactions", ""),
        ("inbox", "Notes to file", ""),
        ("progress", "Progress", "Review"),
        ("lessons", "Lessons learned", ""),
        ("notes", "All notes", ""),
        ("people", "People", ""),
        ("organisations", "Organisations", ""),
        ("conflicts", "Conflicts", "Share"),
    ]
    titles = [title for _key, title, _group in rows(window)]
    assert len(set(titles)) == len(titles)
    # Two pages on one subject say what each is for.
    nav = window.sidebar
    assert "one by one" in nav.item(nav.row_of("commitments")).toolTip()
    assert "side by side" in nav.item(nav.row_of("ledger")).toolTip()
    # Each page's heading says the name the navigation gives it.
    for key in ("commitments", "ledger", "inbox", "notes"):
        window.show_page(key)
        page = window.page_widget(key)
        headings = [w.text() for w in page.findChildren(QLabel) if "<h2>" in w.text()]
        assert any(nav.item(nav.row_of(key)).text() in h for h in headings), (key, headings)


def test_every_page_has_an_icon_from_the_one_set(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    folder = config.icons_dir() / "nav"
    assert (folder / "LICENSE.md").exists()
    for key, _title, _group in rows(window):
        svg = folder / f"{ICONS[key]}.svg"
        text = svg.read_text(encoding="utf-8")
        assert 'viewBox="0 0 24 24"' in text and 'stroke="currentColor"' in text, key


def test_counts_follow_the_data(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    QApplication.processEvents()
    nav = window.sidebar

    def badge(key: str) -> tuple[int, bool, str]:
        item = nav.item(nav.row_of(key))
        return (
            item.data(COUNT_ROLE),
            bool(item.data(ALERT_ROLE)),
            item.data(Qt.ItemDataRole.AccessibleTextRole),
        )

    assert badge("actions") == (2, True, "Actions, 2 overdue")
    assert badge("commitments") == (2, True, "All commitments, 2 overdue")
    assert badge("inbox")[:2] == (2, False)
    with demo_db.transaction() as s:
        note = Note(body="Call Velora back about the audit")
        s.add(note)
    window.events.records_changed.emit("note", [note.id])
    QApplication.processEvents()
    assert badge("inbox")[:2] == (3, False)


def test_a_click_on_a_group_title_opens_nothing(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    nav = window.sidebar
    row = nav.row_of("actions")  # under "Follow up"
    rect = nav.visualRect(nav.model().index(row, 0))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, rect.top() + 3))
    assert window.current_page_key() == "home"
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, rect.bottom() - 6))
    assert window.current_page_key() == "actions"


def test_ctrl_digits_follow_the_navigation(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "actions"
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "lessons"  # the tenth page
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "home"


def test_a_page_a_feature_adds_finds_its_place(qtbot, demo_db, make_window) -> None:
    from PySide6.QtWidgets import QWidget

    window = make_window(demo_db)
    window.show_page("actions")
    window.add_page("exchange", "Exchange", QWidget())  # a known key: under Share
    window.add_page("stewardship", "Stewardship", QWidget())  # unknown: under More
    assert rows(window)[-3:] == [
        ("conflicts", "Conflicts", "Share"),
        ("exchange", "Exchange", ""),
        ("stewardship", "Stewardship", "More"),
    ]
    assert window.current_page_key() == "actions"  # still where the user was
    go = [a.text() for a in window.menu("go").actions()]
    assert go[:2] == ["Home", "Meetings"] and go[-1] == "&Stewardship"
