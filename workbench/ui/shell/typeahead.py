"""Keys typed while the window gets ready are kept and typed again once it is.

Between the first paint and the moment the pages hold their data, the window shows
frames (``workbench.ui.shell.frame``): nothing there can take a key, and a shortcut
such as Ctrl+L (filter) or Ctrl+Shift+N (quick note) has nothing to act on yet. A user
who starts the program and types at once must not lose those keys, so ``TypeAhead``
holds every key meant for the main window (its shortcuts included) while it is
``holding``, and ``release()`` plays them back in order into the ready window: a key
that is a shortcut of an enabled action triggers that action, any other key goes to the
widget that has the focus then — which an earlier key may have just moved (Ctrl+L puts
it in the filter, the quick note takes it for its text). Keys for other windows (a
dialog about the database) pass untouched.

Tests type as a keyboard does, into the window's ``windowHandle()``: a key sent straight
to a widget skips the window, here as in Qt's own shortcut handling.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QWindow
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


@dataclass(frozen=True)
class Stroke:
    """One key event as typed: enough to make it again."""

    press: bool
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    auto_repeat: bool

    def event(self) -> QKeyEvent:
        kind = QEvent.Type.KeyPress if self.press else QEvent.Type.KeyRelease
        return QKeyEvent(kind, self.key, self.modifiers, self.text, self.auto_repeat)

    def sequence(self) -> QKeySequence:
        press = QKeyEvent(QEvent.Type.KeyPress, self.key, self.modifiers)
        return QKeySequence(press.keyCombination())


class TypeAhead(QObject):
    """Holds the keys typed into ``window`` until ``release()``."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.strokes: list[Stroke] = []
        self.holding = True
        # Keys reach a window's widgets through its QWindow: filtering there sees every
        # key typed into the main window and nothing else (an application-wide filter
        # would be called from C++ for every event of the start-up, thousands of them).
        self._handle: QWindow | None = window.windowHandle()
        assert self._handle is not None, "show the window first"
        self._handle.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if not self.holding:
            return False
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # a key, not a shortcut, while nothing can act on it yet
            return True
        if kind in _KEY_EVENTS and isinstance(event, QKeyEvent):
            self.strokes.append(
                Stroke(
                    kind == QEvent.Type.KeyPress,
                    event.key(),
                    event.modifiers(),
                    event.text(),
                    event.isAutoRepeat(),
                )
            )
            return True
        return False

    def discard(self) -> None:
        """Stop holding and forget the held keys (the window will not get ready)."""
        self.holding = False
        if self._handle is not None:
            self._handle.removeEventFilter(self)
            self._handle = None
        self.strokes = []

    def release(self) -> int:
        """Stop holding and type the held keys into the window; how many presses."""
        strokes = self.strokes
        self.discard()
        presses = 0
        skip_release: set[int] = set()
        for stroke in strokes:
            if not stroke.press:
                if stroke.key in skip_release:
                    skip_release.discard(stroke.key)
                    continue
                self._send(stroke)
                continue
            presses += 1
            action = self._shortcut(stroke)
            if action is not None:
                action.trigger()
                QApplication.processEvents()  # a window it opened takes the focus
                skip_release.add(stroke.key)
                continue
            self._send(stroke)
        if presses:
            log.info("typed %d key(s) held while the window got ready", presses)
        return presses

    def _send(self, stroke: Stroke) -> None:
        active = QApplication.activeWindow() or self.window
        target = QApplication.focusWidget() or active.focusWidget() or active
        QCoreApplication.sendEvent(target, stroke.event())

    def _shortcut(self, stroke: Stroke) -> QAction | None:
        """The enabled action of the active window (or the main one) ``stroke`` triggers."""
        if (
            stroke.modifiers
            & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
            == Qt.KeyboardModifier.NoModifier
            and stroke.text.isprintable()
            and stroke.text
        ):
            return None  # plain text is typed, never a shortcut
        sequence = stroke.sequence()
        active = QApplication.activeWindow() or self.window
        focus = QApplication.focusWidget() or active.focusWidget()
        actions = active.findChildren(QAction)
        if active is not self.window:  # the main window's application-wide shortcuts
            actions += [
                a
                for a in self.window.findChildren(QAction)
                if a.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut
            ]
        for action in actions:
            if (
                action.isEnabled()
                and _in_context(action, focus)
                and any(
                    s.matches(sequence) == QKeySequence.SequenceMatch.ExactMatch
                    for s in action.shortcuts()
                )
            ):
                return action
        return None


def _in_context(action: QAction, focus: QWidget | None) -> bool:
    """Whether ``action``'s shortcut would fire with ``focus`` holding the focus."""
    context = action.shortcutContext()
    if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return True
    if focus is None:
        return False
    owners = [w for w in action.associatedObjects() if isinstance(w, QWidget)]
    if context == Qt.ShortcutContext.WidgetShortcut:
        return focus in owners
    return any(owner is focus or owner.isAncestorOf(focus) for owner in owners)
