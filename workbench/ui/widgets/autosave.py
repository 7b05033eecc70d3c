"""Save-as-you-type for free text: the last value is written 300 ms after the last key.

Used by the agenda's item notes, chair mode's notes and the quick note window, so every
keystroke is in the database well within a second, with no Save button to forget.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from workbench.services.errors import DomainError

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
        delay_ms: int = SAVE_DELAY_MS,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._pending: Any = None
        self._has_pending = False
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.flush)

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
            self.failed.emit(str(exc))
            return False
        self.saved.emit()
        return True
