"""Stop cleanly when told to: SIGTERM, SIGHUP, Ctrl+C, and the session manager's logout.

A logout or shutdown sends SIGTERM (and a closed terminal SIGHUP). Python's default is
to die at once, losing what was typed in the last 300 ms (the autosave's debounce) and
the window's state. Here every such signal ends the program the same way File → Quit
does, after writing every pending edit (``widgets.pending.flush_all``).

A Python signal handler runs only when the interpreter gets control, and while Qt's
event loop waits in C++ it does not: ``signal.set_wakeup_fd`` has the C-level handler
write a byte into a pipe, a ``QSocketNotifier`` on the other end wakes the loop, and the
Python handler then runs and queues the quit (never from inside the handler itself,
which may interrupt any code). No polling timer is needed. A pipe, not a socket pair:
this runs before the first paint, and ``socket`` costs more to import than all of this
(Windows, where ``set_wakeup_fd`` takes only a socket, has the socket pair).

The session manager (XSMP, Windows' end of session) asks the program to save its data
first through ``QGuiApplication.commitDataRequest``: pending edits are written then; the
quit that may follow writes them again if more were typed. ``aboutToQuit`` is the last
chance for any way out of the event loop.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer
from PySide6.QtGui import QSessionManager
from PySide6.QtWidgets import QApplication

from workbench.ui.widgets import pending

log = logging.getLogger(__name__)

#: The signals that mean "stop now, but keep my work".
QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


#: How often a quit is asked again until the event loop has ended.
QUIT_AGAIN_MS = 200


class QuitOnSignal(QObject):
    """Installed once on the application by ``install_quit_handlers``."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.received: int | None = None
        self._wakeup = _WakeupEnds()
        self._old_fd = signal.set_wakeup_fd(self._wakeup.writer, warn_on_full_buffer=False)
        self._old_handlers = {sig: signal.signal(sig, self._handle) for sig in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._wakeup.reader, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)
        app.commitDataRequest.connect(self._commit_data)
        app.aboutToQuit.connect(self._about_to_quit)

    def _handle(self, signum: int, _frame: FrameType | None) -> None:
        """The Python handler: note the signal, quit from the event loop. A second one
        while closing (Ctrl+C twice) ends the program at once, as before."""
        if self.received is None:
            self.received = signum
            QTimer.singleShot(0, self.quit)
        else:
            signal.signal(signum, signal.SIG_DFL)
            signal.raise_signal(signum)

    def _drain(self) -> None:
        """Empty the wakeup pipe; reaching Python here has run the handler already."""
        self._wakeup.drain()

    def quit(self) -> None:
        """Write what is pending, close every window as File → Quit would, and leave.

        Qt forgets a quit asked for before its event loop runs (a signal during start-up,
        while a dialog of its own is open), so it is asked again until the loop ends."""
        name = signal.Signals(self.received).name if self.received else "quit"
        log.info("%s: writing pending edits and closing", name)
        pending.flush_all()
        self._close_and_quit()
        again = QTimer(self, interval=QUIT_AGAIN_MS)
        again.timeout.connect(self._close_and_quit)
        again.start()

    def _close_and_quit(self) -> None:
        self.app.closeAllWindows()
        self.app.quit()

    def _commit_data(self, manager: QSessionManager | None) -> None:
        del manager  # nothing to ask the user: everything is saved as typed
        asked = pending.flush_all()
        log.info("session manager: pending edits written (%d savers)", asked)

    def _about_to_quit(self) -> None:
        pending.flush_all()

    def uninstall(self) -> None:
        """Give the signals back (tests)."""
        for sig, handler in self._old_handlers.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._old_fd)
        self._notifier.setEnabled(False)
        self._wakeup.close()


class _WakeupEnds:
    """The end the C-level handler writes a byte to and the end the loop watches, both
    non-blocking: a pipe, or on Windows a socket pair."""

    def __init__(self) -> None:
        self._sockets: tuple[Any, Any] | None = None
        if sys.platform == "win32":
            import socket

            self._sockets = socket.socketpair()
            for end in self._sockets:
                end.setblocking(False)
            self.reader, self.writer = (end.fileno() for end in self._sockets)
        else:
            self.reader, self.writer = os.pipe()
            for fd in (self.reader, self.writer):
                os.set_blocking(fd, False)

    def drain(self) -> None:
        with contextlib.suppress(BlockingIOError, InterruptedError):
            if self._sockets is not None:
                while self._sockets[0].recv(64):
                    pass
            else:
                while os.read(self.reader, 64):
                    pass

    def close(self) -> None:
        if self._sockets is not None:
            for end in self._sockets:
                end.close()
        else:
            os.close(self.reader)
            os.close(self.writer)


def install_quit_handlers(app: QApplication) -> QuitOnSignal:
    """Quit cleanly on SIGTERM, SIGHUP and Ctrl+C and save on the session manager's
    request (``app.py`` calls this once, before the event loop)."""
    return QuitOnSignal(app)
