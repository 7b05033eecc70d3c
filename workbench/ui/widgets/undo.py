"""Undo for edits that are written at once: Ctrl+Z writes the old value back.

An editor that saves every edit as it is made (the agenda) pushes a ``WriteCommand``
after the first write succeeded; undo and redo then write again through the editor's
``apply``, which writes in one transaction and shows the result, so undo works in the
database and not only on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand
from sqlmodel import Session

#: One write, given a session in a transaction.
Write = Callable[[Session], Any]
#: Write and show the result, keeping ``focus`` (a record id) current; False if refused.
Apply = Callable[[Write, str | None], bool]


class WriteCommand(QUndoCommand):
    """An edit already written once; undo and redo write it again."""

    def __init__(
        self, text: str, apply: Apply, undo: Write, redo: Write, focus: str | None
    ) -> None:
        super().__init__(text)
        self._apply, self._undo, self._redo, self._focus = apply, undo, redo, focus
        self._first = True

    def redo(self) -> None:
        if self._first:  # pushed after the first write succeeded
            self._first = False
            return
        self._apply(self._redo, self._focus)

    def undo(self) -> None:
        self._apply(self._undo, self._focus)
