"""The phone's drop folder in the window: scans off the GUI thread, and the inbox's button.

A scan (``services.capture.dropfolder.scan`` through ``run_task``) runs:

- soon after the window shows (``START_MS``), then every few minutes (``PERIOD_MS``);
- on demand: *Scan the phone folder now* on the Notes inbox page and in Tools;
- when the settings chose another drop folder or exchange folder.

Never two at once: a request while one runs is remembered and run after it. New notes
and documents are announced with ``records_changed`` ("note", "document"), which the
inbox and Home listen to. The timers are plain ``QTimer`` objects the tests fire by
hand, and the pause between the two looks at the folder (``settle``) is injected.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from workbench import config
from workbench.store import Database
from workbench.ui import settings as app_settings
from workbench.ui.tasks import TaskContext, run_task

if TYPE_CHECKING:  # imported by the first scan: no folder, no scan (nor e-mail parsing)
    from workbench.services.capture.dropfolder import DropReport

log = logging.getLogger(__name__)

START_MS = 3000
PERIOD_MS = 3 * 60_000


class DropController(QObject):
    """The scans of one window's drop folder: timers, one run at a time, the last report."""

    # A scan ended (its ``DropReport``, or None without a folder).
    scanned = Signal(object)
    # A scan started (True) or ended (False).
    running_changed = Signal(bool)

    def __init__(
        self,
        db: Database,
        events: Any = None,
        *,
        folder: Callable[[], Path | None] = config.drop_folder,
        exchange: Callable[[], Path | None] = config.sync_folder,
        settle: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.events = db, events
        self.folder, self.exchange = folder, exchange
        self._settle = settle
        self.running = False
        self._again = False
        self.last_report: DropReport | None = None
        self.last_scan: datetime | None = None
        self.start_timer = self._timer(START_MS, single=True)
        self.period_timer = self._timer(PERIOD_MS, single=False)

    def _timer(self, interval: int, *, single: bool) -> QTimer:
        timer = QTimer(self)
        timer.setInterval(interval)
        timer.setSingleShot(single)
        timer.timeout.connect(self.scan_now)
        return timer

    def start(self) -> None:
        """The window shows: the first scan soon, then every few minutes."""
        self.start_timer.start()
        self.period_timer.start()

    def stop(self) -> None:
        self.start_timer.stop()
        self.period_timer.stop()

    def scan_now(self) -> None:
        """Scan now, or right after the scan that is running; nothing without a folder."""
        folder = self.folder()
        if folder is None:
            self.scanned.emit(None)
            return
        if self.running:
            self._again = True
            return
        from workbench.services.capture import dropfolder

        self.running = True
        self.running_changed.emit(True)
        exchange = self.exchange()
        settle = self._settle

        def work(_ctx: TaskContext) -> DropReport:
            if not folder.exists() and folder.parent.is_dir():
                folder.mkdir()  # the phone's sync client finds it there to sync into
            if settle is None:
                return dropfolder.scan(self.db, folder, exchange=exchange)
            return dropfolder.scan(self.db, folder, exchange=exchange, settle=settle)

        run_task(work, self._done, self._failed)

    def _done(self, report: DropReport) -> None:
        self.running = False
        self.last_report = report
        self.last_scan = datetime.now().astimezone()
        if self.events is not None:
            if report.note_ids:
                self.events.records_changed.emit("note", report.note_ids)
            if report.document_ids:
                self.events.records_changed.emit("document", report.document_ids)
        self.running_changed.emit(False)
        self.scanned.emit(report)
        if self._again:
            self._again = False
            self.scan_now()

    def _failed(self, exc: BaseException) -> None:
        """A scan that raised (a bug, a full disk): logged, the window goes on."""
        log.error("drop folder scan failed: %s", exc)
        self.running = False
        self._again = False
        self.running_changed.emit(False)


class DropFeature(QObject):
    """What ``install`` adds to one window (tests reach it as ``window.drop_feature``)."""

    def __init__(self, window: Any, settle: Callable[[], None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.controller = DropController(
            window.db,
            window.events,
            folder=self.chosen_folder,
            exchange=self.exchange_folder,
            settle=settle,
            parent=self,
        )
        self.button = QPushButton(self.tr("Scan the phone folder no&w"))
        self.button.setObjectName("inbox_scan_drop")
        self.button.setToolTip(
            self.tr(
                "Take in the notes, e-mails, photos and PDFs your phone saved into the drop "
                "folder (chosen in Tools → Settings)"
            )
        )
        self.button.clicked.connect(self.controller.scan_now)
        self.status = QLabel()  # the folder's last two names; the whole path in its tip
        self.status.setObjectName("inbox_drop_status")
        self.status.setWordWrap(True)
        self.action = QAction(self.tr("Scan the &phone folder now"), window)
        self.action.setObjectName("action_scan_drop_folder")
        self.action.setStatusTip(self.button.toolTip())
        self.action.triggered.connect(self.controller.scan_now)
        try:
            window.menu("tools").addAction(self.action)
        except (AttributeError, KeyError):  # a window without a Tools menu
            window.addAction(self.action)
        inbox = getattr(window, "page_widget", lambda _k: None)("inbox")
        if inbox is not None and hasattr(inbox, "add_header"):
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self.button)
            layout.addWidget(self.status, 1)
            inbox.add_header(row)
        self.controller.running_changed.connect(self._running)
        self.controller.scanned.connect(self._scanned)
        if hasattr(window, "settings_changed"):
            window.settings_changed.connect(self.controller.scan_now)
        self._scanned(None)

    # -- where ----------------------------------------------------------------------
    def exchange_folder(self) -> Path | None:
        sync = getattr(self.window, "sync_feature", None)
        if sync is not None:
            return sync.chosen_folder()  # type: ignore[no-any-return]
        return config.sync_folder()

    def chosen_folder(self) -> Path | None:
        """``WORKBENCH_DROP_FOLDER``, else the settings' choice, else ``Inbox`` in the
        exchange folder (None when there is neither)."""
        env = os.environ.get("WORKBENCH_DROP_FOLDER")
        if env:
            return Path(env).expanduser()
        settings = getattr(self.window, "settings", None)
        chosen = str(settings.get(app_settings.DROP_FOLDER) or "").strip() if settings else ""
        if chosen:
            return Path(chosen).expanduser()
        return config.default_drop_folder(self.exchange_folder())

    # -- what it says ---------------------------------------------------------------
    def _running(self, running: bool) -> None:
        self.button.setEnabled(not running)
        self.action.setEnabled(not running)
        if running:
            self.status.setText(self.tr("Looking in the phone folder…"))

    def _scanned(self, report: DropReport | None) -> None:
        folder = self.controller.folder()
        if folder is None:
            self.status.setText(
                self.tr(
                    "No phone folder yet: choose an exchange folder or a drop folder in "
                    "Tools → Settings."
                )
            )
            return
        self.status.setToolTip(str(folder))
        short = str(Path(*folder.parts[-2:])) if len(folder.parts) > 2 else str(folder)
        if report is None:
            self.status.setText(self.tr("Phone folder: {folder}").format(folder=short))
            return
        if not report.reached:
            self.status.setText(
                self.tr("The phone folder {folder} cannot be reached.").format(folder=short)
            )
            return
        parts = [self.tr("%n new note(s)", "", len(report.taken))]
        if report.waiting:
            parts.append(self.tr("%n file(s) still arriving", "", len(report.waiting)))
        if report.problems:
            parts.append(
                self.tr(
                    "%n file(s) in Problems (the reason is beside each)", "", len(report.problems)
                )
            )
        if report.left_alone:
            n = len(report.left_alone)
            parts.append(self.tr("%n other file(s) left alone", "", n))
        when = self.controller.last_scan
        self.status.setText(
            self.tr("Phone folder {folder}, looked at {time}: {what}.").format(
                folder=short,
                time=f"{when:%H:%M}" if when else "",
                what=", ".join(parts),
            )
        )
        if report.taken and hasattr(self.window, "statusBar"):
            self.window.statusBar().showMessage(
                self.tr("%n new note(s) from the phone in Notes to file", "", len(report.taken)),
                10_000,
            )


def install(window: Any) -> None:
    """Add the drop folder's scans and the inbox's *Scan the phone folder now*."""
    feature = DropFeature(window)
    window.drop_feature = feature
    QTimer.singleShot(0, window, feature.controller.start)  # once the window shows
