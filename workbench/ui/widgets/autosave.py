"""Save-as-you-type for free text: the last value is written 300 ms after the last key.

Used by the agenda's item notes, chair mode's notes and the quick note window, so every
keystroke is in the database well within a second, with no Save button to forget. Each
saver registers with ``pending``, so a quit or a SIGTERM writes what is still waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.services.errors import DomainError
from workbench.ui.i18n import error_text
from workbench.ui.widgets import pending

log = logging.getLogger(__name__)

SAVE_DELAY_MS = 300


class DebouncedSaver(QObject):
    """Calls ``save(value)`` once typing pauses; ``flush()`` writes at once."""

    saved = Signal()
    failed = Signal(str)

    def __init__(
        self,
        save: Callable[[Any], None],
        parent: QObject | None = None,
        delay_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._pending: Any = None
        self._has_pending = False
        interval = SAVE_DELAY_MS if delay_ms is None else delay_ms  # read now: tests set it
        self._timer = QTimer(self, singleShot=True, interval=interval)
        self._timer.timeout.connect(self.flush)
        pending.track(self)

    @property
    def pending(self) -> bool:
        return self._has_pending

    def edited(self, value: Any) -> None:
        self._pending, self._has_pending = value, True
        self._timer.start()

    def discard(self) -> None:
        self._timer.stop()
        self._pending, self._has_pending = None, False

    def flush(self) -> bool:
        """Write what is pending now; False (and ``failed``) when the domain refused it."""
        self._timer.stop()
        if not self._has_pending:
            return True
        value, self._pending, self._has_pending = self._pending, None, False
        try:
            self._save(value)
        except DomainError as exc:
            self.failed.emit(error_text(exc))
            return False
        self.saved.emit()
        return True
