"""The navigation's sketch: what the first paint shows in the list's place, the same to
the pixel, clickable, and handed over to the list without a row moving."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel
from test_two_phase_start import MEETINGS_ROW, settings_at, start

from workbench.ui.shell.main_window import MainWindow
from workbench.ui.shell.nav_sketch import NavigationSketch
from workbench.ui.shell.navigation import NavigationList

PAGES = [
    ("home", "Home"),
    ("meetings", "Meetings"),
    ("engagements", "Engagements"),
    ("actions", "Actions"),
    ("commitments", "All commitments"),
    ("notes", "All notes & <quick> ones"),
    ("progress", "Progress"),
]


def placed(nav, current: int):  # type: ignore[no-untyped-def]
    with nav.placing():
        for key, title in PAGES:
            nav.place(key, title)
    nav.setCurrentRow(current)
    return nav


def picture(widget) -> QImage:  # type: ignore[no-untyped-def]
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_the_sketch_looks_like_the_list_to_the_pixel(qtbot) -> None:
    sketch, nav = placed(NavigationSketch(), 3), placed(NavigationList(), 3)
    for widget in (sketch, nav):
        qtbot.addWidget(widget)
    assert sketch.preferred_width() == nav.preferred_width()
    width = nav.preferred_width()
    sketch.fix_width(width)
    nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the sketch takes no keys: no focus frame
    for widget in (sketch, nav):
        widget.resize(width, 400)
        widget.show()
    qtbot.waitExposed(nav)
    for current in (3, 0, 6):  # the highlight follows the current row
        sketch.setCurrentRow(current)
        nav.setCurrentRow(current)
        drawn, listed = picture(sketch), picture(nav)
        assert drawn.size() == listed.size()
        assert drawn == listed, f"the sketch differs from the list with row {current} current"
    assert [sketch.title_at(r) for r in range(sketch.count())] == [
        nav.title_at(r) for r in range(nav.count())
    ]
    assert [sketch.group_at(r) for r in range(7)] == [nav.group_at(r) for r in range(7)]
    assert sketch.group_at(1) == "Prepare" and sketch.group_at(2) == ""


def test_a_click_on_a_name_chooses_its_page_and_on_a_group_title_nothing(qtbot) -> None:
    sketch = placed(NavigationSketch(), 0)
    qtbot.addWidget(sketch)
    sketch.fix_width(sketch.preferred_width())
    sketch.resize(sketch.width(), 400)
    sketch.show()
    qtbot.waitExposed(sketch)
    chosen: list[int] = []
    sketch.currentRowChanged.connect(chosen.append)
    top, band, _height = sketch._tops[3]  # "Actions", under "Follow up"
    QTest.mouseClick(sketch, Qt.MouseButton.LeftButton, pos=QPoint(60, top + band // 2))
    assert chosen == [] and sketch.currentRow() == 0  # the group's title
    QTest.mouseClick(sketch, Qt.MouseButton.LeftButton, pos=QPoint(60, top + band + 5))
    assert chosen == [3] and sketch.currentRow() == 3


def first_paint(qtbot, settings_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(settings_at(settings_file))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def test_the_list_takes_the_sketchs_place_with_the_same_rows(
    qtbot, tmp_path: Path, demo_db_path: Path
) -> None:
    settings_file = tmp_path / "settings.ini"
    before = first_paint(qtbot, settings_file)  # a first start: the features' pages
    start(qtbot, before, demo_db_path).db.close()  # join the navigation, remembered
    before.close()
    window = first_paint(qtbot, settings_file)
    sketch = window.sidebar
    assert isinstance(sketch, NavigationSketch)
    titles = [sketch.title_at(r) for r in range(sketch.count())]
    tops = [top for top, _band, _height in sketch._tops]
    _top, band, _height = sketch._tops[MEETINGS_ROW]
    QTest.mouseClick(  # the meetings, chosen while the window gets ready
        sketch, Qt.MouseButton.LeftButton, pos=QPoint(60, _top + band + 5)
    )
    assert window.current_page_key() == "meetings"
    start(qtbot, window, demo_db_path).db.close()
    nav = window.sidebar
    assert isinstance(nav, NavigationList) and nav.isVisible()
    assert window.splitter.widget(0) is nav and sketch not in window.findChildren(type(sketch))
    assert [nav.title_at(r) for r in range(nav.count())] == titles
    assert window.current_page_key() == "meetings" and nav.currentRow() == MEETINGS_ROW
    # nothing moved: each row where the sketch had it (the width is the splitter's: on
    # this small test screen the page's least width takes some of it)
    assert [nav.visualItemRect(nav.item(r)).top() for r in range(nav.count())] == tops
    assert window.focusWidget() is not None  # the keys have a place to go now


def test_the_sketch_keeps_its_current_row_as_rows_come_and_go(qtbot) -> None:
    sketch = placed(NavigationSketch(), 3)  # "Actions"
    qtbot.addWidget(sketch)
    sketch.fix_width(sketch.preferred_width())
    sketch.show()
    chosen: list[int] = []
    sketch.currentRowChanged.connect(chosen.append)
    sketch.place("ledger", "Who promised what")  # after "All commitments": below
    sketch.place("zzz", "A page of a feature")  # under "More", at the end
    assert sketch.key_at(sketch.currentRow()) == "actions" and chosen == []
    sketch.retitle("actions", "Actions (renamed)")
    names = [w.text() for w in sketch.findChildren(QLabel) if w.isVisible() and w.text()]
    assert names.count("Actions (renamed)") == 1 and "Actions" not in names  # no copies
    sketch.take("actions")  # the current page: the row now there becomes current
    assert chosen == [3] and sketch.key_at(3) == "commitments"
    sketch.setCurrentRow(sketch.count() - 1)
    sketch.take("zzz")  # the last row, current: the one above it
    assert sketch.currentRow() == sketch.count() - 1 and chosen[-1] == sketch.count() - 1
