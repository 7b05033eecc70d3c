"""When the window syncs with the exchange folder, off the GUI thread, and what it says.

A sync runs (``services.sync.sync_once`` through ``run_task``):

- once the window shows (``START_MS`` after the event loop starts);
- after the user stops typing (``IDLE_MS`` after the last saved change);
- every few minutes while the window is open (``PERIOD_MS``);
- on demand (File → Exchange → Sync now, F9 as Send/Receive in mail programs, and the
  status bar's button);
- before quitting: only this laptop's own changes are written, on the GUI thread, after
  waiting for a sync still running (a small package: milliseconds).

Never two at once: a request while one runs is remembered and run after it. The worker
only reads and writes files and commits short transactions, so the window goes on
saving while it runs. When a sync took records in, the pages re-read just those rows
(``records_changed`` per table). The timers are plain ``QTimer`` objects the tests fire
by hand, and the clock is injected; nothing in a test waits for time to pass.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from workbench import config
from workbench.domain import utcnow
from workbench.services.sync.status import SyncState, sync_state
from workbench.store import Database
from workbench.ui.tasks import TaskContext, run_task

if TYPE_CHECKING:  # the engine is imported by the first sync (``services.sync``)
    from workbench.services.sync import SyncReport

log = logging.getLogger(__name__)

START_MS = 1500
IDLE_MS = 20_000
PERIOD_MS = 5 * 60_000
#: At most this many ids are named when pages are told to re-read; more: re-read all.
MAX_IDS = 2000


class SyncController(QObject):
    """The sync of one window's database: timers, one run at a time, the last state."""

    #: The sync state changed (after a sync, a settled conflict, another folder).
    state_changed = Signal(object)
    #: A sync started (True) or ended (False).
    running_changed = Signal(bool)
    #: A sync met problems not reported before (the list of ``Problem``).
    new_problems = Signal(list)

    def __init__(
        self,
        db: Database,
        events: Any = None,
        *,
        folder: Callable[[], Path | None] = config.sync_folder,
        now: Callable[[], datetime] = utcnow,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events = db, events
        self._folder_source, self._now = folder, now
        self._folder = folder()
        self.running = False
        self._again = False
        self._announcing = False
        self.last_report: SyncReport | None = None
        self.start_timer = self._timer(START_MS, single=True)
        self.idle_timer = self._timer(IDLE_MS, single=True)
        self.period_timer = self._timer(PERIOD_MS, single=False)
        self.state = self.read_state()
        if events is not None:
            events.records_changed.connect(self._edited)

    def _timer(self, interval: int, *, single: bool) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval)
        timer.setSingleShot(single)
        timer.timeout.connect(self.sync_now)
        return timer

    # -- when -----------------------------------------------------------------------
    def start(self) -> None:
        """The window is about to show: the first sync soon, then every few minutes."""
        self.start_timer.start()
        self.period_timer.start()

    def _edited(self, entity: str, _ids: list[str]) -> None:
        if self._announcing:
            return  # rows a sync wrote, not typed here
        if entity != "conflict" and self.folder() is not None:
            self.idle_timer.start()  # restarted by every save: fires once typing stops
        if entity == "conflict":
            self.refresh_state()

    def folder(self) -> Path | None:
        """The exchange folder (as chosen when the window opened or the settings changed)."""
        return self._folder

    def folder_changed(self) -> None:
        """The settings chose another folder (or none): say so, and sync there now."""
        self._folder = self._folder_source()
        self.refresh_state()
        if self.folder() is not None:
            self.sync_now()

    # -- what -----------------------------------------------------------------------
    def sync_now(self) -> None:
        """Sync now, or right after the sync that is running."""
        folder = self.folder()
        if folder is None:
            self.refresh_state()
            return
        if self.running:
            self._again = True
            return
        self.idle_timer.stop()
        self.running = True
        self.running_changed.emit(True)

        from workbench.services.sync import sync_once

        def work(_ctx: TaskContext) -> SyncReport:
            return sync_once(self.db, folder, now=self._now)

        run_task(work, self._done, self._failed)

    def _done(self, report: SyncReport) -> None:
        self.running = False
        self.last_report = report
        self._announce(report)
        self.refresh_state()
        self.running_changed.emit(False)
        if report.new_problems:
            self.new_problems.emit(list(report.new_problems))
        if self._again:
            self._again = False
            self.sync_now()

    def _failed(self, exc: BaseException) -> None:
        """A sync that raised (a bug, a full disk): logged, the window goes on."""
        log.error("sync failed: %s", exc)
        self.running = False
        self.refresh_state()
        self.running_changed.emit(False)
        self._again = False

    def _announce(self, report: SyncReport) -> None:
        """Tell the pages which rows a sync wrote (a page re-reads only those)."""
        if self.events is None or not report.written:
            return
        self._announcing = True
        try:
            for table, ids in sorted(report.written.items()):
                named = sorted(ids) if len(ids) <= MAX_IDS else []
                self.events.records_changed.emit(table, named)
        finally:
            self._announcing = False

    def before_quit(self) -> None:
        """Write this laptop's last changes before the window closes (on this thread)."""
        folder = self.folder()
        for timer in (self.start_timer, self.idle_timer, self.period_timer):
            timer.stop()
        if folder is None:
            return
        from workbench.services.sync import SyncOptions, sync_once

        try:
            sync_once(
                self.db,
                folder,
                now=self._now,
                options=SyncOptions(receive=False, wait_for_lock=10.0),
            )
        except Exception:  # quitting goes on whatever happens; the log has it
            log.exception("the last sync before quitting failed")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Installed on the main window: its Close is the moment before quitting."""
        if event.type() == QEvent.Type.Close:
            self.before_quit()
        return False

    # -- state ----------------------------------------------------------------------
    def read_state(self) -> SyncState:
        folder = self.folder()
        return sync_state(self.db, folder)

    def refresh_state(self) -> None:
        self.state = self.read_state()
        self.state_changed.emit(self.state)
