"""The application bootstrap: logging, QApplication, the database, the main window.

Only this module and ``workbench.ui`` import QtWidgets. A database that cannot be opened
(newer schema, not ours, corrupt) is explained in a dialog and left untouched.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING, Any

from workbench import APP_ID, APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)


def _install_excepthook() -> None:
    """Log every uncaught exception and tell the user, instead of dying silently."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception", exc_info=(kind, exc, tb))
        from PySide6.QtWidgets import QApplication, QMessageBox

        if QApplication.instance() is not None:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                APP_NAME,
                QApplication.translate(
                    "App",
                    "Something went wrong: {e}\n\nYour data is saved. Details are in the log.",
                ).format(e=exc),
            )
            box.setDetailedText("".join(traceback.format_exception(kind, exc, tb)))
            box.exec()

    sys.excepthook = hook


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names set (reused by tests and the benchmark)."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def run_gui(db_path: str | None = None) -> int:
    """Start the GUI on the database named by ``--db``/``WORKBENCH_DB``/the default.

    Two steps (ARCHITECTURE.md, "Start-up"): the main window is shown with nothing but Qt
    imported, then ``Startup`` imports the data stack, opens the database and fills the
    window, while the window says it is getting ready and keeps what is typed.
    """
    _install_excepthook()

    from workbench.config import resolve_db_path
    from workbench.ui import settings as app_settings
    from workbench.ui.i18n import install_translators
    from workbench.ui.settings import Settings
    from workbench.ui.shell.main_window import MainWindow
    from workbench.ui.shell.signals import install_quit_handlers
    from workbench.ui.shell.single_instance import acquire_or_explain

    app = create_application()
    install_quit_handlers(app)  # SIGTERM, logout: write what was typed, then close
    settings = Settings()
    install_translators(app, settings.get(app_settings.LANGUAGE))
    path = resolve_db_path(db_path)
    lock = acquire_or_explain(path)  # one writer per database file
    if lock is None:
        return 0
    window = MainWindow(settings)
    window.show()
    app.processEvents()  # the first paint: Home's frame, menus, the navigation

    # What the first paint did not need: the log file, the app icon, answering a second
    # start, then (in turns of the event loop) the data stack and the database.
    from workbench.logs import setup_logging
    from workbench.ui.icons import icon
    from workbench.ui.shell.single_instance import bind_window
    from workbench.ui.shell.startup import Startup

    setup_logging()
    app.setWindowIcon(icon("app"))
    bind_window(lock, window)
    log.info("main window shown, getting ready: %s", path)
    startup = Startup(window, path, after_ready=_after_ready)
    startup.finished.connect(lambda ready: _finished(app, ready))
    if os.environ.get("WORKBENCH_QUIT_AFTER_START") == "data":  # make bench: the built
        # program to its data on screen, without the steps queued after it
        window.data_shown.connect(startup.cancel)
        window.data_shown.connect(lambda: _quit_soon(app))
    startup.start()
    try:
        return app.exec()
    finally:
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(30_000)  # let a running backup finish
        if startup.db is not None:
            startup.db.close()
        lock.release()


def _quit_after_start() -> bool:
    """The bundle's smoke test (and ``make bench``): quit once the window has its data."""
    return bool(os.environ.get("WORKBENCH_QUIT_AFTER_START"))


def _after_ready(window: Any) -> None:
    """Once the window holds its data: the checks that must not delay it (not when the
    program quits at once: a daily backup of a big file would keep it waiting)."""
    from workbench.ui.share.backup_dialogs import start_background_checks

    if not _quit_after_start():
        start_background_checks(window)  # a big file's integrity check, the daily backup


def _finished(app: QApplication, ready: bool) -> None:
    if not ready:  # nothing to open (a dialog said why), or the window was closed
        app.exit(1)
    elif _quit_after_start():
        _quit_soon(app)


def _quit_soon(app: QApplication) -> None:
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, app.quit)  # after the events that draw the page
