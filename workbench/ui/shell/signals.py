"""Stop cleanly when told to: SIGTERM, SIGHUP, Ctrl+C, and the session manager's logout.

A logout or shutdown sends SIGTERM (and a closed terminal SIGHUP). Python's default is
to die at once, losing what was typed in the last 300 ms (the autosave's debounce) and
the window's state. Here every such signal ends the program the same way File → Quit
does, after writing every pending edit (``widgets.pending.flush_all``).

A Python signal handler runs only when the interpreter gets control, and while Qt's
event loop waits in C++ it does not: ``signal.set_wakeup_fd`` has the C-level handler
write a byte into a socket pair, a ``QSocketNotifier`` on the other end wakes the loop,
and the Python handler then runs and queues the quit (never from inside the handler
itself, which may interrupt any code). No polling timer is needed.

The session manager (XSMP, Windows' end of session) asks the program to save its data
first through ``QGuiApplication.commitDataRequest``: pending edits are written then; the
quit that may follow writes them again if more were typed. ``aboutToQuit`` is the last
chance for any way out of the event loop.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from types import FrameType

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
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._old_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._old_handlers = {sig: signal.signal(sig, self._handle) for sig in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
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
        """Empty the wakeup socket; reaching Python here has run the handler already."""
        with contextlib.suppress(BlockingIOError, InterruptedError):
            while self._reader.recv(64):
                pass

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
        self._reader.close()
        self._writer.close()


def install_quit_handlers(app: QApplication) -> QuitOnSignal:
    """Quit cleanly on SIGTERM, SIGHUP and Ctrl+C and save on the session manager's
    request (``app.py`` calls this once, before the event loop)."""
    return QuitOnSignal(app)
