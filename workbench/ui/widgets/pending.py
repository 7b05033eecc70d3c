"""Every edit still waiting for its debounce, in one place, so it can be written at once.

Typing is saved 300 ms after the last key (``autosave.DebouncedSaver``, the record
forms). When the program is told to stop (SIGTERM at logout or shutdown, the session
manager's quit, File → Quit) those few hundred milliseconds must not be lost:
``flush_all`` writes every pending edit of every window, whichever window it is in.
The savers register themselves (``track``); the list holds them weakly, so a closed
window's saver simply drops out.
"""

from __future__ import annotations

import logging
import weakref
from typing import Protocol

import shiboken6

log = logging.getLogger(__name__)


class Flushable(Protocol):
    def flush(self) -> object: ...


_live: weakref.WeakSet[Flushable] = weakref.WeakSet()


def track(saver: Flushable) -> None:
    """Remember ``saver`` until it is garbage (or its Qt object is deleted)."""
    _live.add(saver)


def flush_all() -> int:
    """Write every pending edit now; returns how many savers were asked. A saver that
    fails logs and lets the others go on."""
    asked = 0
    for saver in list(_live):
        if not shiboken6.isValid(saver):
            continue  # its window is gone, and with it anything it had pending
        try:
            saver.flush()
        except Exception:
            log.exception("could not write a pending edit")
        asked += 1
    return asked
