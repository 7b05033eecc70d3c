"""One sync at a time per database, across threads and processes.

The window syncs on a worker thread while ``workbench sync`` may run in a terminal: both
would pick the same next package number. A lock file beside the database (never the
database itself, see ``workbench.store``) is held for the length of one sync, with
``flock`` on POSIX and ``msvcrt.locking`` on Windows; a second sync does not wait for
the first but says it was skipped, and the next timer tries again.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from types import TracebackType

_in_process: dict[str, threading.Lock] = {}
_guard = threading.Lock()


def lock_file(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".sync-lock")


class SyncLock:
    """``with SyncLock(path) as held:`` — ``held`` is False when another sync runs."""

    def __init__(self, db_path: Path, wait: float = 0.0) -> None:
        self.path = lock_file(Path(db_path))
        self.wait = wait
        with _guard:
            self._thread_lock = _in_process.setdefault(str(self.path.resolve()), threading.Lock())
        self._fd: int | None = None
        self.held = False

    def __enter__(self) -> bool:
        if self.wait > 0:
            acquired = self._thread_lock.acquire(timeout=self.wait)
        else:
            acquired = self._thread_lock.acquire(blocking=False)
        if not acquired:
            return False
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            self._thread_lock.release()
            raise
        if not _try_lock(fd):
            os.close(fd)
            self._thread_lock.release()
            return False
        self._fd, self.held = fd, True
        return True

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None
        if self.held:
            self.held = False
            self._thread_lock.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
