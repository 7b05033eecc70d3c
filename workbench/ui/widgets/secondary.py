"""Windows besides the main one (agenda, chair mode, quick note, the non-modal dialogs):
closed from the keyboard, and closing one gives the keyboard back to where it was.

``make_secondary(window, opener)`` gives ``window``

- Ctrl+W (and the platform's Close key) and, unless the window has its own Esc, Esc, to
  close it; its ``closeEvent`` writes what was typed, as a click on the title bar's
  close button would;
- on hiding, the window that opened it (``opener``, by default the one active when it
  was made a secondary window) is activated again, so the next shortcut works at once.
  Without this a closed window leaves the keyboard nowhere when no window manager steps
  in (and some do not): the next Ctrl+Shift+N went nowhere until a click;
- the role of a window for a screen reader (``workbench.ui.a11y``).

Calling it again (the window is opened anew from elsewhere) only changes the opener.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from workbench.ui import a11y


def close_keys() -> list[QKeySequence]:
    """The platform's Close keys with Ctrl+W among them, each once."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Close)
    if QKeySequence("Ctrl+W") not in keys:
        keys.append(QKeySequence("Ctrl+W"))
    return keys


class _Secondary(QObject):
    """The event filter on one secondary window: gives focus back when it hides."""

    def __init__(self, window: QWidget, opener: QWidget | None) -> None:
        super().__init__(window)
        self.setObjectName("secondary_window")
        self.watched = window
        self.opener = opener
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The type first: while the window is being destroyed its children, this one
        # included, still hear of it, and then this object's attributes are gone.
        if event.type() != QEvent.Type.Hide or event.spontaneous():
            return False  # only a close or hide by the program, not a minimise
        window = getattr(self, "watched", None)
        if isinstance(window, QWidget) and watched is window:
            candidates = [self.opener, window.parentWidget()]
            # Not bound to this object: a window deleted on close takes it along.
            QTimer.singleShot(0, lambda: give_focus_back(window, candidates))
        return False


def give_focus_back(closed: QWidget, candidates: list[QWidget | None]) -> None:
    """Activate the first candidate's window that is still shown, unless the keyboard
    is somewhere already (the user, or a dialog, put it there)."""
    active = QApplication.activeWindow()
    if active is not None and active.isVisible() and active is not closed:
        return
    for candidate in candidates:
        if candidate is None or not shiboken6.isValid(candidate):
            continue
        target = candidate.window()
        if target.isVisible() and target is not closed:
            target.raise_()
            target.activateWindow()
            return


def make_secondary(window: QWidget, opener: QWidget | None = None, *, escape: bool = True) -> None:
    """Close keys, focus back to ``opener`` on close, a window's role (see above)."""
    a11y.install()
    if opener is None:
        active = QApplication.activeWindow()
        opener = active if active is not None and active is not window else None
    existing = window.findChild(
        _Secondary, "secondary_window", Qt.FindChildOption.FindDirectChildrenOnly
    )
    if existing is not None:
        if opener is not None:
            existing.opener = opener
        return
    _Secondary(window, opener)
    for keys in close_keys():
        QShortcut(keys, window, window.close)
    if escape:
        QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), window, window.close)
