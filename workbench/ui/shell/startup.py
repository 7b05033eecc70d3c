"""The second step of the start: the data stack, the database, the pages.

``workbench.app.run_gui`` shows ``MainWindow(settings)`` — the frame of every page,
menus and sidebar — with nothing imported but Qt, then hands over to ``Startup``. Its
steps run one per turn of the event loop, so the window repaints, moves and resizes
between them, and the status bar says it is getting ready:

1. import the data stack: SQLAlchemy, SQLModel, the domain, the store and the modules of
   the pages (``DATA_STACK``);
2. open the database: a damaged file offers the latest backup, a newer or foreign one is
   explained (``ui.share.backup_dialogs``); with nothing to open the start ends;
3. ``window.attach(db)``: the pages take their frames' places, the features install,
   the current page reads its rows;
4. the keys typed meanwhile are typed again (``TypeAhead``), and the background checks
   start (the integrity check of a big file, the daily backup).

``finished`` says how it ended: True when the window has its data, False when there was
nothing to open (the caller quits). The cycle collector is paused from step 1 to the
end of step 3: the start makes some hundred thousand objects that all stay alive
(classes, tables, widgets), and each collection would walk them all again to free
nothing (about a tenth of the import time).
"""

from __future__ import annotations

import gc
import importlib
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.ui.shell.typeahead import TypeAhead

if TYPE_CHECKING:
    from workbench.store import Database
    from workbench.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)

#: What the pages need before they can be built, imported in step 1.
DATA_STACK = (
    "sqlalchemy",
    "sqlmodel",
    "workbench.domain",
    "workbench.store",
    "workbench.ui.shell.pages",
)

#: Opens the database for the window, with the dialogs; None when there is nothing to open.
Opener = Callable[[Path, "MainWindow"], "Database | None"]


def open_with_dialogs(path: Path, window: MainWindow) -> Database | None:
    from workbench.ui.share.backup_dialogs import open_database_or_offer_backup

    db: Database | None = open_database_or_offer_backup(path, window)
    return db


class Startup(QObject):
    """Loads the data behind a shown ``MainWindow``, one step per event-loop turn."""

    #: True: the window holds its data; False: there was nothing to open.
    finished = Signal(bool)

    def __init__(
        self,
        window: MainWindow,
        path: Path,
        *,
        opener: Opener = open_with_dialogs,
        after_ready: Callable[[MainWindow], Any] | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.path, self.opener = window, path, opener
        self.after_ready = after_ready
        self.typeahead = TypeAhead(window)
        self.db: Database | None = None
        self._collecting = gc.isenabled()
        self._cancelled = False

    def cancel(self) -> None:
        """Take no further step (the program quits: ``WORKBENCH_QUIT_AFTER_START=data``,
        once the tracker's first rows are drawn)."""
        self._cancelled = True

    def start(self) -> None:
        """Begin after the current event (the first paint) is done."""
        QTimer.singleShot(0, self._first_rows)

    def _first_rows(self) -> None:
        """The tracker's first rows, or Home, through ``sqlite3`` alone, when the window
        opened on it: on screen before the data stack is imported (``first_rows.py``,
        ``ui/home/first.py``)."""
        if self.window.isVisible() and self.window.current_page_key() == "actions":
            from workbench.ui.shell.first_rows import show_first_actions

            try:
                show_first_actions(self.window, self.path)
            except Exception:  # a shortcut only: the page reads its rows once built
                log.exception("the tracker's first rows could not be shown")
        elif self.window.isVisible() and self.window.current_page_key() == "home":
            from workbench.ui.home.first import show_first_home

            try:
                show_first_home(self.window, self.path)
            except Exception:  # a shortcut only: Home reads once the database is open
                log.exception("Home's first reading could not be shown")
        QTimer.singleShot(0, self._import_stack)

    def _import_stack(self) -> None:
        if self._cancelled:
            return
        gc.disable()
        for name in DATA_STACK:
            importlib.import_module(name)
        QTimer.singleShot(0, self._open)

    def _open(self) -> None:
        if self._cancelled:
            return
        if not self.window.isVisible():  # closed while it was getting ready
            self._end(False)
            return
        self.db = self.opener(self.path, self.window)
        if self.db is None:
            self._end(False)
            return
        QTimer.singleShot(0, self._attach)

    def _attach(self) -> None:
        assert self.db is not None
        if self._cancelled:
            return
        if not self.window.isVisible():  # closed while it was getting ready
            self.db.close()
            self._end(False)
            return
        self.window.attach(self.db)
        self._restore_collector()
        self.typeahead.release()
        if self.after_ready is not None:
            self.after_ready(self.window)
        log.info("main window ready: %s", self.window.windowTitle())
        self.finished.emit(True)

    def _end(self, ready: bool) -> None:
        self._restore_collector()
        self.typeahead.discard()
        self.finished.emit(ready)

    def _restore_collector(self) -> None:
        if self._collecting and not gc.isenabled():
            gc.enable()
