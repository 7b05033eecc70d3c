"""The exchange folder in the window: status bar, Sync now, the Conflicts page, and the
warning when the database itself lies in a synced folder.

``install(window)`` adds them (see ``workbench.ui.shell.features``): the sync's status
and a Sync now button in the status bar, File → Exchange → Sync now (F9), a Conflicts
page in the sidebar, the sync controller's timers (``sync_controller``), and, once the
window shows, a warning with an offer to move the database when it lies inside the
exchange folder or a folder a sync engine keeps in step (``services.sync.location``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from workbench import config
from workbench.services.errors import DomainError
from workbench.services.exchange.packages import installation_id
from workbench.services.sync import SyncedPlace, synced_place
from workbench.ui import settings as app_settings
from workbench.ui.i18n import error_text
from workbench.ui.share.conflicts_page import ConflictsPage
from workbench.ui.share.sync_controller import SyncController
from workbench.ui.share.sync_status import SyncStatusWidget, problem_of, state_text

log = logging.getLogger(__name__)


class PlaceWarning(QMessageBox):
    """The database lies in a synced folder: say why that is dangerous, offer to move it."""

    def __init__(self, window: Any, place: SyncedPlace) -> None:
        where = (
            self.tr("the exchange folder")
            if place.exchange_folder
            else self.tr("a folder {engine} keeps in step").format(engine=place.engine)
        )
        super().__init__(
            QMessageBox.Icon.Warning,
            self.tr("Move the database out of the synced folder"),
            self.tr(
                "This database ({path}) lies in {where} ({root}).\n\nA sync engine that "
                "copies a database while it is open can damage it or lose your latest "
                "work. Keep the database on this laptop only; the exchange folder carries "
                "the group's changes."
            ).format(path=window.db.path, where=where, root=place.root),
            parent=window,
        )
        self.setObjectName("database_place_warning")
        self.move_button = self.addButton(self.tr("&Move it…"), QMessageBox.ButtonRole.AcceptRole)
        self.move_button.setObjectName("move_database")
        self.later_button = self.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.move_button)


class SyncFeature:
    """What ``install`` adds to one window, kept together (tests reach it as
    ``window.sync_feature``)."""

    def __init__(self, window: Any) -> None:
        self.window = window
        self.controller = SyncController(
            window.db, window.events, folder=self.chosen_folder, parent=window
        )
        self.page = ConflictsPage(window.db, window.events, window.show_record)
        translate = QCoreApplication.translate
        window.add_page("conflicts", translate("SyncFeature", "Conflicts"), self.page)
        self.status = SyncStatusWidget(self.controller, self.show_conflicts)
        home = getattr(window, "home", None)
        if home is not None:  # Home's exchange card says the state too
            self.controller.state_changed.connect(lambda _state: home.refresh())
        window.statusBar().addPermanentWidget(self.status)
        self.action = QAction(translate("SyncFeature", "S&ync now"), window)
        self.action.setObjectName("action_sync_now")
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.action.setStatusTip(
            translate("SyncFeature", "Merge the other laptops' changes and write this one's")
        )
        self.action.triggered.connect(self.controller.sync_now)
        menu = window.findChild(QMenu, "exchange_menu")
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.action)
        else:
            window.addAction(self.action)
        self.controller.new_problems.connect(self._tell)
        self.controller.running_changed.connect(lambda running: self.action.setEnabled(not running))
        if hasattr(window, "settings_changed"):
            window.settings_changed.connect(self.controller.folder_changed)
        window.installEventFilter(self.controller)
        self.warning: PlaceWarning | None = None

    def chosen_folder(self) -> Path | None:
        """``--sync-folder`` or ``WORKBENCH_SYNC_FOLDER``, else the window's settings."""
        if config.sync_folder_fixed():
            return config.sync_folder()
        settings = getattr(self.window, "settings", None)
        chosen = str(settings.get(app_settings.SYNC_FOLDER) or "").strip() if settings else ""
        return Path(chosen).expanduser() if chosen else None

    def start(self) -> None:
        """After the window shows: the warning if due, then the first sync."""
        try:
            installation_id(self.window.db)  # the history names this laptop from now on
        except Exception:  # a read-only or locked file: the history goes without
            log.exception("no installation id")
        self.check_place()
        self.controller.start()

    def summary(self) -> str | None:
        """The state in one line, as the status bar says it; None with no folder."""
        state = self.controller.state
        return None if state.folder is None else state_text(state)

    def show_conflicts(self) -> None:
        self.window.show_page("conflicts")

    def _tell(self, problems: list[Any]) -> None:
        text = "; ".join(problem_of(p) for p in problems)
        self.window.statusBar().showMessage(text, 15_000)

    # -- the database's place -------------------------------------------------------
    def check_place(self) -> SyncedPlace | None:
        place = synced_place(self.window.db.path, self.controller.folder())
        if place is None:
            return None
        log.warning(
            "the database %s lies in %s (%s)", self.window.db.path, place.root, place.engine
        )
        self.warning = PlaceWarning(self.window, place)
        self.warning.finished.connect(lambda _r: self._answered())
        self.warning.open()
        return place

    def _answered(self) -> None:
        if self.warning is not None and self.warning.clickedButton() is self.warning.move_button:
            folder = QFileDialog.getExistingDirectory(
                self.window,
                QCoreApplication.translate("SyncFeature", "Move the database to"),
                str(_local_default()),
            )
            if folder:
                self.move_to(Path(folder))

    def move_to(self, folder: Path) -> Path | None:
        """Copy the database to ``folder``, make it the one opened next time, and quit."""
        from workbench.services.sync.relocate import move_database

        translate = QCoreApplication.translate
        db = self.window.db
        was_default = config.resolve_db_path(None) == db.path
        try:
            target = move_database(db, folder, self.controller.folder())
        except DomainError as exc:
            QMessageBox.warning(
                self.window, translate("SyncFeature", "Move the database"), error_text(exc)
            )
            return None
        if was_default:
            self.window.settings.set(app_settings.DATA_DIR, str(folder))
            self.window.settings.sync()
            how = translate("SyncFeature", "Start the workbench again to go on there.")
        else:
            how = translate(
                "SyncFeature", "Start the workbench again with --db “{path}” to go on there."
            ).format(path=target)
        done = QMessageBox(
            QMessageBox.Icon.Information,
            translate("SyncFeature", "Database moved"),
            translate(
                "SyncFeature",
                "The database was copied to {target}. The workbench closes now. {how}\n\n"
                "The old file stays in {old} until you delete it; do not open it again.",
            ).format(target=target, how=how, old=db.path.parent),
            parent=self.window,
        )
        done.setObjectName("database_moved")
        done.finished.connect(lambda _r: self.window.close())
        done.open()
        return target


def _local_default() -> Path:
    """The usual data folder, unless that is the synced place itself."""
    import platformdirs

    from workbench import APP_ID

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def install(window: Any) -> None:
    """Add the exchange folder's status, Sync now and the Conflicts page to ``window``."""
    feature = SyncFeature(window)
    window.sync_feature = feature
    QTimer.singleShot(0, window, feature.start)  # once the event loop runs: window shown
