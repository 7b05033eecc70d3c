"""Every page fits the screens people have: at 1366×768 (the most common laptop) and at
1920×1080, every list shows its key columns whole, without scrolling sideways; a pane
that holds nothing takes no room; the sizes a user leaves are there the next time."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QApplication, QSplitter, QTableView

from workbench.ui.lists.columns import KEY_CAP, MIN_STRETCH, key_columns

SIZES = [(1366, 768), (1920, 1080)]
sys.path.insert(0, str(Path(__file__).parents[1]))
from surfaces import build_dutch, ui_language  # noqa: E402


@pytest.fixture(scope="module")
def dutch_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_dutch(tmp_path_factory.mktemp("translations"))


def shown_tables(page) -> list[QTableView]:
    return [v for v in page.findChildren(QTableView) if v.isVisible() and v.model().rowCount()]


def column_problems(view: QTableView) -> list[str]:
    """What keeps a key column of ``view`` from being read whole."""
    problems = []
    header = view.horizontalHeader()
    model = view.model()
    while hasattr(model, "sourceModel") and model.sourceModel() is not None:
        model = model.sourceModel()
    stretch = getattr(model, "STRETCH_COLUMN", None)
    room = view.viewport().width()
    for column in key_columns(view):
        name = view.model().headerData(column, Qt.Orientation.Horizontal)
        if view.isColumnHidden(column):
            problems.append(f"{name}: hidden")
            continue
        left, width = view.columnViewportPosition(column), view.columnWidth(column)
        if left < 0 or left + width > room:
            problems.append(f"{name}: at {left}+{width}, the list is {room} wide")
        needed = header.sectionSizeHint(column)
        if column == stretch:
            needed = max(needed, MIN_STRETCH)
        else:
            needed = max(needed, min(view.sizeHintForColumn(column), KEY_CAP))
        if width < needed:
            problems.append(f"{name}: {width} wide, needs {needed}")
    if view.horizontalScrollBar().maximum() > 0:
        problems.append("scrolls sideways")
    return problems


def check_every_page(window, width: int, height: int) -> None:
    window.resize(width, height)
    QApplication.processEvents()
    assert (window.width(), window.height()) == (width, height)  # nothing forces it wider
    problems: dict[str, list[str]] = {}
    checked = 0
    for row in range(window.sidebar.count()):
        key = window.sidebar.item(row).data(0x0100)
        window.show_page(key)
        QApplication.processEvents()
        page = window.page_widget(key)
        for view in shown_tables(page):
            checked += 1
            found = column_problems(view)
            if found:
                problems[f"{key} / {view.accessibleName() or view.objectName()}"] = found
    assert checked >= 9, checked  # the lists of every page that has one
    assert not problems, problems


@pytest.mark.parametrize(("width", "height"), SIZES, ids=["1366x768", "1920x1080"])
def test_every_page_shows_its_key_columns_whole(qtbot, demo_db, make_window, width, height) -> None:
    check_every_page(make_window(demo_db), width, height)


def test_in_dutch_too_on_a_laptop(qtbot, qapp, demo_db, make_window, dutch_qm, monkeypatch) -> None:
    """Dutch words are longer (the navigation is wider, "Door de werkgroep"…)."""
    with ui_language(qapp, "nl", dutch_qm, monkeypatch):
        window = make_window(demo_db)
        assert window.sidebar.item(0).text() == "Start"
        check_every_page(window, 1366, 768)


def test_wrapped_rows_are_tall_enough_for_their_text(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    window.resize(1366, 768)
    window.show_page("ledger")
    QApplication.processEvents()
    for side in (window.followup.ledger.company, window.followup.ledger.group):
        view = side.view
        short = [
            r for r in range(view.model().rowCount()) if view.rowHeight(r) < view.sizeHintForRow(r)
        ]
        assert not short, (side.objectName(), short)


@pytest.mark.parametrize(("width", "height"), SIZES, ids=["1366x768", "1920x1080"])
def test_an_empty_history_takes_one_line(qtbot, demo_db, make_window, width, height) -> None:
    window = make_window(demo_db)
    window.resize(width, height)
    window.show_page("actions")
    QApplication.processEvents()
    page = window.pages["actions"]
    assert page.history.empty.isVisible()  # "No changes recorded yet."
    column = page.history.parentWidget()
    assert isinstance(column, QSplitter)
    assert page.history.height() < 80
    assert page.form.height() > column.height() - 90  # the form has the room


def test_the_detail_pane_leaves_the_list_most_of_the_page(qtbot, demo_db, make_window) -> None:
    window = make_window(demo_db)
    window.resize(1366, 768)
    for key in ("meetings", "actions", "commitments", "notes", "engagements", "lessons"):
        window.show_page(key)
        QApplication.processEvents()
        sizes = window.pages[key].splitter.sizes()
        assert sizes[0] > 1.5 * sizes[1], (key, sizes)


def test_sizes_are_remembered_per_page(qtbot, demo_db, settings) -> None:
    from workbench.ui import settings as app_settings
    from workbench.ui.shell.main_window import MainWindow

    first = MainWindow(demo_db, settings)
    qtbot.addWidget(first)
    first.resize(1366, 768)
    first.show()
    first.show_page("meetings")
    QApplication.processEvents()
    splitter = first.pages["meetings"].splitter
    total = sum(splitter.sizes())
    splitter.setSizes([total - 500, 500])  # the user widens the form on Meetings only
    wanted = splitter.sizes()
    first.show_page("actions")
    actions_sizes = first.pages["actions"].splitter.sizes()
    first.close()
    state = settings.get(app_settings.page_layout("meetings", "splitter0"))
    assert isinstance(state, QByteArray) and not state.isEmpty()

    second = MainWindow(demo_db, settings)
    qtbot.addWidget(second)
    second.resize(1366, 768)
    second.show()
    second.show_page("meetings")
    QApplication.processEvents()
    assert second.pages["meetings"].splitter.sizes() == wanted
    second.show_page("actions")
    QApplication.processEvents()
    assert second.pages["actions"].splitter.sizes() == actions_sizes


def test_a_column_the_list_has_no_room_for_comes_back_from_the_header_menu(
    qtbot, demo_db, make_window, settings
) -> None:
    from workbench.ui import settings as app_settings
    from workbench.ui.followup.actions_model import COL_AUDIENCE, COL_TITLE

    window = make_window(demo_db)
    window.resize(1366, 768)
    window.show_page("actions")
    QApplication.processEvents()
    page = window.pages["actions"]
    assert page.view.isColumnHidden(COL_AUDIENCE)  # no room for it at 1366 px
    menu = page.columns.build_menu()
    audience = next(a for a in menu.actions() if a.text() == "Audience")
    audience.trigger()  # the user asks for it
    assert not page.view.isColumnHidden(COL_AUDIENCE)
    assert page.columns.user_sized  # kept as the user left it, not fitted away again
    window.close()
    state = settings.get(app_settings.page_layout("actions", "columns0"))
    assert not state.isEmpty()  # remembered for the next time
    fit = next(a for a in menu.actions() if a.text() == "Fit columns to the window")
    fit.trigger()
    assert not page.columns.user_sized
    assert page.view.isColumnHidden(COL_AUDIENCE) and not page.view.isColumnHidden(COL_TITLE)
