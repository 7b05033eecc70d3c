"""The window first, then the data: what the user sees and types while it gets ready."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from workbench.services.capture import notes as notes_service
from workbench.ui import settings as app_settings
from workbench.ui.settings import Settings
from workbench.ui.shell.frame import PageFrame
from workbench.ui.shell.main_window import MainWindow
from workbench.ui.shell.startup import Startup, open_with_dialogs

ACTIONS_ROW = 3  # the tracker, fourth in the navigation: Ctrl+4
MEETINGS_ROW = 1


def settings_at(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def frame_window(qtbot, settings_file: Path):  # type: ignore[no-untyped-def]
    """The window as it is first painted: on Home, though the user had the meetings
    open last (it opens on the tracker only, when that was open last)."""
    settings = settings_at(settings_file)
    settings.set(app_settings.LAST_PAGE, MEETINGS_ROW)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def start(qtbot, window: MainWindow, path: Path, opener=open_with_dialogs) -> Startup:  # type: ignore[no-untyped-def]
    startup = Startup(window, path, opener=opener)
    with qtbot.waitSignal(startup.finished, timeout=30_000) as finished:
        startup.start()
    startup.outcome = finished.args[0]  # type: ignore[attr-defined]
    return startup


def type_keys(window: MainWindow, *keys: str | tuple[Qt.Key, Qt.KeyboardModifier]) -> None:
    """Type as the keyboard does: into the window, which hands the keys to its widgets."""
    handle = window.windowHandle()
    for key in keys:
        if isinstance(key, tuple):
            QTest.keyClick(handle, *key)
        else:
            for char in key:
                QTest.keyClick(handle, char)


def typing_while_opening(window: MainWindow, *keys: str | tuple[Qt.Key, Qt.KeyboardModifier]):  # type: ignore[no-untyped-def]
    """An opener that types ``keys`` while the database is being opened: the data stack
    is imported, the pages are not built yet."""

    def opener(path: Path, win: MainWindow):  # type: ignore[no-untyped-def]
        assert not win.is_ready()
        type_keys(window, *keys)
        return open_with_dialogs(path, win)

    return opener


def test_the_first_paint_shows_home_and_says_it_is_getting_ready(frame_window) -> None:
    window = frame_window
    frame = window.stack.currentWidget()
    assert isinstance(frame, PageFrame) and frame.key == "home"
    assert window.current_page_key() == "home"
    texts = [label.text() for label in frame.findChildren(type(frame.message))]
    assert "Home" in texts and "Opening the database…" in texts
    assert not frame.findChildren(QLineEdit)  # Home has no filter box
    assert window.db_label.text() == "Getting ready…"
    assert window.busy.isVisible() and window.busy.maximum() == 0  # busy, no percentage
    nav = window.sidebar
    assert [(nav.title_at(i), nav.group_at(i)) for i in range(nav.count())] == [
        ("Home", ""),
        ("Meetings", "Prepare"),
        ("Engagements", ""),
        ("Actions", "Follow up"),
        ("All commitments", ""),
        ("All notes", "Review"),
    ]
    actions = {
        a.objectName(): a for a in window.findChildren(type(window.menu("file").menuAction()))
    }
    assert not actions["settings_action"].isEnabled()  # needs the database
    assert actions["filter_action"].shortcut().isEmpty()  # set with the pages
    assert not window.is_ready()
    with pytest.raises(RuntimeError):
        _ = window.db


def test_the_first_paint_imports_nothing_of_the_data_stack(
    tmp_path: Path, demo_db_path: Path
) -> None:
    """In a fresh interpreter, as ``workbench --db`` starts on the tracker open last:
    what is loaded when the window is painted and when the tracker's first rows are
    shown, and what it shows."""
    db_path = demo_db_path
    home = tmp_path / "home"
    settings_at(home / "config" / "settings.ini").set(app_settings.LAST_PAGE, ACTIONS_ROW)
    QSettings(str(home / "config" / "settings.ini"), QSettings.Format.IniFormat).sync()
    probe = (
        "import json, os, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import workbench.ui.shell.main_window as mw\n"
        "shown = mw.MainWindow.show\n"
        "def show(self):\n"
        "    shown(self)\n"
        "    QApplication.processEvents()\n"
        "    frame = self.stack.currentWidget()\n"
        "    import PySide6.QtCore as core, PySide6.QtWidgets as widgets\n"
        "    built = [n for n in ('Qt', 'QMessageBox', 'QTabWidget', 'QStyle', 'QListWidget')\n"
        "             if n in vars(core) or n in vars(widgets)]\n"
        "    print(json.dumps({'modules': sorted(sys.modules), 'frame': frame.objectName(),\n"
        "                      'status': self.db_label.text(), 'built': built}), flush=True)\n"
        "    self.data_shown.connect(lambda: shown_rows(self))\n"
        "def shown_rows(self):\n"
        "    QApplication.processEvents()\n"
        "    rows = self.first_rows\n"
        "    print(json.dumps({'modules': sorted(sys.modules), 'rows': rows.model().rowCount(),\n"
        "                      'first': rows.model().index(0, 0).data(),\n"
        "                      'visible': rows.isVisible()}), flush=True)\n"
        "    os._exit(0)\n"
        "mw.MainWindow.show = show\n"
        "from workbench.cli import main\n"
        f"main(['--db', {str(db_path)!r}])\n"
    )
    env = {**os.environ, "WORKBENCH_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    painted, rows = (json.loads(line) for line in done.stdout.strip().splitlines()[-2:])
    for seen in (painted, rows):
        modules = set(seen["modules"])
        for heavy in ("sqlalchemy", "sqlmodel", "pydantic", "alembic", "workbench.domain"):
            assert heavy not in modules, f"{heavy} imported before the data was shown"
        assert not any(
            m.startswith(("workbench.services", "workbench.store.database")) for m in modules
        )
    assert painted["frame"] == "frame_actions"
    assert painted["status"] == "Getting ready…"
    assert "workbench.store.first_read" not in painted["modules"]  # read after the paint
    # PySide builds a class's Python enums when the class is first used: the ``Qt``
    # namespace (an overload taking one of them, as ``QPainter.setPen``) and every widget
    # class (the first widget Qt hands to Python) cost as much as a bare window's paint.
    assert painted["built"] == []
    for module in ("dataclasses", "datetime", "socket", "configparser"):  # wait, too
        assert module not in painted["modules"], f"{module} imported before the first paint"
    assert rows["visible"] and rows["rows"] > 2 and rows["first"]  # the open actions


def test_the_page_gets_its_data_in_place_of_its_frame(qtbot, frame_window, demo_db_path) -> None:
    window = frame_window
    startup = start(qtbot, window, demo_db_path)
    assert startup.outcome is True
    assert window.is_ready() and window.current_page_key() == "home"
    assert window.stack.currentWidget() is window.home and window.home.data is not None
    assert window.home.data.engagements  # read when shown
    stacked = [window.stack.widget(i) for i in range(window.stack.count())]
    assert not [w for w in stacked if isinstance(w, PageFrame)]
    assert window.db_label.text() == f"Database: {demo_db_path}"
    assert window.busy.isHidden()  # removed from the status bar (and deleted later)
    assert window.findChild(type(window.menu("file").menuAction()), "settings_action").isEnabled()
    assert QApplication.activeWindow() is window  # building the pages kept the focus
    startup.db.close()


def test_keys_typed_while_the_data_stack_loads_reach_the_filter(
    qtbot, frame_window, demo_db_path
) -> None:
    window = frame_window
    control = Qt.KeyboardModifier.ControlModifier
    to_tracker = (Qt.Key(Qt.Key.Key_1 + ACTIONS_ROW), control)
    opener = typing_while_opening(window, to_tracker, (Qt.Key.Key_L, control), "letter")
    startup = start(qtbot, window, demo_db_path, opener)
    page = window.pages["actions"]
    assert window.current_page_key() == "actions"  # Ctrl+4 went to the tracker
    assert page.filter_edit.text() == "letter"  # Ctrl+L went to the filter, then the word
    assert QApplication.focusWidget() is page.filter_edit
    shown, total = page.proxy.rowCount(), page.model.rowCount()
    assert shown < total and "shown of" in page.count_label.text()
    startup.db.close()


def test_a_quick_note_typed_while_the_data_stack_loads_is_kept(
    qtbot, frame_window, demo_db_path
) -> None:
    window = frame_window
    quick = (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    opener = typing_while_opening(window, quick, "Call Velora about the audit")
    startup = start(qtbot, window, demo_db_path, opener)
    note = window.meeting_feature.quick_note
    assert note is not None and note.isVisible()
    assert note.body.toPlainText() == "Call Velora about the audit"
    note.flush()  # what the autosave does after a pause in typing
    with startup.db.session() as s:
        previews = [n.preview for n in notes_service.inbox(s)]
    assert "Call Velora about the audit" in previews
    startup.db.close()


def test_the_navigation_of_the_last_window_is_painted_first(
    qtbot, settings_file: Path, demo_db_path
) -> None:
    first = MainWindow(settings_at(settings_file))
    qtbot.addWidget(first)
    first.show()
    start(qtbot, first, demo_db_path).db.close()
    pages = [first.sidebar.title_at(i) for i in range(first.sidebar.count())]
    first.show_page("progress")
    first.close()
    assert len(pages) > 5  # the features' pages too

    settings = settings_at(settings_file)
    remembered = str(settings.get(app_settings.SIDEBAR_PAGES))
    settings.set(app_settings.SIDEBAR_PAGES, remembered + "\ngone\tA page no longer there")
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.show()
    assert [again.sidebar.title_at(i) for i in range(again.sidebar.count())] == [
        *pages,
        "A page no longer there",
    ]
    assert again.current_page_key() == "home"  # Home, not the page open last
    frame = again.stack.currentWidget()
    assert isinstance(frame, PageFrame) and frame.key == "home"
    start(qtbot, again, demo_db_path).db.close()
    assert [again.sidebar.title_at(i) for i in range(again.sidebar.count())] == pages
    assert again.current_page_key() == "home"
    go = [a.text() for a in again.menu("go").actions()]
    assert "A page no longer there" not in go and len(go) == len(pages)


def test_a_newer_database_is_explained_and_the_start_ends(
    qtbot, frame_window, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workbench.store import open_database

    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num='9999_from_the_future'")
    conn.commit()
    conn.close()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: told.append(text))
    window = frame_window
    type_keys(window, "x")  # a key typed before the database was refused
    startup = start(qtbot, window, db_path)
    assert startup.outcome is False and startup.db is None
    assert told and "newer version" in told[0]
    assert not window.is_ready() and startup.typeahead.strokes == []


def test_closing_the_window_while_it_gets_ready_opens_nothing(
    qtbot, frame_window, demo_db_path
) -> None:
    opened: list[Path] = []
    frame_window.close()
    startup = start(qtbot, frame_window, demo_db_path, lambda p, _w: opened.append(p))
    assert startup.outcome is False and opened == []


def test_workbench_starts_and_quits_on_a_database(tmp_path: Path, demo_db_path: Path) -> None:
    """``workbench --db`` as the bundle's smoke test runs it: both steps, then quit."""
    env = {
        **os.environ,
        "WORKBENCH_HOME": str(tmp_path / "home"),
        "WORKBENCH_QUIT_AFTER_START": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(demo_db_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    log = (tmp_path / "home" / "logs" / "workbench.log").read_text(encoding="utf-8")
    assert "main window shown, getting ready" in log and "main window ready" in log


def tracker_window(qtbot, settings_file: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = settings_at(settings_file)
    settings.set(app_settings.LAST_PAGE, ACTIONS_ROW)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def shown_text(view) -> list[list[str]]:  # type: ignore[no-untyped-def]
    model = view.model()
    return [
        [str(model.index(r, c).data() or "") for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_tracker_open_last_shows_its_rows_before_the_data_stack(
    qtbot, settings_file: Path, demo_db_path: Path
) -> None:
    """The tracker's first rows (``sqlite3`` alone) are on screen before the pages are
    built; the page takes over with the same rows and the row the user clicked."""
    window = tracker_window(qtbot, settings_file)
    assert window.current_page_key() == "actions"
    frame = window.stack.currentWidget()
    assert isinstance(frame, PageFrame) and frame.key == "actions"
    seen: dict[str, object] = {}

    def opener(path: Path, win: MainWindow):  # type: ignore[no-untyped-def]
        rows = win.first_rows
        assert rows is not None and rows.isVisible() and not win.is_ready()
        seen["text"] = shown_text(rows)
        seen["headers"] = [
            rows.model().headerData(c, Qt.Orientation.Horizontal)
            for c in range(rows.model().columnCount())
        ]
        rows.selectRow(2)  # the user clicks the third row meanwhile
        return open_with_dialogs(path, win)

    with qtbot.waitSignal(window.data_shown, timeout=30_000):
        startup = Startup(window, demo_db_path, opener=opener)
        startup.start()
    qtbot.waitUntil(lambda: window.is_ready(), timeout=30_000)
    page = window.pages["actions"]
    assert window.stack.currentWidget() is page and window.first_rows is None
    assert shown_text(page.view) == seen["text"]  # the same rows, the same words
    assert seen["headers"] == [
        page.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(8)
    ]
    assert any("(overdue)" in row[3] for row in seen["text"])  # type: ignore[union-attr]
    assert page.view.currentIndex().row() == 2  # the row clicked stays current
    startup.db.close()


def test_keys_typed_while_the_first_rows_show_reach_the_tracker(
    qtbot, settings_file: Path, demo_db_path: Path
) -> None:
    window = tracker_window(qtbot, settings_file)
    control = Qt.KeyboardModifier.ControlModifier
    opener = typing_while_opening(window, (Qt.Key.Key_L, control), "letter")
    startup = start(qtbot, window, demo_db_path, opener)
    page = window.pages["actions"]
    assert window.current_page_key() == "actions"
    assert page.filter_edit.text() == "letter"
    assert QApplication.focusWidget() is page.filter_edit
    startup.db.close()


def test_workbench_quits_once_the_tracker_shows_its_first_rows(
    tmp_path: Path, demo_db_path: Path
) -> None:
    """``WORKBENCH_QUIT_AFTER_START=data`` (``make bench``'s built program): the start
    ends at the tracker's first rows, before the data stack is imported."""
    home = tmp_path / "home"
    settings_at(home / "config" / "settings.ini").set(app_settings.LAST_PAGE, ACTIONS_ROW)
    QSettings(str(home / "config" / "settings.ini"), QSettings.Format.IniFormat).sync()
    env = {
        **os.environ,
        "WORKBENCH_HOME": str(home),
        "WORKBENCH_QUIT_AFTER_START": "data",
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(demo_db_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    log = (home / "logs" / "workbench.log").read_text(encoding="utf-8")
    assert "main window shown, getting ready" in log and "main window ready" not in log


def test_the_row_at_the_top_of_the_first_rows_stays_at_the_top(
    qtbot, settings_file: Path, demo_db_path: Path
) -> None:
    """Scrolled while the data stack loads: the page opens scrolled to the same row."""
    from datetime import date, timedelta

    from workbench.domain import Action
    from workbench.store import open_database

    db = open_database(demo_db_path)
    with db.transaction() as s:
        for n in range(150):
            s.add(Action(title=f"Follow-up {n:03}", due_on=date(2027, 1, 1) + timedelta(days=n)))
    db.close()
    window = tracker_window(qtbot, settings_file)
    seen: dict[str, object] = {}

    def opener(path: Path, win: MainWindow):  # type: ignore[no-untyped-def]
        rows = win.first_rows
        assert rows is not None
        rows.scrollTo(rows.model().index(60, 0), rows.ScrollHint.PositionAtTop)
        seen["top"] = rows.model().index(rows.rowAt(0), 0).data()
        return open_with_dialogs(path, win)

    startup = start(qtbot, window, demo_db_path, opener)
    page = window.pages["actions"]
    assert seen["top"] == "Follow-up 056"  # four open actions of the demo come first
    assert page.proxy.index(page.view.rowAt(0), 0).data() == seen["top"]
    assert page.view.currentIndex().row() == 0  # the first row stays current
    startup.db.close()
