"""One writer per database file: a second window on the same file is refused.

``acquire(db_path)`` takes a ``QLockFile`` beside the database. If another running app
holds it, that app is asked (over a ``QLocalSocket`` named after the database path) to
raise its window, and ``acquire`` returns None: the caller tells the user and quits. If
the lock is ours, the returned ``InstanceLock`` emits ``raise_requested`` on such
requests once it listens; ``bind_window`` starts listening and connects that to bringing
the window to the front. The lock is taken before the window's first paint, the local
server (QtNetwork) started after it. A lock left by a crashed app is stale (its process
is gone) and is taken over.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, Signal
from PySide6.QtWidgets import QWidget

from workbench.store.instance import lock_path, server_name

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer

log = logging.getLogger(__name__)

RAISE_MESSAGE = b"raise\n"
_CONNECT_TIMEOUT_MS = 500


class InstanceLock(QObject):
    """The lock of one database, held while the app runs; ``release()`` at exit."""

    raise_requested = Signal()

    def __init__(self, db_path: Path, lock: QLockFile) -> None:
        super().__init__()
        self.db_path = db_path
        self._lock = lock
        self._server: QLocalServer | None = None

    def listen(self) -> None:
        """Answer a second start from now on (``raise_requested``)."""
        if self._server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        self._server = QLocalServer(self)
        name = server_name(self.db_path)
        QLocalServer.removeServer(name)  # a socket left by a crashed app
        if not self._server.listen(name):
            log.warning("cannot listen on %s: %s", name, self._server.errorString())
        self._server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        # any connection is a second start asking for the window: no message to parse
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.abort()
            socket.deleteLater()
        self.raise_requested.emit()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()


def acquire(db_path: Path | str) -> InstanceLock | None:
    """Take the database's lock, or ask the app holding it to show itself and return None.

    Call it once the QApplication exists (it listens on a local socket).
    """
    db_path = Path(db_path)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path(db_path)))
    lock.setStaleLockTime(0)  # stale only if its process is gone, never by age
    if lock.tryLock(0):
        return InstanceLock(db_path, lock)
    log.info("%s is already open in another window", db_path)
    notify_running_app(db_path)
    return None


def notify_running_app(db_path: Path | str) -> bool:
    """Ask the app that has ``db_path`` open to raise its window; True if it answered."""
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(_CONNECT_TIMEOUT_MS):
        return False
    socket.write(RAISE_MESSAGE)
    socket.waitForBytesWritten(_CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True


def bind_window(lock: InstanceLock, window: QWidget) -> None:
    """Bring ``window`` to the front whenever a second start asks for it."""

    def show() -> None:
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    lock.raise_requested.connect(show)
    lock.listen()


def acquire_or_explain(db_path: Path | str, parent: QWidget | None = None) -> InstanceLock | None:
    """``acquire``; when another window has the database, say so (it was raised) and
    return None so the caller quits."""
    lock = acquire(db_path)
    if lock is None:
        from PySide6.QtWidgets import QMessageBox

        from workbench import APP_NAME

        QMessageBox.information(
            parent,
            APP_NAME,
            QCoreApplication.translate(
                "SingleInstance",
                "{path} is already open in another Engagement Workbench window; "
                "that window was brought to the front.",
            ).format(path=db_path),
        )
    return lock
