"""Home's data on screen before the data stack is imported: read through ``sqlite3``,
drawn by Home's own cards in the frame's place, the same page taking the database when
the window is ready — the same words on it before and after, and a line clicked
meanwhile is followed once the window is ready."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from workbench.services.demo.records import demo_id
from workbench.ui import settings as app_settings
from workbench.ui.home.page import HomePage
from workbench.ui.home.parts import RecordLink
from workbench.ui.settings import Settings
from workbench.ui.shell.main_window import MainWindow
from workbench.ui.shell.startup import Startup, open_with_dialogs

THOMAS = demo_id("person:thomas")

#: Every card's heading, texts and lines (a line by its whole text), in order: run here
#: and in a fresh interpreter.
SHOWN = """
def shown(page):
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
    cards = {}
    for card in page.cards.cards():
        words = [card.heading.text()]
        for widget in card.findChildren(QWidget):
            if widget is card.heading or not widget.isVisibleTo(card):
                continue
            if isinstance(widget, QLabel):
                words.append(widget.text())
            elif isinstance(widget, QAbstractButton):
                words.append(widget.accessibleName())
        cards[card.objectName()] = words
    return {"title": page.title.text(), "cards": cards}
"""
_made: dict[str, Any] = {}
exec(SHOWN, _made)
shown: Callable[[HomePage], dict[str, Any]] = _made["shown"]


def home_window(qtbot, settings_file: Path, me: str | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = Settings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    if me:
        settings.set(app_settings.ME, me)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_home_shows_its_data_before_the_database_is_open_and_keeps_it(
    qtbot, tmp_path: Path, demo_db_path: Path
) -> None:
    window = home_window(qtbot, tmp_path / "settings.ini", THOMAS)
    seen: dict[str, object] = {}
    shown_data: list[bool] = []
    window.data_shown.connect(lambda: shown_data.append(window.is_ready()))

    def opener(path: Path, win: MainWindow):  # type: ignore[no-untyped-def]
        page = win.stack.currentWidget()
        assert isinstance(page, HomePage) and page.isVisible() and not win.is_ready()
        assert page.db is None and page.data is None  # not the services' reading yet
        seen["page"], seen["shown"] = page, shown(page)
        return open_with_dialogs(path, win)

    startup = Startup(window, demo_db_path, opener=opener)
    with qtbot.waitSignal(startup.finished, timeout=30_000):
        startup.start()
    assert shown_data == [False]  # once, before the window was ready
    assert window.home is seen["page"] and window.stack.currentWidget() is window.home
    assert window.home.data is not None  # read through the services since
    first = seen["shown"]
    assert first == shown(window.home)  # the same words, card by card
    cards = first["cards"]  # type: ignore[index]
    assert "Overdue" in cards["home_overdue"][0] and "(4)" in cards["home_overdue"][0]
    assert any("Thomas" in text for text in cards["home_mine"][:1])  # "I am" Thomas
    assert any("Mica supply chain" in text for text in cards["home_engagements"])
    assert window.sidebar.count() == len(window._pages.keys)  # Home's row not doubled
    startup.db.close()


def test_a_line_clicked_while_getting_ready_is_followed_when_ready(
    qtbot, tmp_path: Path, demo_db_path: Path
) -> None:
    window = home_window(qtbot, tmp_path / "settings.ini")

    def opener(path: Path, win: MainWindow):  # type: ignore[no-untyped-def]
        notes = win.stack.currentWidget().card("notes")
        inbox = [w for w in notes.findChildren(RecordLink) if "File them now" in w.full_text]
        inbox[0].click()  # nothing to open yet: kept
        assert win.current_page_key() == "home"
        return open_with_dialogs(path, win)

    startup = Startup(window, demo_db_path, opener=opener)
    with qtbot.waitSignal(startup.finished, timeout=30_000):
        startup.start()
    assert window.current_page_key() == "inbox"  # followed once ready
    startup.db.close()


def test_an_empty_file_shows_the_welcome_page_not_an_empty_home(
    qtbot, tmp_path: Path, db_path: Path
) -> None:
    from workbench.store import open_database

    open_database(db_path).close()
    window = home_window(qtbot, tmp_path / "settings.ini")
    pages: list[QWidget] = []
    window.data_shown.connect(lambda: pages.append(window.stack.currentWidget()))
    startup = Startup(window, db_path)
    with qtbot.waitSignal(startup.finished, timeout=30_000):
        startup.start()
    assert pages == [window.welcome]  # no first Home: the data came with the window
    startup.db.close()


def test_homes_data_is_on_screen_before_the_data_stack_is_imported(
    tmp_path: Path, demo_db_path: Path
) -> None:
    """In a fresh interpreter, as ``workbench --db`` starts on Home: what is loaded when
    Home's data is first on screen, and that the ready window shows the same."""
    home = tmp_path / "home"
    probe = (
        "import json, os, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import workbench.ui.shell.main_window as mw\n"
        f"{SHOWN}\n"
        "shown_ = mw.MainWindow.show\n"
        "def show(self):\n"
        "    shown_(self)\n"
        "    QApplication.processEvents()\n"
        "    self.data_shown.connect(lambda: first(self))\n"
        "    self.ready.connect(lambda: ready(self))\n"
        "def first(self):\n"
        "    QApplication.processEvents()\n"
        "    page = self.stack.currentWidget()\n"
        "    print(json.dumps({'modules': sorted(sys.modules), 'page': page.objectName(),\n"
        "                      'visible': page.isVisible(), 'shown': shown(page)}), flush=True)\n"
        "def ready(self):\n"
        "    QApplication.processEvents()\n"
        "    print(json.dumps({'shown': shown(self.home)}), flush=True)\n"
        "    os._exit(0)\n"
        "mw.MainWindow.show = show\n"
        "from workbench.cli import main\n"
        f"main(['--db', {str(demo_db_path)!r}])\n"
    )
    env = {**os.environ, "WORKBENCH_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=120
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 2, done.stderr[-2000:]
    first, ready = (json.loads(line) for line in lines)
    modules = set(first["modules"])
    for heavy in ("sqlalchemy", "sqlmodel", "pydantic", "alembic", "workbench.domain"):
        assert heavy not in modules, f"{heavy} imported before Home's data was shown"
    assert not any(
        m.startswith(("workbench.services", "workbench.store.database")) for m in modules
    )
    assert first["page"] == "page_home" and first["visible"]
    assert "(4)" in first["shown"]["cards"]["home_overdue"][0]
    assert first["shown"] == ready["shown"]  # what the ready window shows, word for word
