"""Cross-window events, through one small object (no global main window)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppEvents(QObject):
    """Emitted by whoever changed the data; pages and windows listen."""

    #: Records of an entity (table name, e.g. ``"action"``) were added, changed or removed;
    #: the list holds their ids, or is empty when anything may have changed.
    records_changed = Signal(str, list)
    #: Another database file was opened, restored or merged into: reload everything.
    database_reloaded = Signal()
